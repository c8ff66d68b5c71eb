import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDocuments, alignLengths } from '../../src/align/index.js';
import { BEAD_TYPES, type BeadType } from '../../src/types.js';
import { ladderProblems, makeDoc } from './helpers.js';

const words = ['the', 'cat', 'Paris', 'maison', '1 000', '70 %', 'COVID-19', 'Émile', 'garçon', '?', '!', '«', '»', 'nation', 'über', '2020', 'a', ':'];
const sentence = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 12 }).map((w) => w.join(' '));
const typeSubset = fc.subarray([...BEAD_TYPES] as BeadType[], { minLength: 0 });

describe('every alignment is a valid ladder', () => {
  it('for random lengths and bead type sets (monotone, each sentence once, allowed shapes, scores in [0,1])', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }),
        typeSubset,
        (src, tgt, types) => {
          const beads = alignLengths(src, tgt, { beadTypes: types });
          expect(ladderProblems(beads, src.length, tgt.length, types)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('for random texts, with and without paragraphs', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 40 }),
        fc.array(sentence, { maxLength: 40 }),
        fc.boolean(),
        typeSubset,
        (src, tgt, paragraphed, types) => {
          const ends = (n: number): number[] => (paragraphed && n > 3 ? [Math.floor(n / 3), n] : [n]);
          const beads = alignDocuments(makeDoc(src, ends(src.length)), makeDoc(tgt, ends(tgt.length)), { beadTypes: types });
          expect(ladderProblems(beads, src.length, tgt.length, types)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('for inputs large enough to use the coarse-to-fine band', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 300, maxLength: 600 }), fc.integer({ min: -80, max: 80 }), (src, drift) => {
        // The target: the source lengths ×1.2 with some sentences dropped or added.
        const tgt = src.map((l) => Math.round(l * 1.2)).slice(0, Math.max(1, src.length + Math.min(0, drift)));
        for (let k = 0; k < drift; k++) tgt.push(50);
        const beads = alignLengths(src, tgt);
        expect(ladderProblems(beads, src.length, tgt.length)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});

describe('determinism', () => {
  it('gives the same beads and scores for the same input', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 30 }), fc.array(sentence, { maxLength: 30 }), (src, tgt) => {
        const a = alignDocuments(makeDoc(src), makeDoc(tgt));
        const b = alignDocuments(makeDoc(src), makeDoc(tgt));
        expect(b).toEqual(a);
      }),
      { numRuns: 40 },
    );
  });

  it('reads texts as NFC: decomposed accents align like composed ones', () => {
    const fr = ['Élève à Paris.', 'Il était très content.'];
    const nfd = fr.map((s) => s.normalize('NFD'));
    const en = ['A pupil in Paris.', 'He was very happy.'];
    const a = alignDocuments(makeDoc(en), makeDoc(fr));
    const b = alignDocuments(makeDoc(en), makeDoc(nfd));
    expect(b).toEqual(a);
  });
});
