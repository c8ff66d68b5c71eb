import { describe, expect, it } from 'vitest';
import { alignLengths, GALE_CHURCH_PRIORS } from '../../src/align/index.js';
import { ladder, ladderProblems } from './helpers.js';

/** Gale & Church (1993) exactly: fixed c = 1 and s² = 6.8, their six shapes and priors, no re-estimation. */
const GC = {
  beadTypes: ['1-1', '1-0', '0-1', '2-1', '1-2', '2-2'],
  priors: GALE_CHURCH_PRIORS,
  lengthModel: { c: 1, s2: 6.8 },
  priorAdaptation: Infinity,
} as const;

/** NLTK's links [(i, j), …] as beads. */
function linksToLadder(links: ReadonlyArray<readonly [number, number]>): string[] {
  const beads: Array<[Set<number>, Set<number>]> = [];
  for (const [i, j] of links) {
    const last = beads[beads.length - 1];
    if (last && (last[0].has(i) || last[1].has(j))) {
      last[0].add(i);
      last[1].add(j);
    } else beads.push([new Set([i]), new Set([j])]);
  }
  return beads.map(([s, t]) => `[${[...s].join(',')}]:[${[...t].join(',')}]`);
}

describe('Gale-Church on lengths (NLTK align_blocks doctests)', () => {
  it.each([
    [[5, 5, 5], [7, 7, 7], [[0, 0], [1, 1], [2, 2]]],
    [[10, 5, 5], [12, 20], [[0, 0], [1, 1], [2, 1]]],
    [[12, 20], [10, 5, 5], [[0, 0], [1, 1], [1, 2]]],
    [[10, 2, 10, 10, 2, 10], [12, 3, 20, 3, 12], [[0, 0], [1, 1], [2, 2], [3, 2], [4, 3], [5, 4]]],
  ] as const)('align_blocks(%j, %j) → %j', (src, tgt, links) => {
    expect(ladder(alignLengths(src, tgt, GC))).toEqual(linksToLadder(links));
  });

  it('gives a valid ladder where NLTK fails (nltk#1293: [10]*20 vs [200, 400])', () => {
    const src = Array<number>(20).fill(10);
    for (const options of [GC, {}]) {
      const beads = alignLengths(src, [200, 400], options);
      expect(ladderProblems(beads, 20, 2)).toEqual([]);
      // NLTK returns [] here; every sentence must be placed once, whatever the beads.
      expect(beads.flatMap((b) => b.source)).toEqual(src.map((_, k) => k));
    }
  });

  it('gives a valid ladder where NLTK silently drops a bead ([500, 400] vs [500])', () => {
    const beads = alignLengths([500, 400], [500], GC);
    expect(ladderProblems(beads, 2, 1)).toEqual([]);
    expect(ladder(beads)).toEqual(['[0]:[0]', '[1]:[]']);
  });

  it('handles empty sides and zero lengths', () => {
    expect(ladder(alignLengths([], [3, 4]))).toEqual(['[]:[0]', '[]:[1]']);
    expect(ladder(alignLengths([3], []))).toEqual(['[0]:[]']);
    expect(ladderProblems(alignLengths([0, 0, 5], [0, 5]), 3, 2)).toEqual([]);
  });
});
