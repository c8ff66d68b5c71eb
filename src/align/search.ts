/**
 * Linear-time search, coarse to fine (the FastDTW scheme Vecalign uses): halve both sides by
 * merging neighbouring units until the lattice is small enough for a full DP, align there, then
 * at each finer level search only a band around the projected path. Whenever the best path runs
 * along a band edge, the band is widened there and the level re-run (Moore 2002's test), so a
 * wrong coarse path is corrected instead of being trusted. Anchors, when given, are hard limits at
 * the coarse levels only: they keep the coarse path from wandering, while the finest level stays
 * free to place every bead.
 */
import { type Band, clipBand, fullBand, type HardLimits, normaliseBand, projectPath, touchedRows, widenAt } from './band.js';
import { type CostModel, type DpOptions, type DpResult, runDp } from './dp.js';
import { groupLengths, type LengthModel } from './length.js';
import { type LexicalScorer, noLexicalEvidence } from '../lexical/index.js';
import type { MoveSet } from './moves.js';

/** Units of both sides: their lengths in characters and the lexical evidence about them. */
export interface SearchProblem {
  readonly srcLen: Float64Array;
  readonly tgtLen: Float64Array;
  readonly lexical: LexicalScorer;
  /** Index in `lexical` of local unit 0 on each side. */
  readonly srcOffset: number;
  readonly tgtOffset: number;
  /** Per unit: cost taken off leaving it unmatched (see CostModel); not carried to coarse levels. */
  readonly srcDeletionBonus?: Float64Array;
  readonly tgtDeletionBonus?: Float64Array;
  /** Cumulative glue costs per unit (see CostModel); not carried to coarse levels. */
  readonly srcGlue?: Float64Array;
  readonly tgtGlue?: Float64Array;
  /** Cumulative counts of units that must stay unmatched (see CostModel); not carried to coarse levels. */
  readonly srcLocks?: Int32Array;
  readonly tgtLocks?: Int32Array;
}

export interface SearchParams {
  readonly moves: MoveSet;
  /** Moves at the coarse levels (blocks of units). */
  readonly coarseMoves: MoveSet;
  readonly length: LengthModel;
  readonly lexicalWeight: number;
  readonly deletionSlope: number;
  /** Largest n·m solved with a full DP. */
  readonly maxFullCells: number;
  /** Positions kept on each side of the projected path at each finer level. */
  readonly buffer: number;
  /** Times a level may be widened and re-run. */
  readonly widenRounds: number;
  /** Pairs (source unit, target unit) known to belong to one bead, increasing in both. */
  readonly anchors?: ReadonlyArray<readonly [number, number]>;
  /** Posterior temperature: costs are divided by it before exponentiating (calibrates the scores). */
  readonly temperature: number;
  /** Final pass: decode by maximum expected accuracy with this gain a bead (dp.ts); undefined: the best path. */
  readonly decodingGain?: number;
}

export interface SearchResult {
  /** The band the final path was found in (reusable for a second pass). */
  readonly band: Band;
  readonly result: DpResult;
}

/** Cumulative sums: out[k] = Σ len[0..k). */
export function prefixSums(len: ArrayLike<number>): Float64Array {
  const out = new Float64Array(len.length + 1);
  for (let k = 0; k < len.length; k++) out[k + 1] = out[k]! + len[k]!;
  return out;
}

/** Bounds of blocks of `size` units: [0, size, 2·size, …, n], shifted by `offset`. */
function blockBounds(n: number, size: number, offset: number): Int32Array {
  const g = Math.ceil(n / size);
  const b = new Int32Array(g + 1);
  for (let k = 0; k <= g; k++) b[k] = Math.min(size * k, n) + offset;
  return b;
}

/**
 * Target bounds for source bounds, in proportion to the sentence counts: target block k ends at
 * round(sb[k]·m/n). Pairing blocks of 2^L sentences on both sides would pair more and more
 * distant text as soon as the sides have different sentence counts (1M vs 1.02M sentences:
 * 20k apart at the end); proportional blocks stay near their counterparts, and their lengths still
 * tell where the text runs ahead (blocks cut by characters would not: their lengths always agree).
 * Nested across levels, since they only depend on the source bound.
 */
function matchingBounds(srcBounds: Int32Array, n: number, m: number): Int32Array {
  const out = new Int32Array(srcBounds.length);
  for (let k = 0; k < srcBounds.length; k++) out[k] = n > 0 ? Math.round((srcBounds[k]! * m) / n) : 0;
  out[srcBounds.length - 1] = m;
  return out;
}

/** Index of the block of `bounds` holding unit u. */
function blockOf(bounds: Int32Array, u: number): number {
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= u) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Hard limits from anchors at a level with the given block bounds on each side. */
function anchorLimits(anchors: ReadonlyArray<readonly [number, number]>, sb: Int32Array, tb: Int32Array): HardLimits {
  const n = sb.length - 1;
  const m = tb.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  // A bead holding source unit I and target unit J: rows x ≤ I stay at y ≤ J, rows x > I at
  // y > J. Relaxed to y ≥ J so that rows keep overlapping (see band.ts): at a coarse level this
  // is a hint, off by at most one block.
  for (const [i, j] of anchors) {
    const I = blockOf(sb, i);
    const J = blockOf(tb, j);
    if (I + 1 <= n && J > lo[I + 1]!) lo[I + 1] = J;
    if (J < hi[I]!) hi[I] = J;
  }
  for (let x = 1; x <= n; x++) if (lo[x - 1]! > lo[x]!) lo[x] = lo[x - 1]!;
  for (let x = n - 1; x >= 0; x--) if (hi[x + 1]! < hi[x]!) hi[x] = hi[x + 1]!;
  for (let x = 0; x <= n; x++) if (hi[x]! < lo[x]!) return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
  return { lo, hi };
}

/** The units [x0, x1) × [y0, y1) of a problem as a problem of their own (views, no copies). */
export function subProblem(problem: SearchProblem, x0: number, y0: number, x1: number, y1: number): SearchProblem {
  return {
    srcLen: problem.srcLen.subarray(x0, x1),
    tgtLen: problem.tgtLen.subarray(y0, y1),
    lexical: problem.lexical,
    srcOffset: problem.srcOffset + x0,
    tgtOffset: problem.tgtOffset + y0,
    ...(problem.srcDeletionBonus && { srcDeletionBonus: problem.srcDeletionBonus.subarray(x0, x1) }),
    ...(problem.tgtDeletionBonus && { tgtDeletionBonus: problem.tgtDeletionBonus.subarray(y0, y1) }),
    ...(problem.srcGlue && { srcGlue: problem.srcGlue.subarray(x0, x1) }),
    ...(problem.tgtGlue && { tgtGlue: problem.tgtGlue.subarray(y0, y1) }),
    ...(problem.srcLocks && { srcLocks: problem.srcLocks.subarray(x0, x1 + 1) }),
    ...(problem.tgtLocks && { tgtLocks: problem.tgtLocks.subarray(y0, y1 + 1) }),
  };
}

/**
 * The rows [x0, x1] of a band that run from lattice point (x0, y0) to (x1, y1), in the
 * coordinates of that stretch (both points must be in the band).
 */
export function subBand(band: Band, x0: number, y0: number, x1: number, y1: number): Band {
  const lo = new Int32Array(x1 - x0 + 1);
  const hi = new Int32Array(x1 - x0 + 1);
  for (let x = x0; x <= x1; x++) {
    lo[x - x0] = Math.max(band.lo[x]!, y0) - y0;
    hi[x - x0] = Math.min(band.hi[x]!, y1) - y0;
  }
  return normaliseBand({ n: x1 - x0, m: y1 - y0, lo, hi });
}

export function costModel(problem: SearchProblem, params: SearchParams, moves: MoveSet, length: LengthModel): CostModel {
  return {
    moves,
    srcPrefix: prefixSums(problem.srcLen),
    tgtPrefix: prefixSums(problem.tgtLen),
    length,
    lexical: problem.lexical,
    srcOffset: problem.srcOffset,
    tgtOffset: problem.tgtOffset,
    lexicalWeight: params.lexicalWeight,
    deletionSlope: params.deletionSlope,
    srcDeletionBonus: problem.srcDeletionBonus,
    tgtDeletionBonus: problem.tgtDeletionBonus,
    srcGlue: problem.srcGlue,
    tgtGlue: problem.tgtGlue,
    srcLocks: problem.srcLocks,
    tgtLocks: problem.tgtLocks,
  };
}

/** The cost model of the sub-lattice starting at (x0, y0): prefix sums and cues shifted. */
export function subModel(model: CostModel, x0: number, y0: number, x1: number, y1: number): CostModel {
  return {
    ...model,
    srcPrefix: model.srcPrefix.subarray(x0, x1 + 1),
    tgtPrefix: model.tgtPrefix.subarray(y0, y1 + 1),
    srcOffset: model.srcOffset + x0,
    tgtOffset: model.tgtOffset + y0,
    srcDeletionBonus: model.srcDeletionBonus?.subarray(x0, x1),
    tgtDeletionBonus: model.tgtDeletionBonus?.subarray(y0, y1),
    srcGlue: model.srcGlue?.subarray(x0, x1),
    tgtGlue: model.tgtGlue?.subarray(y0, y1),
    srcLocks: model.srcLocks?.subarray(x0, x1 + 1),
    tgtLocks: model.tgtLocks?.subarray(y0, y1 + 1),
  };
}

/**
 * Widen the band around touched rows and re-solve only there: each cluster of touched rows gets
 * a window of rows whose ends are points of the current path, and the window's best path (in the
 * widened band) replaces that stretch. A touch costs a few thousand cells, not a full re-run.
 */
function repairLocally(band: Band, model: CostModel, path: DpResult, rows: readonly number[], amount: number, reach: number, limits: HardLimits | undefined): DpResult {
  widenAt(band, rows, amount, reach, limits);
  const { pathX, pathY } = path;
  // The new path as pieces: stretches of the old path, and the windows' paths shifted by (x0, y0).
  const pieces: { xs: Int32Array; ys: Int32Array; from: number; to: number; x0: number; y0: number }[] = [];
  const keep = (from: number, to: number) => {
    if (to > from) pieces.push({ xs: pathX, ys: pathY, from, to, x0: 0, y0: 0 });
  };
  let k = 0;
  let r = 0;
  while (r < rows.length) {
    // A cluster: touched rows closer than 2·reach to each other.
    let last = rows[r]!;
    let end = r + 1;
    while (end < rows.length && rows[end]! - last <= 2 * reach) last = rows[end++]!;
    const a = Math.max(0, rows[r]! - 2 * reach);
    const b = Math.min(band.n, last + 2 * reach);
    // Entry: last path point at or before row a; exit: first path point at or after row b.
    let entry = k;
    while (entry + 1 < pathX.length && pathX[entry + 1]! <= a) entry++;
    let exit = entry;
    while (exit + 1 < pathX.length && pathX[exit]! < b) exit++;
    keep(k, entry);
    const x0 = pathX[entry]!;
    const y0 = pathY[entry]!;
    const x1 = pathX[exit]!;
    const y1 = pathY[exit]!;
    const sub = runDp(subBand(band, x0, y0, x1, y1), subModel(model, x0, y0, x1, y1), VITERBI);
    pieces.push({ xs: sub.pathX, ys: sub.pathY, from: 0, to: sub.pathX.length - 1, x0, y0 });
    k = exit;
    r = end;
  }
  keep(k, pathX.length);
  let points = 0;
  for (const p of pieces) points += p.to - p.from;
  const xs = new Int32Array(points);
  const ys = new Int32Array(points);
  let at = 0;
  for (const { xs: px, ys: py, from, to, x0, y0 } of pieces) {
    for (let q = from; q < to; q++, at++) {
      xs[at] = px[q]! + x0;
      ys[at] = py[q]! + y0;
    }
  }
  return { pathX: xs, pathY: ys, cost: NaN };
}

/** The DP without posteriors: the best path alone (the temperature only scales posteriors). */
const VITERBI: DpOptions = { posteriors: false, temperature: 1 };

/** Forward-backward in the band, if its best path touches no soft edge (else the result is dropped here, not kept alive by the caller's frame). */
function untouchedPosteriors(band: Band, model: CostModel, limits: HardLimits | undefined, dp: DpOptions): DpResult | undefined {
  const r = runDp(band, model, dp);
  return touchedRows(band, r.pathX, r.pathY, limits).length ? undefined : r;
}

/**
 * Run the DP in `band`, widening it where the path touches a soft edge (Moore 2002's test), up to
 * `widenRounds` times; the band is modified in place. Touches are repaired locally on the Viterbi
 * path; forward-backward, when asked for, then runs once on the final band.
 *
 * With posteriors, forward-backward runs first (its forward sweep finds the best path too), and
 * the Viterbi repair only if that path touches: the bands of pass 2 either held a path without
 * touching in pass 1, or are at most PIECE_ROWS long, where a touch is rare (one in the ten
 * pieces of the 1M-sentence benchmark). The result is the same in either order.
 */
export function dpWithWidening(
  band: Band,
  model: CostModel,
  params: Pick<SearchParams, 'buffer' | 'widenRounds'>,
  limits: HardLimits | undefined,
  dp: DpOptions,
): DpResult {
  if (dp.posteriors) {
    const r = untouchedPosteriors(band, model, limits, dp);
    if (r) return r;
  }
  let result: DpResult | undefined = runDp(band, model, VITERBI);
  for (let round = 0; round < params.widenRounds; round++) {
    const rows = touchedRows(band, result.pathX, result.pathY, limits);
    if (!rows.length) break;
    result = repairLocally(band, model, result, rows, params.buffer * 2 ** (round + 1), params.buffer * 2 ** (round + 2), limits);
  }
  if (!dp.posteriors) return result;
  // Posteriors need one global forward-backward on the final band (its best path is then the
  // band's optimum; a repaired Viterbi path is a splice of local optima, good enough for bands).
  // The Viterbi path is not needed any more: let it go first.
  result = undefined;
  return runDp(band, model, dp);
}

/**
 * Lexical evidence is used up to this coarse level (blocks of 2^6 = 64 sentences); above, lengths
 * alone: over hundreds of sentences they are precise, and block feature sets stop being cheap.
 */
const COARSE_LEXICAL_LEVELS = 6;

/** Whether a problem of n × m units is solved with a full DP rather than from a coarser level. */
function small(n: number, m: number, params: SearchParams): boolean {
  return (n + 1) * (m + 1) <= params.maxFullCells || n < 4 || m < 4;
}

/**
 * The band of the finest level: align the coarsest level (blocks of 2^L units, built from the
 * finest level directly so that only one coarse level is in memory at a time) with a full DP,
 * then at each finer level search around the projected path, down to level 1; project once more.
 */
export function searchBand(problem: SearchProblem, params: SearchParams): Band {
  const n = problem.srcLen.length;
  const m = problem.tgtLen.length;
  let top = 0;
  while (!small(Math.ceil(n / 2 ** top), Math.ceil(n / 2 ** top), params)) top++;
  if (top === 0 || small(n, m, params)) return fullBand(n, m);
  const shift = (b: Int32Array, by: number): Int32Array => b.map((v) => v + by);
  let path: DpResult | undefined;
  for (let level = top; level >= 1; level--) {
    const sb = blockBounds(n, 2 ** level, 0);
    const tb = matchingBounds(sb, n, m);
    const coarse: SearchProblem = {
      srcLen: groupLengths(problem.srcLen, sb),
      tgtLen: groupLengths(problem.tgtLen, tb),
      lexical:
        level <= COARSE_LEXICAL_LEVELS
          ? problem.lexical.group(shift(sb, problem.srcOffset), shift(tb, problem.tgtOffset))
          : noLexicalEvidence(sb.length - 1, tb.length - 1),
      srcOffset: 0,
      tgtOffset: 0,
    };
    const cn = sb.length - 1;
    const cm = tb.length - 1;
    const limits = params.anchors?.length ? anchorLimits(params.anchors, sb, tb) : undefined;
    let band: Band;
    if (!path) band = clipBand(fullBand(cn, cm), limits);
    else {
      // The previous (coarser) level's blocks are pairs of this level's blocks on both sides.
      band = clipBand(projectPath(path.pathX, path.pathY, blockBounds(cn, 2, 0), blockBounds(cm, 2, 0), cn, cm, params.buffer), limits);
    }
    path = dpWithWidening(band, costModel(coarse, params, params.coarseMoves, params.length), params, limits, VITERBI);
  }
  const sb1 = blockBounds(n, 2, 0);
  return projectPath(path!.pathX, path!.pathY, sb1, matchingBounds(sb1, n, m), n, m, params.buffer);
}

/** Best path of a problem, coarse to fine, with the band it was found in. */
export function searchPath(problem: SearchProblem, params: SearchParams): SearchResult {
  const band = searchBand(problem, params);
  const result = dpWithWidening(band, costModel(problem, params, params.moves, params.length), params, undefined, VITERBI);
  return { band, result };
}

/**
 * Re-run the finest level in a known band, e.g. with re-estimated parameters and posteriors;
 * decoded as `params.decodingGain` asks (set on the final pass's parameters only, engine.ts).
 */
export function refinePath(problem: SearchProblem, params: SearchParams, band: Band): DpResult {
  return dpWithWidening(band, costModel(problem, params, params.moves, params.length), params, undefined, {
    posteriors: true,
    temperature: params.temperature,
    gain: params.decodingGain,
  });
}

/**
 * Viterbi paths of a few windows of a band (with their posteriors, if asked), for estimating a
 * document's statistics without a full pass: `count` windows of `rows` rows, evenly spaced; each starts and ends at the middle of
 * the band (the coarse path), so its first and last beads may be off and should be skipped.
 * Paths are in the problem's coordinates.
 */
export function samplePaths(problem: SearchProblem, params: SearchParams, band: Band, count: number, rows: number, posteriors = false): DpResult[] {
  const n = problem.srcLen.length;
  const out: DpResult[] = [];
  const mid = (x: number): number => Math.round((band.lo[x]! + band.hi[x]!) / 2);
  for (let w = 0; w < count; w++) {
    const x0 = Math.floor(((n - rows) * (w + 0.5)) / count);
    const x1 = x0 + rows;
    const y0 = mid(x0);
    const y1 = Math.max(y0, mid(x1));
    const sub = subProblem(problem, x0, y0, x1, y1);
    const r = dpWithWidening(
      subBand(band, x0, y0, x1, y1),
      costModel(sub, params, params.moves, params.length),
      params,
      undefined,
      posteriors ? { posteriors, temperature: params.temperature } : VITERBI,
    );
    out.push({ ...r, pathX: r.pathX.map((x) => x + x0), pathY: r.pathY.map((y) => y + y0) });
  }
  return out;
}
