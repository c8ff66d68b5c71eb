/**
 * A dictionary's terms packed flat: every term's UTF-16 code units in one array, and where each
 * term starts, instead of a string per term in arrays of arrays. FreeDict eng-deu has 1.2
 * million terms (16 million code units) in 447 000 entries: as strings in arrays of arrays they
 * held 270 MB of heap after a full collection, and every worker thread of `bitext batch` received
 * its own copy; packed, they take 38 MB, in buffers that threads share (SharedArrayBuffer where
 * the platform has it: a structured clone of a view on one shares the memory instead of copying
 * it). Pure.
 */

/** Terms by slot: slot k is `chars[start[k] .. start[k + 1])`. */
export interface TermTable {
  /** The terms' UTF-16 code units, one after the other. */
  readonly chars: Uint16Array;
  /** Where each term starts in `chars`, and one past the last: `count + 1` offsets. */
  readonly start: Int32Array;
  /** The terms' keys under a prefix, when worked out in advance for the run (keys.ts). */
  readonly keyed?: TermKeys;
}

/**
 * Memory threads can share when the platform has it; a browser page that is not cross-origin
 * isolated has no SharedArrayBuffer, and the buffers are then plain (still flat).
 */
const Shared: { new (bytes: number): ArrayBufferLike } = typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : ArrayBuffer;

/** A copy of `array`'s first `length` values in a buffer threads can share. */
function sharedCopy<T extends Int32Array | Uint16Array>(array: T, length: number, make: (buffer: ArrayBufferLike) => T): T {
  const out = make(new Shared(length * array.BYTES_PER_ELEMENT));
  out.set(array.subarray(0, length));
  return out;
}

/** A copy of `array`'s first `length` values in a buffer threads can share. */
export function sharedInt32(array: Int32Array, length = array.length): Int32Array {
  return sharedCopy(array, length, (buffer) => new Int32Array(buffer));
}

/** Code units decoded at once: `String.fromCharCode` takes them as arguments, and arguments are bounded. */
const DECODE_CHUNK = 4096;

/** How many terms a table holds. */
export function termCount(table: TermTable): number {
  return table.start.length - 1;
}

/** The term in slot `k`. */
export function termText(table: TermTable, k: number): string {
  const { chars, start } = table;
  const a = start[k]!;
  const b = start[k + 1]!;
  if (b - a <= DECODE_CHUNK) return String.fromCharCode.apply(null, chars.subarray(a, b) as unknown as number[]);
  let out = '';
  for (let i = a; i < b; i += DECODE_CHUNK) out += String.fromCharCode.apply(null, chars.subarray(i, Math.min(b, i + DECODE_CHUNK)) as unknown as number[]);
  return out;
}

/** Whether the term in slot `k` is `text`, without decoding it. */
export function termIs(table: TermTable, k: number, text: string): boolean {
  const a = table.start[k]!;
  if (table.start[k + 1]! - a !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (table.chars[a + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Whether the term in slot `k` holds the code unit `unit` (a space: a phrase). */
export function termHas(table: TermTable, k: number, unit: number): boolean {
  for (let i = table.start[k]!; i < table.start[k + 1]!; i++) if (table.chars[i] === unit) return true;
  return false;
}

/** `array` if it holds `needed` values, else a copy of its first `used` values in one at least twice as large. */
export function withRoom<T extends Int32Array | Uint16Array>(array: T, used: number, needed: number, make: (length: number) => T): T {
  if (needed <= array.length) return array;
  const out = make(Math.max(needed, array.length * 2));
  out.set(array.subarray(0, used));
  return out;
}

/** Builds a TermTable one term at a time; `finish` gives it in shared buffers, of its exact size. */
export class TermTableBuilder {
  private chars = new Uint16Array(1024);
  private start = new Int32Array(256);
  private length = 0;
  /** Terms added so far: the slot of the next one. */
  count = 0;

  /** Add a term; its slot is the `count` before the call. */
  add(term: string): void {
    this.chars = withRoom(this.chars, this.length, this.length + term.length, (n) => new Uint16Array(n));
    for (let i = 0; i < term.length; i++) this.chars[this.length + i] = term.charCodeAt(i);
    this.length += term.length;
    this.start = withRoom(this.start, this.count + 1, this.count + 2, (n) => new Int32Array(n));
    this.start[++this.count] = this.length;
  }

  finish(): TermTable {
    return { chars: sharedCopy(this.chars, this.length, (buffer) => new Uint16Array(buffer)), start: sharedInt32(this.start, this.count + 1) };
  }
}

/** A table of `terms`, in order. */
export function packTerms(terms: Iterable<string>): TermTable {
  const builder = new TermTableBuilder();
  for (const term of terms) builder.add(term);
  return builder.finish();
}

/** (source term, target term) pairs whose terms are slots of one table: pair k is (`source[k]`, `target[k]`). */
export interface TermPairs {
  readonly terms: TermTable;
  readonly source: Int32Array;
  readonly target: Int32Array;
}

/** Dictionaries turned to a language pair: their pairs, one part a dictionary, in order. */
export interface DictionaryPairs {
  readonly parts: readonly TermPairs[];
}

/** How many pairs. */
export function pairCount(pairs: DictionaryPairs): number {
  let n = 0;
  for (const part of pairs.parts) n += part.source.length;
  return n;
}

/** The pairs as strings, in order (tests, benches): a copy of every term. */
export function pairList(pairs: DictionaryPairs): Array<readonly [source: string, target: string]> {
  const out: Array<readonly [string, string]> = [];
  for (const { terms, source, target } of pairs.parts) for (let k = 0; k < source.length; k++) out.push([termText(terms, source[k]!), termText(terms, target[k]!)]);
  return out;
}

/** Pairs of strings packed: each pair's two terms in two slots of a table of their own. */
export function packPairs(pairs: Iterable<readonly [source: string, target: string]>): DictionaryPairs {
  const builder = new TermTableBuilder();
  const source: number[] = [];
  const target: number[] = [];
  for (const [s, t] of pairs) {
    source.push(builder.count);
    builder.add(s);
    target.push(builder.count);
    builder.add(t);
  }
  return { parts: [{ terms: builder.finish(), source: Int32Array.from(source), target: Int32Array.from(target) }] };
}

/** A dictionary's entries in the pair's direction: packed, as orientDictionary gives them, or as string pairs. */
export type DictionaryEntries = ReadonlyArray<readonly [source: string, target: string]> | DictionaryPairs;

/** How many (source, target) pairs. */
export function countEntries(entries: DictionaryEntries): number {
  return 'parts' in entries ? pairCount(entries) : entries.length;
}

/**
 * A table's terms as the keys of their words under one prefix (terms.ts `termKeys`), in flat
 * arrays like the table's: worked out once for a run (keys.ts) and read by every thread, instead
 * of by each thread for itself (seconds of CPU for a FreeDict file).
 */
export interface TermKeys {
  readonly prefix: number;
  /** The distinct keys, by id, in the order first met. */
  readonly keys: TermTable;
  /** Each slot's term, −1 for one of no word or too many. */
  readonly termOf: Int32Array;
  /** Each term's keys as ids of `keys`: those of term t are `keyIds[keyOff[t] .. keyOff[t + 1])`. */
  readonly keyOff: Int32Array;
  readonly keyIds: Int32Array;
}
