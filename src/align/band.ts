/**
 * The search band: for each lattice row x (source units consumed), the inclusive range of target
 * positions [lo[x], hi[x]] the path may visit. Kept monotone (lo and hi never decrease) and
 * overlapping (lo[x+1] ≤ hi[x]), so that 1-0 and 0-1 moves alone always give a path from (0,0)
 * to (n,m), whatever other bead types are allowed.
 */

export interface Band {
  readonly n: number;
  readonly m: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** Every cell allowed (the quadratic case, for small inputs and the coarsest level). */
export function fullBand(n: number, m: number): Band {
  return { n, m, lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** Number of cells of a band. */
export function bandCells(band: Band): number {
  let t = 0;
  for (let x = 0; x <= band.n; x++) t += band.hi[x]! - band.lo[x]! + 1;
  return t;
}

/**
 * Restore the invariants after edits, only ever enlarging the band: ends pinned at (0,0) and (n,m),
 * lo/hi monotone, consecutive rows overlapping, all within [0, m].
 */
export function normaliseBand(band: Band): Band {
  const { n, m, lo, hi } = band;
  for (let x = 0; x <= n; x++) {
    lo[x] = Math.max(0, Math.min(lo[x]!, m));
    hi[x] = Math.max(0, Math.min(hi[x]!, m));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let x = n - 1; x >= 0; x--) if (lo[x]! > lo[x + 1]!) lo[x] = lo[x + 1]!;
  for (let x = 1; x <= n; x++) if (hi[x]! < hi[x - 1]!) hi[x] = hi[x - 1]!;
  for (let x = 0; x < n; x++) if (lo[x + 1]! > hi[x]!) hi[x] = lo[x + 1]!;
  for (let x = 0; x <= n; x++) if (hi[x]! < lo[x]!) hi[x] = lo[x]!;
  for (let x = 1; x <= n; x++) if (hi[x]! < hi[x - 1]!) hi[x] = hi[x - 1]!;
  return band;
}

/**
 * The band of a finer level around a coarse path: coarse lattice point (X, Y) is fine point
 * (srcBounds[X], tgtBounds[Y]); every fine cell in the rectangle of a coarse bead is kept, then
 * the band is widened by `buffer` positions on each side.
 */
export function projectPath(
  pathX: Int32Array,
  pathY: Int32Array,
  srcBounds: Int32Array,
  tgtBounds: Int32Array,
  n: number,
  m: number,
  buffer: number,
): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  for (let k = 0; k + 1 < pathX.length; k++) {
    const x0 = srcBounds[pathX[k]!]!;
    const x1 = srcBounds[pathX[k + 1]!]!;
    const y0 = tgtBounds[pathY[k]!]!;
    const y1 = tgtBounds[pathY[k + 1]!]!;
    for (let x = x0; x <= x1; x++) {
      if (y0 < lo[x]!) lo[x] = y0;
      if (y1 > hi[x]!) hi[x] = y1;
    }
  }
  // Widen by `buffer` columns on each side. (Rows need no spreading: normaliseBand makes rows
  // overlap, and a row-window min/max would double the width for nothing.)
  for (let x = 0; x <= n; x++) {
    lo[x] = lo[x]! - buffer;
    hi[x] = hi[x]! + buffer;
  }
  return normaliseBand({ n, m, lo, hi });
}

/** Limits that the band may never cross (document edges, anchors); widening stops there. */
export interface HardLimits {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** Intersect a band with hard limits (keeps the invariants when the limits have them). */
export function clipBand(band: Band, limits: HardLimits | undefined): Band {
  if (!limits) return band;
  for (let x = 0; x <= band.n; x++) {
    if (band.lo[x]! < limits.lo[x]!) band.lo[x] = limits.lo[x]!;
    if (band.hi[x]! > limits.hi[x]!) band.hi[x] = limits.hi[x]!;
  }
  return normaliseBand(band);
}

/**
 * Rows where the path runs along an edge of the band that is not a hard limit: the best path
 * might lie outside (Moore 2002's test for widening the beam).
 */
export function touchedRows(band: Band, pathX: Int32Array, pathY: Int32Array, limits: HardLimits | undefined): number[] {
  const rows: number[] = [];
  for (let k = 0; k < pathX.length; k++) {
    const x = pathX[k]!;
    const y = pathY[k]!;
    const hardLo = limits ? limits.lo[x]! : 0;
    const hardHi = limits ? limits.hi[x]! : band.m;
    if ((y <= band.lo[x]! && band.lo[x]! > hardLo) || (y >= band.hi[x]! && band.hi[x]! < hardHi)) {
      if (rows[rows.length - 1] !== x) rows.push(x);
    }
  }
  return rows;
}

/** Widen the band by `amount` columns on both sides around the given rows (± `reach` rows). */
export function widenAt(band: Band, rows: readonly number[], amount: number, reach: number, limits: HardLimits | undefined): Band {
  const { n, lo, hi } = band;
  for (const r of rows) {
    for (let x = Math.max(0, r - reach); x <= Math.min(n, r + reach); x++) {
      lo[x] = lo[x]! - amount;
      hi[x] = hi[x]! + amount;
    }
  }
  normaliseBand(band);
  return clipBand(band, limits);
}
