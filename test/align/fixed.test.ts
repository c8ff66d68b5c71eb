/**
 * Fixed beads (AlignOptions.fixed, what `--anchors` feeds): the search goes through each, the rest
 * is aligned around them, and they come out scored 1 and marked confirmed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import type { Bead } from '../../src/types.js';
import { ladder, ladderProblems, makeDoc } from './helpers.js';

const words = ['the', 'cat', 'Paris', 'maison', '1 000', 'COVID-19', 'Émile', 'garçon', '?', 'nation', '2020', 'a', 'long', 'river', 'of', 'words'];
const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 1],
  [1, 1],
  [1, 0],
  [0, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  [3, 1],
  [1, 3],
  [3, 3],
  [2, 0],
  [0, 3],
];

/** A random ladder: bead shapes in order, and which of them are fixed. */
const scenario = fc
  .array(fc.record({ shape: fc.constantFrom(...SHAPES), fixed: fc.boolean() }), { minLength: 1, maxLength: 40 })
  .chain((beads) => {
    const n = beads.reduce((a, b) => a + b.shape[0], 0);
    const m = beads.reduce((a, b) => a + b.shape[1], 0);
    return fc.record({
      beads: fc.constant(beads),
      src: fc.array(sentence, { minLength: n, maxLength: n }),
      tgt: fc.array(sentence, { minLength: m, maxLength: m }),
      paragraphed: fc.boolean(),
    });
  });

function fixedOf(beads: readonly { shape: readonly [number, number]; fixed: boolean }[]): Pick<Bead, 'source' | 'target'>[] {
  const out: Pick<Bead, 'source' | 'target'>[] = [];
  let i = 0;
  let j = 0;
  for (const { shape, fixed } of beads) {
    const source = Array.from({ length: shape[0] }, (_, k) => i + k);
    const target = Array.from({ length: shape[1] }, (_, k) => j + k);
    if (fixed) out.push({ source, target });
    i += shape[0];
    j += shape[1];
  }
  return out;
}

describe('fixed beads', () => {
  it('are all kept, scored 1 and confirmed; every sentence still appears exactly once, in order (property)', () => {
    fc.assert(
      fc.property(scenario, ({ beads, src, tgt, paragraphed }) => {
        const fixed = fixedOf(beads);
        const ends = (n: number): number[] => (paragraphed && n > 3 ? [Math.floor(n / 3), n] : [n]);
        const out = alignDocuments(makeDoc(src, ends(src.length)), makeDoc(tgt, ends(tgt.length), 'fr'), { fixed });
        expect(ladderProblems(out, src.length, tgt.length)).toEqual([]);
        const key = (b: Pick<Bead, 'source' | 'target'>): string => `${b.source.join(',')}:${b.target.join(',')}`;
        const byKey = new Map(out.map((b) => [key(b), b]));
        for (const f of fixed) {
          // A fixed one-sided bead keeps its sentences unmatched: it comes out as that very bead, [4,5]:[] included.
          const got = byKey.get(key(f));
          expect(got, `fixed bead ${key(f)}`).toBeDefined();
          expect(got!.score).toBe(1);
          expect(got!.confirmed).toBe(true);
        }
        expect(out.filter((b) => b.confirmed).length).toBe(fixed.length);
      }),
      { numRuns: 120 },
    );
  });

  it('keep the bead a reviewer set and align the rest around it', () => {
    // The third source sentence was translated by two; without the fixed bead a length model
    // alone could pair them otherwise, with it the rest falls into place.
    const src = ['One short line.', 'Another short line here.', 'A long sentence that the translator chose to cut into two separate sentences.', 'Then a closing line.'];
    const tgt = ['Une ligne courte.', 'Une autre ligne courte ici.', 'Une longue phrase que le traducteur a coupée', 'en deux phrases séparées.', 'Puis une ligne finale.'];
    const out = alignDocuments(makeDoc(src), makeDoc(tgt, [tgt.length], 'fr'), { fixed: [{ source: [2], target: [2, 3] }], lexical: false });
    expect(ladder(out)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2,3]', '[3]:[4]']);
    expect(out[2]).toMatchObject({ score: 1, confirmed: true });
    expect(out[0]!.confirmed).toBeUndefined();
  });

  it.each([
    ['out of range', [{ source: [9], target: [0] }], /beyond the last sentence/],
    ['crossing', [{ source: [0], target: [1] }, { source: [1], target: [0] }], /overlaps or crosses/],
    ['not consecutive', [{ source: [0, 2], target: [0] }], /consecutive/],
  ])('refuse fixed beads %s', (_name, fixed, message) => {
    const doc = makeDoc(['A.', 'B.', 'C.']);
    expect(() => alignDocuments(doc, makeDoc(['A.', 'B.', 'C.'], [3], 'fr'), { fixed })).toThrow(message);
  });
});
