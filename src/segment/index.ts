/**
 * segment: running text → paragraphs → sentences, keeping offsets into the input.
 * CONTRACT (owned by the segmentation work): signatures here are what the rest of bitext calls.
 */
import { split as splitterSplit } from 'sentence-splitter';
import type { Lang, Span } from '../types.js';

/** Paragraph spans of running text, in order; blank lines and separator lines (`*****`) are boundaries, never content. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  let start = -1;
  let end = -1;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const line = m[0];
    const blank = /^[\s\u00a0\u202f]*$/u.test(line) || /^[\s*=\-_~#]+$/u.test(line);
    if (blank) {
      if (start >= 0) out.push([start, end]);
      start = -1;
    } else {
      if (start < 0) start = m.index;
      end = m.index + line.replace(/\s+$/u, '').length;
    }
  }
  if (start >= 0) out.push([start, end]);
  return out;
}

/** Sentence spans inside one paragraph span of `text`, in order, trimmed of surrounding whitespace. */
export function splitSentences(text: string, paragraph: Span, _lang?: Lang): Span[] {
  const body = text.slice(paragraph[0], paragraph[1]);
  return splitterSplit(body)
    .filter((n) => n.type === 'Sentence')
    .map((n) => [paragraph[0] + n.range[0], paragraph[0] + n.range[1]] as const);
}

/** Pre-split input: one sentence per line, blank (whitespace-only) line = paragraph break. Returns sentence spans grouped by paragraph. */
export function readSentenceLines(text: string): Span[][] {
  const paragraphs: Span[][] = [];
  let current: Span[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const line = m[0].replace(/\r?\n$/, '');
    if (/^\s*$/u.test(line)) {
      if (current.length) paragraphs.push(current);
      current = [];
    } else {
      current.push([m.index, m.index + line.length]);
    }
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

/** The text of a sentence as bitext outputs it: whitespace runs (no-break spaces included) collapsed to one space, trimmed. */
export function sentenceText(text: string, span: Span): string {
  return text.slice(span[0], span[1]).replace(/\s+/gu, ' ').trim();
}
