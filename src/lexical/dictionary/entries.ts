/**
 * A parsed dictionary's entries: built one at a time by the parsers into the packed form
 * (types.ts, packed.ts), and read back cell by cell. Pure.
 */
import { sharedInt32, type TermTable, TermTableBuilder, termText, withRoom } from './packed.js';
import type { DictionaryFormat, ParsedDictionary } from './types.js';

/** Entries as plain term lists, one list a column: what a test writes, and what `entryList` gives back. */
export type EntryRows = ReadonlyArray<ReadonlyArray<readonly string[]>>;

/** Collects a dictionary's entries into the packed form, each as it is parsed. */
export class DictionaryBuilder {
  private readonly terms = new TermTableBuilder();
  private cells = new Int32Array(256);
  private cellCount = 0;
  private headerEntry = false;

  /** @param columns the terms lists each entry gives: one per language */
  constructor(readonly columns: number) {}

  /** Entries added so far (a header entry not counted). */
  get size(): number {
    return this.cellCount / this.columns - (this.headerEntry ? 1 : 0);
  }

  /** Add an entry: the terms of each of its `columns` columns. */
  add(entry: ReadonlyArray<readonly string[]>): void {
    this.cells = withRoom(this.cells, this.cellCount + 1, this.cellCount + this.columns + 1, (n) => new Int32Array(n));
    for (let c = 0; c < this.columns; c++) {
      for (const term of entry[c] ?? []) this.terms.add(term);
      this.cells[++this.cellCount] = this.terms.count;
    }
  }

  /** Add the first row that could be a header or an entry: before any other entry. */
  addHeaderEntry(entry: ReadonlyArray<readonly string[]>): void {
    if (this.cellCount) throw new Error('a header entry comes before the entries');
    this.add(entry);
    this.headerEntry = true;
  }

  finish(dictionary: { readonly name: string; readonly format: DictionaryFormat; readonly languages: readonly string[] | undefined }): ParsedDictionary {
    return { ...dictionary, columns: this.columns, terms: this.terms.finish(), cells: sharedInt32(this.cells, this.cellCount + 1), headerEntry: this.headerEntry };
  }
}

/** A dictionary of plain entries, packed (a test's, a termbase's whose columns are known at its end). */
export function packDictionary(
  dictionary: { readonly name: string; readonly format: DictionaryFormat; readonly languages: readonly string[] | undefined },
  entries: EntryRows,
  headerEntry?: ReadonlyArray<readonly string[]>,
): ParsedDictionary {
  const builder = new DictionaryBuilder(dictionary.languages?.length ?? 2);
  if (headerEntry) builder.addHeaderEntry(headerEntry);
  for (const entry of entries) builder.add(entry);
  return builder.finish(dictionary);
}

/** Entries of a dictionary, the header entry counted (it is entry 0 when there is one). */
export function rowCount(dictionary: ParsedDictionary): number {
  return (dictionary.cells.length - 1) / dictionary.columns;
}

/** Entries of a dictionary, its header entry not counted. */
export function entryCount(dictionary: ParsedDictionary): number {
  return rowCount(dictionary) - (dictionary.headerEntry ? 1 : 0);
}

/** The first slot of row `e`'s column `c` in `dictionary.terms`, and one past its last. */
export function cellSlots(dictionary: ParsedDictionary, e: number, c: number): readonly [start: number, end: number] {
  const k = e * dictionary.columns + c;
  return [dictionary.cells[k]!, dictionary.cells[k + 1]!];
}

/** The terms of a cell as strings. */
function cellTerms(terms: TermTable, [start, end]: readonly [number, number]): string[] {
  const out: string[] = [];
  for (let k = start; k < end; k++) out.push(termText(terms, k));
  return out;
}

/** A dictionary's entries as plain term lists (tests, benches): its header entry apart. */
export function entryList(dictionary: ParsedDictionary): { entries: string[][][]; headerEntry?: string[][] } {
  const rows: string[][][] = [];
  for (let e = 0; e < rowCount(dictionary); e++) {
    const row: string[][] = [];
    for (let c = 0; c < dictionary.columns; c++) row.push(cellTerms(dictionary.terms, cellSlots(dictionary, e, c)));
    rows.push(row);
  }
  return dictionary.headerEntry ? { entries: rows.slice(1), headerEntry: rows[0]! } : { entries: rows };
}
