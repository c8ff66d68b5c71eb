/**
 * Fixed one-sided beads of several sentences ([4,5,6]:[], say, a passage the translator left out)
 * are searched as sentences that must each stay unmatched; this puts their 1-0 (or 0-1) beads back
 * together as the one bead that was fixed. Between the 1-0 beads of a source run only beads with no
 * source sentence can sit (anything else would need a source sentence in between); they are moved
 * after the joined bead, which says the same thing.
 */
import type { Bead, SideName } from '../types.js';
import type { UnmatchedRun } from './problem.js';

/** The beads with each run's single-sentence beads joined into one confirmed bead. */
export function joinRuns(beads: readonly Bead[], runs: readonly UnmatchedRun[]): Bead[] {
  return joinSide(joinSide(beads, runs, 'source'), runs, 'target');
}

function joinSide(beads: readonly Bead[], runs: readonly UnmatchedRun[], side: SideName): Bead[] {
  const ends = new Map(runs.filter((r) => r.side === side).map((r) => [r.first, r.end]));
  if (!ends.size) return [...beads];
  const other: SideName = side === 'source' ? 'target' : 'source';
  /** The sentence of a bead holding one sentence of `side` and nothing else. */
  const lone = (b: Bead | undefined): number | undefined => (b && b[other].length === 0 && b[side].length === 1 ? b[side][0] : undefined);
  const out: Bead[] = [];
  for (let k = 0; k < beads.length; k++) {
    const b = beads[k]!;
    const first = lone(b);
    const end = first === undefined ? undefined : ends.get(first);
    if (first === undefined || end === undefined) {
      out.push(b);
      continue;
    }
    const ids: number[] = [];
    const between: Bead[] = [];
    for (let next = first; next < end; k++) {
      const c = beads[k];
      if (lone(c) === next) ids.push(next++);
      else if (c && c[side].length === 0) between.push(c);
      else throw new Error(`the unmatched ${side} sentences ${first}..${end - 1} are not left alone in the alignment`);
    }
    k--;
    out.push(side === 'source' ? { source: ids, target: [], score: 1, confirmed: true } : { source: [], target: ids, score: 1, confirmed: true }, ...between);
  }
  return out;
}
