/**
 * Windows read once: every guess between two languages made from a window's distances is the
 * guess a new reading gives, and the check of a stated language agrees with the full ranking.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, guessFromReading, possibleWinners, weakestLoss } from '../../src/detect/language.js';
import { detectWindows, DOCUMENT_MIN_MARGIN, noneClearerThan, sampleWindows, WindowSample } from '../../src/detect/sample.js';
import { FRANC_MIN_LENGTH, scriptLanguages } from '../../src/detect/trigram-scorer.js';
import { fromFrancCode } from '../../src/detect/iso.js';
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

/** `noneClearerThan` reading every window: the rivals of every window, then each one's margin over all of them. */
function everyWindowRead(sample: WindowSample, lang: string): boolean {
  const rivals = new Set<string>();
  for (let k = 0; k < sample.windows.length; k++) {
    if (sample.windows[k]!.length < FRANC_MIN_LENGTH) continue;
    const read = sample.reading(k);
    if (read.kind !== 'script') return false;
    for (const rival of possibleWinners(read.reading, lang)) rivals.add(rival);
  }
  return [...rivals].every((rival) => sample.margin(rival, lang) < DOCUMENT_MIN_MARGIN);
}

/** A sample that records which windows were measured. */
class CountingSample extends WindowSample {
  readonly measured = new Set<number>();

  override reading(k: number): ReturnType<WindowSample['reading']> {
    this.measured.add(k);
    return super.reading(k);
  }
}

/** Texts whose windows disagree: two languages, a window in another script or of no letters at the end. */
function mixed(): string[] {
  const [english] = pieces('scale_en-es', 'en', 10, 1);
  const [spanish] = pieces('scale_en-es', 'es', 10, 1);
  const [french] = pieces('alibi_en-fr', 'fr', 10, 1);
  const russian = 'Привет, как дела? Это русский текст, написанный кириллицей для проверки. '.repeat(5);
  const digits = '1234567890, 42; 17: 3.14159 (2020) '.repeat(10);
  return [
    `${english}\n${spanish}`,
    `${spanish}\n${english}`,
    `${english}\n${russian}`,
    `${spanish}\n${digits}`,
    `${english}\n${french}\n${spanish}`,
    `${english!.slice(0, 300)}\n${spanish!.slice(0, 300)}`,
    // A first window in one language, the rest in another: a language that wins late must still count.
    `${english!.slice(0, 250)}\n${spanish}\n${spanish}`,
    `${spanish!.slice(0, 250)}\n${english}\n${english}`,
    `${english!.slice(0, 500)}\n${spanish}\n${spanish}\n${spanish}`,
    english!.slice(0, 40),
    `${english!.slice(0, 600)}\nEnglish with a word в кириллице here.`,
  ];
}

describe('noneClearerThan', () => {
  const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'gl', 'sco', 'id', 'su', 'no', 'nb', 'sr', 'ru', 'ja'];

  it('gives the answer of reading every window, measuring fewer where the first ones settle it', () => {
    const outcomes = { none: 0, some: 0, settled: 0, early: 0 };
    for (const text of [...TEXTS, ...mixed()]) {
      const windows = sampleWindows(text);
      const long = windows.filter((w) => w.length >= FRANC_MIN_LENGTH).length;
      for (const lang of LANGS) {
        const sample = new CountingSample(windows);
        const none = noneClearerThan(sample, lang);
        expect(none, `${lang}: ${text.slice(0, 80)}`).toBe(everyWindowRead(new WindowSample(windows), lang));
        outcomes[none ? 'none' : 'some']++;
        if (!none || long < 3) continue;
        outcomes.settled++;
        if (sample.measured.size < long) outcomes.early++;
      }
    }
    expect(outcomes.none).toBeGreaterThan(20);
    expect(outcomes.some).toBeGreaterThan(100);
    // Most texts of three windows or more found clear of other languages are so before their last window.
    expect(outcomes.early).toBeGreaterThan(outcomes.settled * 0.6);
  });

  it('refuses a text whose later window no model of one script reads, without measuring it', () => {
    const [english] = pieces('scale_en-es', 'en', 25, 1);
    const windows = sampleWindows(`${english}\n${'English words mixed with слова по-русски in every line. '.repeat(6)}`);
    const firstRussian = windows.findIndex((w) => /[а-я]/u.test(w));
    const sample = new CountingSample(windows);
    expect(firstRussian).toBeGreaterThan(2);
    expect(noneClearerThan(sample, 'en')).toBe(false);
    // The English windows before it settled the bounds: it and some of them were never measured.
    expect(Math.max(...sample.measured)).toBeLessThan(firstRussian - 1);
  });

  it('bounds from below the confidence with which a language beats every one ranked under it', () => {
    let checked = 0;
    for (const text of [...TEXTS, ...mixed()]) {
      const sample = new WindowSample(sampleWindows(text));
      for (let k = 0; k < sample.windows.length; k++) {
        if (sample.windows[k]!.length < FRANC_MIN_LENGTH) continue;
        const read = sample.reading(k);
        if (read.kind !== 'script') continue;
        const languages = [...new Set(scriptLanguages(read.reading.script).map(fromFrancCode))];
        for (const lang of ['en', 'es', 'fr', 'gl', 'sco', 'ru']) {
          const winners = possibleWinners(read.reading, lang);
          const bound = weakestLoss(read.reading, lang, winners);
          let weakest = Infinity;
          for (const other of languages) {
            if (other === lang || winners.has(other)) continue;
            const guess = guessFromReading(read.reading, [other, lang]);
            expect(guess.lang).toBe(lang);
            expect(guess.confidence).toBeGreaterThanOrEqual(bound);
            weakest = Math.min(weakest, guess.confidence);
            checked++;
          }
          // Not a loose bound: within the two slopes of the weakest loss.
          if (weakest < Infinity && bound > 0) expect(bound).toBeGreaterThan(weakest * 0.5);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
