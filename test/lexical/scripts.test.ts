import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLexiconLearner, differentScripts, mainScript, scriptOf, textsOf, trainingSelection, type TrainingBeads } from '../../src/lexical/index.js';
import { LEXICON } from '../../src/align/params.js';

describe('scriptOf', () => {
  it.each([
    ['a', 'Latin'],
    ['é', 'Latin'],
    ['ж', 'Cyrillic'],
    ['ά', 'Greek'],
    ['ب', 'Arabic'],
    ['क', 'Devanagari'],
    ['ក', 'Khmer'],
    ['한', 'Hangul'],
    ['の', 'Hiragana'],
    ['イ', 'Katakana'],
    ['神', 'Han'],
    ['3', undefined],
    ['.', undefined],
    ['\u200b', undefined],
  ])('%s → %s', (ch, script) => {
    expect(scriptOf(ch)).toBe(script);
  });
});

describe('mainScript', () => {
  it.each([
    ['English with a number', ['In 1999 we went to Paris.'], 'Latin'],
    ['Russian with a Latin acronym', ['В 1999 году NATO расширилось.'], 'Cyrillic'],
    ['Japanese, mostly kana', ['私はパンを食べました。', 'それから帰った。'], 'Hiragana'],
    ['Chinese', ['我哥哥买了三个苹果。'], 'Han'],
    ['no letters', ['1999.', '42'], undefined],
  ])('%s', (_what, sentences, script) => {
    expect(mainScript(textsOf(sentences))).toBe(script);
  });
});

describe('mainScript against counting scriptOf of every character', () => {
  /** The plain reading: each character's script counted in a Map, the first of the most frequent. */
  const counted = (sentences: readonly string[]): string | undefined => {
    const counts = new Map<string, number>();
    const step = Math.max(1, sentences.length / 64);
    for (let at = 0; at < sentences.length; at += step) {
      for (const ch of sentences[Math.floor(at)]!) {
        const script = scriptOf(ch);
        if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
      }
    }
    let best: string | undefined;
    for (const [script, n] of counts) if (best === undefined || n > counts.get(best)!) best = script;
    return best;
  };
  // Letters of several scripts, marks, digits, astral letters and symbols, and lone surrogates.
  const unit = fc.constantFrom(...'abzÉé\u0301жЖάبकक्한のイ神3 .,'.split(''), '\u{1D400}', '\u{20000}', '\u{1F600}', '\u{10400}', '\ud800', '\udc00');
  it('gives the script of the plain count, ties to the first seen, on any sample', () => {
    fc.assert(
      fc.property(fc.array(fc.array(unit, { maxLength: 12 }).map((units) => units.join('')), { minLength: 1, maxLength: 140 }), (sentences) => {
        expect(mainScript(textsOf(sentences))).toBe(counted(sentences));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('differentScripts', () => {
  it.each([
    [['The cat sleeps.'], ['Le chat dort.'], false],
    [['The cat sleeps.'], ['Кошка спит.'], true],
    [['The cat sleeps.'], ['猫が寝ている。'], true],
    [['Кошка спит.'], ['Котка спи.'], false],
    [['The cat sleeps.'], ['42'], false],
  ])('%j / %j → %s', (a, b, different) => {
    expect(differentScripts(textsOf(a), textsOf(b))).toBe(different);
  });
});

describe('training beads of a pair in two scripts', () => {
  // 60 beads: one sentence each side, posterior 0.6: below the usual 0.9, above the across-scripts 0.5.
  const beads = (n: number, posterior: number): TrainingBeads => ({
    s0: Int32Array.from({ length: n }, (_, k) => k),
    s1: Int32Array.from({ length: n }, (_, k) => k + 1),
    t0: Int32Array.from({ length: n }, (_, k) => k),
    t1: Int32Array.from({ length: n }, (_, k) => k + 1),
    posterior: new Float64Array(n).fill(posterior),
  });
  const english = textsOf(Array.from({ length: 60 }, (_, k) => `the cat number ${k} sleeps`));
  const french = textsOf(Array.from({ length: 60 }, (_, k) => `le chat numéro ${k} dort`));
  const russian = textsOf(Array.from({ length: 60 }, (_, k) => `кошка номер ${k} спит`));

  it('takes the across-scripts threshold and bead size only where the scripts differ', () => {
    expect(trainingSelection(english, french, LEXICON)).toBe(LEXICON);
    expect(trainingSelection(english, russian, LEXICON)).toMatchObject({ threshold: LEXICON.acrossScripts!.threshold, maxSide: LEXICON.acrossScripts!.maxSide });
  });

  it('learns in two rounds between English and Russian, in one between English and French', () => {
    expect(createLexiconLearner(english, russian, LEXICON).rounds).toBe(2);
    expect(createLexiconLearner(english, french, LEXICON).rounds).toBeUndefined();
  });

  it('weighs the lexicon learned between English and Russian as the cognates, between English and French as tuned', () => {
    expect(createLexiconLearner(english, russian, LEXICON).learn(beads(60, 1))?.evidence.weight).toBe(1);
    expect(createLexiconLearner(english, french, LEXICON).learn(beads(60, 1))?.evidence.weight).toBe(LEXICON.weight);
  });

  it('learns from beads of posterior 0.6 between English and Russian, not between English and French', () => {
    expect(createLexiconLearner(english, russian, LEXICON).learn(beads(60, 0.6))?.lexicon.sourceWords).toContain('cat');
    expect(createLexiconLearner(english, french, LEXICON).learn(beads(60, 0.6))).toBeUndefined();
    const { acrossScripts: _, ...everyPairAlike } = LEXICON;
    expect(createLexiconLearner(english, russian, everyPairAlike).learn(beads(60, 0.6))).toBeUndefined();
  });
});
