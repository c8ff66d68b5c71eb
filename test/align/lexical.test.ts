import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { combineScorers, createCognateScorer, createDictionaryScorer, textsOf } from '../../src/lexical/index.js';
import { ladder, makeDoc } from './helpers.js';

// No shared numbers, names or cognates: only a dictionary can tell these apart.
const en = ['The dog sleeps.', 'A bird sings in the tree and the wind blows over the green hill.', 'The cat eats.'];
const fr = ['Le chien dort.', 'Un oiseau chante dans l’arbre et le vent souffle sur la colline verte.', 'Le chat mange.'];
const dictionary: Array<[string, string]> = [
  ['dog', 'chien'],
  ['cat', 'chat'],
  ['bird', 'oiseau'],
  ['tree', 'arbre'],
  ['wind', 'vent'],
  ['sleeps', 'dort'],
  ['eats', 'mange'],
];

describe('the lexical interface', () => {
  it('takes a dictionary scorer: entries are features shared by the sentences they link', () => {
    const d = createDictionaryScorer(textsOf(en), textsOf(fr), dictionary);
    expect(d.score(0, 1, 0, 1)).toBeGreaterThan(0);
    expect(d.score(0, 1, 2, 3)).toBe(0);
    expect(d.score(2, 3, 2, 3)).toBeGreaterThan(d.score(2, 3, 0, 1));
  });

  it('combines scorers as a weighted mean, through score() and through the cursor alike', () => {
    const word = fc.constantFrom('dog', 'chien', 'cat', 'chat', 'Paris', '12', 'nation', 'tree', 'arbre', '?');
    const text = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 8 }), (src, tgt) => {
        const a = createCognateScorer(src, tgt);
        const b = createDictionaryScorer(textsOf(src), textsOf(tgt), dictionary);
        const c = combineScorers([
          { scorer: a, weight: 1 },
          { scorer: b, weight: 3 },
        ]);
        const cur = c.cursor!(2, 2);
        const out = new Float64Array(9);
        for (let i = 1; i <= src.length; i++) {
          cur.row(i, 1, tgt.length);
          for (let j = 1; j <= tgt.length; j++) {
            cur.cell(j, out);
            for (let x = 1; x <= 2; x++) {
              for (let y = 1; y <= 2; y++) {
                const s = c.score(Math.max(0, i - x), i, Math.max(0, j - y), j);
                // The cursor keeps target span weights in Float32: 6 digits.
                expect(out[x * 3 + y]).toBeCloseTo(s, 6);
                expect(s).toBeCloseTo((a.score(Math.max(0, i - x), i, Math.max(0, j - y), j) + 3 * b.score(Math.max(0, i - x), i, Math.max(0, j - y), j)) / 4, 12);
              }
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('plugs into alignDocuments through options.lexical', () => {
    // A dictionary-only run and a combined run both give a valid alignment of this pair.
    const lexical = (s: readonly string[], t: readonly string[]) =>
      combineScorers([
        { scorer: createCognateScorer(s, t), weight: 1 },
        { scorer: createDictionaryScorer(textsOf(s), textsOf(t), dictionary), weight: 1 },
      ]);
    expect(ladder(alignDocuments(makeDoc(en), makeDoc(fr), { lexical }))).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]']);
    expect(ladder(alignDocuments(makeDoc(en), makeDoc(fr), { lexical: (s, t) => createDictionaryScorer(textsOf(s), textsOf(t), dictionary) }))).toEqual([
      '[0]:[0]',
      '[1]:[1]',
      '[2]:[2]',
    ]);
  });
});
