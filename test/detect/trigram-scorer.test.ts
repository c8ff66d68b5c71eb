/** The fast scorer gives exactly franc's answers: same ranking, same scores. */
import { francAll } from 'franc';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { describe, expect, it } from 'vitest';
import { createTrigramScorer, NEUTRAL, rankAllLanguages } from '../../src/detect/trigram-scorer.js';
import { sampleWindows } from '../../src/detect/sample.js';
import { goldSentences } from './helpers.js';

function expectSameAsFranc(texts: readonly string[], only: string[]): void {
  const scorer = createTrigramScorer(only);
  for (const text of texts) {
    const expected = francAll(text, { only });
    const { ranked } = scorer.rank(text);
    expect(ranked.map(([l]) => l), text).toEqual(expected.map(([l]) => l));
    ranked.forEach(([, score], i) => expect(score, text).toBeCloseTo(expected[i]![1], 12));
  }
}

/**
 * `estimate` written out plainly: franc's cleaning and padding, every trigram occurrence's rank in
 * each model (300 when absent), per character of the text.
 */
function plainEstimate(text: string, languages: readonly string[]): number[] {
  const cleaned = ` ${text.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  return languages.map((iso3) => {
    const model = Object.values(data).find((script) => iso3 in script)![iso3]!.split('|');
    let sum = 0;
    for (let i = 0; i + 3 <= cleaned.length; i++) {
      const r = model.indexOf(cleaned.slice(i, i + 3));
      sum += r < 0 ? 300 : r;
    }
    return sum / (text.length * 300);
  });
}

function expectPlainEstimates(texts: readonly string[], only: string[]): void {
  const scorer = createTrigramScorer(only);
  let compared = 0;
  for (const text of texts) {
    const estimate = scorer.estimate(text);
    if (!estimate) continue;
    compared++;
    plainEstimate(text, scorer.languages).forEach((d, i) => expect(estimate[i], text).toBeCloseTo(d, 12));
  }
  expect(compared).toBeGreaterThan(texts.length / 2);
}

describe('trigram scorer', () => {
  it('no franc script expression matches a neutral character', () => {
    const neutral = new RegExp(`^[${NEUTRAL}]$`);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!neutral.test(ch)) continue;
      for (const [script, expression] of Object.entries(expressions)) {
        expect(new RegExp(expression.source).test(ch), `U+${c.toString(16)} in ${script}`).toBe(false);
      }
    }
  });

  it.each([
    ['alibi_en-fr', ['eng', 'fra'], ['en', 'fr']],
    ['textberg-dev_de-fr', ['deu', 'fra'], ['de', 'fr']],
  ] as const)('equals francAll on every gold sentence of %s', (set, only, langs) => {
    expectSameAsFranc(langs.flatMap((l) => goldSentences(set, l)), [...only]);
  });

  it('equals francAll on 4000 English and Spanish verses', () => {
    expectSameAsFranc([...goldSentences('scale_en-es', 'en').slice(0, 2000), ...goldSentences('scale_en-es', 'es').slice(0, 2000)], ['eng', 'spa']);
  });

  it('equals francAll on edge cases: short, digits, repeats, case, separators, other scripts', () => {
    const texts = [
      '', 'Oui.', '123456789012', '  ...  !!!  ', 'the the the the the ', 'AAAA aaaa AAAA', 'İstanbul est une ville de Turquie',
      'L’été , à Paris , « il fait beau » ; n’est-ce pas ?', 'Tab\tand\u00a0no-break\u202fspaces\u2009here', 'ÉCOLE ÉTÉ ÇA ŒUVRE',
      'Привет, как дела? Это русский текст.', 'English with a word в кириллице here', '日本語のテキストです。これは英語ではない。',
      'Emoji 😀 inside an English sentence here', 'x'.repeat(3000), 'Le chat dort. '.repeat(300),
    ];
    expectSameAsFranc(texts, ['eng', 'fra']);
    expectSameAsFranc(texts, ['rus', 'ukr', 'bel']);
    expectSameAsFranc(texts, ['eng', 'rus']);
    expectSameAsFranc(texts, ['eng', 'fra', 'deu', 'spa', 'sco', 'nld']);
  });

  it('ranks all of the languages of franc as francAll does: document samples of every gold set, and texts in other scripts', () => {
    const samples: string[] = [];
    for (const [set, langs] of [
      ['alibi_en-fr', ['en', 'fr']],
      ['textberg-dev_de-fr', ['de', 'fr']],
      ['scale_en-es', ['en', 'es']],
    ] as const) {
      for (const lang of langs) {
        const sentences = goldSentences(set, lang);
        for (let at = 0; at < sentences.length && samples.length < 120; at += 331) samples.push(sampleWindows(sentences.slice(at, at + 100).join('\n')).join(' '));
      }
    }
    const others = [
      'Привет, как дела? Это русский текст, написанный кириллицей для проверки.', 'Ово је српски текст, а ово је још једна реченица.',
      'Ovo je srpski tekst latinicom, a ovo je još jedna rečenica.', 'هذا نص باللغة العربية لاختبار الترتيب الكامل للغات.',
      'यह हिंदी में लिखा गया एक वाक्य है और यह दूसरा वाक्य है।', 'English with a word в кириллице here', '日本語のテキストです。これは英語ではない。',
      'Ελληνικά κείμενα εδώ.', '', 'short', '1234567890 !!!',
    ];
    for (const text of [...samples, ...others]) {
      const expected = francAll(text);
      const ranked = rankAllLanguages(text);
      expect(ranked.map(([l]) => l), text).toEqual(expected.map(([l]) => l));
      ranked.forEach(([, score], i) => expect(score, text).toBeCloseTo(expected[i]![1], 12));
    }
  });

  it('estimates every trigram occurrence, with two candidates (a dense table) and with nine (hashed)', () => {
    const verses = [...goldSentences('scale_en-es', 'en').slice(0, 300), ...goldSentences('scale_en-es', 'es').slice(0, 300)];
    const tricky = ['L’été , à Paris , « il fait beau » ; n’est-ce pas ?', 'AAAA aaaa AAAA ÉCOLE ÉTÉ ÇA ŒUVRE', 'Tab\tand\u00a0no-break spaces here'];
    expectPlainEstimates([...verses, ...tricky], ['eng', 'spa']);
    expectPlainEstimates([...goldSentences('alibi_en-fr', 'fr').slice(0, 300), ...tricky], ['eng', 'fra', 'deu', 'spa', 'sco', 'nld', 'ita', 'por', 'cat']);
  });

  it('estimates distances per character, and declines texts franc would read in another script', () => {
    const scorer = createTrigramScorer(['eng', 'fra']);
    const english = scorer.estimate('The weather was so warm and so bright that morning.');
    expect(english).toBeDefined();
    const [eng, fra] = [english![scorer.languages.indexOf('eng')]!, english![scorer.languages.indexOf('fra')]!];
    expect(eng).toBeLessThan(fra);
    expect(fra).toBeLessThanOrEqual(1);
    expect(scorer.estimate('Это русский текст, не английский.')).toBeUndefined();
    expect(scorer.estimate('short')).toBeUndefined();
  });
});
