/**
 * Anchors against the text they are applied to: checked (in range, consecutive, no sentence in two
 * anchors, no two anchors crossing), compared with the text the corrections were made on, and
 * turned into the fixed beads the aligner is forced through (AlignOptions.fixed).
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import { InputError } from '../errors.js';
import { formatLadderBead } from '../eval/ladder.js';
import type { Bead, Document, SideName } from '../types.js';
import type { Anchor, Anchors } from './anchors.js';
import { sideFingerprint, type SideFingerprint } from './fingerprint.js';
import { matchSequences } from './match.js';

export interface ResolveOptions {
  /** The corrections file's name, for messages. */
  readonly name: string;
  /**
   * When the text changed since the corrections were made: keep the anchors whose sentences are
   * all still there (followed to where they are now), rather than stop.
   */
  readonly loose?: boolean;
}

export interface ResolvedAnchors {
  /** The beads the alignment must hold, in reading order. */
  readonly fixed: readonly Pick<Bead, 'source' | 'target'>[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The fixed beads of a set of anchors for two documents.
 * @throws InputError naming the corrections file: code `anchors-mismatch` when the text is not
 *   the one the corrections were made on (and `loose` is not set), `invalid-anchors` for other
 *   languages than the input's, or an anchor out of range, not consecutive, sharing a sentence
 *   with another, or crossing another
 */
export function resolveAnchors(anchors: Anchors, source: Document, target: Document, options: ResolveOptions): ResolvedAnchors {
  const { name } = options;
  const documents = { source, target };
  if (!anchors.made) {
    check(anchors.anchors, source.sentences.length, target.sentences.length, name);
    return { fixed: ordered(anchors.anchors), diagnostics: [] };
  }
  const { made } = anchors;
  for (const side of ['source', 'target'] as const) {
    if (made[side].lang !== documents[side].lang) {
      throw new InputError(name, `made for ${made.source.lang}→${made.target.lang} text, but the input is ${source.lang}→${target.lang}`, {
        code: 'invalid-anchors',
        data: { side },
      });
    }
  }
  check(anchors.anchors, made.source.sentences, made.target.sentences, name);
  const now = { source: sideFingerprint(source.sentences.map((s) => s.text)), target: sideFingerprint(target.sentences.map((s) => s.text)) };
  const changed = (['source', 'target'] as const).filter((side) => !sameText(made[side], now[side]));
  if (!changed.length) return { fixed: ordered(anchors.anchors), diagnostics: [] };
  if (!options.loose) {
    const side = changed[0]!;
    const count = made[side].sentences === now[side].sentences ? `${now[side].sentences} sentences` : `${made[side].sentences} sentences then, ${now[side].sentences} now`;
    throw new InputError(name, `the ${side} text is not the one these corrections were made on (${count}; fingerprints differ)`, {
      code: 'anchors-mismatch',
      data: { side },
    });
  }
  const maps = {
    source: matchSequences(made.source.hashes, now.source.hashes),
    target: matchSequences(made.target.hashes, now.target.hashes),
  };
  const kept: Anchor[] = [];
  let moved = 0;
  for (const a of anchors.anchors) {
    const source = follow(a.source, maps.source);
    const target = follow(a.target, maps.target);
    if (!source || !target) continue;
    if (source[0] !== a.source[0] || target[0] !== a.target[0]) moved++;
    kept.push({ source, target });
  }
  const dropped = anchors.anchors.length - kept.length;
  const message =
    `kept ${kept.length} of ${anchors.anchors.length} anchors${moved ? ` (${moved} at new sentence numbers)` : ''}` +
    (dropped ? `; ${dropped} left out because their sentences changed` : '');
  return {
    fixed: ordered(kept),
    diagnostics: [diagnostic('anchors-loose', dropped ? 'warning' : 'info', message, { kept: kept.length, dropped, moved }, { input: name })],
  };
}

function sameText(then: SideFingerprint, now: SideFingerprint): boolean {
  return then.sentences === now.sentences && then.fingerprint === now.fingerprint;
}

/** An anchor side's indices in the new text, or undefined when a sentence is gone or they are no longer consecutive. */
function follow(ids: readonly number[], map: Int32Array): number[] | undefined {
  const out = ids.map((i) => map[i]!);
  return out.every((j, k) => j >= 0 && (k === 0 || j === out[k - 1]! + 1)) ? out : undefined;
}

/** Anchors in reading order: by their first source sentence, one-sided ones by the side they have. */
function ordered(anchors: readonly Anchor[]): Pick<Bead, 'source' | 'target'>[] {
  const key = (a: Anchor): [number, number] => [a.source[0] ?? -1, a.target[0] ?? -1];
  return anchors
    .map((a) => ({ source: [...a.source], target: [...a.target] }))
    .sort((a, b) => {
      const [sa, ta] = key(a);
      const [sb, tb] = key(b);
      return sa - sb || ta - tb;
    });
}

/**
 * Anchors that can all hold at once on n source and m target sentences.
 * @throws InputError (code `invalid-anchors`) on the first problem found
 */
function check(anchors: readonly Anchor[], n: number, m: number, name: string): void {
  const fail = (problem: string): never => {
    throw new InputError(name, problem, { code: 'invalid-anchors' });
  };
  const owner = { source: new Map<number, Anchor>(), target: new Map<number, Anchor>() };
  const count = { source: n, target: m };
  for (const a of anchors) {
    if (!a.source.length && !a.target.length) fail('an anchor is empty ([]:[])');
    for (const side of ['source', 'target'] as SideName[]) {
      a[side].forEach((i, k) => {
        if (i >= count[side]) fail(`anchor ${formatLadderBead(a)}: ${side} sentence ${i} is out of range (the ${side} has ${count[side]}, numbered from 0)`);
        if (k > 0 && i !== a[side][k - 1]! + 1) fail(`anchor ${formatLadderBead(a)}: its ${side} sentences are not consecutive`);
        const other = owner[side].get(i);
        if (other) fail(`anchors ${formatLadderBead(other)} and ${formatLadderBead(a)} overlap (both hold ${side} sentence ${i})`);
        owner[side].set(i, a);
      });
    }
  }
  const matched = anchors.filter((a) => a.source.length && a.target.length).sort((a, b) => a.source[0]! - b.source[0]!);
  for (let k = 1; k < matched.length; k++) {
    const before = matched[k - 1]!;
    const after = matched[k]!;
    if (after.target[0]! < before.target[0]!) fail(`anchors ${formatLadderBead(before)} and ${formatLadderBead(after)} cross each other`);
  }
}
