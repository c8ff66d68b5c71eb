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
import { logErfc } from './length.js';
import type { LexicalScorer, SpanCursor } from './lexical.js';
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
}

export interface DpOptions {
  /** Compute bead and point posteriors (forward-backward). */
  readonly posteriors: boolean;
  /** Costs are divided by this before exponentiating: calibrates the posteriors. */
  readonly temperature: number;
}

export interface DpResult {
  /** Lattice points of the best path, (0,0) first, (n,m) last. */
  readonly pathX: Int32Array;
  readonly pathY: Int32Array;
  /** Total cost of the best path. */
  readonly cost: number;
  /** Posterior of bead k (from point k to point k+1), when asked for. */
  readonly beadPosterior?: Float64Array;
  /** Posterior that the path passes through point k, when asked for. */
  readonly pointPosterior?: Float64Array;
}

const NO_MOVE = 255;

/**
 * Cost of a bead: prior + Gale-Church length cost − λ·similarity for a match, prior + slope·√length
 * for a 1-0/0-1 bead. Kept in one function so that both DP sweeps price beads identically.
 */
export function beadCost(prior: number, ls: number, lt: number, match: boolean, sim: number, model: CostModel): number {
  if (!match) return prior + model.deletionSlope * Math.sqrt(ls + lt);
  const { c, s2 } = model.length;
  const l = (c * ls + lt) / 2;
  let len = 0;
  if (l > 0) {
    const z = Math.abs(lt - c * ls) / Math.sqrt(s2 * l) / Math.SQRT2;
    len = z > 0 ? -logErfc(z) : 0;
    if (len < 0) len = 0;
  }
  return prior + len - model.lexicalWeight * sim;
}

/** Per-row view of the moves: where each move starts and how long its source side is. */
class RowMoves {
  readonly valid: Uint8Array;
  readonly plo: Int32Array;
  readonly phi: Int32Array;
  /** Ring index of (px, py) = base[k] + py. */
  readonly base: Int32Array;
  readonly ls: Float64Array;
  constructor(k: number) {
    this.valid = new Uint8Array(k);
    this.plo = new Int32Array(k);
    this.phi = new Int32Array(k);
    this.base = new Int32Array(k);
    this.ls = new Float64Array(k);
  }
  set(x: number, band: Band, model: CostModel, R: number, width: number): void {
    const { di } = model.moves;
    for (let k = 0; k < di.length; k++) {
      const px = x - di[k]!;
      if (px < 0) {
        this.valid[k] = 0;
        continue;
      }
      this.valid[k] = 1;
      this.plo[k] = band.lo[px]!;
      this.phi[k] = band.hi[px]!;
      this.base[k] = (px % R) * width - band.lo[px]!;
      this.ls[k] = model.srcPrefix[x]! - model.srcPrefix[px]!;
    }
  }
}

/** Fills the per-move costs of the cell (x, y); +Infinity where the move starts outside the band. */
class Pricer {
  readonly costs: Float64Array;
  readonly from: Int32Array;
  private readonly lex: Float64Array;
  private readonly lexIdx: Int32Array;
  private readonly cursor: SpanCursor | undefined;
  private x = 0;
  constructor(
    private readonly model: CostModel,
    private readonly rm: RowMoves,
  ) {
    const { moves } = model;
    const K = moves.di.length;
    this.costs = new Float64Array(K);
    this.from = new Int32Array(K);
    const stride = moves.maxDj + 1;
    this.lex = new Float64Array((moves.maxDi + 1) * stride);
    this.lexIdx = new Int32Array(K);
    for (let k = 0; k < K; k++) this.lexIdx[k] = moves.di[k]! && moves.dj[k]! ? moves.di[k]! * stride + moves.dj[k]! : -1;
    this.cursor = model.lexical.cursor?.(moves.maxDi, moves.maxDj);
  }
  row(x: number, lo: number, hi: number): void {
    this.x = x;
    if (this.cursor && x > 0) this.cursor.row(x + this.model.srcOffset, lo + this.model.tgtOffset, hi + this.model.tgtOffset);
  }
  /** Returns false when no move reaches the cell. */
  price(y: number): boolean {
    const { model, rm, costs, from, lex, lexIdx } = this;
    const { dj, prior } = model.moves;
    const tgtPrefix = model.tgtPrefix;
    let any = false;
    let lexReady = false;
    for (let k = 0; k < costs.length; k++) {
      costs[k] = Infinity;
      if (!rm.valid[k]) continue;
      const py = y - dj[k]!;
      if (py < rm.plo[k]! || py > rm.phi[k]!) continue;
      from[k] = rm.base[k]! + py;
      const li = lexIdx[k]!;
      let sim = 0;
      if (li >= 0 && model.lexicalWeight !== 0) {
        if (this.cursor) {
          if (!lexReady) {
            this.cursor.cell(y + model.tgtOffset, lex);
            lexReady = true;
          }
          sim = lex[li]!;
        } else {
          const x = this.x + model.srcOffset;
          const yy = y + model.tgtOffset;
          sim = model.lexical.score(x - model.moves.di[k]!, x, yy - dj[k]!, yy);
        }
      }
      let cost = beadCost(prior[k]!, rm.ls[k]!, tgtPrefix[y]! - tgtPrefix[py]!, li >= 0, sim, model);
      if (li < 0) {
        // A 1-0 or 0-1 bead: the one unit it leaves out is the last one on its side.
        const bonus = py === y ? model.srcDeletionBonus : model.tgtDeletionBonus;
        if (bonus) cost -= bonus[py === y ? this.x - 1 : y - 1]!;
      } else {
        const a = model.moves.di[k]!;
        const b = dj[k]!;
        if (a > 1 && model.srcGlue) cost += model.srcGlue[this.x - 1]! - model.srcGlue[this.x - a]!;
        if (b > 1 && model.tgtGlue) cost += model.tgtGlue[y - 1]! - model.tgtGlue[y - b]!;
      }
      costs[k] = cost;
      any = true;
    }
    return any;
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
  const rm = new RowMoves(K);
  const pricer = new Pricer(model, rm);
  const { costs, from } = pricer;

  for (let x = 0; x <= n; x++) {
    const slot = (x % R) * width;
    const l = lo[x]!;
    const h = hi[x]!;
    const base = rowOff[x]!;
    rm.set(x, band, model, R, width);
    pricer.row(x, l, h);
    let rowMax = -Infinity;
    for (let y = l; y <= h; y++) {
      const c = slot + y - l;
      if (x === 0 && y === 0) {
        ringV[c] = 0;
        if (post) ringA[c] = 0;
        back[base] = NO_MOVE;
        rowMax = 0;
        continue;
      }
      let best = Infinity;
      let bk = NO_MOVE;
      let am = -Infinity;
      let as = 0;
      if (pricer.price(y)) {
        for (let k = 0; k < K; k++) {
          const cost = costs[k]!;
          if (cost === Infinity) continue;
          const idx = from[k]!;
          const pv = ringV[idx]!;
          if (pv === Infinity) continue;
          if (pv + cost < best) {
            best = pv + cost;
            bk = k;
          }
          if (post) {
            const v = ringA[idx]! - cost * invT;
            if (v > am) {
              as = as * Math.exp(am - v) + 1;
              am = v;
            } else {
              as += Math.exp(v - am);
            }
          }
        }
      }
      ringV[c] = best;
      back[base + y - l] = bk;
      if (post) {
        const a = as > 0 ? am + Math.log(as) : -Infinity;
        ringA[c] = a;
        if (a > rowMax) rowMax = a;
      }
    }
    if (post) {
      const off = rowMax === -Infinity ? 0 : rowMax;
      alphaRow[x] = off;
      for (let y = l; y <= h; y++) alphaRel[base + y - l] = ringA[slot + y - l]! - off;
    }
    // Cells of this slot beyond this row's width must not look reachable to later rows.
    if (h - l + 1 < width) ringV.fill(Infinity, slot + h - l + 1, slot + width);
  }

  const endSlot = (n % R) * width + (m - lo[n]!);
  const total = ringV[endSlot]!;
  if (!(total < Infinity)) throw new Error('no path through the band');
  const logZ = post ? ringA[endSlot]! : 0;

  const px: number[] = [];
  const py: number[] = [];
  for (let x = n, y = m; ; ) {
    px.push(x);
    py.push(y);
    if (x === 0 && y === 0) break;
    const k = back[rowOff[x]! + (y - lo[x]!)]!;
    if (k === NO_MOVE) throw new Error('broken back-pointer');
    x -= di[k]!;
    y -= dj[k]!;
  }
  px.reverse();
  py.reverse();
  const pathX = Int32Array.from(px);
  const pathY = Int32Array.from(py);
  if (!post) return { pathX, pathY, cost: total };

  // Backward: β(x,y) − cost/T is pushed into the cell each move starts from (log-sum-exp
  // accumulators), rows from n down, cells right to left, so every cell is final when read.
  const accM = new Float64Array(R * width);
  const accS = new Float64Array(R * width);
  const initRow = (x: number): void => {
    if (x < 0) return;
    const s = (x % R) * width;
    accM.fill(-Infinity, s, s + width);
    accS.fill(0, s, s + width);
  };
  for (let x = n; x > n - R && x >= 0; x--) initRow(x);
  const beadPosterior = new Float64Array(pathX.length - 1);
  const pointPosterior = new Float64Array(pathX.length);
  let p = pathX.length - 1;
  for (let x = n; x >= 0; x--) {
    if (x < n) initRow(x - R + 1);
    const slot = (x % R) * width;
    const l = lo[x]!;
    const base = rowOff[x]!;
    rm.set(x, band, model, R, width);
    pricer.row(x, l, hi[x]!);
    for (let y = hi[x]!; y >= l; y--) {
      const c = slot + (y - l);
      const beta = x === n && y === m ? 0 : accS[c]! > 0 ? accM[c]! + Math.log(accS[c]!) : -Infinity;
      const onPath = p >= 0 && pathX[p] === x && pathY[p] === y;
      if (onPath) pointPosterior[p] = Math.min(1, Math.exp(alphaRel[base + y - l]! + alphaRow[x]! + beta - logZ));
      if (beta !== -Infinity && !(x === 0 && y === 0) && pricer.price(y)) {
        for (let k = 0; k < K; k++) {
          const cost = costs[k]!;
          if (cost === Infinity) continue;
          const sx = x - di[k]!;
          const sy = y - dj[k]!;
          const idx = from[k]!;
          const v = beta - cost * invT;
          const mm = accM[idx]!;
          if (v > mm) {
            accS[idx] = accS[idx]! * Math.exp(mm - v) + 1;
            accM[idx] = v;
          } else {
            accS[idx]! += Math.exp(v - mm);
          }
          if (onPath && p > 0 && pathX[p - 1] === sx && pathY[p - 1] === sy) {
            const a = alphaRel[rowOff[sx]! + (sy - lo[sx]!)]! + alphaRow[sx]!;
            beadPosterior[p - 1] = Math.min(1, Math.exp(a + v - logZ));
          }
        }
      }
      if (onPath) p--;
    }
  }
  pointPosterior[0] = 1;
  pointPosterior[pathX.length - 1] = 1;
  return { pathX, pathY, cost: total, beadPosterior, pointPosterior };
}
