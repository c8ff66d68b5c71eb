/**
 * The paragraphs of a structured document (DOCX, HTML, PDF…): its readers give blocks, and each
 * block is a paragraph of its own, never merged with its neighbours, so that a heading, a list
 * item or a table cell stays apart from running text. A block holding line breaks (`<br>`, a soft
 * break in Word) is split as running text is: header lines ("New York⏎30 July 2020") become
 * paragraphs of their own, wrapped lines stay joined, separator lines (`*****`) go.
 */
import type { BlockSpan } from '../readers/index.js';
import { isBlankChar } from '../segment/chars.js';
import { splitParagraphs } from '../segment/index.js';
import type { BlockKind, InputKind, Lang, Span, TimeSpan } from '../types.js';

/** A paragraph found in a block, before its sentences are split: its lines (one span for running text). */
export interface BlockParagraph {
  readonly lines: readonly Span[];
  readonly kind: BlockKind;
  readonly time?: TimeSpan;
  /** The language the document declares for the block, a hint only. */
  readonly lang?: Lang;
}

/**
 * The paragraphs of each block of `text`, in order.
 * @param input `sentences`: every line of a block is a sentence (pre-split input), the block one paragraph
 */
export function blockParagraphs(text: string, blocks: readonly BlockSpan[], input: InputKind): BlockParagraph[] {
  const out: BlockParagraph[] = [];
  for (const block of blocks) {
    const extra = { kind: block.kind, ...(block.time && { time: block.time }), ...(block.lang && { lang: block.lang }) };
    const [start, end] = block.span;
    if (start === end) continue;
    if (input === 'sentences') {
      const lines = lineSpans(text, start, end);
      if (lines.length) out.push({ lines, ...extra });
      continue;
    }
    // Code is one unit: its lines are not prose to rejoin or split.
    if (block.kind === 'code') {
      out.push({ lines: [block.span], ...extra });
      continue;
    }
    for (const [s, e] of splitParagraphs(text.slice(start, end))) out.push({ lines: [[start + s, start + e]], ...extra });
  }
  return out;
}

/**
 * Non-blank lines of `text` in `[start, end)`, trimmed (the sentences of pre-split input). Blank is
 * `isBlankChar`, as for pre-split plain text (`readSentenceLineTable`), so that a line of zero-width
 * spaces is no sentence whichever reader the text came from.
 */
export function lineSpans(text: string, start: number, end: number): Span[] {
  const lines: Span[] = [];
  for (let at = start; at < end; ) {
    let stop = text.indexOf('\n', at);
    if (stop < 0 || stop > end) stop = end;
    let a = at;
    let b = stop;
    while (a < b && isBlankChar(text.charCodeAt(a))) a++;
    while (b > a && isBlankChar(text.charCodeAt(b - 1))) b--;
    if (b > a) lines.push([a, b]);
    at = stop + 1;
  }
  return lines;
}
