import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, shardRange } from '../../src/corpus/shard.js';

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['3/10', { index: 3, count: 10 }],
    [' 10 / 10 ', { index: 10, count: 10 }],
  ])('reads %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(['0/4', '5/4', '1/0', '1', '1/2/3', 'a/b', '-1/4', '1.5/4', ''])('refuses %j', (text) => {
    expect(parseShard(text)).toBeUndefined();
  });
});

describe('shardRange', () => {
  it('cuts a corpus into contiguous near-equal parts that cover it in order (property)', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 300 }), (total, count) => {
        const ranges = Array.from({ length: count }, (_, k) => shardRange({ index: k + 1, count }, total));
        expect(ranges[0]![0]).toBe(0);
        expect(ranges[count - 1]![1]).toBe(total);
        for (let k = 1; k < count; k++) expect(ranges[k]![0]).toBe(ranges[k - 1]![1]);
        const sizes = ranges.map(([a, b]) => b - a);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives empty shards when there are more shards than documents', () => {
    expect([1, 2, 3, 4].map((index) => shardRange({ index, count: 4 }, 2))).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 2],
    ]);
  });
});
