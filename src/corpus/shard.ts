/**
 * `--shard K/N`: the K-th of N contiguous ranges of a corpus, near-equal in documents (sizes differ
 * by one at most), counted from 1 as Slurm's `$SLURM_ARRAY_TASK_ID` is. The ranges depend on the
 * number of documents only, so shards 1..N, concatenated, are the whole corpus in order.
 */

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** `K/N` with 1 ≤ K ≤ N, or undefined when the text is not one. */
export function parseShard(text: string): Shard | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/u.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/** The documents `[start, end)` of a shard of a corpus of `total` documents. */
export function shardRange(shard: Shard, total: number): readonly [start: number, end: number] {
  const at = (k: number): number => Math.floor((k * total) / shard.count);
  return [at(shard.index - 1), at(shard.index)];
}
