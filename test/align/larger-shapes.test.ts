/**
 * Larger bead shapes (1-4/4-1) only where a document's first pass shows it needs them: the rule,
 * a document that gets them, and documents that keep today's path exactly.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { random } from '../../bench/lib/layouts.mjs';
import { alignDocuments, alignLengths, largerShapes } from '../../src/align/index.js';
import { FALLBACK_PRIOR, LARGE_SHAPES } from '../../src/align/params.js';
import { BEAD_TYPES } from '../../src/types.js';
import { SHARED } from '../helpers/shared.js';
import { ladder, lines, makeDoc } from './helpers.js';

const on = { beadTypes: BEAD_TYPES, largeShapes: LARGE_SHAPES };
const ONE_FOUR = { '1-4': FALLBACK_PRIOR, '4-1': FALLBACK_PRIOR };
const ONE_FIVE = { '1-5': FALLBACK_PRIOR, '5-1': FALLBACK_PRIOR };

describe('when a document gets 1-4/4-1 beads', () => {
  const shapes = (counts: Record<string, number>): Map<string, number> => new Map(Object.entries(counts));
  const cases: Array<[string, Record<string, number>, number, typeof on | Parameters<typeof largerShapes>[2], Record<string, number>]> = [
    ['1-3 beads at the threshold share (7 of 200 = .035)', { '1-1': 180, '1-2': 13, '1-3': 7 }, 200, on, ONE_FOUR],
    ['1-3 and 3-1 beads count together', { '1-1': 180, '2-1': 13, '1-3': 4, '3-1': 3 }, 200, on, ONE_FOUR],
    ['just below the share (6 of 200)', { '1-1': 181, '1-2': 13, '1-3': 6 }, 200, on, {}],
    ['none at the edge: a plain 1-1 document', { '1-1': 190, '1-2': 6, '2-1': 4 }, 200, on, {}],
    ['2-2 beads are not at the edge of the long shapes', { '1-1': 150, '2-2': 50 }, 200, on, {}],
    ['no beads', {}, 0, on, {}],
    ['larger shapes off', { '1-1': 100, '1-3': 100 }, 200, { beadTypes: BEAD_TYPES, largeShapes: undefined }, {}],
    ['bead types up to 1-2: 1-3/3-1 at the edge', { '1-1': 80, '1-2': 20 }, 100, { beadTypes: ['1-1', '1-2', '2-1'], largeShapes: LARGE_SHAPES }, { '1-3': FALLBACK_PRIOR, '3-1': FALLBACK_PRIOR }],
    ['1-1 only: nothing to extend', { '1-1': 100 }, 100, { beadTypes: ['1-1'], largeShapes: LARGE_SHAPES }, {}],
    ['a share asked for', { '1-1': 190, '1-3': 10 }, 200, { beadTypes: BEAD_TYPES, largeShapes: { ...LARGE_SHAPES, longShare: 0.06 } }, {}],
  ];
  it.each(cases)('%s', (_name, counts, beads, settings, expected) => {
    expect(largerShapes(shapes(counts), beads, settings)).toEqual(expected);
  });

  // A step beyond the first: the pass that had 1-4/4-1 decides whether 1-5/5-1 come too.
  const grow: Array<[string, Record<string, number>, number, typeof on, Record<string, number>, Record<string, number>]> = [
    ['1-4 beads at the share, and enough of them (7 of 200)', { '1-1': 150, '1-3': 43, '1-4': 7 }, 200, on, ONE_FOUR, ONE_FIVE],
    ['1-4 and 4-1 beads count together', { '1-1': 150, '1-3': 43, '1-4': 4, '4-1': 3 }, 200, on, ONE_FOUR, ONE_FIVE],
    ['a share of a handful of beads is noise (4 of 100 = .04)', { '1-1': 80, '1-3': 16, '1-4': 4 }, 100, on, ONE_FOUR, {}],
    ['below the share with many beads (6 of 200)', { '1-1': 150, '1-3': 44, '1-4': 6 }, 200, on, ONE_FOUR, {}],
    ['1-3 beads alone do not grow a document that has 1-4/4-1', { '1-1': 100, '1-3': 100 }, 200, on, ONE_FOUR, {}],
    ['nothing beyond the largest shape', { '1-1': 100, '1-5': 100 }, 200, on, { ...ONE_FOUR, ...ONE_FIVE }, {}],
    ['a largest shape asked for', { '1-1': 150, '1-3': 43, '1-4': 7 }, 200, { beadTypes: BEAD_TYPES, largeShapes: { ...LARGE_SHAPES, largest: 4 } }, ONE_FOUR, {}],
    ['the first step is not held to growBeads (1 of 10)', { '1-1': 9, '3-1': 1 }, 10, on, {}, ONE_FOUR],
  ];
  it.each(grow)('%s', (_name, counts, beads, settings, given, expected) => {
    expect(largerShapes(shapes(counts), beads, settings, given)).toEqual(expected);
  });
});

describe('1-5/5-1 beads where a document needs them', () => {
  // Bare lengths: each source sentence translated by 1 to 5 target sentences (a side that cuts
  // its sentences much finer, as Japanese against English), the length split among them at random.
  const next = random(16);
  const source: number[] = [];
  const target: number[] = [];
  const gold: string[] = [];
  const counts = [1, 1, 2, 2, 3, 3, 4, 5];
  for (let i = 0; i < 400; i++) {
    const len = 40 + Math.floor(next() * 160);
    const k = counts[Math.floor(next() * counts.length)]!;
    const cuts = Array.from({ length: k - 1 }, () => next())
      .sort((a, b) => a - b)
      .concat(1);
    const at = target.length;
    let last = 0;
    for (const c of cuts) {
      target.push(Math.max(1, Math.round(len * (c - last))));
      last = c;
    }
    source.push(len);
    gold.push(`[${i}]:[${Array.from({ length: k }, (_, m) => at + m).join(',')}]`);
  }
  const fives = gold.filter((g) => g.split(',').length === 5);

  it('finds more of the gold 1-5 beads than without them, and more gold beads in all', () => {
    const found = new Set(ladder(alignLengths(source, target)));
    const capped = new Set(ladder(alignLengths(source, target, { largeShapes: { largest: 4 } })));
    expect(fives.length).toBeGreaterThan(20);
    expect([...capped].some((b) => b.split(',').length === 5)).toBe(false);
    expect(fives.filter((g) => found.has(g)).length).toBeGreaterThan(fives.length / 2);
    expect(gold.filter((g) => found.has(g)).length).toBeGreaterThan(gold.filter((g) => capped.has(g)).length);
  });
});

describe('alignment with larger shapes', () => {
  const read = (set: string, doc: string, a: string, b: string): [string[], string[]] => [lines(join(SHARED, 'eval', set, `${doc}.${a}`)), lines(join(SHARED, 'eval', set, `${doc}.${b}`))];

  it('gives a loose translation the 4-1 bead its gold has (Emma: four English sentences, one French)', () => {
    const [en, fr] = read('transread_en-fr', 'Emma', 'en', 'fr');
    const gold = '[167,168,169,170]:[135]';
    const beads = ladder(alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr')));
    expect(beads).toContain(gold);
    expect(ladder(alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr'), { largeShapes: false }))).not.toContain(gold);
  });

  it('leaves a plain English-French document on the path it had: the same beads and scores as with larger shapes off', () => {
    // The Inn: 1-3/3-1 are 3 % of its first-pass beads; given 1-4/4-1 anyway, it loses a bead (a 1-4 where the gold has 1-3 + 1-2).
    const [en, fr] = read('alibi_en-fr', 'TheInn', 'en', 'fr');
    const beads = alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr'));
    expect(beads).toEqual(alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr'), { largeShapes: false }));
    expect(beads.every((b) => b.source.length <= 3 && b.target.length <= 3)).toBe(true);
    const forced = alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr'), { largeShapes: { longShare: 0 } });
    expect(forced.some((b) => b.source.length === 4 || b.target.length === 4)).toBe(true);
  });

  it('stays off when the bead types are given, unless asked for', () => {
    const [en, fr] = read('transread_en-fr', 'Emma', 'en', 'fr');
    const given = alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr'), { beadTypes: BEAD_TYPES });
    expect(given.every((b) => b.source.length <= 3 && b.target.length <= 3)).toBe(true);
    const asked = alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr'), { beadTypes: BEAD_TYPES, largeShapes: true });
    expect(ladder(asked)).toContain('[167,168,169,170]:[135]');
  });
});
