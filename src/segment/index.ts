/**
 * segment: running text → paragraphs → sentences, keeping UTF-16 offsets into the input.
 * CONTRACT: the signatures of `splitParagraphs`, `splitSentences`, `readSentenceLines` and
 * `sentenceText` are what the rest of bitext calls.
 */
import type { Lang, Span } from '../types.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';

export { splitParagraphs } from './paragraphs.js';
export { splitSentences } from './sentences.js';
export { readSentenceLines } from './lines.js';
export { sentenceRules, type SentenceRules, type AbbreviationClass } from './abbreviations.js';

/** One paragraph of running text with its sentences. */
export interface SegmentedParagraph {
  readonly span: Span;
  readonly sentences: readonly Span[];
}

/**
 * Paragraphs and sentences of running text in one call.
 * @param text - the whole input
 * @param lang - ISO 639-1 code choosing the abbreviation rules (see `splitSentences`)
 * @returns paragraphs in order, each with its sentence spans
 */
export function segmentText(text: string, lang?: Lang): SegmentedParagraph[] {
  return splitParagraphs(text).map((span) => ({ span, sentences: splitSentences(text, span, lang) }));
}

/**
 * The text of a sentence as bitext outputs it: whitespace runs (no-break spaces included)
 * collapsed to one space, trimmed.
 * @param text - the whole input
 * @param span - a sentence span in `text`
 */
export function sentenceText(text: string, span: Span): string {
  return text.slice(span[0], span[1]).replace(/\s+/gu, ' ').trim();
}
