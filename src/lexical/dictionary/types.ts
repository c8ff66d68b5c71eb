/**
 * A user's dictionary as read from a file, before it is turned to the language pair at hand
 * (orient.ts): entries as term lists per column, and the languages of the columns when the file
 * says them.
 */
import type { TermTable } from './packed.js';

/** The formats bitext reads dictionaries in. */
export const DICTIONARY_FORMATS = ['hunalign', 'tsv', 'csv', 'tbx', 'dictd'] as const;
export type DictionaryFormat = (typeof DICTIONARY_FORMATS)[number];

export interface ParsedDictionary {
  /** The file, as messages name it. */
  readonly name: string;
  readonly format: DictionaryFormat;
  /**
   * The language of each column as the file gives it (ISO 639-1 or 639-3 codes, maybe with a
   * region: `de`, `fra`, `en-GB`), or undefined: two columns, source then target by the format's
   * convention.
   */
  readonly languages: readonly string[] | undefined;
  /** Columns of every entry: one per language. */
  readonly columns: number;
  /** Every term of every entry, entry by entry and column by column, packed (packed.ts). */
  readonly terms: TermTable;
  /**
   * Where each cell's terms are in `terms`: entry e's column c holds the slots
   * `cells[e · columns + c] .. cells[e · columns + c + 1])`. One term or more a cell (several for a
   * concept of a termbase), or none where a termbase has no term in that language.
   */
  readonly cells: Int32Array;
  /**
   * Entry 0 is the first row that gave `languages` and could also be an entry (`the<TAB>le` looks
   * like two language codes): it is an entry after all when its codes are not the pair's. The
   * other entries follow it.
   */
  readonly headerEntry: boolean;
}

/** Terms longer than this many words are left out: phrases match, definitions do not. */
export const MAX_TERM_WORDS = 5;
