/**
 * Anchors: features that occur in exactly one sentence of each side (hapax pairs, as hunalign's
 * partialAlign uses), chained without crossings by a longest increasing subsequence in
 * O(k log k), then thinned to those whose neighbours agree on the local slope. They keep the coarse
 * levels of the search on track over book-length inputs.
 */

/** Feature kinds strong enough to anchor on: numbers, names, cognate prefixes (see features.ts). */
const ANCHOR_KINDS = new Set(['#', 'n', 'p']);

/**
 * An anchor must agree with a neighbouring anchor: its gap to it may differ from the expected
 * diagonal gap by at most this many sentences plus ANCHOR_SLACK_RATE of the gap (hand-set: wide
 * enough for 1-3 beads and local omissions, narrow enough to drop chance matches).
 */
const ANCHOR_SLACK = 8;
const ANCHOR_SLACK_RATE = 0.25;

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

/**
 * Anchor pairs (source sentence, target sentence), increasing in both, from per-sentence feature
 * sets. `ratio` is the expected target sentences per source sentence.
 */
export function findAnchors(srcFeatures: readonly (readonly string[])[], tgtFeatures: readonly (readonly string[])[], ratio: number): Array<[number, number]> {
  const once = (side: readonly (readonly string[])[]): Map<string, number> => {
    const seen = new Map<string, number>();
    side.forEach((fs, i) => {
      for (const f of fs) {
        if (!ANCHOR_KINDS.has(f[0]!)) continue;
        seen.set(f, seen.has(f) ? -1 : i);
      }
    });
    return seen;
  };
  const src = once(srcFeatures);
  const tgt = once(tgtFeatures);
  const keys = new Set<string>();
  const pairs: Array<[number, number]> = [];
  for (const [f, i] of src) {
    const j = tgt.get(f);
    if (i < 0 || j === undefined || j < 0) continue;
    const key = `${i}:${j}`;
    if (keys.has(key)) continue;
    keys.add(key);
    pairs.push([i, j]);
  }
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const chain = longestIncreasingChain(pairs).map((k) => pairs[k]!);
  const agrees = (a: readonly [number, number], b: readonly [number, number]): boolean => {
    const di = Math.abs(b[0] - a[0]);
    return Math.abs(Math.abs(b[1] - a[1]) - ratio * di) <= ANCHOR_SLACK + ANCHOR_SLACK_RATE * di;
  };
  return chain.filter((a, k) => (k > 0 && agrees(chain[k - 1]!, a)) || (k + 1 < chain.length && agrees(a, chain[k + 1]!)));
}
