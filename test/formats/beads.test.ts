import { describe, expect, it } from 'vitest';
import { formatBead, writeBeads } from '../../src/formats/index.js';
import { alignment, bead, collect, doc } from '../helpers/documents.js';

describe('ladder (beads) format', () => {
  it.each([
    [bead([0], [0], 0.97), '[0]:[0]:0.9700'],
    [bead([1, 2], [1], 0.88), '[1,2]:[1]:0.8800'],
    [bead([], [3], 0.51), '[]:[3]:0.5100'],
    [bead([4], [], 1), '[4]:[]:1.0000'],
    [bead([5], [6, 7, 8], 0.123456), '[5]:[6,7,8]:0.1235'],
  ])('writes %j as %s', (b, expected) => {
    expect(formatBead(b)).toBe(expected);
  });

  it('writes one bead per line, in order', () => {
    const a = alignment(doc('s', 'en', ['a', 'b']), doc('t', 'fr', ['c']), [bead([0], [0], 0.5), bead([1], [], 0.25)]);
    expect(collect(writeBeads(a))).toBe('[0]:[0]:0.5000\n[1]:[]:0.2500\n');
  });
});
