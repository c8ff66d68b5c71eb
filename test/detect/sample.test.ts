/**
 * Windows read once: every guess between two languages made from a window's distances is the
 * guess a new reading gives, and the check of a stated language agrees with the full ranking.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/detect/language.js';
import { detectWindows, DOCUMENT_MIN_MARGIN, noneClearerThan, sampleWindows, WindowSample } from '../../src/detect/sample.js';
import { UNDETERMINED } from '../../src/types.js';
import { goldSentences } from './helpers.js';

/** Pieces of `size` sentences of a gold set in one language, `count` of them spread over it. */
function pieces(set: string, lang: string, size: number, count: number): string[] {
  const sentences = goldSentences(set, lang);
  const step = Math.floor(sentences.length / count);
  return Array.from({ length: count }, (_, k) => sentences.slice(k * step, k * step + size).join('\n'));
}

const NAMES = [
  'Odaía, Hasum, Besai,\nAriph, Anathoth, Nebai,\nMagpías, Mesullam, Hezir,\nMesezabeel, Sadoc, Jadua,\nPelatías, Hanán, Anaías,\nHoseas, Hananías, Asub,',
  'Y Zebadías, Mesullam, Hizchî, Heber;\nIsmari, Izlia, y Jobab, hijos de Elphaal.\nY Jacim, Zichri, Zabdi;\nElioenai, Silithai, Eliel;',
];
const OTHERS = [
  'Привет, как дела? Это русский текст, написанный кириллицей для проверки.',
  'Ovo je srpski tekst latinicom, a ovo je još jedna rečenica.',
  'English with a word в кириллице here, and more English words after it.',
  '日本語のテキストです。これは英語ではない。',
  '1234567890 !!! 42, 17; 3.14159 (2020)',
  'Tab\tand\u00a0no-break\u202fspaces\u2009here, İstanbul, ÉCOLE ÉTÉ ÇA ŒUVRE',
  'short',
  '',
];

const TEXTS = [
  ...pieces('scale_en-es', 'en', 10, 6),
  ...pieces('scale_en-es', 'es', 10, 6),
  ...pieces('alibi_en-fr', 'fr', 10, 4),
  ...pieces('textberg-dev_de-fr', 'de', 10, 4),
  ...pieces('scale_en-es', 'es', 100, 2),
  ...NAMES,
  ...OTHERS,
];

/** Pairs of every kind: related, unrelated, several franc codes, models in two scripts, no model in the text's script, unknown. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['en', 'fr'], ['es', 'en'], ['es', 'gl'], ['pt', 'es'], ['de', 'fr'], ['en', 'sco'], ['id', 'ms'], ['su', 'es'], ['id', 'es'],
  ['no', 'sv'], ['nb', 'no'], ['sr', 'hr'], ['bs', 'es'], ['sr', 'ru'], ['uz', 'en'], ['ff', 'fr'], ['qu', 'es'], ['fa', 'en'],
  ['ru', 'en'], ['ja', 'zh'], ['la', 'en'], ['ms', 'en'], ['ug', 'en'], ['es', 'es'],
];

describe('WindowSample', () => {
  it('guesses between two languages exactly as a new reading of each window does', () => {
    let compared = 0;
    for (const text of TEXTS) {
      const sample = new WindowSample(sampleWindows(text));
      sample.windows.forEach((window, k) => {
        for (const pair of PAIRS) {
          const expected = detectLanguage(window, pair);
          const guess = sample.guess(k, pair);
          expect(guess.lang, `${pair}: ${window}`).toBe(expected.lang);
          expect(guess.confidence, `${pair}: ${window}`).toBe(expected.confidence);
          compared++;
        }
      });
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('finds no language clearer than a stated one only where the full ranking finds none either', () => {
    const outcomes = { none: 0, some: 0 };
    for (const text of TEXTS) {
      const sample = new WindowSample(sampleWindows(text));
      for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'gl', 'id', 'su', 'no', 'nb', 'sr', 'ru', 'ja']) {
        const none = noneClearerThan(sample, lang);
        outcomes[none ? 'none' : 'some']++;
        if (!none) continue;
        for (const prefer of [[lang], [lang, 'en'], ['en', 'fr']]) {
          const found = detectWindows(sample, prefer).lang;
          if (found === lang || found === UNDETERMINED) continue;
          expect(sample.margin(found, lang), `${lang} (${found}): ${text.slice(0, 80)}`).toBeLessThan(DOCUMENT_MIN_MARGIN);
        }
      }
    }
    // Both answers occur: the check is not vacuous.
    expect(outcomes.none).toBeGreaterThan(20);
    expect(outcomes.some).toBeGreaterThan(100);
  });

  it('tells a text in another language from one in the stated language', () => {
    const [english] = pieces('scale_en-es', 'en', 10, 1);
    const [spanish] = pieces('scale_en-es', 'es', 10, 1);
    expect(noneClearerThan(new WindowSample(sampleWindows(spanish!)), 'es')).toBe(true);
    expect(noneClearerThan(new WindowSample(sampleWindows(english!)), 'es')).toBe(false);
    expect(noneClearerThan(new WindowSample(sampleWindows(spanish!)), 'fr')).toBe(false);
  });
});
