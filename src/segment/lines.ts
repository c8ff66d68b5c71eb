/**
 * Lines of a text with their offsets, and what a line is: blank, a separator (`*****`), or content.
 * Line ends: LF, CRLF, CR, U+2028; U+2029 (paragraph separator) ends a line and counts as a blank line.
 */
import type { Span } from '../types.js';
import { isBlankChar } from './chars.js';

/** One line of the input. */
export interface Line {
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset just past the line's last character, line terminator excluded. */
  readonly end: number;
  /** Offset of the first character that is not blank (`isBlankChar`: whitespace or U+200B), `end` when blank. */
  readonly contentStart: number;
  /** Offset just past the last character that is not blank, `start` when blank. */
  readonly contentEnd: number;
  /** The line was ended by U+2029, an explicit paragraph separator. */
  readonly paragraphSeparator: boolean;
}

/**
 * Split running text into lines with offsets, at every line terminator (pre-split files end lines
 * at LF only: see `readSentenceLineTable`). The last line is included even when empty only if the
 * text does not end with a line terminator.
 * @param text - any text
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    const lineEnd = c === -1 || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
    if (!lineEnd) continue;
    if (c === -1 && start === n) break;
    let contentStart = start;
    while (contentStart < i && isBlankChar(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = i;
    while (contentEnd > contentStart && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ start, end: i, contentStart, contentEnd: contentEnd > contentStart ? contentEnd : start, paragraphSeparator: c === 0x2029 });
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  return lines;
}

/** The line holds only whitespace (spaces, tabs, no-break spaces U+00A0/U+202F…) and zero-width spaces (U+200B, U+FEFF). */
export function isBlank(line: Line): boolean {
  return line.contentStart >= line.end;
}

/**
 * Marks that scene breaks and rules are drawn with: `* - = _ ~ # + • · .`, box-drawing or
 * ornamental glyphs, and rows of quotation marks (`""""""`, a rule some editors draw).
 */
const SEPARATOR_MARKS = new Set('*-=_~#+•·.‐‑‒–—―─━═⁂❧☙❦✱✳✶✦✧◆◇●○■□▪▫♦/\\|<>^°"\'`‘’“”„«»‹›※§¶'.split(''));
/** Glyphs that are a separator on their own: the asterism, the fleurons, the reference mark, the section and paragraph signs. */
const SEPARATOR_GLYPHS = new Set('⁂❧☙❦※§¶'.split(''));
/** Marks needed to call a line a separator: `***` or `* * *` yes, a lone `-` or `.` (a reply, an omission) no. */
const MIN_SEPARATOR_MARKS = 3;

/**
 * The line is a separator drawn with punctuation (`*****`, `---`, `===`, `* * *`, `⁂`): a paragraph
 * boundary, never a sentence.
 */
export function isSeparator(text: string, line: Line): boolean {
  if (isBlank(line)) return false;
  let marks = 0;
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (isBlankChar(c)) continue;
    const ch = text[i] ?? '';
    if (SEPARATOR_GLYPHS.has(ch)) marks += MIN_SEPARATOR_MARKS;
    else if (SEPARATOR_MARKS.has(ch)) marks++;
    else return false;
  }
  return marks >= MIN_SEPARATOR_MARKS;
}

/** Sentence lines of pre-split input in typed arrays: what `readSentenceLines` gives, without an object per line. */
export interface SentenceLineTable {
  /** Sentence k is the trimmed line `[starts[k], ends[k])`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Paragraph p holds sentences `[paragraphStarts[p], paragraphStarts[p + 1])`; one entry more than there are paragraphs. */
  readonly paragraphStarts: Int32Array;
}

const LF = 0x0a;

/**
 * Read pre-split input into typed arrays (see `readSentenceLines` for what a line is). A million
 * lines cost 8 MB here, where `[start, end]` pairs and line records would cost some 150 MB of heap,
 * most of it garbage to collect. Lines are found with `indexOf`, so a line's characters are only
 * read at its two ends.
 * @param text - the whole input
 */
export function readSentenceLineTable(text: string): SentenceLineTable {
  const n = text.length;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  if (n > 0 && text.charCodeAt(n - 1) !== LF) lines++;
  const starts = new Int32Array(lines);
  const ends = new Int32Array(lines);
  // A paragraph needs a sentence, and a sentence a line, so there are at most `lines` paragraphs.
  const paragraphStarts = new Int32Array(lines + 1);
  let sentences = 0;
  let paragraphs = 0;
  let open = false;
  for (let start = 0; start < n; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let contentStart = start;
    while (contentStart < end && isBlankChar(text.charCodeAt(contentStart))) contentStart++;
    if (contentStart < end) {
      let contentEnd = end;
      while (isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--;
      if (!open) {
        paragraphStarts[paragraphs++] = sentences;
        open = true;
      }
      starts[sentences] = contentStart;
      ends[sentences++] = contentEnd;
    } else {
      open = false;
    }
    start = end + 1;
  }
  paragraphStarts[paragraphs] = sentences;
  return {
    starts: starts.subarray(0, sentences),
    ends: ends.subarray(0, sentences),
    paragraphStarts: paragraphStarts.slice(0, paragraphs + 1),
  };
}

/**
 * Read pre-split input: one sentence per line, a blank line (only whitespace or zero-width spaces) between paragraphs;
 * exactly what `bitext split` writes. Every other line is a sentence, whatever it holds (a gold
 * file may have a sentence "....."), so that line numbers stay sentence numbers.
 * Lines end at LF only (CRLF too, its CR being whitespace), as `wc -l` and the gold files count them.
 * @param text - the whole input
 * @returns sentence spans (trimmed) grouped by paragraph; no empty group
 */
export function readSentenceLines(text: string): Span[][] {
  const { starts, ends, paragraphStarts } = readSentenceLineTable(text);
  const paragraphs: Span[][] = [];
  for (let p = 0; p + 1 < paragraphStarts.length; p++) {
    const lines: Span[] = [];
    for (let k = paragraphStarts[p]!; k < paragraphStarts[p + 1]!; k++) lines.push([starts[k]!, ends[k]!]);
    paragraphs.push(lines);
  }
  return paragraphs;
}
