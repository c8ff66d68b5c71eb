/**
 * The DP kernel: best path (Viterbi) and bead posteriors (forward-backward) over a band of the
 * alignment lattice. Point (x, y) = x source units and y target units consumed; a move (di, dj)
 * from (x−di, y−dj) to (x, y) is one bead. Cells outside the band, or not reachable, cost
 * +Infinity; nothing unreachable is ever treated as free.
 *
 * Memory: one back-pointer byte per cell, plus one Float32 forward score per cell when posteriors
 * are asked for (row-normalised, so 7 digits are enough), plus a few rows of Float64.
 * Time: O(cells × moves), with the lexical evidence of a cell computed once per sweep.
 */
import type { Band } from './band.js';
import type { LengthModel } from './length.js';
import { logErfc, TAIL, TAIL_MAX, TAIL_STEPS } from './length.js';
import type { LexicalScorer, SpanCursor } from '../lexical/index.js';
import type { MoveSet } from './moves.js';

/** Everything that prices a bead. */
export interface CostModel {
  readonly moves: MoveSet;
  /** Cumulative unit lengths in characters: srcPrefix[x] = length of units [0, x). */
  readonly srcPrefix: Float64Array;
  readonly tgtPrefix: Float64Array;
  readonly length: LengthModel;
  readonly lexical: LexicalScorer;
  /** Lexical unit index of local unit 0 on each side (a segment of a longer document). */
  readonly srcOffset: number;
  readonly tgtOffset: number;
  /** Weight of the lexical similarity (in cost units, i.e. nats). */
  readonly lexicalWeight: number;
  /** Extra cost per √character of an unmatched (1-0 / 0-1) unit, on top of its prior. */
  readonly deletionSlope: number;
  /** Per local unit: amount taken off the cost of leaving it unmatched (e.g. headings); may be undefined. */
  readonly srcDeletionBonus: Float64Array | undefined;
  readonly tgtDeletionBonus: Float64Array | undefined;
  /**
   * Per local unit k: summed cost of gluing unit u−1 to unit u inside one bead, for u = 1..k
   * (so a bead over units [x−a, x) pays glue[x−1] − glue[x−a]); may be undefined.
   */
  readonly srcGlue: Float64Array | undefined;
  readonly tgtGlue: Float64Array | undefined;
  /**
   * Per local lattice position k: how many units before k must stay unmatched (a reviewer said so),
   * so that a match over units [x−a, x) is impossible when srcLocks[x] − srcLocks[x−a] > 0; may be undefined.
   */
  readonly srcLocks: Int32Array | undefined;
  readonly tgtLocks: Int32Array | undefined;
}

export interface DpOptions {
  /** Compute bead and point posteriors (forward-backward). */
  readonly posteriors: boolean;
  /** Costs are divided by this before exponentiating: calibrates the posteriors. */
  readonly temperature: number;
  /**
   * With posteriors: return the path maximising Σ over its beads of (posterior − gain) instead of
   * the best path (maximum expected accuracy decoding); undefined = the best path.
   */
  readonly gain?: number | undefined;
}

export interface DpResult {
  /** Lattice points of the best path, (0,0) first, (n,m) last. */
  readonly pathX: Int32Array;
  readonly pathY: Int32Array;
  /** Total cost of the best path (NaN for a path spliced by a local repair, see search.ts). */
  readonly cost: number;
  /** Posterior of bead k (from point k to point k+1), when asked for. */
  readonly beadPosterior?: Float64Array;
  /** Posterior that the path passes through point k, when asked for. */
  readonly pointPosterior?: Float64Array;
}

const NO_MOVE = 255;
/** Terms below e^-NEGLIGIBLE of the running maximum change a log-sum-exp by < 1e-16: skipped. */
const NEGLIGIBLE = 37;
/** A cell whose forward score is below e^-DEAD of its row's best gets no backward mass, unless on the best path. */
const DEAD = 60;

/**
 * Everything about the moves that depends on the row only, or on the column only, so that a
 * cell's pricing is a few loads and one length cost per move.
 */
class Pricing {
  readonly K: number;
  readonly dj: Int32Array;
  readonly valid: Uint8Array;
  readonly plo: Int32Array;
  readonly phi: Int32Array;
  /** Ring index of the move's start cell = base[k] + its column. */
  readonly base: Int32Array;
  readonly ls: Float64Array;
  /** Row-only part of the cost: prior, source glue, or a whole 1-0 bead. */
  readonly fixed: Float64Array;
  /** Index in the lexical block of a match move, −1 for 1-0 / 0-1. */
  readonly lexIdx: Int32Array;
  /** The least similarity of each move (MoveSet.minSimilarity), when some move has one. */
  private readonly minSimilarity: Float64Array | undefined;
  /** Cost of leaving target unit y−1 unmatched beyond the 0-1 prior, by y. */
  readonly tgtDeletion: Float64Array;
  readonly lex: Float64Array;
  private readonly cursor: SpanCursor | undefined;
  private readonly tgtPrefix: Float64Array;
  private readonly tgtGlue: Float64Array | undefined;
  private readonly tgtLocks: Int32Array | undefined;
  private readonly c: number;
  private readonly s2: number;
  private readonly lambda: number;
  private readonly tgtOffset: number;
  private x = 0;
  private lexY = -1;

  constructor(
    private readonly model: CostModel,
    private readonly band: Band,
    private readonly R: number,
    private readonly width: number,
  ) {
    const { moves } = model;
    const K = moves.di.length;
    this.K = K;
    this.dj = Int32Array.from(moves.dj);
    this.valid = new Uint8Array(K);
    this.plo = new Int32Array(K);
    this.phi = new Int32Array(K);
    this.base = new Int32Array(K);
    this.ls = new Float64Array(K);
    this.fixed = new Float64Array(K);
    const stride = moves.maxDj + 1;
    this.lex = new Float64Array((moves.maxDi + 1) * stride);
    this.lexIdx = new Int32Array(K);
    for (let k = 0; k < K; k++) this.lexIdx[k] = moves.di[k]! && moves.dj[k]! ? moves.di[k]! * stride + moves.dj[k]! : -1;
    this.minSimilarity = moves.minSimilarity;
    this.cursor = model.lexicalWeight !== 0 ? model.lexical.cursor?.(moves.maxDi, moves.maxDj) : undefined;
    this.tgtPrefix = model.tgtPrefix;
    this.tgtGlue = model.tgtGlue;
    this.tgtLocks = model.tgtLocks;
    this.c = model.length.c;
    this.s2 = model.length.s2;
    this.lambda = model.lexicalWeight;
    this.tgtOffset = model.tgtOffset;
    const m = model.tgtPrefix.length - 1;
    this.tgtDeletion = new Float64Array(m + 1);
    for (let y = 1; y <= m; y++) {
      this.tgtDeletion[y] =
        model.deletionSlope * Math.sqrt(model.tgtPrefix[y]! - model.tgtPrefix[y - 1]!) - (model.tgtDeletionBonus ? model.tgtDeletionBonus[y - 1]! : 0);
    }
  }

  row(x: number): void {
    const { model, band, R, width } = this;
    const { di, prior } = model.moves;
    this.x = x;
    this.lexY = -1;
    for (let k = 0; k < this.K; k++) {
      const a = di[k]!;
      const px = x - a;
      if (px < 0) {
        this.valid[k] = 0;
        continue;
      }
      this.valid[k] = 1;
      this.plo[k] = band.lo[px]!;
      this.phi[k] = band.hi[px]!;
      this.base[k] = (px % R) * width - band.lo[px]!;
      const ls = model.srcPrefix[x]! - model.srcPrefix[px]!;
      this.ls[k] = ls;
      let fixed = prior[k]!;
      if (this.dj[k] === 0) {
        fixed += model.deletionSlope * Math.sqrt(ls);
        if (model.srcDeletionBonus) fixed -= model.srcDeletionBonus[x - 1]!;
      } else {
        if (a > 1 && model.srcGlue) fixed += model.srcGlue[x - 1]! - model.srcGlue[x - a]!;
        if (model.srcLocks && model.srcLocks[x]! > model.srcLocks[px]!) fixed = Infinity;
      }
      this.fixed[k] = fixed;
    }
    if (this.cursor && x > 0) {
      const { srcOffset, tgtOffset } = model;
      this.cursor.row(x + srcOffset, band.lo[x]! + tgtOffset, band.hi[x]! + tgtOffset);
    }
  }

  /** Cost of match move k ending at (x, y), coming from column py. */
  match(k: number, y: number, py: number): number {
    let sim = 0;
    if (this.cursor) {
      if (this.lexY !== y) {
        this.cursor.cell(y + this.tgtOffset, this.lex);
        this.lexY = y;
      }
      sim = this.lex[this.lexIdx[k]!]!;
    } else if (this.lambda !== 0) {
      const model = this.model;
      const x = this.x + model.srcOffset;
      sim = model.lexical.score(x - model.moves.di[k]!, x, py + this.tgtOffset, y + this.tgtOffset);
    }
    if (this.minSimilarity && sim < this.minSimilarity[k]!) return Infinity;
    // lengthCost (length.ts), inlined: this is the hottest line of the aligner.
    const ls = this.ls[k]!;
    const lt = this.tgtPrefix[y]! - this.tgtPrefix[py]!;
    const cl = this.c * ls;
    let len = 0;
    if (cl + lt > 0) {
      const d = lt > cl ? lt - cl : cl - lt;
      const f = (d / Math.sqrt(this.s2 * (cl + lt))) * TAIL_STEPS;
      if (f >= TAIL_MAX * TAIL_STEPS) len = -logErfc(f / TAIL_STEPS);
      else {
        const i = f | 0;
        const t = TAIL[i]!;
        len = t + (TAIL[i + 1]! - t) * (f - i);
      }
    }
    let cost = this.fixed[k]! + len - this.lambda * sim;
    if (y - py > 1 && this.tgtGlue) cost += this.tgtGlue[y - 1]! - this.tgtGlue[py]!;
    if (this.tgtLocks && this.tgtLocks[y]! > this.tgtLocks[py]!) return Infinity;
    return cost;
  }
}

/**
 * Best path through the band, and optionally the posterior of each of its beads and points
 * under P(path) ∝ exp(−cost(path)/temperature).
 * @throws Error if the band holds no path from (0,0) to (n,m).
 */
export function runDp(band: Band, model: CostModel, options: DpOptions): DpResult {
  const { n, m, lo, hi } = band;
  const { di, dj } = model.moves;
  const K = di.length;
  const R = model.moves.maxDi + 1;
  const invT = 1 / options.temperature;
  const post = options.posteriors;

  const rowOff = new Float64Array(n + 2);
  let width = 0;
  for (let x = 0; x <= n; x++) {
    const w = hi[x]! - lo[x]! + 1;
    rowOff[x + 1] = rowOff[x]! + w;
    if (w > width) width = w;
  }
  const cells = rowOff[n + 1]!;
  const back = new Uint8Array(cells);
  const ringV = new Float64Array(R * width).fill(Infinity);
  const ringA = new Float64Array(post ? R * width : 0);
  const alphaRel = new Float32Array(post ? cells : 0);
  const alphaRow = new Float64Array(post ? n + 1 : 0);
  const pr = new Pricing(model, band, R, width);
  const { valid, plo, phi, base, lexIdx, fixed, tgtDeletion } = pr;

  for (let x = 0; x <= n; x++) {
    const slot = (x % R) * width;
    const l = lo[x]!;
    const h = hi[x]!;
    const rb = rowOff[x]!;
    pr.row(x);
    let rowMax = -Infinity;
    for (let y = l; y <= h; y++) {
      const c = slot + y - l;
      if (x === 0 && y === 0) {
        ringV[c] = 0;
        if (post) ringA[c] = 0;
        back[rb] = NO_MOVE;
        rowMax = 0;
        continue;
      }
      let best = Infinity;
      let bk = NO_MOVE;
      let am = -Infinity;
      let as = 0;
      for (let k = 0; k < K; k++) {
        if (!valid[k]) continue;
        const b = dj[k]!;
        const py = y - b;
        if (py < plo[k]! || py > phi[k]!) continue;
        const idx = base[k]! + py;
        const pv = ringV[idx]!;
        if (pv === Infinity) continue;
        const cost = lexIdx[k]! < 0 ? (b === 0 ? fixed[k]! : fixed[k]! + tgtDeletion[y]!) : pr.match(k, y, py);
        if (pv + cost < best) {
          best = pv + cost;
          bk = k;
        }
        if (post) {
          const v = ringA[idx]! - cost * invT;
          if (v > am) {
            as = am - v > -NEGLIGIBLE ? as * Math.exp(am - v) + 1 : 1;
            am = v;
          } else if (v - am > -NEGLIGIBLE) {
            as += Math.exp(v - am);
          }
        }
      }
      ringV[c] = best;
      back[rb + y - l] = bk;
      if (post) {
        const a = as > 0 ? am + Math.log(as) : -Infinity;
        ringA[c] = a;
        if (a > rowMax) rowMax = a;
      }
    }
    if (post) {
      const off = rowMax === -Infinity ? 0 : rowMax;
      alphaRow[x] = off;
      for (let y = l; y <= h; y++) alphaRel[rb + y - l] = ringA[slot + y - l]! - off;
    }
    // Cells of this slot beyond this row's width must not look reachable to later rows.
    if (h - l + 1 < width) ringV.fill(Infinity, slot + h - l + 1, slot + width);
  }

  const endSlot = (n % R) * width + (m - lo[n]!);
  const total = ringV[endSlot]!;
  if (!(total < Infinity)) throw new Error('no path through the band');
  const logZ = post ? ringA[endSlot]! : 0;

  // Back-pointers are followed twice, to count the points and then to fill exact typed arrays
  // (a million-point path in growing arrays of numbers would be tens of MB of garbage).
  let points = 1;
  for (let x = n, y = m; x !== 0 || y !== 0; points++) {
    const k = back[rowOff[x]! + (y - lo[x]!)]!;
    if (k === NO_MOVE) throw new Error('broken back-pointer');
    x -= di[k]!;
    y -= dj[k]!;
  }
  const pathX = new Int32Array(points);
  const pathY = new Int32Array(points);
  for (let x = n, y = m, p = points - 1; p >= 0; p--) {
    pathX[p] = x;
    pathY[p] = y;
    if (p === 0) break;
    const k = back[rowOff[x]! + (y - lo[x]!)]!;
    x -= di[k]!;
    y -= dj[k]!;
  }
  if (!post) return { pathX, pathY, cost: total };

  // Backward: β(x,y) − cost/T is pushed into the cell each move starts from (log-sum-exp
  // accumulators), rows from n down, cells right to left, so every cell is final when read.
  const accM = new Float64Array(R * width);
  const accS = new Float64Array(R * width);
  // Maximum expected accuracy: meaG[cell] = best Σ (posterior − gain) from the cell to (n,m), pushed
  // into start cells like β (and reset with it, row by row); meaNext/meaBead = the move out of a
  // cell on that path and its posterior.
  const gain = options.gain;
  const mea = gain !== undefined;
  const meaG = new Float64Array(mea ? R * width : 0);
  const initRow = (x: number): void => {
    if (x < 0) return;
    const sl = (x % R) * width;
    accM.fill(-Infinity, sl, sl + width);
    accS.fill(0, sl, sl + width);
    if (mea) meaG.fill(-Infinity, sl, sl + width);
  };
  for (let x = n; x > n - R && x >= 0; x--) initRow(x);
  // The best path's cells per row: a contiguous range of columns, or none (lo > hi).
  const pathLo = new Int32Array(n + 1).fill(m + 1);
  const pathHi = new Int32Array(n + 1).fill(-1);
  for (let k = 0; k < pathX.length; k++) {
    const x = pathX[k]!;
    if (pathY[k]! < pathLo[x]!) pathLo[x] = pathY[k]!;
    if (pathY[k]! > pathHi[x]!) pathHi[x] = pathY[k]!;
  }
  const beadPosterior = new Float64Array(pathX.length - 1);
  const pointPosterior = new Float64Array(pathX.length);
  const meaNext = new Uint8Array(mea ? cells : 0);
  const meaBead = new Float32Array(mea ? cells : 0);
  const meaPoint = new Float32Array(mea ? cells : 0);
  if (mea) meaNext.fill(NO_MOVE);
  let p = pathX.length - 1;
  for (let x = n; x >= 0; x--) {
    if (x < n) initRow(x - R + 1);
    const slot = (x % R) * width;
    const l = lo[x]!;
    const rb = rowOff[x]!;
    pr.row(x);
    for (let y = hi[x]!; y >= l; y--) {
      const c = slot + (y - l);
      const beta = x === n && y === m ? 0 : accS[c]! > 0 ? accM[c]! + Math.log(accS[c]!) : -Infinity;
      // The best path's own posteriors, unless decoding by expected accuracy returns another path.
      const onPath = !mea && p >= 0 && pathX[p] === x && pathY[p] === y;
      if (onPath) pointPosterior[p] = Math.min(1, Math.exp(alphaRel[rb + y - l]! + alphaRow[x]! + beta - logZ));
      const g = !mea || (x === n && y === m) ? 0 : meaG[c]!;
      if (mea && beta !== -Infinity) meaPoint[rb + y - l] = Math.min(1, Math.exp(alphaRel[rb + y - l]! + alphaRow[x]! + beta - logZ));
      if (beta !== -Infinity && !(x === 0 && y === 0)) {
        for (let k = 0; k < K; k++) {
          if (!valid[k]) continue;
          const b = dj[k]!;
          const sy = y - b;
          if (sy < plo[k]! || sy > phi[k]!) continue;
          const sx = x - di[k]!;
          const sa = alphaRel[rowOff[sx]! + (sy - lo[sx]!)]!;
          // Start cells whose forward mass is negligible in their row carry none of the
          // posterior: no need to price the move into them (cells of the best path excepted).
          if (!(sa > -DEAD) && !(sy >= pathLo[sx]! && sy <= pathHi[sx]!)) continue;
          const cost = lexIdx[k]! < 0 ? (b === 0 ? fixed[k]! : fixed[k]! + tgtDeletion[y]!) : pr.match(k, y, sy);
          const v = beta - cost * invT;
          const idx = base[k]! + sy;
          const mm = accM[idx]!;
          if (v > mm) {
            accS[idx] = mm - v > -NEGLIGIBLE ? accS[idx]! * Math.exp(mm - v) + 1 : 1;
            accM[idx] = v;
          } else if (v - mm > -NEGLIGIBLE) {
            accS[idx]! += Math.exp(v - mm);
          }
          if (onPath && p > 0 && pathX[p - 1] === sx && pathY[p - 1] === sy) {
            beadPosterior[p - 1] = Math.min(1, Math.exp(sa + alphaRow[sx]! + v - logZ));
          }
          if (mea && g !== -Infinity) {
            const bp = Math.min(1, Math.exp(sa + alphaRow[sx]! + v - logZ));
            const cand = g + bp - gain;
            if (cand > meaG[idx]!) {
              meaG[idx] = cand;
              const sc = rowOff[sx]! + (sy - lo[sx]!);
              meaNext[sc] = k;
              meaBead[sc] = bp;
            }
          }
        }
      }
      if (onPath) p--;
    }
  }
  pointPosterior[0] = 1;
  pointPosterior[pathX.length - 1] = 1;
  if (mea) return meaPath(band, rowOff, di, dj, meaNext, meaBead, meaPoint);
  return { pathX, pathY, cost: total, beadPosterior, pointPosterior };
}

/** The maximum expected accuracy path from its forward pointers (one move per cell), (0,0) to (n,m). */
function meaPath(
  band: Band,
  rowOff: Float64Array,
  di: ArrayLike<number>,
  dj: ArrayLike<number>,
  next: Uint8Array,
  bead: Float32Array,
  point: Float32Array,
): DpResult {
  const { n, m, lo } = band;
  let points = 1;
  for (let x = 0, y = 0; x !== n || y !== m; points++) {
    const k = next[rowOff[x]! + (y - lo[x]!)]!;
    if (k === NO_MOVE) throw new Error('broken forward pointer');
    x += di[k]!;
    y += dj[k]!;
  }
  const pathX = new Int32Array(points);
  const pathY = new Int32Array(points);
  const beadPosterior = new Float64Array(points - 1);
  const pointPosterior = new Float64Array(points);
  for (let x = 0, y = 0, q = 0; ; q++) {
    const cell = rowOff[x]! + (y - lo[x]!);
    pathX[q] = x;
    pathY[q] = y;
    pointPosterior[q] = point[cell]!;
    if (q === points - 1) break;
    const k = next[cell]!;
    beadPosterior[q] = bead[cell]!;
    x += di[k]!;
    y += dj[k]!;
  }
  pointPosterior[0] = 1;
  pointPosterior[points - 1] = 1;
  return { pathX, pathY, cost: NaN, beadPosterior, pointPosterior };
}
