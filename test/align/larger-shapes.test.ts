/**
 * Larger bead shapes (1-4/4-1) only where a document's first pass shows it needs them: the rule,
 * a document that gets them, and documents that keep today's path exactly.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments, largerShapes } from '../../src/align/index.js';
import { FALLBACK_PRIOR, LARGE_SHAPES } from '../../src/align/params.js';
import { BEAD_TYPES } from '../../src/types.js';
import { SHARED } from '../helpers/shared.js';
import { ladder, lines, makeDoc } from './helpers.js';

const on = { beadTypes: BEAD_TYPES, largeShapes: LARGE_SHAPES };
const ONE_FOUR = { '1-4': FALLBACK_PRIOR, '4-1': FALLBACK_PRIOR };

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
    ['a share asked for', { '1-1': 190, '1-3': 10 }, 200, { beadTypes: BEAD_TYPES, largeShapes: { longShare: 0.06 } }, {}],
  ];
  it.each(cases)('%s', (_name, counts, beads, settings, expected) => {
    expect(largerShapes(shapes(counts), beads, settings)).toEqual(expected);
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
