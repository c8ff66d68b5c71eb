/**
 * The bead pool of the corpus lexicon: bounded by thinning at a doubling stride, and the same
 * pool (so the same lexicon, to the byte) whatever way the beads were batched into documents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BeadPool, formatLexicon, type PoolLimits, trainLexicon, type WordBeads } from '../../src/lexical/index.js';
import { LEXICON } from '../../src/align/index.js';

/** Beads given as [source words, target words], each side's ids numbered as first seen. */
function wordBeads(beads: readonly (readonly [readonly string[], readonly string[]])[]): WordBeads {
  const side = (pick: 0 | 1) => {
    const words: string[] = [];
    const index = new Map<string, number>();
    const off = [0];
    const ids: number[] = [];
    for (const bead of beads) {
      for (const w of bead[pick]) {
        if (!index.has(w)) index.set(w, words.push(w) - 1);
        ids.push(index.get(w)!);
      }
      off.push(ids.length);
    }
    return { words, rows: { off: Int32Array.from(off), ids: Int32Array.from(ids) } };
  };
  const [s, t] = [side(0), side(1)];
  return { sourceWords: s.words, targetWords: t.words, source: s.rows, target: t.rows };
}

/** The pooled beads as word lists, in order. */
function pooled(pool: BeadPool): [string[], string[]][] {
  const b = pool.beads();
  const words = (rows: WordBeads['source'], keys: readonly string[], k: number) => Array.from(rows.ids.subarray(rows.off[k]!, rows.off[k + 1]!), (id) => keys[id]!);
  return Array.from({ length: pool.size }, (_, k) => [words(b.source, b.sourceWords, k), words(b.target, b.targetWords, k)]);
}

const WIDE: PoolLimits = { beads: 1000, cells: 1_000_000, beadWords: 200 };
const numbered = (n: number) => Array.from({ length: n }, (_, k) => [[`s${k}`], [`t${k}`]] as const);

describe('the bead pool of a corpus', () => {
  it('keeps every bead, in the order offered, while it is under its limits; a reversed document is turned', () => {
    const pool = new BeadPool(WIDE);
    pool.add(wordBeads([[['the', 'king'], ['le', 'roi']]]));
    pool.add(wordBeads([[['la', 'reine'], ['the', 'queen']]]), true);
    expect(pooled(pool)).toEqual([
      [['the', 'king'], ['le', 'roi']],
      [['the', 'queen'], ['la', 'reine']],
    ]);
    // One vocabulary for the pool: "the" has one id.
    expect(pool.beads().sourceWords).toEqual(['the', 'king', 'queen']);
  });

  it.each([
    // beads offered, limit, kept (by number): the stride doubles each time the pool is over its limit.
    [4, 4, [0, 1, 2, 3]],
    [5, 4, [0, 2, 4]],
    [10, 4, [0, 4, 8]],
    [17, 4, [0, 8, 16]],
    [100, 10, [0, 16, 32, 48, 64, 80, 96]],
  ])('of %i beads with room for %i keeps the beads numbered %j', (count, beads, kept) => {
    const pool = new BeadPool({ ...WIDE, beads });
    pool.add(wordBeads(numbered(count)));
    expect(pooled(pool).map(([s]) => Number(s[0]!.slice(1)))).toEqual(kept);
    // Only the words of the beads kept remain.
    expect(pool.beads().sourceWords).toHaveLength(kept.length);
  });

  it('holds at most its cells (source × target words summed over beads), and leaves out run-on beads', () => {
    const four = Array.from({ length: 40 }, (_, k) => [[`a${k}`, `b${k}`], [`c${k}`, `d${k}`]] as const);
    const pool = new BeadPool({ beads: 1000, cells: 50, beadWords: 200 });
    pool.add(wordBeads(four));
    expect(pool.size * 4).toBeLessThanOrEqual(50);
    expect(pool.size).toBeGreaterThan(50 / 4 / 2);

    const narrow = new BeadPool({ ...WIDE, beadWords: 2 });
    narrow.add(wordBeads([[['a', 'b', 'c'], ['x']], [['a'], ['x']], [['a'], ['x', 'y', 'z']]]));
    expect(pooled(narrow)).toEqual([[['a'], ['x']]]);
  });

  it('holds the same beads, and learns the same lexicon to the byte, however the beads were cut into documents', () => {
    const vocabulary = ['roi', 'reine', 'le', 'la', 'couronne', 'trône', 'sang', 'hache'];
    const english = ['king', 'queen', 'the', 'the', 'crown', 'throne', 'blood', 'axe'];
    const bead = fc.array(fc.nat(vocabulary.length - 1), { minLength: 1, maxLength: 5 }).map((ws) => [ws.map((w) => english[w]!), ws.map((w) => vocabulary[w]!)] as const);
    fc.assert(
      fc.property(fc.array(bead, { minLength: 1, maxLength: 80 }), fc.array(fc.nat(80)), fc.integer({ min: 3, max: 40 }), (beads, cuts, room) => {
        const limits = { beads: room, cells: 10 * room, beadWords: 4 };
        const whole = new BeadPool(limits);
        whole.add(wordBeads(beads));
        const pieces = new BeadPool(limits);
        const at = [...new Set([0, ...cuts.map((c) => c % beads.length), beads.length])].sort((a, b) => a - b);
        for (let k = 0; k + 1 < at.length; k++) pieces.add(wordBeads(beads.slice(at[k], at[k + 1])));
        expect(pooled(pieces)).toEqual(pooled(whole));
        expect(pieces.size).toBeLessThanOrEqual(room);
        const options = { ...LEXICON, minCount: 1 };
        const langs = { source: 'en', target: 'fr' };
        expect(formatLexicon(trainLexicon(pieces.beads(), options), langs)).toBe(formatLexicon(trainLexicon(whole.beads(), options), langs));
      }),
      { numRuns: 60 },
    );
  });
});
