/**
 * Just enough PDF syntax for the budget to follow references: the objects of the file's text and
 * of its object streams by number, the value of one key of a dictionary (at its top level, past
 * nested dictionaries, arrays, strings and comments), and names with their `#xx` escapes read.
 * Every answer may be "don't know" (undefined): the budget then assumes the worst.
 */
import { partitionPoint } from '../sequence.js';

/** An object's text: its dictionary (a stream's, up to `stream`), array or value. */
export class PdfObjects {
  private readonly where = new Map<number, { source: string; start: number; end: number }>();
  /** Where each object of a source starts, in order: to find the object a position is in. */
  private readonly starts = new Map<string, { start: number; end: number }[]>();

  /** The file's text, indexed when first asked for (most files have no form, and no question). */
  private file: string | undefined;

  /** The objects written in `source` (the file's text: headers `n g obj` … `endobj`); a later one of a number replaces an earlier. */
  addFile(source: string): void {
    this.file = source;
  }

  private indexFile(): void {
    const source = this.file;
    if (source === undefined) return;
    this.file = undefined;
    // Indexed after the object streams: an object in both is the file's (written later, or a damaged stream's).
    const starts: { start: number; end: number }[] = [];
    for (const m of source.matchAll(/(\d+)\s+\d+\s+obj\b/gu)) {
      const start = m.index + m[0].length;
      this.where.set(Number(m[1]), { source, start, end: -1 });
      starts.push({ start, end: -1 });
    }
    this.starts.set(source, starts);
  }

  /** The objects of an object stream: `count` pairs of number and offset, then the objects from `first` on. */
  addObjectStream(source: string, first: number, count: number): void {
    const header = source.slice(0, first).trim().split(/\s+/u).map(Number);
    const starts: { start: number; end: number }[] = [];
    for (let i = 0; i < count && 2 * i + 1 < header.length; i++) {
      const number = header[2 * i]!;
      const start = first + header[2 * i + 1]!;
      const end = 2 * i + 3 < header.length ? first + header[2 * i + 3]! : source.length;
      if (!Number.isInteger(number) || !(start <= source.length)) continue;
      if (!this.where.has(number)) this.where.set(number, { source, start, end: Math.max(start, end) });
      starts.push({ start, end: Math.max(start, end) });
    }
    this.starts.set(source, starts.sort((a, b) => a.start - b.start));
  }

  /** The text of object `number`, or undefined when not found. */
  get(number: number): string | undefined {
    this.indexFile();
    const at = this.where.get(number);
    return at && text(at.source, at);
  }

  /** The text of the object that `position` of `source` is in, or undefined when before the first. */
  containing(source: string, position: number): string | undefined {
    this.indexFile();
    const starts = this.starts.get(source) ?? [];
    // The last object starting at or before `position`.
    const at = starts[partitionPoint(starts.length, (i) => starts[i]!.start <= position) - 1];
    return at && text(source, at);
  }

  /** A value, with a reference (`n g R`) followed to its object. */
  resolve(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const ref = /^\s*(\d+)\s+\d+\s+R\b/u.exec(value);
    return ref ? this.get(Number(ref[1])) : value;
  }
}

/** An object's text: in an object stream, between its offsets; in the file, up to its `endobj` or its stream's data, whichever comes first. */
function text(source: string, at: { start: number; end: number }): string {
  if (at.end >= 0) return source.slice(at.start, at.end);
  const ends = [source.indexOf('endobj', at.start), source.indexOf('stream', at.start)].filter((e) => e >= 0);
  return source.slice(at.start, ends.length ? Math.min(...ends) : source.length);
}

/** A character of a name or a keyword: any but white space and PDF's delimiters (a regular expression's source, for the budget's too). */
export const NAME_CHARACTER = String.raw`[^\s()<>[\]{}/%]`;
const IN_NAME = new RegExp(NAME_CHARACTER, 'u');

/**
 * The value of `key` in the first dictionary of `text`, at its top level, as text (a reference
 * `n g R`, a dictionary, an array, a name…), or undefined when the dictionary has no such key.
 */
export function entry(text: string, key: string): string | undefined {
  const open = text.indexOf('<<');
  if (open < 0) return undefined;
  for (let i = open + 2; ; ) {
    i = skipSpace(text, i);
    if (i >= text.length || text[i] !== '/') return undefined;
    const end = nameEnd(text, i + 1);
    const found = valueAt(text, end);
    if (pdfName(text.slice(i + 1, end)) === key) return text.slice(found.start, found.end);
    i = found.end;
  }
}

/** Where the value after `at` starts and ends: a reference, a dictionary or array (balanced), a string, or one token. */
function valueAt(text: string, at: number): { start: number; end: number } {
  const start = skipSpace(text, at);
  const ref = /^\d+\s+\d+\s+R\b/u.exec(text.slice(start, start + 40));
  if (ref) return { start, end: start + ref[0].length };
  let depth = 0;
  for (let i = start; i < text.length; ) {
    if (text[i] === '(') i = skipString(text, i);
    else if (text[i] === '%') i = skipSpace(text, i);
    else if (text.startsWith('<<', i) || text[i] === '[') {
      depth++;
      i += text[i] === '[' ? 1 : 2;
    } else if (text.startsWith('>>', i) || text[i] === ']') {
      depth--;
      i += text[i] === ']' ? 1 : 2;
    } else if (text[i] === '<') i = text.indexOf('>', i) < 0 ? text.length : text.indexOf('>', i) + 1;
    else if (depth > 0) i++;
    else i = nameEnd(text, text[i] === '/' ? i + 1 : i);
    if (depth <= 0) return { start, end: Math.max(i, start + 1) };
  }
  return { start, end: text.length };
}

/** Past white space and comments. */
function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    if (/\s/u.test(text[i]!)) i++;
    else if (text[i] === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    else break;
  }
  return i;
}

/** Past a literal string `(…)` starting at `at`: nested parentheses balance, `\` escapes the next character. */
function skipString(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Where the name or keyword going on at `at` ends: at the first delimiter or white space, or the end of `text`. */
export function nameEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && IN_NAME.test(text[i]!)) i++;
  return i;
}

/** A name as written (without its `/`), its `#xx` escapes read: `F#6d1` is `Fm1`. */
export function pdfName(written: string): string {
  return written.includes('#') ? written.replace(/#([0-9a-fA-F]{2})/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : written;
}

/** The object numbers of the references (`n g R`) in a value. */
export function references(text: string | undefined): number[] {
  return text === undefined ? [] : [...text.matchAll(/(\d+)\s+\d+\s+R\b/gu)].map((m) => Number(m[1]));
}
