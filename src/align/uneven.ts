/**
 * 2-3/3-2 beads in pass 2 where the lexical evidence supports them. A document given 1-4/4-1
 * (engine.ts largerShapes) is split into sentences differently on its two sides, and a literary
 * translation or an OCR'd yearbook there also has beads of two sentences against three; but the
 * same shapes glue neighbours wrongly in a New Testament book cut from running text, where the
 * lengths alone cannot tell. So the shapes are only added where the evidence can: in a document
 * whose first-pass beads the evidence explains well (their median similarity), and then only for
 * a bead the evidence supports as a whole (its similarity, checked in the DP kernel).
 */
import type { LexicalScorer, TrainingBeads } from '../lexical/index.js';
import { withGatedMoves } from './moves.js';
import type { SearchParams } from './search.js';

export interface UnevenShapes {
  readonly types: readonly string[];
  readonly prior: number;
  /** Least median similarity of the document's first-pass beads. */
  readonly documentSupport: number;
  /** Least similarity of a bead of these shapes. */
  readonly beadSupport: number;
}

/** Median similarity of the beads under `scorer` (0 for none). */
export function medianSupport(scorer: LexicalScorer, beads: TrainingBeads): number {
  const n = beads.s0.length;
  if (!n) return 0;
  const values = new Float64Array(n);
  for (let b = 0; b < n; b++) values[b] = scorer.score(beads.s0[b]!, beads.s1[b]!, beads.t0[b]!, beads.t1[b]!);
  values.sort();
  return values[n >> 1]!;
}

/** Pass-2 parameters with the rule's shapes added, gated by beadSupport, when the document's support reaches documentSupport; else `params`. */
export function withUnevenShapes(params: SearchParams, support: number, rule: UnevenShapes): SearchParams {
  if (!(support >= rule.documentSupport)) return params;
  return { ...params, moves: withGatedMoves(params.moves, rule.types, rule.prior, rule.beadSupport) };
}
