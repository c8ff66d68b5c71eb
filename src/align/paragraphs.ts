/**
 * Paragraph-first alignment (Gale & Church 1993): when both sides are paragraphed, align the
 * paragraphs with the same machinery (units = paragraphs, allowing merges, splits and omissions),
 * and cut the sentence problem at the paragraph boundaries the paragraph alignment is sure of.
 * Sentences are then aligned inside each group; a wrong paragraph guess cannot spread further
 * than its group, and a doubtful one is simply not used as a cut.
 */
import type { Document } from '../types.js';
import type { LengthModel } from './length.js';
import type { LexicalScorer } from './lexical.js';
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

/** Sentence bounds of a document's paragraphs, or undefined if they do not tile its sentences in order. */
export function paragraphBounds(doc: Document): Int32Array | undefined {
  const ps = doc.paragraphs;
  const b = new Int32Array(ps.length + 1);
  let at = 0;
  for (let k = 0; k < ps.length; k++) {
    const [first, end] = ps[k]!.sentences;
    if (first !== at || end <= first) return undefined;
    at = end;
    b[k + 1] = end;
  }
  return at === doc.sentences.length ? b : undefined;
}

/**
 * Segments of the sentence problem cut at confident paragraph boundaries; one segment covering
 * everything when either side has fewer than two paragraphs.
 */
export function paragraphSegments(
  source: Document,
  target: Document,
  srcLen: Float64Array,
  tgtLen: Float64Array,
  srcBonus: Float64Array,
  tgtBonus: Float64Array,
  lexical: LexicalScorer,
  base: Omit<SearchParams, 'moves' | 'coarseMoves' | 'length'>,
  length: LengthModel,
  temperature: number,
): Segment[] {
  const whole: Segment[] = [{ s0: 0, s1: srcLen.length, t0: 0, t1: tgtLen.length, confidence: 1 }];
  const sb = paragraphBounds(source);
  const tb = paragraphBounds(target);
  if (!sb || !tb || sb.length < 3 || tb.length < 3) return whole;
  const sum = (len: Float64Array, b: Int32Array): Float64Array => {
    const out = new Float64Array(b.length - 1);
    for (let g = 0; g < out.length; g++) for (let k = b[g]!; k < b[g + 1]!; k++) out[g]! += len[k]!;
    return out;
  };
  // A paragraph of heading lines only is as easily left out as a heading line.
  const minOf = (bonus: Float64Array, b: Int32Array): Float64Array => {
    const out = new Float64Array(b.length - 1);
    for (let g = 0; g < out.length; g++) out[g] = Math.min(...bonus.subarray(b[g]!, b[g + 1]!));
    return out;
  };
  const moves = moveSet(PARAGRAPH_TYPES, PARAGRAPH_PRIORS, 0.001);
  const problem = {
    srcLen: sum(srcLen, sb),
    tgtLen: sum(tgtLen, tb),
    lexical: lexical.group(sb, tb),
    srcOffset: 0,
    tgtOffset: 0,
    srcDeletionBonus: minOf(srcBonus, sb),
    tgtDeletionBonus: minOf(tgtBonus, tb),
  };
  const params: SearchParams = { ...base, moves, coarseMoves: moves, length, anchors: [] };
  const { band } = searchPath(problem, params);
  const r = refinePath(problem, params, band, temperature);
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
