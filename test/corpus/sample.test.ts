/** The coarse-to-fine order of the corpus lexicon's first pass: every index once, evenly spread at every prefix, the same every time. */
import { describe, expect, it } from 'vitest';
import { random } from '../../bench/lib/layouts.mjs';
import { coarseToFine, coarseToFineItems } from '../../src/corpus/sample.js';
import { InputError } from '../../src/errors.js';

describe('coarseToFine', () => {
  it.each([
    [0, []],
    [1, [0]],
    [2, [0, 1]],
    [5, [0, 4, 2, 1, 3]],
    [8, [0, 4, 2, 6, 1, 5, 3, 7]],
    [10, [0, 8, 4, 2, 6, 1, 9, 5, 3, 7]],
  ])('orders %i indices as %j', (n, order) => {
    expect([...coarseToFine(n)]).toEqual(order);
  });

  it('visits each index exactly once, coarse to fine, the same every time (random sizes)', () => {
    const next = random(12);
    for (let run = 0; run < 40; run++) {
      const n = Math.floor(next() * 3000);
      const order = [...coarseToFine(n)];
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, k) => k));
      expect([...coarseToFine(n)]).toEqual(order);
      // After each level, exactly the multiples of the level's step below n: no gap wider than the step.
      let size = 1;
      while (size < n) size *= 2;
      for (let step = size; step >= 1; step /= 2) {
        // Distinct (checked above), all multiples of the step, and as many as there are below n.
        expect(order.slice(0, Math.ceil(n / step)).every((k) => k % step === 0)).toBe(true);
      }
    }
  });
});

describe('coarseToFineItems', () => {
  it('gives the items of a list read from its start in coarse-to-fine order, reading it once per scan and no further than needed', async () => {
    const items = Array.from({ length: 23 }, (_, k) => `doc${k}`);
    let reads = 0;
    let furthest = 0;
    const read = function* () {
      reads++;
      for (const [k, item] of items.entries()) {
        furthest = Math.max(furthest, k);
        yield item;
      }
    };
    const got: string[] = [];
    for await (const item of coarseToFineItems(items.length, read, 'corpus.tsv', 4)) got.push(item);
    expect(got).toEqual([...coarseToFine(23)].map((k) => items[k]));
    expect(reads).toBe(Math.ceil(23 / 4));

    // Stopped after the first scan: the list was read once, up to the last index that scan wanted.
    reads = 0;
    furthest = 0;
    for await (const item of coarseToFineItems(items.length, read, 'corpus.tsv', 4)) if (item === 'doc4') break;
    expect(reads).toBe(1);
    expect(furthest).toBe(16);
  });

  it('refuses, naming the list, a list that is shorter when read again than when it was counted', async () => {
    const items = Array.from({ length: 10 }, (_, k) => `doc${k}`);
    let reads = 0;
    // Cut short from the second reading on, as a manifest edited during the run.
    const read = () => (reads++ === 0 ? items : items.slice(0, 6));
    const got: string[] = [];
    const reading = (async () => {
      for await (const item of coarseToFineItems(10, read, 'corpus.tsv', 4)) got.push(item);
    })();
    await expect(reading).rejects.toThrow(InputError);
    await expect(reading).rejects.toThrow('corpus.tsv: changed while it was read: 6 documents, 10 when counted');
    // The first scan's items were given before the change was found.
    expect(got).toEqual(['doc0', 'doc8', 'doc4', 'doc2']);
  });
});
