/** Sequence helpers every stage shares. Pure. */

/**
 * Indices (into `pairs`) of a longest chain strictly increasing in both coordinates.
 * `pairs` must be sorted by i, then by j descending (so one i is never used twice).
 */
export function longestIncreasingChain(pairs: ReadonlyArray<readonly [number, number]>): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = pairs[k]![1];
    let a = 0;
    let b = tails.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (pairs[tails[mid]!]![1] < j) a = mid + 1;
      else b = mid;
    }
    if (a > 0) prev[k] = tails[a - 1]!;
    tails[a] = k;
  }
  const out: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(k);
  return out.reverse();
}
