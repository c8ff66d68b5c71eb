/**
 * Sentence-rule data per language: abbreviations by class and frequent sentence starters, parsed
 * on first use from the data files (`./data/*.txt`, compiled into `rule-data.ts`). See
 * `data/en.txt` for the file format and what each class does.
 */
import { knownLang } from '../lang.js';
import type { Lang } from '../types.js';
import { RULE_FILES } from './rule-data.js';

/** How a period after a listed abbreviation is judged; `data/en.txt` explains each class with an example. */
export const ABBREVIATION_CLASSES = ['title', 'continues', 'number', 'month', 'final', 'time', 'ambiguous'] as const;
export type AbbreviationClass = (typeof ABBREVIATION_CLASSES)[number];

const SECTIONS = [...ABBREVIATION_CLASSES, 'starters', 'options'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * Per-language switches a data file may set in its `[options]` section:
 * - `ordinal-dot`: ordinals are written with a period ("am 3. Oktober");
 * - `standalone-quotes-close`: a quote standing alone after a sentence end goes with the sentence
 *   that ends, whether it closes a quotation or opens the next one (see `data/en.txt`);
 * - `semicolon-question`: `;` is the question mark, as in Greek ("Πήγες στην αγορά; Ναι.").
 */
export const RULE_OPTIONS = ['ordinal-dot', 'standalone-quotes-close', 'semicolon-question'] as const;
export type RuleOption = (typeof RULE_OPTIONS)[number];

/** The parsed content of one data file. */
export interface RuleData {
  /** Abbreviation, with its final period, to its class. */
  readonly abbreviations: ReadonlyMap<string, AbbreviationClass>;
  /** Sentence starters, lower-cased. */
  readonly starters: ReadonlySet<string>;
  /** Options set by the file. */
  readonly options: ReadonlySet<RuleOption>;
}

/** What the sentence splitter needs to know about one language. */
export interface SentenceRules {
  readonly abbreviations: ReadonlyMap<string, AbbreviationClass>;
  readonly starters: ReadonlySet<string>;
  /**
   * The language writes ordinals with a period ("am 3. Oktober"), so "3." before a capitalised
   * word is no evidence of a sentence end.
   */
  readonly ordinalDot: boolean;
  /** A standalone straight quote after a sentence end belongs to the sentence that ends (option `standalone-quotes-close`). */
  readonly standaloneQuotesClose: boolean;
  /** Some abbreviations are written in two spaced parts ("т. д."): the word before a period is then looked up with the one before it. */
  readonly spacedAbbreviations: boolean;
  /** `;` ends a question (option `semicolon-question`: Greek, whose U+037E question mark NFC turns into `;`). */
  readonly semicolonQuestion: boolean;
  /**
   * A short piece that ends a sentence right after a closed quotation is its speech tag, and stays
   * with it (SPEECH_TAG_LANGS: Korean, which has no case to tell a tag by).
   */
  readonly speechTagAfterQuote: boolean;
  /**
   * The language has no list of its own (only `generic.txt`), so a short lower-case word before a
   * number is taken for an abbreviation: Italian "pag. 5", Dutch "blz. 5".
   */
  readonly guessAbbreviations: boolean;
}

/** Data file of the rules every language shares (and the whole rule set of a language without a file of its own). */
const GENERIC = 'generic';

/**
 * Languages with their own data file, in a fixed order: with no language given, the files are
 * merged so that the first ones (English, the language bitext is built around) win conflicts.
 */
export const LANGS_WITH_DATA: readonly Lang[] = ['en', 'fr', ...Object.keys(RULE_FILES).filter((k) => k !== GENERIC && k !== 'en' && k !== 'fr').sort()];

/**
 * Languages without a data file whose ordinals are written with a period, as German's are (its
 * file says `ordinal-dot`): Danish "3. juni", Finnish "3. kesäkuuta", Czech "3. června", Hungarian
 * "3. fejezet" (CLDR ordinal patterns).
 */
export const ORDINAL_DOT_LANGS: ReadonlySet<Lang> = new Set([
  'da', 'nb', 'nn', 'no', 'fi', 'cs', 'sk', 'pl', 'hu', 'sl', 'hr', 'sr', 'bs', 'et', 'lv', 'lt', 'is', 'fo', 'tr',
]);

/**
 * Languages whose speech tag after a quotation is cut as a sentence of its own for want of case
 * (`《왜?》 그들이 물었다.`, where English keeps `“Why?” they asked.` whole by its lower case): the
 * splitter keeps a short one with its quotation (`speechTagAfterQuote`). Korean only: in Chinese,
 * Japanese and Arabic the same rule joined narrative sentences to quotations (bench/NOTES-engine.md,
 * tenth round). Korean has no period abbreviations, hence no data file.
 */
export const SPEECH_TAG_LANGS: ReadonlySet<Lang> = new Set(['ko']);

/**
 * Parse a data file: `[section]` headers, one entry per line, `#` comments. Entries are read in NFC,
 * the form the splitter looks words up in.
 * @param source - file content
 * @param name - file name, for error messages
 * @returns the abbreviations by class and the starters
 * @throws Error on an unknown section or option, or an entry before any section (a broken bundled file)
 */
export function parseRuleData(source: string, name: string): RuleData {
  const abbreviations = new Map<string, AbbreviationClass>();
  const starters = new Set<string>();
  const options = new Set<RuleOption>();
  let section: Section | undefined;
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim().normalize('NFC');
    if (!line) return;
    const header = /^\[([a-z]+)\]$/.exec(line);
    if (header) {
      const found = SECTIONS.find((s) => s === header[1]);
      if (!found) throw new Error(`${name}:${index + 1}: unknown section ${line}`);
      section = found;
      return;
    }
    if (!section) throw new Error(`${name}:${index + 1}: entry before any [section]`);
    if (section === 'starters') {
      starters.add(line.toLowerCase());
      return;
    }
    if (section === 'options') {
      const option = RULE_OPTIONS.find((o) => o === line);
      if (!option) throw new Error(`${name}:${index + 1}: unknown option ${line}`);
      options.add(option);
      return;
    }
    abbreviations.set(line, section);
  });
  return { abbreviations, starters, options };
}

/** "e.g." → "E.g.": a lower-case entry also stands for its form at a sentence start. */
function capitalised(entry: string): string | undefined {
  const first = entry[0];
  if (first === undefined || first === first.toUpperCase()) return undefined;
  if (entry !== entry.toLowerCase()) return undefined;
  return first.toUpperCase() + entry.slice(1);
}

/**
 * Merge data files; later ones win on conflicts, and the options of the last (the language's own
 * file) apply. Lower-case entries gain their capitalised form unless it is listed itself.
 */
function merge(parts: readonly RuleData[], ordinalDot: boolean, guessAbbreviations: boolean, speechTagAfterQuote = false): SentenceRules {
  const abbreviations = new Map<string, AbbreviationClass>();
  const starters = new Set<string>();
  for (const part of parts) {
    for (const [entry, cls] of part.abbreviations) abbreviations.set(entry, cls);
    for (const s of part.starters) starters.add(s);
  }
  for (const part of parts) {
    for (const [entry, cls] of part.abbreviations) {
      const upper = capitalised(entry);
      if (upper !== undefined && !abbreviations.has(upper)) abbreviations.set(upper, cls);
    }
  }
  const options = parts[parts.length - 1]?.options ?? new Set<RuleOption>();
  return {
    abbreviations,
    starters,
    ordinalDot: ordinalDot || options.has('ordinal-dot'),
    standaloneQuotesClose: options.has('standalone-quotes-close'),
    semicolonQuestion: options.has('semicolon-question'),
    speechTagAfterQuote,
    spacedAbbreviations: [...abbreviations.keys()].some((entry) => entry.includes(' ')),
    guessAbbreviations,
  };
}

/** Parsed data files, by name, filled on first use. */
const PARSED = new Map<string, RuleData>();
const CACHE = new Map<string, SentenceRules>();

function data(name: string): RuleData | undefined {
  let parsed = PARSED.get(name);
  if (!parsed) {
    const source = RULE_FILES[name];
    if (source === undefined) return undefined;
    parsed = parseRuleData(source, `${name}.txt`);
    PARSED.set(name, parsed);
  }
  return parsed;
}


/**
 * The sentence rules for a language: the generic data plus the language's own file when there is
 * one. With no language (or `und`), the union of every file, English winning conflicts: the
 * bilingual pair bitext is built for.
 * @param lang - ISO 639-1 code, optionally with a region (`en-GB`)
 * @returns merged, cached rules
 */
export function sentenceRules(lang?: Lang): SentenceRules {
  const key = knownLang(lang) ?? '';
  let rules = CACHE.get(key);
  if (!rules) {
    const generic = data(GENERIC)!;
    const own = key === GENERIC ? undefined : data(key);
    if (key === '') {
      const all = [...LANGS_WITH_DATA].reverse().map(data).filter((d): d is RuleData => d !== undefined);
      rules = merge([generic, ...all], false, false);
    } else {
      rules = merge(own ? [generic, own] : [generic], ORDINAL_DOT_LANGS.has(key), !own, SPEECH_TAG_LANGS.has(key));
    }
    CACHE.set(key, rules);
  }
  return rules;
}
