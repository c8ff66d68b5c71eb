/**
 * The beads a learner trains on: the first pass's bands searched again with the document's
 * re-estimated model and forward-backward, so that each bead has its posterior (Moore 2002 trains
 * his word model on the first pass's most probable beads). Long segments are sampled in windows,
 * enough to learn a lexicon from. Beads fixed in advance are certain.
 */
import type { TrainingBeads } from '../lexical/index.js';
import type { Band } from './band.js';
import type { Segment } from './cuts.js';
import * as P from './params.js';
import type { AlignmentProblem } from './problem.js';
import { refinePath, samplePaths, type SearchParams } from './search.js';
import { type ProblemCues, segmentProblem } from './segment-problem.js';

/** What pass 1 leaves (engine.ts FirstPass): the segments, each one's band, the document's cues. */
interface PassBands {
  readonly segments: readonly Segment[];
  readonly passes: ReadonlyArray<{ readonly band: Band } | undefined>;
  readonly cues: ProblemCues;
}

/** Every bead of the re-searched first pass (and every fixed bead), with its posterior. */
export function trainingBeads(first: PassBands, problem: AlignmentProblem, params: SearchParams): TrainingBeads {
  const s0: number[] = [];
  const s1: number[] = [];
  const t0: number[] = [];
  const t1: number[] = [];
  const posterior: number[] = [];
  const push = (a: number, b: number, c: number, d: number, p: number): void => {
    s0.push(a);
    s1.push(b);
    t0.push(c);
    t1.push(d);
    posterior.push(p);
  };
  first.segments.forEach((g, k) => {
    if (g.fixed) {
      push(g.s0, g.s1, g.t0, g.t1, 1);
      return;
    }
    const pass = first.passes[k];
    if (!pass) return;
    const units = segmentProblem(problem, first.cues, g);
    const rows = g.s1 - g.s0;
    const paths =
      rows <= P.LEXICON_SAMPLE_ROWS
        ? [refinePath(units, params, pass.band)]
        : samplePaths(units, params, pass.band, Math.ceil(P.LEXICON_SAMPLE_ROWS / P.FIRST_PASS_WINDOW_ROWS), P.FIRST_PASS_WINDOW_ROWS, true);
    const margin = rows <= P.LEXICON_SAMPLE_ROWS ? 0 : P.FIRST_PASS_WINDOW_MARGIN;
    for (const { pathX, pathY, beadPosterior } of paths) {
      for (let b = margin; b + 1 < pathX.length - margin; b++) {
        push(g.s0 + pathX[b]!, g.s0 + pathX[b + 1]!, g.t0 + pathY[b]!, g.t0 + pathY[b + 1]!, beadPosterior![b]! * g.confidence);
      }
    }
  });
  return { s0: Int32Array.from(s0), s1: Int32Array.from(s1), t0: Int32Array.from(t0), t1: Int32Array.from(t1), posterior: Float64Array.from(posterior) };
}
