import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSentenceLines, sentenceText } from '../../src/segment/index.js';
import { segment as segmentText } from './helpers.js';

/** Pieces of text that exercise every rule: words, abbreviations, numbers, quotes, brackets, dashes, spacing. */
const FRAGMENTS = [
  'word', 'Word', 'été', 'Élan', 'I', 'A', 'The', 'Il', 'der', 'x', 'e\u0301te\u0301', 'E\u0301', 'A\u0300', 'fe\u0301vr.', 'de\u0301c.',
  'Mr.', 'M.', 'Mme', 'Dr.', 'St.', 'e.g.', 'i.e.', 'cf.', 'etc.', 'p.', 'No.', 'Jan.', 'av.', 'J.-C.', 'U.N.', 'p.m.', 'Inc.', "l'art.", 'z.B.',
  '3.5', '3,5', '19.', '1990.', '1 000', '70 %', '1.2.3', '5.', '$5', '°C.', 'a.m.', 'EE.', 'pag.',
  '.', '?', '!', '…', '...', '?!', ',', ';', ':', '. . .',
  '"', "'", '«', '»', '“', '”', '‘', '’', '„', '(', ')', '[', ']', '¿', '¡',
  '—', '–', '--', '-', '_', '*', '•', '#', '=', '~',
];
const GLUE = ['', ' ', ' ', ' ', '  ', '\t', '\u00a0', '\u202f', '\n', '\n', '\r\n', '\n\n', ' \n\u00a0\n', '\r\n\r\n', '\u200b', '\n\u200b\n', '\ufeff'];

const textArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...GLUE)), { maxLength: 120 })
  .map((parts) => parts.map(([f, g]) => f + g).join(''));

/** Random characters too, for combinations the fragments miss. */
const charsArbitrary = fc
  .array(fc.constantFrom(...'aAzZéÉ01 .?!…,;:"\'«»“”()—-*_\n\r\t\u00a0\u202f\u200b\u0301'.split('')), { maxLength: 200 })
  .map((chars) => chars.join(''));

const anyText = fc.oneof(textArbitrary, charsArbitrary);
const LANGS = [undefined, 'en', 'fr', 'de', 'es', 'it'] as const;

/**
 * Separator lines: only marks that rules are drawn with (`* - = _ ~ # + • · . — –`, quotation
 * marks, `/ \ | < > ^ °`…), at least three of them (`*****`, `---`, `* * *`, `""""""`), or one of
 * the glyphs that stand alone (`⁂ ※ § ¶`). They are the only non-whitespace text dropped.
 */
function withoutSeparatorLines(text: string): string {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .filter((line) => {
      const marks = line.replace(/[\s\u200b\ufeff]+/gu, '');
      if (!/^[*\-=_~#+•·.‐‑‒–—―─━═⁂❧☙❦✱✳✶✦✧◆◇●○■□▪▫♦/\\|<>^°"'`‘’“”„«»‹›※§¶]+$/u.test(marks)) return true;
      return marks.length < 3 && !/[⁂❧☙❦※§¶]/u.test(marks);
    })
    .join('\n');
}

/** Whitespace as the input stage counts it (src/input/decode.ts): JavaScript's `\s` and the zero-width spaces. */
const nonWhitespace = (s: string) => s.replace(/[\s\u200b\ufeff]+/gu, '');

describe('segmentation conserves the text', () => {
  it('concatenated sentences equal the input except for whitespace (zero-width spaces included) and separator lines', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), (text, lang) => {
        const sentences = segmentText(text, lang).flatMap((p) => p.sentences.map(([s, e]) => text.slice(s, e)));
        expect(nonWhitespace(sentences.join(''))).toBe(nonWhitespace(withoutSeparatorLines(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives ordered, disjoint, trimmed spans, each sentence inside its paragraph', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), (text, lang) => {
        let previous = 0;
        for (const paragraph of segmentText(text, lang)) {
          const [ps, pe] = paragraph.span;
          expect(ps).toBeGreaterThanOrEqual(previous);
          expect(pe).toBeGreaterThan(ps);
          previous = ps;
          for (const [s, e] of paragraph.sentences) {
            expect(s).toBeGreaterThanOrEqual(previous);
            expect(e).toBeGreaterThan(s);
            expect(e).toBeLessThanOrEqual(pe);
            expect(text[s]).toMatch(/[^\s\u200b]/u);
            expect(text[e - 1]).toMatch(/[^\s\u200b]/u);
            previous = e;
          }
          expect(paragraph.sentences.length).toBeGreaterThan(0);
          previous = pe;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('writes sentences that read back as the same sentences and paragraphs', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), (text, lang) => {
        const segmented = segmentText(text, lang).map((p) => p.sentences.map((s) => sentenceText(text, s)));
        for (const sentence of segmented.flat()) expect(sentence).toMatch(/^[^\s\u200b](?:\S| (?=\S))*(?<!\u200b)$/u);
        const written = segmented.map((p) => p.map((s) => `${s}\n`).join('')).join('\n');
        const read = readSentenceLines(written).map((p) => p.map((s) => sentenceText(written, s)));
        expect(read).toEqual(segmented);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('segmentation is linear', () => {
  /**
   * Time grows with the input, not its square: eight times the text takes about eight times as
   * long for a linear pass and 64 times for a quadratic one. A ratio of the same process's CPU
   * times, not a wall-clock limit: the two sizes are timed in turn (so load hits both alike) after a
   * warm-up run (so the JIT's first compile is not counted), and the fastest of a few runs is kept.
   */
  /** Past the sizes where a run of short allocations first meets the old generation (a step in time, not a slope). */
  const SMALL = 250_000;
  const GROWTH = 8;
  /** Between linear (GROWTH) and quadratic (GROWTH²): their geometric mean, rounded up. */
  const MAX_RATIO = 24;
  const RUNS = 3;
  /** Below this many milliseconds the scheduler and timer decide a run's time, not the code. */
  const FLOOR_MS = 10;
  /** CPU milliseconds, not wall time: what other processes on a loaded machine take is not counted. */
  const timed = (text: string): number => {
    collectGarbage();
    const t0 = process.cpuUsage();
    segmentText(text, 'en');
    const { user, system } = process.cpuUsage(t0);
    return (user + system) / 1000;
  };
  /** A full collection before each run, so that no run pays for the garbage of the one before (the large one leaves a lot). */
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  const adversarial: [string, string][] = [
    ['initials', 'A. '],
    ['periods', '. '],
    ['standalone quotes', '" '],
    ['quotes after marks', '! " '],
    ['opening brackets', '( '],
    ['one long word', 'x'],
    ['line breaks', '\n'],
    ['short lines', 'a\n'],
    ['wrapped lines', 'Word word word word word word word word word word word word.\n'],
    ['abbreviations', 'Mr. e.g. U.S. p.m. '],
    ['spaced ellipses', '. . . '],
    ['whitespace', ' \u00a0\t'],
  ];
  it.each(adversarial)('segments %s in time linear in their length', (_what, unit) => {
    const text = (size: number) => unit.repeat(Math.ceil(size / unit.length));
    const smallText = text(SMALL);
    const largeText = text(SMALL * GROWTH);
    timed(smallText);
    let small = Infinity;
    let large = Infinity;
    for (let k = 0; k < RUNS; k++) {
      small = Math.min(small, timed(smallText));
      large = Math.min(large, timed(largeText));
    }
    expect(large / Math.max(small, FLOOR_MS), `${JSON.stringify(unit)} × ${SMALL} characters: ${small.toFixed(1)} ms; ${GROWTH}× as many: ${large.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
  });
});
