/**
 * A user's dictionary as read from a file, before it is turned to the language pair at hand
 * (orient.ts): entries as term lists per column, and the languages of the columns when the file
 * says them.
 */

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
  /**
   * When `languages` come from a first row that could also be an entry (`the<TAB>le` looks like
   * two language codes), that row: it is an entry after all when its codes are not the pair's.
   */
  readonly headerEntry?: ReadonlyArray<readonly string[]>;
  /** Each entry: the terms of each column (one or more words each; several for a concept of a termbase). */
  readonly entries: ReadonlyArray<ReadonlyArray<readonly string[]>>;
}

/** Terms longer than this many words are left out: phrases match, definitions do not. */
export const MAX_TERM_WORDS = 5;
