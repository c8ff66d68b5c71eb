/**
 * segment: running text → paragraphs → sentences, keeping UTF-16 offsets into the input.
 * CONTRACT: the signatures of `splitParagraphs`, `splitSentences`, `readSentenceLines` and
 * `sentenceText` are what the rest of bitext calls (src/document/build.ts puts them together).
 */
import type { Lang, Span } from '../types.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';

export { splitParagraphs } from './paragraphs.js';
export { splitSentences } from './sentences.js';
export { readSentenceLines, readSentenceLineTable, type SentenceLineTable } from './lines.js';
export { sentenceRules, type SentenceRules, type AbbreviationClass } from './abbreviations.js';

/** One paragraph of running text with its sentences. */
export interface SegmentedParagraph {
  readonly span: Span;
  readonly sentences: readonly Span[];
}

/**
 * Paragraphs and sentences of running text in one call: what src/document/build.ts numbers.
 * @param text - the whole input
 * @param lang - ISO 639-1 code choosing the abbreviation rules (see `splitSentences`)
 * @param paragraphs - paragraph spans already found (e.g. one language's paragraphs of a bilingual file)
 * @returns paragraphs in order, each with its sentence spans
 */
export function segmentText(text: string, lang?: Lang, paragraphs: readonly Span[] = splitParagraphs(text)): SegmentedParagraph[] {
  return paragraphs.map((span) => ({ span, sentences: splitSentences(text, span, lang) }));
}

/** Whitespace that `sentenceText` would change: a run of two, or any whitespace other than U+0020. */
const UNTIDY_WHITESPACE = /\s\s|[^\S ]/u;
const SPACE = 0x20;

/**
 * The text of a sentence as bitext outputs it: whitespace runs (JavaScript's `\s`, no-break spaces
 * included) collapsed to one space, trimmed. Most sentences have only single spaces between words
 * and no space at either end (every producer of spans trims them: splitSentences, readSentenceLines);
 * those are returned as sliced, which spares a regex replace per sentence on large inputs.
 * @param text - the whole input
 * @param span - a sentence span in `text`
 */
export function sentenceText(text: string, span: Span): string {
  return tidySentenceText(text.slice(span[0], span[1]));
}

/** `sentenceText` of a span already sliced from the text. */
export function tidySentenceText(slice: string): string {
  if (!UNTIDY_WHITESPACE.test(slice) && slice.charCodeAt(0) !== SPACE && slice.charCodeAt(slice.length - 1) !== SPACE) return slice;
  return slice.replace(/\s+/gu, ' ').trim();
}
