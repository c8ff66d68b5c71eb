import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint, spread } from '../src/sequence.js';

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
