/**
 * The progress line of a long run on a terminal: documents done (of how many, when known),
 * sentences per second, time elapsed and left. Redrawn in place at most a few times a second;
 * other messages clear it first, so that they never mix with it.
 */

/** Time between two redraws: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 200;

export interface Progress {
  /** `done` documents finished, `sentences` source sentences aligned in them. */
  update(done: number, sentences: number): void;
  /** Take the line away (before another message, or at the end). */
  clear(): void;
}

/** A progress line on `stderr`, or one that draws nothing. */
export function createProgress(stderr: NodeJS.WritableStream, options: { enabled: boolean; total?: number; label?: string; now?: () => number }): Progress {
  if (!options.enabled) return { update() {}, clear() {} };
  const now = options.now ?? (() => performance.now());
  const start = now();
  let last = -Infinity;
  let shown = false;
  return {
    update(done, sentences) {
      const t = now();
      if (t - last < REDRAW_MS && done !== options.total) return;
      last = t;
      stderr.write(`\r\u001b[K${progressText(done, sentences, (t - start) / 1000, options.total, options.label)}`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      stderr.write('\r\u001b[K');
      shown = false;
      last = -Infinity;
    },
  };
}

/** The text of the line: `bitext: 120/400 documents, 5230 sentences/s, 0:12 elapsed, 0:28 left` (after `label: `, when given). */
export function progressText(done: number, sentences: number, seconds: number, total?: number, label?: string): string {
  const rate = seconds > 0 ? Math.round(sentences / seconds) : 0;
  const count = total === undefined ? `${done} document${done === 1 ? '' : 's'}` : `${done}/${total} documents`;
  const left = total !== undefined && done > 0 && done < total ? `, ${clock((seconds * (total - done)) / done)} left` : '';
  return `bitext: ${label === undefined ? '' : `${label}: `}${count}, ${rate} sentences/s, ${clock(seconds)} elapsed${left}`;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
