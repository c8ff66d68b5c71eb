import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { append, partitionPoint, spread } from '../src/sequence.js';

describe('partitionPoint', () => {
  it.each([
    { what: 'empty', values: [], below: 3, expected: 0 },
    { what: 'all before', values: [1, 2], below: 3, expected: 2 },
    { what: 'none before', values: [4, 5], below: 3, expected: 0 },
    { what: 'the first of equal values', values: [1, 3, 3, 3, 7], below: 3, expected: 1 },
  ])('$what', ({ values, below, expected }) => {
    expect(partitionPoint(values.length, (k) => values[k]! < below)).toBe(expected);
  });

  it('gives the index a linear scan finds, on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), (raw, x) => {
        const sorted = [...raw].sort((a, b) => a - b);
        const linear = sorted.findIndex((v) => v >= x);
        expect(partitionPoint(sorted.length, (k) => sorted[k]! < x)).toBe(linear === -1 ? sorted.length : linear);
      }),
    );
  });
});

describe('spread', () => {
  it.each([
    [[1, 2, 3], 5, [1, 2, 3]],
    [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4, [0, 2, 5, 7]],
    [[0, 1, 2, 3, 4, 5], 3, [0, 2, 4]],
  ])('takes from %j at most %i items, evenly and in order', (items, count, expected) => {
    expect(spread(items, count)).toEqual(expected);
  });
});

describe('append', () => {
  it.each([
    { what: 'to an empty list', target: [] as number[], items: [1, 2], expected: [1, 2] },
    { what: 'nothing', target: [1], items: [], expected: [1] },
    { what: 'after what is there, in order', target: [1, 2], items: [3, 4, 5], expected: [1, 2, 3, 4, 5] },
  ])('$what', ({ target, items, expected }) => {
    append(target, items);
    expect(target).toEqual(expected);
  });

  it('takes more items than a call can take arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, k) => k);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const target = [-1];
    append(target, many);
    expect(target.length).toBe(500_001);
    expect(target[500_000]).toBe(499_999);
  });
});
