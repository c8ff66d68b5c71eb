/**
 * Paragraph-first alignment (Gale & Church 1993): when both sides are paragraphed, align the
 * paragraphs with the same machinery (units = paragraphs, allowing merges, splits and omissions),
 * and cut the sentence problem at the paragraph boundaries the paragraph alignment is sure of.
 * Sentences are then aligned inside each group; a wrong paragraph guess cannot spread further
 * than its group, and a doubtful one is simply not used as a cut.
 */
import { type EngineSettings, type PreparedPair, unitCues } from './engine.js';
import type { LengthModel } from './length.js';
import { moveSet } from './moves.js';
import { PARAGRAPH_CUT_POSTERIOR, PARAGRAPH_PRIORS, PARAGRAPH_TYPES } from './params.js';
import { refinePath, type SearchParams, searchPath } from './search.js';

/** A piece of the sentence problem: source sentences [s0, s1) with target sentences [t0, t1). */
export interface Segment {
  readonly s0: number;
  readonly s1: number;
  readonly t0: number;
  readonly t1: number;
  /** Probability that both ends of the segment are right (1 for the document ends). */
  readonly confidence: number;
}

/**
 * Segments of the sentence problem cut at confident paragraph boundaries; one segment covering
 * everything when either side has fewer than two paragraphs.
 */
export function paragraphSegments(
  pair: PreparedPair,
  sb: Int32Array,
  tb: Int32Array,
  settings: EngineSettings,
  base: Omit<SearchParams, 'moves' | 'coarseMoves' | 'length'>,
  length: LengthModel,
): Segment[] {
  const srcLen = pair.source.len;
  const tgtLen = pair.target.len;
  const whole: Segment[] = [{ s0: 0, s1: srcLen.length, t0: 0, t1: tgtLen.length, confidence: 1 }];
  if (sb.length < 3 || tb.length < 3) return whole;
  const sum = (len: Float64Array, b: Int32Array): Float64Array => {
    const out = new Float64Array(b.length - 1);
    for (let g = 0; g < out.length; g++) for (let k = b[g]!; k < b[g + 1]!; k++) out[g]! += len[k]!;
    return out;
  };
  // A paragraph of heading lines only is a heading (a title, a byline, a date).
  const headings = (heading: Uint8Array, b: Int32Array): Uint8Array => {
    const out = new Uint8Array(b.length - 1);
    for (let g = 0; g < out.length; g++) out[g] = heading.subarray(b[g]!, b[g + 1]!).every((h) => h === 1) ? 1 : 0;
    return out;
  };
  const srcCues = unitCues(headings(pair.source.heading, sb), settings);
  const tgtCues = unitCues(headings(pair.target.heading, tb), settings);
  const moves = moveSet(PARAGRAPH_TYPES, PARAGRAPH_PRIORS, 0.001);
  const problem = {
    srcLen: sum(srcLen, sb),
    tgtLen: sum(tgtLen, tb),
    lexical: pair.lexical.group(sb, tb),
    srcOffset: 0,
    tgtOffset: 0,
    srcDeletionBonus: srcCues.deletionBonus,
    tgtDeletionBonus: tgtCues.deletionBonus,
    srcGlue: srcCues.glue,
    tgtGlue: tgtCues.glue,
  };
  const params: SearchParams = { ...base, moves, coarseMoves: moves, length, anchors: [] };
  const { band } = searchPath(problem, params);
  const r = refinePath(problem, params, band, settings.temperature);
  const post = r.pointPosterior!;
  const segments: Segment[] = [];
  let last = 0;
  for (let k = 1; k < r.pathX.length; k++) {
    if (k < r.pathX.length - 1 && post[k]! < PARAGRAPH_CUT_POSTERIOR) continue;
    segments.push({
      s0: sb[r.pathX[last]!]!,
      s1: sb[r.pathX[k]!]!,
      t0: tb[r.pathY[last]!]!,
      t1: tb[r.pathY[k]!]!,
      confidence: Math.min(post[last]!, post[k]!),
    });
    last = k;
  }
  return segments;
}
