/**
 * Linear-time search, coarse to fine (the FastDTW scheme Vecalign uses): halve both sides by
 * merging neighbouring units until the lattice is small enough for a full DP, align there, then
 * at each finer level search only a band around the projected path. Whenever the best path runs
 * along a band edge, the band is widened there and the level re-run (Moore 2002's test), so a
 * wrong coarse path is corrected instead of being trusted. Anchors, when given, are hard limits at
 * the coarse levels only: they keep the coarse path from wandering, while the finest level stays
 * free to place every bead.
 */
import { type Band, clipBand, fullBand, type HardLimits, projectPath, touchedRows, widenAt } from './band.js';
import { type CostModel, type DpResult, runDp } from './dp.js';
import type { LengthModel } from './length.js';
import type { LexicalScorer } from './lexical.js';
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

/** Bounds of pairs of units: [0, 2, 4, …, n], shifted by `offset`. */
function pairBounds(n: number, offset: number): Int32Array {
  const g = Math.ceil(n / 2);
  const b = new Int32Array(g + 1);
  for (let k = 0; k <= g; k++) b[k] = Math.min(2 * k, n) + offset;
  return b;
}

function groupLengths(len: Float64Array, bounds: Int32Array): Float64Array {
  const out = new Float64Array(bounds.length - 1);
  for (let g = 0; g < out.length; g++) for (let k = bounds[g]!; k < bounds[g + 1]!; k++) out[g]! += len[k]!;
  return out;
}

/** Hard limits from anchors at a level whose unit u holds fine units [u·2^level, (u+1)·2^level). */
function anchorLimits(anchors: ReadonlyArray<readonly [number, number]>, level: number, n: number, m: number): HardLimits {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  // A bead holding source unit I and target unit J: rows x ≤ I stay at y ≤ J, rows x > I at
  // y > J. Relaxed to y ≥ J so that rows keep overlapping (see band.ts): at a coarse level this
  // is a hint, off by at most one block.
  for (const [i, j] of anchors) {
    const I = i >> level;
    const J = j >> level;
    if (I + 1 <= n && J > lo[I + 1]!) lo[I + 1] = J;
    if (J < hi[I]!) hi[I] = J;
  }
  for (let x = 1; x <= n; x++) if (lo[x - 1]! > lo[x]!) lo[x] = lo[x - 1]!;
  for (let x = n - 1; x >= 0; x--) if (hi[x + 1]! < hi[x]!) hi[x] = hi[x + 1]!;
  for (let x = 0; x <= n; x++) if (hi[x]! < lo[x]!) return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
  return { lo, hi };
}

function costModel(problem: SearchProblem, params: SearchParams, moves: MoveSet, length: LengthModel): CostModel {
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
  };
}

/**
 * Run the DP in `band`, widening it where the path touches a soft edge, up to `rounds` times.
 * The band is modified in place.
 */
export function dpWithWidening(
  band: Band,
  model: CostModel,
  params: Pick<SearchParams, 'buffer' | 'widenRounds'>,
  limits: HardLimits | undefined,
  posteriors: boolean,
  temperature: number,
): DpResult {
  let result = runDp(band, model, { posteriors, temperature });
  for (let round = 0; round < params.widenRounds; round++) {
    const rows = touchedRows(band, result.pathX, result.pathY, limits);
    if (!rows.length) break;
    widenAt(band, rows, params.buffer * 2 ** (round + 1), params.buffer * 2 ** (round + 2), limits);
    result = runDp(band, model, { posteriors, temperature });
  }
  return result;
}

function solve(problem: SearchProblem, params: SearchParams, level: number): SearchResult {
  const n = problem.srcLen.length;
  const m = problem.tgtLen.length;
  const moves = level === 0 ? params.moves : params.coarseMoves;
  const limits = level > 0 && params.anchors?.length ? anchorLimits(params.anchors, level, n, m) : undefined;
  let band: Band;
  if ((n + 1) * (m + 1) <= params.maxFullCells || n < 4 || m < 4) {
    band = clipBand(fullBand(n, m), limits);
  } else {
    const sb = pairBounds(n, 0);
    const tb = pairBounds(m, 0);
    const coarse: SearchProblem = {
      srcLen: groupLengths(problem.srcLen, sb),
      tgtLen: groupLengths(problem.tgtLen, tb),
      lexical: problem.lexical.group(pairBounds(n, problem.srcOffset), pairBounds(m, problem.tgtOffset)),
      srcOffset: 0,
      tgtOffset: 0,
    };
    const up = solve(coarse, params, level + 1);
    band = clipBand(projectPath(up.result.pathX, up.result.pathY, sb, tb, n, m, params.buffer), limits);
  }
  const result = dpWithWidening(band, costModel(problem, params, moves, params.length), params, limits, false, 1);
  return { band, result };
}

/** Best path of a problem, coarse to fine, with the band it was found in. */
export function searchPath(problem: SearchProblem, params: SearchParams): SearchResult {
  return solve(problem, params, 0);
}

/** Re-run the finest level in a known band, e.g. with re-estimated parameters and posteriors. */
export function refinePath(
  problem: SearchProblem,
  params: SearchParams,
  band: Band,
  temperature: number,
): DpResult {
  return dpWithWidening(band, costModel(problem, params, params.moves, params.length), params, undefined, true, temperature);
}
