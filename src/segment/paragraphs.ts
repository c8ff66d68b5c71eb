/**
 * Paragraphs of running text. Blank lines and separator lines (`*****`) always end a paragraph.
 * Between two consecutive content lines it depends on the text:
 * - hard-wrapped prose ("...the first\nresponders helping...") is one paragraph whose lines were
 *   cut at a fixed width: a line break is a wrap when the next line's first word would not have
 *   fitted on the line;
 * - a block of short lines (a place, a date, a title, a signature: "New York\n30 July 2020") is one
 *   paragraph per line, and so is a text written one paragraph per line.
 * Whether a text is hard-wrapped at all is decided once, from all its lines: most lines that are
 * followed by another end close to the same right margin. Widths are measured both in characters
 * and in UTF-8 bytes, since `fold` and `fmt` count bytes: "une belle journée d'été" is 23
 * characters but 26 bytes, so a line with accents ends short of the margin in characters.
 */
import type { Span } from '../types.js';
import { charKind, isClosingBracket, isClosingQuote, isDigit, isEllipsis, isFullStop, isWhitespace, isWordChar } from './chars.js';
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

/**
 * Room a wrapped word needs after it: `fold -s` keeps the space that follows the last word on the
 * line, so a word that would end exactly at the margin goes to the next line.
 */
const TRAILING_SPACE = 1;

/** The right margin of a hard-wrapped text, in UTF-16 code units and in UTF-8 bytes. */
interface Margin {
  readonly chars: number;
  readonly bytes: number;
}

/**
 * Marks that end or continue a sentence and never start a paragraph, so a line starting with one
 * continues the previous line's paragraph: `, ; : ! ? ` (and closing brackets). Example: tokenised
 * "un jardin , un verger" folded as "un jardin\n, un verger", or French typography "Comment\n? dit-il".
 */
const CONTINUING_MARKS = new Set([0x2c, 0x3b, 0x3a, 0x21, 0x3f]);

/**
 * Words after which no sentence ends, in the languages whose rules bitext bundles (articles,
 * prepositions, conjunctions, possessives): a line ending with one goes on over the next line
 * whatever the width ("…please contact the\nOffice of the Spokesperson", a line hand-wrapped
 * short of the margin before a capital word). Verbs and pronouns are left out ("as it was", "Así es").
 */
const NEVER_FINAL = new Set(
  [
    'the a an of to and or nor for with from at by into onto upon than our your their its my',
    'le la les un une des du de au aux à et ou pour par avec sur dans sans sous chez entre vers que qui dont ce cette ces son sa ses leur leurs notre votre nos vos mon ma mes',
    'der die das den dem des ein eine einen einem einer und oder mit von zu zur zum für auf im vom',
    'el los las una unos unas y con para por del al',
  ]
    .join(' ')
    .split(' '),
);
/** Letters at the end of a line, for NEVER_FINAL. */
const LAST_WORD = /(?<![\p{L}\p{M}'’-])[\p{Ll}\p{M}]+$/u;
/** Characters enough to see a line's last word. */
const LAST_WORD_PEEK = 16;

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
  const margin = wrapMargin(text, blocks);
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

/** UTF-8 length of `text` from `start` to `end` (a surrogate pair is 2 + 2 = 4 bytes). */
function utf8Length(text: string, start: number, end: number): number {
  let n = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/**
 * The right margin the text was hard-wrapped at, or undefined when it was not: the longest line
 * (of those followed by another line, under MAX_WRAP_WIDTH) if enough lines end near it. Its byte
 * counterpart is the longest such line in bytes.
 */
function wrapMargin(text: string, blocks: readonly Line[][]): Margin | undefined {
  const widths: number[] = [];
  let bytes = 0;
  for (const block of blocks) {
    for (let i = 0; i + 1 < block.length; i++) {
      const line = block[i]!;
      const w = width(line);
      widths.push(w);
      if (w <= MAX_WRAP_WIDTH) bytes = Math.max(bytes, utf8Length(text, line.start, line.contentEnd));
    }
  }
  if (widths.length === 0) return undefined;
  let margin = 0;
  for (const w of widths) if (w <= MAX_WRAP_WIDTH && w > margin) margin = w;
  if (margin < MIN_WRAP_WIDTH) return undefined;
  let near = 0;
  for (const w of widths) if (w <= margin && w >= margin - WRAP_SLACK) near++;
  return near >= MIN_WRAPPED_LINES && near >= MIN_WRAPPED_SHARE * widths.length ? { chars: margin, bytes } : undefined;
}

/**
 * The line starts with punctuation that closes or continues a sentence, so it cannot start a
 * paragraph: `, ; : ! ? ) ] }` always; in a hard-wrapped text also a period or an ellipsis not
 * followed by a word ("\n. Puis", but not ".NET" or ".5 mm") and a closing quote standing apart
 * from the next word ("\n» dit-il", but not German "»Was"; French also opens a paragraph inside a
 * long quotation with "» Et", which only the margin test can tell, so that one needs a wrapped text).
 */
function startsWithClosingPunctuation(text: string, line: Line, wrapped: boolean): boolean {
  const c = text.charCodeAt(line.contentStart);
  if (CONTINUING_MARKS.has(c) || isClosingBracket(c)) return true;
  if (!wrapped || !(isFullStop(c) || isEllipsis(c) || isClosingQuote(c))) return false;
  const next = line.contentStart + 1;
  return next >= line.contentEnd || !(isWordChar(text, next) || isDigit(text.charCodeAt(next)));
}

/** Whether `line` continues the paragraph of `previous` (a soft line break) rather than starting one. */
function continuesParagraph(text: string, previous: Line, line: Line, margin: Margin | undefined): boolean {
  if (LIST_ITEM.test(text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + LIST_MARKER_PEEK)))) {
    // In a wrapped text, what looks like a list marker may be a word carried over from a line that stopped
    // mid-sentence: "...de 2\nc. à soupe", "...à 13 h\n05.", "...from 1 to\n5.". A list or a reply follows
    // a line ending in punctuation ("following:\n- apples", "dit-il.\n— Oui").
    return margin !== undefined && endsInsideSentence(text, previous) && firstWordWrapped(text, previous, line, margin);
  }
  // First-line indentation marks a new paragraph in wrapped books.
  if (line.contentStart - line.start > previous.contentStart - previous.start) return false;
  // A line starting in lower case continues a sentence: "the first\nresponders". Not a header, not a new paragraph.
  if (charKind(text, line.contentStart) === 'lower') return true;
  if (endsWithNeverFinalWord(text, previous)) return true;
  if (startsWithClosingPunctuation(text, line, margin !== undefined)) return true;
  return margin !== undefined && firstWordWrapped(text, previous, line, margin);
}

/** The line ends with a word after which no sentence ends ("contact the"). */
function endsWithNeverFinalWord(text: string, line: Line): boolean {
  const word = LAST_WORD.exec(text.slice(Math.max(line.contentStart, line.contentEnd - LAST_WORD_PEEK), line.contentEnd))?.[0];
  return word !== undefined && NEVER_FINAL.has(word.normalize('NFC'));
}

/** The line ends on a letter or a digit, so its sentence goes on: "at 13 h", "from 1 to". */
function endsInsideSentence(text: string, line: Line): boolean {
  const last = line.contentEnd - 1;
  return isWordChar(text, last) || isDigit(text.charCodeAt(last));
}

/** The first word of `line` would not have fitted at the end of `previous`, counted in characters or in bytes. */
function firstWordWrapped(text: string, previous: Line, line: Line, margin: Margin): boolean {
  let wordEnd = line.contentStart;
  while (wordEnd < line.contentEnd && !isWhitespace(text.charCodeAt(wordEnd))) wordEnd++;
  if (width(previous) + 1 + (wordEnd - line.contentStart) + TRAILING_SPACE > margin.chars) return true;
  const previousBytes = utf8Length(text, previous.start, previous.contentEnd);
  return previousBytes + 1 + utf8Length(text, line.contentStart, wordEnd) + TRAILING_SPACE > margin.bytes;
}
