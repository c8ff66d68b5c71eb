/**
 * Build Documents from decoded text: the one place where segment's spans become
 * the Sentence/Paragraph records every later stage reads.
 *
 * Memory: a million-sentence side would cost some 160 bytes of heap per sentence as plain records
 * (the record, a `[start, end]` array, a sliced string), most of a gigabyte for both sides of a
 * large bitext. Sentences are therefore records of their `index` and `paragraph` whose `text` and
 * `span` are enumerable accessors reading two typed arrays and the input text (48 bytes a
 * sentence): they look and compare like plain records (spread, JSON, deep equality), but each read
 * of `span` gives a new array and each read of `text` a new slice.
 *
 * The text they read is the input itself, or a one-byte copy of it (see `textSource`): an English
 * text with a few curly apostrophes is a two-byte string, twice its size, for their sake.
 */
import { Buffer } from 'node:buffer';
import { readSentenceLines, readSentenceLineTable, type SegmentedParagraph, segmentText, tidySentenceText } from '../segment/index.js';
import { isWhitespace } from '../segment/chars.js';
import type { BlockKind, Document, InputKind, Lang, Paragraph, Sentence, Span, TimeSpan } from '../types.js';
import { partitionPoint } from '../sequence.js';

/**
 * A paragraph as segmentation sees it before numbering: its span and its sentence spans, and for
 * a structured document the kind of block it comes from (and a cue's time span).
 */
export type ParagraphSpans = SegmentedParagraph & { readonly kind?: BlockKind; readonly time?: TimeSpan };

/** What a structured document's paragraph carries besides its span. */
type ParagraphExtras = Pick<Paragraph, 'kind' | 'time'>;

/** Paragraph spans of `text` read as `input`, with sentences split by `lang`'s rules (running text only). */
export function segmentParagraphs(text: string, input: InputKind, lang: Lang | undefined, paragraphs?: readonly Span[]): ParagraphSpans[] {
  if (input === 'sentences') {
    return readSentenceLines(text).map((sentences) => ({ span: spanOfLines(sentences), sentences }));
  }
  return segmentText(text, lang, paragraphs);
}

/**
 * The Document of `text` read as `input`: `numberDocument(text, segmentParagraphs(text, input, lang), name, lang)`,
 * with pre-split input read straight into typed arrays (no record per line).
 */
export function buildDocument(text: string, input: InputKind, lang: Lang, name: string): Document {
  if (input === 'text') return numberDocument(text, segmentText(text, lang), name, lang);
  const { starts, ends, paragraphStarts } = readSentenceLineTable(text);
  const paragraphs = paragraphStarts.length - 1;
  // Every line read holds a character that is not blank, so none is dropped: spans stay as read,
  // and paragraph p spans its lines.
  const spans: Span[] = [];
  for (let p = 0; p < paragraphs; p++) spans.push([starts[paragraphStarts[p]!]!, ends[paragraphStarts[p + 1]! - 1]!]);
  return numbered(text, name, lang, starts, ends, paragraphStarts, spans);
}

/** Number paragraphs and sentences in reading order; sentences with no text are dropped. */
export function numberDocument(text: string, paragraphs: readonly ParagraphSpans[], name: string, lang: Lang): Document {
  let total = 0;
  for (const p of paragraphs) total += p.sentences.length;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const firsts: number[] = [];
  const spans: Span[] = [];
  const extras: ParagraphExtras[] = [];
  let count = 0;
  for (const p of paragraphs) {
    const first = count;
    for (const [start, end] of p.sentences) {
      if (!hasText(text, start, end)) continue;
      starts[count] = start;
      ends[count++] = end;
    }
    if (count > first) {
      firsts.push(first);
      spans.push(p.span);
      extras.push({ ...(p.kind && { kind: p.kind }), ...(p.time && { time: p.time }) });
    }
  }
  firsts.push(count);
  return numbered(text, name, lang, starts.subarray(0, count), ends.subarray(0, count), Int32Array.from(firsts), spans, extras);
}

/** Whether `sentenceText` of the span is not empty: it holds something other than whitespace. */
function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhitespace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * A Document from kept sentences: sentence k is `[starts[k], ends[k])`, paragraph p holds
 * sentences `[firsts[p], firsts[p + 1])` and spans `spans[p]`.
 */
function numbered(
  text: string,
  name: string,
  lang: Lang,
  starts: Int32Array,
  ends: Int32Array,
  firsts: Int32Array,
  spans: readonly Span[],
  extras?: readonly ParagraphExtras[],
): Document {
  const paragraphs: Paragraph[] = spans.map((span, p) => ({ index: p, span, sentences: [firsts[p]!, firsts[p + 1]!], ...extras?.[p] }));
  const source = textSource(text);
  // Whether sentence k's slice is its text as it stands (1) or needs its whitespace tidied (2),
  // once known (0 before the first read): the test is a regex, and every stage reads every text.
  const tidy = new Uint8Array(starts.length);
  // One accessor pair per document, shared by all its sentences (and so by one hidden class).
  const textOf: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: { readonly index: number }): string {
      const k = this.index;
      const slice = sliceOf(source, starts[k]!, ends[k]!);
      if (tidy[k] === 1) return slice;
      const t = tidySentenceText(slice);
      tidy[k] = t === slice ? 1 : 2;
      return t;
    },
  };
  const spanOf: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: { readonly index: number }): Span {
      return [starts[this.index]!, ends[this.index]!];
    },
  };
  const Record = recordConstructor();
  const sentences: Sentence[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    for (let k = firsts[p]!; k < firsts[p + 1]!; k++) {
      const sentence = new Record(k, p);
      Object.defineProperty(sentence, 'text', textOf);
      Object.defineProperty(sentence, 'span', spanOf);
      sentences.push(sentence as Sentence);
    }
  }
  return { name, lang, paragraphs, sentences };
}

/**
 * Texts with more characters above U+00FF than this share stay as they are. Below it, a one-byte
 * copy plus the positions and code units of those characters (6 bytes each) is far smaller than
 * the two-byte text (2 bytes a character), and a sentence holding one is rebuilt from a few pieces.
 * English and Romance-language prose (curly quotes, dashes, œ) is well under 1 %; Greek or Russian
 * is nearly all above.
 */
const MAX_WIDE_SHARE = 1 / 32;

/**
 * The text sentences read: `text`, or a one-byte copy of it in which each character above U+00FF
 * (a code unit: surrogates too) is patched back from `wideAt`/`wideUnits` on reading.
 */
interface TextSource {
  readonly text: string;
  /** Ascending positions of the code units above U+00FF, when `text` is the one-byte copy. */
  readonly wideAt: Int32Array;
  readonly wideUnits: Uint16Array;
}

const NO_WIDE = { wideAt: new Int32Array(0), wideUnits: new Uint16Array(0) };

/**
 * What the sentences of `text` read from. V8 stores a string with any character above U+00FF with
 * two bytes a character: the 123 MB English file of the speed bench, with its 60 000 ’, is a 246 MB
 * string, the largest object of a million-sentence run. A copy is only worth it when the input
 * itself can go (the CLI lets it go once the Documents are built); a caller who keeps it holds
 * both, and the copy is still smaller than the per-sentence slices and spans it replaces.
 */
function textSource(text: string): TextSource {
  // Code units, not characters (no `u` flag, which also makes the scan 8 times slower): each half
  // of a surrogate pair is recorded and patched back on its own.
  const wide = /[^\u0000-\u00ff]/g;
  const at: number[] = [];
  const limit = text.length * MAX_WIDE_SHARE;
  for (let m = wide.exec(text); m; m = wide.exec(text)) {
    if (at.length >= limit) return { text, ...NO_WIDE };
    at.push(m.index);
  }
  // A string whose characters all fit one byte is one-byte already when decoded (or too small to matter).
  if (!at.length) return { text, ...NO_WIDE };
  return {
    // Latin-1 keeps the low byte of each code unit: exact below U+0100, patched above.
    text: Buffer.from(text, 'latin1').toString('latin1'),
    wideAt: Int32Array.from(at),
    wideUnits: Uint16Array.from(at, (i) => text.charCodeAt(i)),
  };
}

/** `text.slice(start, end)` of the original text. */
function sliceOf(source: TextSource, start: number, end: number): string {
  const { text, wideAt, wideUnits } = source;
  const lo = partitionPoint(wideAt.length, (k) => wideAt[k]! < start);
  if (lo === wideAt.length || wideAt[lo]! >= end) return text.slice(start, end);
  let out = '';
  let from = start;
  for (let k = lo; k < wideAt.length && wideAt[k]! < end; k++) {
    out += text.slice(from, wideAt[k]!) + String.fromCharCode(wideUnits[k]!);
    from = wideAt[k]! + 1;
  }
  return out + text.slice(from, end);
}

/**
 * A constructor of plain records `{ index, paragraph }` (their prototype is Object.prototype, as a
 * literal's), new for each document. V8 gives the instances of each constructor their own hidden
 * class; were the records of two documents made from one (say, one object literal), adding the
 * second document's accessors would clash with the first's and turn every record of the second
 * into a slow dictionary object, three times larger.
 */
function recordConstructor(): new (index: number, paragraph: number) => { readonly index: number; readonly paragraph: number } {
  const Record = function (this: { index: number; paragraph: number }, index: number, paragraph: number) {
    this.index = index;
    this.paragraph = paragraph;
  };
  Record.prototype = Object.prototype;
  return Record as unknown as new (index: number, paragraph: number) => { readonly index: number; readonly paragraph: number };
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
