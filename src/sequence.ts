/** Sequence helpers every stage shares. Pure. */

/**
 * The first index in [0, length) where `before` turns false, for a `before` that is true on a
 * prefix of the indices and false after it (binary search).
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indices (into `pairs`) of a longest chain strictly increasing in both coordinates.
 * `pairs` must be sorted by i, then by j descending (so one i is never used twice).
 */
export function longestIncreasingChain(pairs: ReadonlyArray<readonly [number, number]>): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = pairs[k]![1];
    const a = partitionPoint(tails.length, (m) => pairs[tails[m]!]![1] < j);
    if (a > 0) prev[k] = tails[a - 1]!;
    tails[a] = k;
  }
  const out: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(k);
  return out.reverse();
}

/**
 * Add `items` to the end of `target`, one by one: `target.push(...items)` passes every item as an
 * argument, which overflows the call stack past some 100 000 (a MUSE dictionary, a document of
 * hundreds of thousands of notes or paragraphs).
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/** Up to `count` items spread evenly over `items`, in order. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, j) => items[Math.floor((j * items.length) / count)]!);
}
