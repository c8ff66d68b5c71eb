/**
 * A bilingual file as the layout search reads it: its content lines, the gaps between them (a line
 * break, blank lines, a separator line), its paragraphs, the atoms whose language is judged (a
 * sentence, or the part of a sentence on one line), and the delimiters inside lines (a TAB, ` / `,
 * ` | `) at which a line may hold a text and its translation side by side.
 */
import { readSentenceLines, splitParagraphs, splitSentences } from '../segment/index.js';
import { isBlank, isSeparator, splitLines } from '../segment/lines.js';
import type { InputKind, Span } from '../types.js';
import { partitionPoint } from '../sequence.js';

/** What lies between two consecutive content lines, weakest first. */
export const GAPS = ['line', 'blank', 'separator'] as const;
export type Gap = (typeof GAPS)[number];

/**
 * Where an atom starts relative to the one before it: on the next line inside the same sentence
 * (`inside`), at a sentence start inside a line (`sentence`), at a sentence start on the next line
 * of its paragraph (`wrap`), or in a new paragraph after a gap.
 */
export type Boundary = 'inside' | 'sentence' | 'wrap' | Gap;

/** How two texts can sit side by side on one line. */
export const DELIMITERS = ['tab', 'slash', 'bar'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** One occurrence of a delimiter in a line: the span it covers (spaces around it included). */
export interface DelimiterAt {
  readonly kind: Delimiter;
  readonly span: Span;
}

/** A line holding text (not blank, not a separator). */
export interface ContentLine {
  /** 1-based line number in the file, as editors count (for messages). */
  readonly number: number;
  /** Its trimmed content. */
  readonly span: Span;
  /** What lies between it and the previous content line (`blank` for the first line). */
  readonly gap: Gap;
  /** Line number of the separator line in that gap, when there is one. */
  readonly separatorLine?: number;
  /** Index of the paragraph holding it. */
  readonly paragraph: number;
  /** Delimiters inside the line, in order. */
  readonly delimiters: readonly DelimiterAt[];
}

/** A paragraph: consecutive content lines. */
export interface TextParagraph {
  readonly span: Span;
  /** Its content lines, `[first, end)` indices into `LayoutText.lines`. */
  readonly lines: readonly [first: number, end: number];
}

/** A piece of text whose language is judged on its own: a sentence, or the part of it on one line. */
export interface Atom {
  readonly span: Span;
  /** Index of its content line (the line it starts on). */
  readonly line: number;
  readonly paragraph: number;
  /** How it is separated from the atom before it. */
  readonly boundary: Boundary;
}

/** The structure of a bilingual file. */
export interface LayoutText {
  readonly text: string;
  readonly input: InputKind;
  readonly lines: readonly ContentLine[];
  readonly paragraphs: readonly TextParagraph[];
  readonly atoms: readonly Atom[];
}

/**
 * A TAB (or a run of them, with spaces around), or ` / ` and ` | ` with a space on each side (or
 * at the end or start of a line, where a hard-wrapped line pair was cut just after or before it):
 * "a/b" and "http://x/y" are words, "and / or" is not a line pair but looks like one (the layout
 * search weighs the languages on each side before believing it).
 */
const DELIMITER = /[ \u00a0]*\t[\t \u00a0]*| {1,3}\/ {1,3}| {1,3}\| {1,3}| {1,3}[/|]$|^[/|] {1,3}/gu;

function delimitersOf(text: string, span: Span): DelimiterAt[] {
  const out: DelimiterAt[] = [];
  DELIMITER.lastIndex = 0;
  const line = text.slice(span[0], span[1]);
  for (let m = DELIMITER.exec(line); m; m = DELIMITER.exec(line)) {
    const kind: Delimiter = m[0].includes('\t') ? 'tab' : m[0].includes('/') ? 'slash' : 'bar';
    out.push({ kind, span: [span[0] + m.index, span[0] + m.index + m[0].length] });
  }
  return out;
}

/**
 * A sentence-final mark with its closing quotes and brackets (French ones after a space) and the space after it, or a colon
 * before a capital, a quote or a dash ("he cried: Une envie folle…" switches there).
 */
const STOP = /[.!?…]+(?:[ \u00a0\u202f]?["'”’»)\]])*\s+(?![»”’)\]])|[:;]\s+(?=[\p{Lu}«"“—–-])/gu;

/** Closing quotes and brackets at the start of an atom, and the space after them. */
const CLOSERS = /^[»”’)\]]+\s+/u;

/** A letter or a digit: what an atom needs to say anything of its language. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * A closing quote that the sentence rules left at the start of the next sentence ("ancêtres. »
 * All agreed…" cut before the "»") goes back to the sentence it closes, when both are on one line;
 * an atom of punctuation alone joins the one before it in its paragraph.
 */
function closeQuote(atoms: Atom[], text: string): void {
  const last = atoms[atoms.length - 1]!;
  const previous = atoms[atoms.length - 2];
  if (!previous || previous.paragraph !== last.paragraph) return;
  if (!WORDLIKE.test(text.slice(last.span[0], last.span[1]))) {
    atoms.pop();
    atoms[atoms.length - 1] = { ...previous, span: [previous.span[0], last.span[1]] };
    return;
  }
  if (previous.line !== last.line) return;
  // Only across whitespace: the atom follows the previous one directly.
  const closers = CLOSERS.exec(text.slice(last.span[0], last.span[1]));
  if (!closers || last.span[0] + closers[0].length >= last.span[1]) return;
  const end = last.span[0] + closers[0].trimEnd().length;
  atoms[atoms.length - 2] = { ...previous, span: [previous.span[0], end] };
  atoms[atoms.length - 1] = { ...last, span: [last.span[0] + closers[0].length, last.span[1]] };
}

/** Content lines of running text with the gaps between them. */
function contentLines(text: string, paragraphOf: (offset: number) => number): ContentLine[] {
  const out: ContentLine[] = [];
  let gap: Gap = 'blank';
  let separatorLine: number | undefined;
  splitLines(text).forEach((line, i) => {
    if (isBlank(line)) {
      if (gap === 'line') gap = 'blank';
      return;
    }
    if (isSeparator(text, line)) {
      gap = 'separator';
      separatorLine = i + 1;
      return;
    }
    const span: Span = [line.contentStart, line.contentEnd];
    out.push({
      number: i + 1,
      span,
      gap,
      ...(gap === 'separator' && separatorLine !== undefined && { separatorLine }),
      paragraph: paragraphOf(span[0]),
      delimiters: delimitersOf(text, span),
    });
    gap = line.paragraphSeparator ? 'blank' : 'line';
    separatorLine = undefined;
  });
  return out;
}

/** Index of the span holding `offset`, for ascending disjoint spans (binary search). */
function indexOfSpan(spans: readonly Span[], offset: number): number {
  return Math.max(0, partitionPoint(spans.length, (k) => spans[k]![0] <= offset) - 1);
}

/**
 * Index of the first of `items` (in text order, disjoint) that ends after `offset`: where a walk
 * over the items a span overlaps starts (binary search).
 */
export function firstEndingAfter(items: readonly { readonly span: Span }[], offset: number): number {
  return partitionPoint(items.length, (k) => items[k]!.span[1] <= offset);
}

/**
 * Read the structure of a bilingual file.
 *
 * Running text: paragraphs as `splitParagraphs` finds them; atoms are the sentences of each
 * paragraph (rules of every bundled language), cut again at line ends, so that a French line glued
 * to an English one by the hard-wrap rules is still judged apart. Pre-split input: paragraphs are
 * groups of lines between blank lines, and every line is an atom.
 *
 * @param text the whole file
 * @param input how the file is read
 * @param paragraphs its paragraphs when known already (a structured document's blocks), in order
 */
export function readLayoutText(text: string, input: InputKind, paragraphs?: readonly Span[]): LayoutText {
  const spans: readonly Span[] =
    paragraphs ?? (input === 'text' ? splitParagraphs(text) : readSentenceLines(text).map((lines) => [lines[0]![0], lines[lines.length - 1]![1]] as Span));
  const lines = contentLines(text, (offset) => indexOfSpan(spans, offset));
  const found: TextParagraph[] = [];
  let first = 0;
  spans.forEach((span, p) => {
    let end = first;
    while (end < lines.length && lines[end]!.paragraph === p) end++;
    found.push({ span, lines: [first, end] });
    first = end;
  });
  const atoms: Atom[] = [];
  for (let p = 0; p < found.length; p++) {
    const { span, lines: range } = found[p]!;
    const sentences = input === 'text' ? splitSentences(text, span) : lines.slice(range[0], range[1]).map((l) => l.span);
    let line = range[0];
    for (const [start, end] of sentences) {
      let from = start;
      for (;;) {
        while (line + 1 < range[1] && lines[line + 1]!.span[0] <= from) line++;
        const to = Math.min(end, lines[line]!.span[1]);
        if (to > from) {
          const boundary: Boundary =
            atoms.length === 0 || atoms[atoms.length - 1]!.paragraph !== p ? lines[range[0]]!.gap : from !== start ? 'inside' : lines[line]!.span[0] === from ? 'wrap' : 'sentence';
          let piece = from;
          if (input === 'text') {
            // Every sentence-final mark is a place the language may change, even where the rules of
            // one language join the sentences (". – « Sire" continues an English reply in French rules).
            STOP.lastIndex = 0;
            const slice = text.slice(from, to);
            for (let m = STOP.exec(slice); m; m = STOP.exec(slice)) {
              const cut = from + m.index + m[0].length;
              if (cut >= to) break;
              atoms.push({ span: [piece, from + m.index + m[0].trimEnd().length], line, paragraph: p, boundary: piece === from ? boundary : 'sentence' });
              closeQuote(atoms, text);
              piece = cut;
            }
          }
          atoms.push({ span: [piece, to], line, paragraph: p, boundary: piece === from ? boundary : 'sentence' });
          closeQuote(atoms, text);
        }
        if (to >= end || line + 1 >= range[1]) break;
        from = lines[line + 1]!.span[0];
      }
    }
  }
  return { text, input, lines, paragraphs: found, atoms };
}
