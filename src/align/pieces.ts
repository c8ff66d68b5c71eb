/**
 * Pass 2 of a long segment in pieces. The band is cut at lattice points that the path passes
 * through with near certainty, and each piece is solved on its own: one piece's DP arrays in
 * memory at a time, or pieces side by side on several cores (src/parallel). Where the cuts go
 * depends on the input only, never on how the pieces are run, so the output is the same bytes
 * on one core or eight.
 *
 * A cut forces every path through one point. Chosen where the local posterior of the point is
 * highest (typically 1 − 1e-6 in running text), it leaves the best path as it was and moves the
 * posteriors of the neighbouring beads by about as much.
 */
import type { Band } from './band.js';
import { type CostModel, runDp } from './dp.js';
import { costModel, type SearchParams, type SearchProblem, subBand, subModel, subProblem } from './search.js';

/** One piece: lattice points (x0, y0) to (x1, y1) of a problem, its units and its band in its own coordinates. */
export interface Piece {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly problem: SearchProblem;
  readonly band: Band;
}

/**
 * The point to cut at near row xc: a forward-backward over rows xc ± window/2 of the band (entered
 * and left in the middle of the band, a guess that the middle rows do not depend on), then the
 * point of its best path in the middle half of the window with the highest posterior (the nearest
 * to xc on ties).
 */
function cutNear(whole: CostModel, band: Band, xc: number, window: number, temperature: number): [number, number] {
  const n = band.n;
  const mid = (x: number): number => Math.round((band.lo[x]! + band.hi[x]!) / 2);
  const a = Math.max(0, xc - (window >> 1));
  const b = Math.min(n, xc + (window >> 1));
  const ya = a === 0 ? 0 : mid(a);
  const yb = b === n ? band.m : Math.max(ya, mid(b));
  const r = runDp(subBand(band, a, ya, b, yb), subModel(whole, a, ya, b, yb), { posteriors: true, temperature });
  const post = r.pointPosterior!;
  let best = -1;
  for (let k = 0; k < r.pathX.length; k++) {
    const x = r.pathX[k]! + a;
    if (Math.abs(x - xc) > window >> 2) continue;
    if (best < 0 || post[k]! > post[best]! || (post[k] === post[best] && Math.abs(x - xc) < Math.abs(r.pathX[best]! + a - xc))) best = k;
  }
  return best < 0 ? [xc, mid(xc)] : [r.pathX[best]! + a, r.pathY[best]! + ya];
}

/**
 * Cut a problem's band into pieces of about `pieceRows` source units (one piece when it is not
 * longer), at the most certain point near each even cut.
 */
export function splitIntoPieces(problem: SearchProblem, params: SearchParams, band: Band, pieceRows: number, window: number): Piece[] {
  const { n, m } = band;
  const count = Math.ceil(n / Math.max(1, pieceRows));
  const points: Array<[number, number]> = [[0, 0]];
  const whole = count > 1 ? costModel(problem, params, params.moves, params.length) : undefined;
  for (let k = 1; k < count; k++) {
    const [x, y] = cutNear(whole!, band, Math.round((k * n) / count), window, params.temperature);
    const [px, py] = points[points.length - 1]!;
    if (x > px && y >= py && x < n && y <= m) points.push([x, y]);
  }
  points.push([n, m]);
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [x0, y0] = points[k]!;
    const [x1, y1] = points[k + 1]!;
    pieces.push({
      x0,
      y0,
      x1,
      y1,
      problem: points.length === 2 ? problem : subProblem(problem, x0, y0, x1, y1),
      band: points.length === 2 ? band : subBand(band, x0, y0, x1, y1),
    });
  }
  return pieces;
}
