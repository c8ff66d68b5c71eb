/**
 * Ladder files: one bead per line, `[src ids]:[tgt ids]` with 0-based sentence indices and an
 * optional confidence field, e.g. `[0]:[0]`, `[1,2]:[1]:0.97`, `[]:[3]`. Parsing follows
 * `shared/eval/tools/score.py` (`read_beads`): blank lines are skipped, empty `:`-fields are
 * dropped, fields after the second are ignored except that a numeric third field is kept as the score.
 */

/** One bead read from a ladder file. */
export interface LadderBead {
  /** Source sentence indices as written (normally ascending and consecutive). */
  readonly source: readonly number[];
  /** Target sentence indices as written. */
  readonly target: readonly number[];
  /** The confidence field, when the line has a numeric third field. */
  readonly score?: number;
}

/** A line of a ladder file that cannot be read; `line` is 1-based. */
export class LadderSyntaxError extends Error {
  override name = 'LadderSyntaxError';
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}

function parseSide(field: string, lineNumber: number): number[] {
  const s = field.trim();
  if (!s.startsWith('[') || !s.endsWith(']')) throw new LadderSyntaxError(lineNumber, `cannot parse bead side ${JSON.stringify(s)}`);
  const body = s.slice(1, -1).trim();
  if (!body) return [];
  return body.split(',').map((x) => {
    const t = x.trim();
    // score.py uses int(), which accepts surrounding spaces and a sign but nothing else.
    if (!/^[+-]?\d+$/.test(t)) throw new LadderSyntaxError(lineNumber, `not a sentence index: ${JSON.stringify(t)}`);
    return Number(t);
  });
}

/**
 * Read a ladder file's text into beads, in file order.
 * @throws LadderSyntaxError on a line that is not a bead.
 */
export function parseLadder(text: string): LadderBead[] {
  const beads: LadderBead[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line) continue;
    const fields = line.split(':').filter((f) => f.trim());
    if (fields.length < 2) throw new LadderSyntaxError(n + 1, `need at least two ':'-separated fields: ${JSON.stringify(line)}`);
    const source = parseSide(fields[0]!, n + 1);
    const target = parseSide(fields[1]!, n + 1);
    const score = fields.length > 2 ? Number(fields[2]!.trim()) : NaN;
    beads.push(Number.isFinite(score) ? { source, target, score } : { source, target });
  }
  return beads;
}

/** Decimals of a score in ladder notation and every other output: enough to filter at 0.999, short enough to read. */
export const LADDER_SCORE_DECIMALS = 4;

/** One bead in ladder notation, without a line end: `[1,2]:[1]:0.8800`, or `[1,2]:[1]` with no score. */
export function formatLadderBead(bead: LadderBead): string {
  const sides = `[${bead.source.join(',')}]:[${bead.target.join(',')}]`;
  return bead.score === undefined ? sides : `${sides}:${bead.score.toFixed(LADDER_SCORE_DECIMALS)}`;
}

/** Beads back in ladder notation, one per line. */
export function formatLadder(beads: readonly LadderBead[]): string {
  return beads.map((b) => `${formatLadderBead(b)}\n`).join('');
}
