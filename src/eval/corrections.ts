/**
 * A reviewer simulated from the gold, to measure what corrections are worth: the reviewer looks
 * at the least confident beads first (as the review page's "next doubtful" leads them) and fixes
 * the wrong ones by putting in the gold beads that hold their sentences. Two outcomes are then
 * compared: the corrections pasted into the alignment with nothing else moved, and the alignment
 * redone with them as anchors (`align --anchors`), where one fix may repair the beads after it.
 */
import type { LadderBead } from './ladder.js';

/** Sentence indices of one side as a key, for set membership. */
const beadKey = (b: LadderBead): string => `${b.source.join(',')}:${b.target.join(',')}`;

const consecutive = (b: LadderBead): boolean => [b.source, b.target].every((ids) => ids.every((id, k) => k === 0 || id === ids[k - 1]! + 1));

/** True when two beads share a sentence on either side. */
function overlaps(a: LadderBead, b: LadderBead): boolean {
  return a.source.some((i) => b.source.includes(i)) || a.target.some((j) => b.target.includes(j));
}

export interface SimulatedCorrections {
  /** The wrong test beads the reviewer fixed, least confident first. */
  readonly fixed: readonly LadderBead[];
  /** The gold beads put in their place: the anchors, in reading order. */
  readonly anchors: readonly LadderBead[];
}

/**
 * The corrections a reviewer who knows the gold makes to the `count` least confident wrong beads
 * of `test` (beads with a score, as `-f beads` writes them; not in `gold` = wrong, as strict F1
 * counts). Each fix brings in every gold bead that shares a sentence with the wrong bead; a wrong
 * bead whose gold beads are already brought in by an earlier fix is not counted again, nor one
 * whose gold beads skip a sentence (a reviewer cannot make such a bead).
 */
export function simulateCorrections(test: readonly LadderBead[], gold: readonly LadderBead[], count: number): SimulatedCorrections {
  const goldKeys = new Set(gold.map(beadKey));
  const wrong = test
    .map((b, k) => ({ b, k }))
    .filter(({ b }) => !goldKeys.has(beadKey(b)))
    .sort((x, y) => (x.b.score ?? 1) - (y.b.score ?? 1) || x.k - y.k);
  const fixed: LadderBead[] = [];
  const anchors = new Map<string, LadderBead>();
  for (const { b } of wrong) {
    if (fixed.length >= count) break;
    const covering = gold.filter((g) => overlaps(g, b)).filter((g) => !anchors.has(beadKey(g)));
    // A gold bead that skips a sentence is no rung of a ladder: no reviewer can make it.
    if (!covering.length || !covering.every(consecutive)) continue;
    fixed.push(b);
    for (const g of covering) anchors.set(beadKey(g), { source: g.source, target: g.target });
  }
  const first = (b: LadderBead): number => b.source[0] ?? Infinity;
  const ordered = [...anchors.values()].sort((a, b) => first(a) - first(b) || (a.target[0] ?? Infinity) - (b.target[0] ?? Infinity));
  return { fixed, anchors: ordered };
}

/**
 * The corrections pasted into the alignment and nothing else moved: test beads that share
 * sentences with an anchor lose those sentences (and disappear if nothing is left), and the
 * anchors take their place. What a reviewer's edits give without realigning. The kept beads come
 * first, then the anchors: scoring reads beads as a set.
 */
export function pasteCorrections(test: readonly LadderBead[], anchors: readonly LadderBead[]): LadderBead[] {
  const src = new Set(anchors.flatMap((a) => a.source));
  const tgt = new Set(anchors.flatMap((a) => a.target));
  const kept: LadderBead[] = [];
  for (const b of test) {
    const source = b.source.filter((i) => !src.has(i));
    const target = b.target.filter((j) => !tgt.has(j));
    if (source.length || target.length) kept.push(source.length === b.source.length && target.length === b.target.length ? b : { source, target });
  }
  return [...kept, ...anchors.map((a) => ({ source: a.source, target: a.target }))];
}
