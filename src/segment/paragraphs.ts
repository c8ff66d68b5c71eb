/**
 * Paragraphs of running text. Blank lines and separator lines (`*****`) always end a paragraph.
 * Between two consecutive content lines it depends on the text:
 * - hard-wrapped prose ("...the first\nresponders helping...") is one paragraph whose lines were
 *   cut at a fixed width: a line break is a wrap when the next line's first word would not have
 *   fitted on the line;
 * - a block of short lines (a place, a date, a title, a signature: "New York\n30 July 2020") is one
 *   paragraph per line, and so is a text written one paragraph per line.
 * Whether a text is hard-wrapped at all is decided once, from all its lines: most lines that are
 * followed by another end close to the same right margin.
 */
import type { Span } from '../types.js';
import { charKind, isWhitespace } from './chars.js';
import { isBlank, isSeparator, splitLines, type Line } from './lines.js';

/** Narrowest wrap width taken seriously: prose is not wrapped at under 40 columns, header blocks are that short. */
const MIN_WRAP_WIDTH = 40;
/** Widest wrap width: editors and mailers wrap at 72–80, Project Gutenberg at ~70; longer lines were not wrapped. */
const MAX_WRAP_WIDTH = 100;
/** How far short of the margin a wrapped line may end: about the longest word that did not fit. */
const WRAP_SLACK = 15;
/** Lines ending near the margin needed before calling a text hard-wrapped (one long header line is not a margin). */
const MIN_WRAPPED_LINES = 2;
/** Share of the line breaks inside blocks that must follow a near-margin line in a hard-wrapped text. */
const MIN_WRAPPED_SHARE = 0.5;

/** Characters enough to see a list marker: "(123) ". */
const LIST_MARKER_PEEK = 6;
/**
 * A list item or a dialogue line starts a new paragraph: "- item", "• item", "12. item", "a) item",
 * "b. item", "(3) item", "— Oui", "—Oui". Not "J. Smith": a capital and a period is more often an initial.
 */
const LIST_ITEM = /^(?:[–—―]|(?:[-*•‣◦▪]|\d{1,3}[.)]|[a-z][.)]|[A-Z]\)|\(\d{1,3}\)|\([a-zA-Z]\))(?:\s|$))/;

/**
 * Paragraph spans of running text, in order, trimmed of surrounding whitespace.
 * @param text - the whole input (any line ends: LF, CRLF, CR)
 * @returns one span per paragraph; blank and separator lines belong to none
 */
export function splitParagraphs(text: string): Span[] {
  const blocks = contentBlocks(text);
  const margin = wrapMargin(blocks);
  const paragraphs: Span[] = [];
  for (const block of blocks) {
    let first = block[0];
    if (first === undefined) continue;
    for (let i = 1; i < block.length; i++) {
      const line = block[i];
      const previous = block[i - 1];
      if (line === undefined || previous === undefined) continue;
      if (!continuesParagraph(text, previous, line, margin)) {
        paragraphs.push([first.contentStart, previous.contentEnd]);
        first = line;
      }
    }
    const last = block[block.length - 1];
    if (last !== undefined) paragraphs.push([first.contentStart, last.contentEnd]);
  }
  return paragraphs;
}

/** Runs of consecutive content lines: blank lines, separator lines and U+2029 end a run. */
function contentBlocks(text: string): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of splitLines(text)) {
    if (isBlank(line) || isSeparator(text, line)) {
      if (current.length) blocks.push(current);
      current = [];
      continue;
    }
    current.push(line);
    if (line.paragraphSeparator) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** Visual length of a line: its indentation and content, trailing whitespace excluded. */
function width(line: Line): number {
  return line.contentEnd - line.start;
}

/**
 * The right margin the text was hard-wrapped at, or undefined when it was not: the longest line
 * (of those followed by another line, under MAX_WRAP_WIDTH) if enough lines end near it.
 */
function wrapMargin(blocks: readonly Line[][]): number | undefined {
  const widths: number[] = [];
  for (const block of blocks) for (let i = 0; i + 1 < block.length; i++) widths.push(width(block[i]!));
  if (widths.length === 0) return undefined;
  let margin = 0;
  for (const w of widths) if (w <= MAX_WRAP_WIDTH && w > margin) margin = w;
  if (margin < MIN_WRAP_WIDTH) return undefined;
  let near = 0;
  for (const w of widths) if (w <= margin && w >= margin - WRAP_SLACK) near++;
  return near >= MIN_WRAPPED_LINES && near >= MIN_WRAPPED_SHARE * widths.length ? margin : undefined;
}

/** Whether `line` continues the paragraph of `previous` (a soft line break) rather than starting one. */
function continuesParagraph(text: string, previous: Line, line: Line, margin: number | undefined): boolean {
  if (LIST_ITEM.test(text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + LIST_MARKER_PEEK)))) return false;
  // First-line indentation marks a new paragraph in wrapped books.
  if (line.contentStart - line.start > previous.contentStart - previous.start) return false;
  // A line starting in lower case continues a sentence: "the first\nresponders". Not a header, not a new paragraph.
  if (charKind(text, line.contentStart) === 'lower') return true;
  if (margin === undefined) return false;
  // Wrapped if the next line's first word would not have fitted on this line.
  let wordEnd = line.contentStart;
  while (wordEnd < line.contentEnd && !isWhitespace(text.charCodeAt(wordEnd))) wordEnd++;
  return width(previous) + 1 + (wordEnd - line.contentStart) > margin;
}
