/**
 * Which sentences of an old version of a text are still there in a new one, and where: a patience
 * diff (Bram Cohen's) over sentence hashes. Common ends are matched first; in what is left,
 * sentences that occur once in each version are matched along their longest increasing
 * subsequence, and the gaps between those matches are diffed the same way. Linear-logarithmic on
 * the edits a reviser makes (a sentence added, dropped or reworded), and never matches out of order.
 */
import { longestIncreasingChain } from '../sequence.js';

/** For each item of `before`, its index in `after`, or −1 when it is not matched. Monotone: matched indices increase. */
export function matchSequences(before: readonly string[], after: readonly string[]): Int32Array {
  const map = new Int32Array(before.length).fill(-1);
  const ranges: [number, number, number, number][] = [[0, before.length, 0, after.length]];
  for (let range = ranges.pop(); range; range = ranges.pop()) {
    let [a0, a1, b0, b1] = range;
    while (a0 < a1 && b0 < b1 && before[a0] === after[b0]) map[a0++] = b0++;
    while (a0 < a1 && b0 < b1 && before[a1 - 1] === after[b1 - 1]) map[--a1] = --b1;
    if (a0 === a1 || b0 === b1) continue;
    const pairs = uniquePairs(before, a0, a1, after, b0, b1);
    const chain = longestIncreasingChain(pairs).map((k) => pairs[k]!);
    if (!chain.length) continue;
    let pa = a0;
    let pb = b0;
    for (const [i, j] of chain) {
      map[i] = j;
      if (i > pa && j > pb) ranges.push([pa, i, pb, j]);
      pa = i + 1;
      pb = j + 1;
    }
    if (a1 > pa && b1 > pb) ranges.push([pa, a1, pb, b1]);
  }
  return map;
}

/** Pairs (i, j) of items that occur exactly once in before[a0, a1) and once in after[b0, b1), by i. */
function uniquePairs(before: readonly string[], a0: number, a1: number, after: readonly string[], b0: number, b1: number): [number, number][] {
  const seen = new Map<string, { a: number; b: number; na: number; nb: number }>();
  for (let i = a0; i < a1; i++) {
    const e = seen.get(before[i]!);
    if (e) e.na++;
    else seen.set(before[i]!, { a: i, b: -1, na: 1, nb: 0 });
  }
  for (let j = b0; j < b1; j++) {
    const e = seen.get(after[j]!);
    if (e) {
      e.nb++;
      e.b = j;
    }
  }
  const pairs: [number, number][] = [];
  for (const e of seen.values()) if (e.na === 1 && e.nb === 1) pairs.push([e.a, e.b]);
  return pairs.sort((x, y) => x[0] - y[0]);
}
