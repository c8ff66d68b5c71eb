/**
 * Build Documents from decoded text: the one place where segment's spans become
 * the Sentence/Paragraph records every later stage reads.
 */
import { readSentenceLines, type SegmentedParagraph, segmentText, sentenceText } from '../segment/index.js';
import type { Document, InputKind, Lang, Paragraph, Sentence, Span } from '../types.js';

/** A paragraph as segmentation sees it before numbering: its span and its sentence spans. */
export type ParagraphSpans = SegmentedParagraph;

/** Paragraph spans of `text` read as `input`, with sentences split by `lang`'s rules (running text only). */
export function segmentParagraphs(text: string, input: InputKind, lang: Lang | undefined, paragraphs?: readonly Span[]): ParagraphSpans[] {
  if (input === 'sentences') {
    return readSentenceLines(text).map((sentences) => ({ span: spanOfLines(sentences), sentences }));
  }
  return segmentText(text, lang, paragraphs);
}

/** Number paragraphs and sentences in reading order; sentences with no text are dropped. */
export function numberDocument(text: string, paragraphs: readonly ParagraphSpans[], name: string, lang: Lang): Document {
  const outParagraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    const first = sentences.length;
    for (const span of p.sentences) {
      const t = sentenceText(text, span);
      if (t) sentences.push({ index: sentences.length, paragraph: outParagraphs.length, text: t, span });
    }
    if (sentences.length > first) {
      outParagraphs.push({ index: outParagraphs.length, span: p.span, sentences: [first, sentences.length] });
    }
  }
  return { name, lang, paragraphs: outParagraphs, sentences };
}

/** The span from the first line's start to the last line's end. */
export function spanOfLines(lines: readonly Span[]): Span {
  return [lines[0]![0], lines[lines.length - 1]![1]];
}

/** How many sentences of a document are marked as being in another language than the document's. */
export function countMismatched(document: Document): number {
  let n = 0;
  for (const s of document.sentences) if (s.lang !== undefined) n++;
  return n;
}
