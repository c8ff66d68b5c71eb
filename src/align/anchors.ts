/**
 * Anchors: features that occur in exactly one sentence of each side (hapax pairs, as hunalign's
 * partialAlign uses), chained without crossings by a longest increasing subsequence in
 * O(k log k), then thinned to those whose neighbours agree on the local slope. They keep the coarse
 * levels of the search on track over book-length inputs.
 */

import type { FeatureRows, FeatureVocabulary } from '../lexical/index.js';
import { longestIncreasingChain } from '../sequence.js';

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
 * Anchor pairs (source sentence, target sentence), increasing in both, from the feature rows of
 * both sides. `ratio` is the expected target sentences per source sentence.
 */
export function findAnchors(src: FeatureRows, tgt: FeatureRows, vocab: FeatureVocabulary, ratio: number): Array<[number, number]> {
  const V = vocab.size;
  // Sentence holding each feature, or −1 when none, −2 when several.
  const once = (rows: FeatureRows): Int32Array => {
    const at = new Int32Array(V).fill(-1);
    for (let s = 0; s + 1 < rows.off.length; s++) {
      for (let k = rows.off[s]!; k < rows.off[s + 1]!; k++) {
        const id = rows.ids[k]!;
        at[id] = at[id] === -1 ? s : -2;
      }
    }
    return at;
  };
  const a = once(src);
  const b = once(tgt);
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (let id = 0; id < V; id++) {
    const i = a[id]!;
    const j = b[id]!;
    if (i < 0 || j < 0 || !ANCHOR_KINDS.has(vocab.kind(id))) continue;
    const key = i * 4294967296 + j;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const chain = longestIncreasingChain(pairs).map((k) => pairs[k]!);
  const agrees = (p: readonly [number, number], q: readonly [number, number]): boolean => {
    const di = Math.abs(q[0] - p[0]);
    return Math.abs(Math.abs(q[1] - p[1]) - ratio * di) <= ANCHOR_SLACK + ANCHOR_SLACK_RATE * di;
  };
  return chain.filter((p, k) => (k > 0 && agrees(chain[k - 1]!, p)) || (k + 1 < chain.length && agrees(p, chain[k + 1]!)));
}
