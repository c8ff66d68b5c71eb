import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAnchors } from '../../src/align/anchors.js';
import { longestIncreasingChain } from '../../src/sequence.js';
import { isHeadingLike } from '../../src/align/headings.js';
import { createCognateScorer, extractFeatures, FeatureVocabulary, fold, normaliseNumber } from '../../src/lexical/index.js';
import { nameCandidates, sentenceFeatures } from './helpers.js';

const features = (text: string, names: string[] = []): string[] => sentenceFeatures(text, new Set(names)).sort();

describe('lexical features', () => {
  it.each([
    ['1,000', '1000'],
    ['1 000', '1000'],
    ['1\u202f000', '1000'],
    ['1.000', '1000'],
    ['3,5', '3.5'],
    ['3.50', '3.5'],
    ['2020', '2020'],
    ['007', '7'],
    ['12 345 678', '12345678'],
  ])('normalises the number %j to %j', (raw, value) => {
    expect(normaliseNumber(raw)).toBe(value);
  });

  it('matches "70 per cent" with "70 %"', () => {
    const en = features('more than 70 per cent of detected victims');
    const fr = features('plus de 70 % des cas signalés');
    expect(en).toContain('#70');
    expect(en).toContain('%');
    expect(fr).toContain('#70');
    expect(fr).toContain('%');
  });

  it('reads 1,000 and 1 000 as one number', () => {
    expect(features('1,000 people')).toContain('#1000');
    expect(features('1 000 personnes')).toContain('#1000');
  });

  it('makes 4-letter cognate prefixes after lower-casing and stripping accents', () => {
    expect(fold('Élève')).toBe('eleve');
    expect(fold('cœur')).toBe('coeur');
    expect(features('vulnérables')).toContain('p:vuln');
    expect(features('vulnerable')).toContain('p:vuln');
    expect(features('the cat')).toEqual([]);
  });

  it('keeps names, not sentence-initial capitals, unless the word is a name elsewhere', () => {
    const names = nameCandidates(['He met Candide there.', 'Candide smiled.', 'The end.']);
    expect(names.has('candide')).toBe(true);
    expect(names.has('the')).toBe(false);
    expect(features('Candide smiled.', [...names])).toContain('n:candide');
    expect(features('The end.', [...names])).not.toContain('n:the');
  });

  it('maps quote marks to one feature and keeps ? ! : ;', () => {
    expect(features('« Bonjour ! » : oui ?')).toEqual(expect.arrayContaining(['"', '!', ':', '?']));
    expect(features('"Hello!"')).toContain('"');
  });

  it.each([
    ['New York', true],
    ['30 July 2020', true],
    ['Message [scroll down for French version]', true],
    ['CHAPTER I', true],
    ['He left.', false],
    ['Is it?', false],
    ['" Yes ! "', false],
    ['and then ,', false],
  ])('isHeadingLike(%j) = %s', (text, expected) => {
    expect(isHeadingLike(text)).toBe(expected);
  });
});

describe('cognate scorer', () => {
  const en = ['The nation of France.', 'He paid 1,000 francs in Paris.', 'It rained.', 'Nothing here.'];
  const fr = ['La nation française.', 'Il paya 1 000 francs à Paris.', 'Il pleuvait.', 'Rien ici.'];

  it('scores translations above non-translations, in [0, 1]', () => {
    const s = createCognateScorer(en, fr);
    expect(s.score(1, 2, 1, 2)).toBeGreaterThan(s.score(1, 2, 0, 1));
    expect(s.score(0, 1, 0, 1)).toBeGreaterThan(s.score(0, 1, 1, 2));
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(s.score(i, i + 1, j, j + 1)).toBeGreaterThanOrEqual(0);
    expect(s.score(0, 4, 0, 4)).toBeLessThanOrEqual(1);
    expect(s.score(0, 0, 0, 1)).toBe(0);
  });

  it('gives the same numbers through its cursor as through score()', () => {
    const word = fc.constantFrom('nation', 'Paris', '1 000', 'maison', 'France', '?', 'chat', 'cat', '42', 'Emma', 'nature', '«', 'x');
    const text = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), fc.array(text, { minLength: 1, maxLength: 12 }), (src, tgt) => {
        const s = createCognateScorer(src, tgt);
        const cur = s.cursor!(3, 3);
        const out = new Float64Array(16);
        // Rows up, then down, then up again: the cursor keeps positions between rows.
        const rows = [...src.keys(), ...[...src.keys()].reverse(), ...src.keys()].map((k) => k + 1);
        for (const i of rows) {
          cur.row(i, 1, tgt.length);
          for (let j = 1; j <= tgt.length; j++) {
            cur.cell(j, out);
            for (let a = 1; a <= 3; a++) for (let b = 1; b <= 3; b++) expect(out[a * 4 + b]).toBeCloseTo(s.score(Math.max(0, i - a), i, Math.max(0, j - b), j), 5);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('groups units into blocks that score like their union', () => {
    const s = createCognateScorer(en, fr);
    const g = s.group(Int32Array.from([0, 2, 4]), Int32Array.from([0, 2, 4]));
    expect(g.sourceUnits).toBe(2);
    expect(g.score(0, 1, 0, 1)).toBeCloseTo(s.score(0, 2, 0, 2), 12);
    expect(g.score(1, 2, 0, 1)).toBeCloseTo(s.score(2, 4, 0, 2), 12);
  });

  it('keeps only the rarest features of a block that has too many', () => {
    // Distinct made-up words (distinct 4-letter prefixes), each once in the document.
    const word = (k: number): string => `q${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}xyz`;
    const words = (from: number, count: number): string => Array.from({ length: count }, (_, k) => word(from + k)).join(' ');
    const filler = Array.from({ length: 12 }, (_, k) => `${k % 2 ? 'marmalade' : 'house'} ${word(600 + k)}`);
    const block = (rare: number): string[] => [`marmalade ${words(0, rare >> 1)}`, words(rare >> 1, rare - (rare >> 1))];
    const scoreOfCommonWord = (rare: number): number => {
      // The target block shares only "marmalade", which is in half the other sentences too (the
      // least rare feature); the rare words are in the target's last sentence (features on one side only do not count).
      const s = createCognateScorer([...block(rare), ...filler], ['marmalade', 'autre', ...filler, words(0, rare)]);
      const g = s.group(Int32Array.from([0, 2, 14]), Int32Array.from([0, 2, 15]));
      return g.score(0, 1, 0, 1);
    };
    expect(scoreOfCommonWord(20)).toBeGreaterThan(0);
    expect(scoreOfCommonWord(80)).toBe(0);
    // The rarest word of the block, shared by both blocks, survives the cut (the other rare words are in two more target sentences).
    const s = createCognateScorer([...block(80), ...filler], [word(79), 'autre', ...filler, words(0, 79), words(0, 79)]);
    expect(s.group(Int32Array.from([0, 2, 14]), Int32Array.from([0, 2, 16])).score(0, 1, 0, 1)).toBeGreaterThan(0);
  });
});

describe('anchors', () => {
  it('chains the longest subsequence increasing in both coordinates (as an O(k²) DP would)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })), { maxLength: 40 }), (raw) => {
        const pairs = [...raw].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
        const chain = longestIncreasingChain(pairs).map((k) => pairs[k]!);
        for (let k = 1; k < chain.length; k++) {
          expect(chain[k]![0]).toBeGreaterThan(chain[k - 1]![0]);
          expect(chain[k]![1]).toBeGreaterThan(chain[k - 1]![1]);
        }
        const best = pairs.map(() => 1);
        for (let a = 0; a < pairs.length; a++) for (let b = 0; b < a; b++) if (pairs[b]![0] < pairs[a]![0] && pairs[b]![1] < pairs[a]![1]) best[a] = Math.max(best[a]!, best[b]! + 1);
        expect(chain.length).toBe(Math.max(0, ...best));
      }),
    );
  });

  it('anchors on features found once on each side, dropping crossings', () => {
    const src = ['Alpha came.', 'x', 'Then Beta.', 'x', 'And Gamma.', 'And Delta.', 'x'];
    const tgt = ['Alpha vint.', 'x', 'x', 'Puis Beta.', 'Et Delta.', 'Et Gamma.', 'x'];
    const vocab = new FeatureVocabulary();
    const anchors = findAnchors(extractFeatures(src, vocab), extractFeatures(tgt, vocab), vocab, 1);
    expect(anchors).toContainEqual([0, 0]);
    expect(anchors).toContainEqual([2, 3]);
    // gamma and delta cross: at most one of them survives
    expect(anchors.filter(([i]) => i === 4 || i === 5).length).toBeLessThanOrEqual(1);
  });
});
