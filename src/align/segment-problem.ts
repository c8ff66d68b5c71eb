/**
 * A segment of the alignment problem as a search problem: views into the problem's per-sentence
 * arrays, with the cues (headings, sentences fixed as unmatched) computed once per document.
 */
import type { Segment } from './cuts.js';
import { type AlignmentProblem, type UnitCues } from './problem.js';
import type { SearchProblem } from './search.js';

/** Heading cues of both sides, for the whole document (segments read views of them). */
export interface ProblemCues {
  readonly source: UnitCues;
  readonly target: UnitCues;
  /** Cumulative counts of the sentences that must stay unmatched (CostModel.srcLocks), when there are any. */
  readonly srcLocks: Int32Array | undefined;
  readonly tgtLocks: Int32Array | undefined;
}

/** locks[k] = how many of `units` are below k, for k in [0, n]; undefined when there are none. */
export function lockCounts(units: readonly number[], n: number): Int32Array | undefined {
  if (!units.length) return undefined;
  const out = new Int32Array(n + 1);
  for (const u of units) out[u + 1] = 1;
  for (let k = 1; k <= n; k++) out[k]! += out[k - 1]!;
  return out;
}

/** The units of segment g as a search problem (views into the problem's arrays). */
export function segmentProblem(problem: AlignmentProblem, cues: ProblemCues, g: Segment): SearchProblem {
  const { source: srcCues, target: tgtCues } = cues;
  return {
    srcLen: problem.source.len.subarray(g.s0, g.s1),
    tgtLen: problem.target.len.subarray(g.t0, g.t1),
    lexical: problem.lexical,
    srcOffset: g.s0,
    tgtOffset: g.t0,
    srcDeletionBonus: srcCues.deletionBonus.subarray(g.s0, g.s1),
    tgtDeletionBonus: tgtCues.deletionBonus.subarray(g.t0, g.t1),
    srcGlue: srcCues.glue.subarray(g.s0, g.s1),
    tgtGlue: tgtCues.glue.subarray(g.t0, g.t1),
    ...(cues.srcLocks && { srcLocks: cues.srcLocks.subarray(g.s0, g.s1 + 1) }),
    ...(cues.tgtLocks && { tgtLocks: cues.tgtLocks.subarray(g.t0, g.t1 + 1) }),
  };
}

