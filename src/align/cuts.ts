/**
 * Hard cuts of the sentence problem. Beads fixed by the user cut it first: the path goes through
 * them, and the stretches between them are aligned on their own. Each stretch is then cut at the
 * paragraph boundaries that a paragraph-first alignment (Gale & Church 1993) is sure of, when both
 * sides are paragraphed: the paragraphs are aligned with the same machinery (units = paragraphs,
 * allowing merges, splits and omissions), and a wrong paragraph guess cannot spread further than
 * its segment, while a doubtful one is simply not used as a cut.
 */
import { UsageError } from '../errors.js';
import { groupLengths, type LengthModel } from './length.js';
import { moveSet } from './moves.js';
import { PARAGRAPH_CUT_POSTERIOR, PARAGRAPH_PRIORS, PARAGRAPH_TYPES } from './params.js';
import { type AlignmentProblem, type EngineSettings, unitCues } from './problem.js';
import { refinePath, type SearchParams, type SearchProblem, searchPath } from './search.js';

/** A piece of the sentence problem: source sentences [s0, s1) with target sentences [t0, t1). */
export interface Segment {
  readonly s0: number;
  readonly s1: number;
  readonly t0: number;
  readonly t1: number;
  /** Probability that both ends of the segment are right (1 for the document ends and fixed beads). */
  readonly confidence: number;
  /** A bead fixed in advance: the segment is that one bead. */
  readonly fixed?: true;
}

/** Search parameters shared by every level and pass; the moves and length model are set per use. */
export type BaseParams = Omit<SearchParams, 'moves' | 'coarseMoves' | 'length'>;

/**
 * The segments of the problem, in order, covering every sentence of both sides once: fixed beads,
 * and the stretches between them cut at confident paragraph boundaries.
 * @throws UsageError when the fixed beads are out of range, empty, or overlap or cross each other
 */
export function hardCuts(problem: AlignmentProblem, settings: EngineSettings, base: BaseParams, length: LengthModel): Segment[] {
  const n = problem.source.len.length;
  const m = problem.target.len.length;
  checkFixed(problem, n, m);
  const out: Segment[] = [];
  let s = 0;
  let t = 0;
  const stretch = (s1: number, t1: number): void => {
    if (s1 > s || t1 > t) out.push(...paragraphSegments(problem, { s0: s, s1, t0: t, t1, confidence: 1 }, settings, base, length));
  };
  for (const f of problem.fixed) {
    stretch(f.s0, f.t0);
    out.push({ s0: f.s0, s1: f.s1, t0: f.t0, t1: f.t1, confidence: 1, fixed: true });
    s = f.s1;
    t = f.t1;
  }
  stretch(n, m);
  return out;
}

function checkFixed(problem: AlignmentProblem, n: number, m: number): void {
  const { fixed, unmatched } = problem;
  let s = 0;
  let t = 0;
  fixed.forEach((f, k) => {
    const bead = `fixed bead ${k + 1} ([${f.s0}, ${f.s1}) × [${f.t0}, ${f.t1}))`;
    if (!(f.s0 <= f.s1 && f.t0 <= f.t1) || f.s1 - f.s0 + (f.t1 - f.t0) === 0) throw invalid(`${bead} is empty`);
    if (f.s1 > n || f.t1 > m) throw invalid(`${bead} is beyond the last sentence (${n} source, ${m} target)`);
    if (f.s0 < s || f.t0 < t) throw invalid(`${bead} overlaps or crosses the one before it`);
    s = f.s1;
    t = f.t1;
  });
  const inside = (u: number, side: 's' | 't'): boolean => fixed.some((f) => (side === 's' ? f.s0 <= u && u < f.s1 : f.t0 <= u && u < f.t1));
  for (const [units, side, count] of [
    [unmatched.source, 's', n],
    [unmatched.target, 't', m],
  ] as const) {
    const name = side === 's' ? 'source' : 'target';
    for (const u of units) {
      if (u >= count) throw invalid(`unmatched ${name} sentence ${u} is beyond the last one (${count})`);
      if (inside(u, side)) throw invalid(`${name} sentence ${u} is both unmatched and in a fixed bead`);
    }
  }
}

function invalid(problem: string): UsageError {
  return new UsageError(problem, { code: 'invalid-fixed-bead' });
}

/** Sentence bounds of the paragraphs within [from, to), from and to included. */
function boundsWithin(bounds: Int32Array, from: number, to: number): Int32Array {
  const inner = bounds.filter((b) => b > from && b < to);
  const out = new Int32Array(inner.length + 2);
  out[0] = from;
  out.set(inner, 1);
  out[out.length - 1] = to;
  return out;
}

/**
 * A stretch cut at its confident paragraph boundaries; the stretch whole when either side has
 * fewer than two paragraphs in it.
 */
function paragraphSegments(problem: AlignmentProblem, whole: Segment, settings: EngineSettings, base: BaseParams, length: LengthModel): Segment[] {
  const { paragraphs: sp } = problem.source;
  const { paragraphs: tp } = problem.target;
  if (!sp || !tp) return [whole];
  const sb = boundsWithin(sp, whole.s0, whole.s1);
  const tb = boundsWithin(tp, whole.t0, whole.t1);
  if (sb.length < 3 || tb.length < 3) return [whole];
  // A paragraph of heading lines only is a heading (a title, a byline, a date).
  const headings = (heading: Uint8Array, b: Int32Array): Uint8Array => {
    const out = new Uint8Array(b.length - 1);
    for (let g = 0; g < out.length; g++) out[g] = heading.subarray(b[g]!, b[g + 1]!).every((h) => h === 1) ? 1 : 0;
    return out;
  };
  const srcCues = unitCues(headings(problem.source.heading, sb), settings);
  const tgtCues = unitCues(headings(problem.target.heading, tb), settings);
  const moves = moveSet(PARAGRAPH_TYPES, PARAGRAPH_PRIORS, 0.001);
  const units: SearchProblem = {
    srcLen: groupLengths(problem.source.len, sb),
    tgtLen: groupLengths(problem.target.len, tb),
    lexical: problem.lexical.group(sb, tb),
    srcOffset: 0,
    tgtOffset: 0,
    srcDeletionBonus: srcCues.deletionBonus,
    tgtDeletionBonus: tgtCues.deletionBonus,
    srcGlue: srcCues.glue,
    tgtGlue: tgtCues.glue,
  };
  const params: SearchParams = { ...base, moves, coarseMoves: moves, length, anchors: [] };
  const { band } = searchPath(units, params);
  const r = refinePath(units, params, band);
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
