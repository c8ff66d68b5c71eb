/** `bitext detect` output: one TSV row per paragraph (index, language, confidence, first words). */
import { escapeTsv } from './tsv.js';

export interface LanguageRow {
  readonly index: number;
  readonly lang: string;
  readonly confidence: number;
  readonly text: string;
}

/** How many words of each paragraph are shown: enough to recognise it, short enough for one terminal line. */
export const PREVIEW_WORDS = 8;

/**
 * Terminal columns a preview word may take before it is cut: Chinese, Japanese and Thai write a
 * clause or a whole paragraph without a space, which would otherwise be one "word" (30 columns:
 * 15 ideographs, as much as eight English words say).
 */
export const PREVIEW_WORD_COLUMNS = 30;

let graphemes: Intl.Segmenter | undefined;

/** Whether a code point takes two terminal columns (East Asian Wide and Fullwidth: Han, kana, Hangul, fullwidth forms). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** A word cut to at most `columns` terminal columns, at a grapheme boundary (a Thai vowel mark or a Devanagari matra stays with its letter); undefined when it fits. */
function cutWord(word: string, columns: number): string | undefined {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let width = 0;
  for (const { segment, index } of graphemes.segment(word)) {
    width += isWide(segment.codePointAt(0)!) ? 2 : 1;
    if (width > columns) return word.slice(0, index);
  }
  return undefined;
}

/** The first words of a paragraph, then ` …` when there is more. */
export function previewText(text: string): string {
  const words = text.split(/\s+/u).filter(Boolean);
  const shown: string[] = [];
  for (const word of words.slice(0, PREVIEW_WORDS)) {
    const cut = cutWord(word, PREVIEW_WORD_COLUMNS);
    if (cut === undefined) {
      shown.push(word);
      continue;
    }
    if (cut) shown.push(cut);
    return `${shown.join(' ')} …`;
  }
  return shown.join(' ') + (words.length > PREVIEW_WORDS ? ' …' : '');
}

export function* writeLanguageRows(rows: Iterable<LanguageRow>, options: { header?: boolean } = {}): Generator<string> {
  if (options.header) yield 'paragraph\tlang\tconfidence\ttext\n';
  for (const row of rows) yield `${row.index}\t${row.lang}\t${row.confidence.toFixed(2)}\t${escapeTsv(previewText(row.text))}\n`;
}
