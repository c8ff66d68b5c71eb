/**
 * The whole-script readings behind every language check (`readText`) and the evidence length
 * (`cleanedLength`) against franc's own arithmetic written out plainly: trigram-utils' cleaning,
 * padding and counting, and franc's distance (|count - rank - 1| for a trigram the model has, 300
 * for one it lacks) to every model of the script. The integer distances must be equal, not close:
 * every language decision, confidence and refusal is arithmetic on them.
 */
import fc from 'fast-check';
import { data } from 'franc/data.js';
import { describe, expect, it } from 'vitest';
import { sampleWindows } from '../../src/detect/sample.js';
import { cleanedAtLeast, cleanedLength, FRANC_MAX_LENGTH, readingKind, readText, scriptLanguages } from '../../src/detect/trigram-scorer.js';
import { goldSentences, read, FOUNDING } from './helpers.js';

/** trigram-utils' `clean` as franc applies it: the first 2048 units, separators to one space, trimmed. */
function plainCleaned(text: string): string {
  return text.slice(0, FRANC_MAX_LENGTH).replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A model as franc reads it: trigram → rank, the first rank of a trigram listed twice. */
function plainModel(script: string, iso3: string): Map<string, number> {
  const model = new Map<string, number>();
  data[script]![iso3]!.split('|').forEach((trigram, rank) => {
    if (!model.has(trigram)) model.set(trigram, rank);
  });
  return model;
}

/** franc's distance of `text` to every model of `script`, in franc's data order. */
function plainDistances(text: string, script: string): number[] {
  const padded = ` ${plainCleaned(text).toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return scriptLanguages(script).map((iso3) => {
    const model = plainModel(script, iso3);
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = model.get(trigram);
      distance += rank === undefined ? 300 : Math.abs(count - rank - 1);
    }
    return distance;
  });
}

/** readText's distances equal franc's, and its lengths the plain ones, whenever it reads the text in a script. */
function expectFrancDistances(text: string): boolean {
  const read = readText(text);
  if (read.kind !== 'script') return false;
  const { reading } = read;
  expect([...reading.distances], text).toEqual(plainDistances(text, reading.script));
  expect(reading.textLength, text).toBe(Math.min(text.length, FRANC_MAX_LENGTH));
  expect(reading.length, text).toBe(plainCleaned(text).length);
  return true;
}

/** Pieces of text in many scripts, with the separators franc's cleaning folds and the case it lowers. */
const PIECES = [
  'the ', 'The ', 'and ', 'of ', 'LORD ', 'said ', 'unto ', 'que ', 'de ', 'él ', 'Dios ', 'niño ', 'ÉTÉ ', 'œuvre ', 'straße ', 'ĳs ', 'ça ',
  'ß', 'İ', 'ı', 'ǅ', 'ﬁ', 'Ω', 'Ǆ', 'à', 'Ñ', 'ø', 'Å', 'ł', 'ş', 'ğ',
  'это ', 'Россия ', 'ђак ', 'العربية ', 'हिन्दी ', 'ελληνικά ', '日本語', '한국어 ', 'עברית ', 'ქართ ',
  ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u202f', '\u3000', '\ufeff', '.', ',', ';', '!', '?', '"', '«', '»', '’', '-', '—', '(', ')', '@', '[', '_', '{', '~',
  '0', '12', '1,5', '😀', '\ud83d', 'x', 'q', 'w',
];

describe('whole-script readings', () => {
  it('give franc’s exact distances on random text of many scripts, separators and cases', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 120 }), (pieces) => {
        if (expectFrancDistances(pieces.join(''))) read++;
      }),
      { numRuns: 400, seed: 12 },
    );
    expect(read).toBeGreaterThan(100);
  });

  it('give franc’s exact distances on the windows of gold texts in four languages and the founding example', () => {
    const texts: string[] = [];
    for (const [set, lang] of [
      ['scale_en-es', 'en'],
      ['scale_en-es', 'es'],
      ['textberg-dev_de-fr', 'de'],
      ['alibi_en-fr', 'fr'],
    ] as const) {
      const sentences = goldSentences(set, lang);
      for (let at = 0; at < sentences.length && texts.length < 160; at += 997) texts.push(...sampleWindows(sentences.slice(at, at + 10).join('\n')));
    }
    texts.push(...sampleWindows(read(FOUNDING)));
    texts.push('the the the the the the the the the the the the', 'e'.repeat(600), `${'ab '.repeat(900)}`);
    const readable = texts.filter((text) => expectFrancDistances(text));
    expect(readable.length).toBeGreaterThan(texts.length * 0.9);
  });

  it('measure the cleaned length as trigram-utils cleans, within franc’s 2048 units', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }), fc.nat(3000), (pieces, repeat) => {
        const text = pieces.join('');
        expect(cleanedLength(text)).toBe(plainCleaned(text).length);
        const long = text.repeat(1 + Math.floor(repeat / Math.max(1, text.length)));
        expect(cleanedLength(long)).toBe(plainCleaned(long).length);
      }),
      { numRuns: 500, seed: 12 },
    );
  });

  it('tell whether the cleaned length reaches a bound as the whole count does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }), fc.nat(3000), fc.nat(2100), (pieces, repeat, bound) => {
        const text = pieces.join('');
        const long = text.repeat(1 + Math.floor(repeat / Math.max(1, text.length)));
        for (const t of [text, long]) {
          expect(cleanedAtLeast(t, bound)).toBe(cleanedLength(t) >= bound);
          expect(cleanedAtLeast(t, 40)).toBe(cleanedLength(t) >= 40);
        }
      }),
      { numRuns: 500, seed: 13 },
    );
  });

  it('say how a text reads (readingKind) as reading it does, without its distances', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), (pieces) => {
        const text = pieces.join('');
        expect(readingKind(text)).toBe(readText(text).kind);
      }),
      { numRuns: 500, seed: 14 },
    );
    for (const text of ['', '   ', '12 345 !?', 'The LORD spake unto Moses', 'Y dijo Dios', 'Привет, мир', 'mixed Привет text', '日本語の文', '\u00a0\u2003 ... ']) {
      expect(readingKind(text)).toBe(readText(text).kind);
    }
  });
});
