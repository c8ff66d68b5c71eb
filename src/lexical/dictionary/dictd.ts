/**
 * FreeDict dictionaries as dictd serves them (and Debian installs them under /usr/share/dictd):
 * an index of `headword<TAB>offset<TAB>length` lines, offsets and lengths in dictd's base 64, into
 * the dictionary text (`.dict`, or `.dict.dz`: gzip, which the caller inflates). An entry is the
 * headword line (`house /haus/`, `Haus /haʊ̯s/ <n, neut>`), then either one line of translations
 * or numbered senses `1. maison, logis`, each maybe followed by a gloss in the headword's language,
 * which is not a translation. Japanese-English (JMdict's conversion) lists several written forms
 * on the headword line and puts each sense's part of speech, on a line of its own, before its
 * translations. The languages come from the file name (`freedict-deu-fra`). Pure.
 */
import { InputError } from '../../errors.js';
import { DictionaryBuilder } from './entries.js';
import { MAX_TERM_WORDS, type ParsedDictionary } from './types.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A number in dictd's base 64 (most significant digit first), or −1 when it is not one. */
function b64(text: string): number {
  let v = 0;
  for (const c of text) {
    const d = B64.indexOf(c);
    if (d < 0) return -1;
    v = v * 64 + d;
  }
  return text ? v : -1;
}

/** The languages a FreeDict file name gives, `…/freedict-deu-fra.index` → ['deu', 'fra']. */
export function dictdLanguages(name: string): string[] | undefined {
  const m = /(?:^|[/\\])(?:freedict-)?([a-z]{2,3})-([a-z]{2,3})(?:\.[^/\\]*)?$/u.exec(name);
  return m ? [m[1]!, m[2]!] : undefined;
}

/** Brackets a line may hold besides its words: parts of speech `<n>`, tags `[ichi1]`, cross-references `{何処}`. */
const BRACKETS = /<[^>]*>|\[[^\]]*\]|\{[^}]*\}/gu;

/**
 * Parentheses within parentheses read as asides: JMdict's parts of speech nest two deep. A bound,
 * so that a hostile line of a million nested parentheses costs a few passes, not a million.
 */
const MAX_ASIDE_DEPTH = 4;

/** A line without its parenthesised asides, nested ones too: `(noun (common) (futsuumeishi))`. */
function withoutAsides(line: string): string {
  let out = line;
  for (let depth = 0, before = ''; before !== out && depth < MAX_ASIDE_DEPTH; depth++) [before, out] = [out, out.replace(/\([^()]*\)/gu, ' ')];
  return out;
}

/** The translations of one sense line: `maison, logis (fig.); demeure` → maison, logis, demeure. */
function translations(line: string): string[] {
  return withoutAsides(line.replace(BRACKETS, ' '))
    .split(/[,;]/u)
    .map((t) => t.replace(/\s+/gu, ' ').trim())
    .filter((t) => t && t.split(' ').length <= MAX_TERM_WORDS && /\p{L}/u.test(t));
}

/** A pronunciation after a headword: ` /haus/`. */
const PRONUNCIATION = /\s\/[^/]*\//gu;

/**
 * The headwords of an entry's first line: the headword before its pronunciation (` /…/`) and part
 * of speech (` <…>`), or, where the line lists several written forms each with its own
 * pronunciation (JMdict's Japanese-English: `頭注 /…/, 頭註 /…/, とうちゅう /…/`), every form, less
 * the tags and restrictions around it (`[ichi1]`, `(痘痕面)`).
 */
function headwords(line: string): string[] {
  // One form has one or more pronunciations (`a /eɪ/ /æ/`); forms are listed as `form /…/, form /…/`.
  if (!/\/,\s/u.test(line)) {
    const cut = line.search(/ \/| </u);
    return [(cut < 0 ? line : line.slice(0, cut)).replace(/^(?:\s*\[[^\]]*\])+/u, '').trim()];
  }
  return withoutAsides(line.replace(PRONUNCIATION, ' ').replace(BRACKETS, ' '))
    .split(',')
    .map((t) => t.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
}

/** A note after a sense (`Note: word usually written using kana alone…`), not a translation. */
const isNote = (line: string): boolean => /^\s*Note:/u.test(line);
const isSense = (line: string): boolean => /^\d+\.\s/u.test(line);
/** A line that is only asides in parentheses (`(noun (common) (futsuumeishi))`, `(hooves)`): its translations follow it. */
const partOfSpeechOnly = (line: string): boolean => /^\s*\(/u.test(line) && !/\p{L}/u.test(withoutAsides(line));

/** The translations of the first of `lines` that gives any, notes left out: where a part-of-speech line's translations are. */
function firstTranslations(lines: readonly string[]): string[] {
  for (const line of lines) {
    if (isNote(line)) continue;
    const found = translations(line);
    if (found.length) return found;
  }
  return [];
}

/** The translations of an entry's text (headword line first). */
function entryTranslations(body: string): string[] {
  const lines = body.split('\n').slice(1);
  const senses = lines.flatMap((l, k) => (isSense(l) ? [k] : []));
  // Numbered senses: each `N. translations` line, less a trailing sub-sense number (` 2.`); a
  // sense line that only gives its part of speech has its translations on a following line.
  if (senses.length) {
    return senses.flatMap((k, n) => {
      const line = lines[k]!.replace(/^\d+\.\s+/u, '').replace(/\s+\d+\.\s*$/u, '');
      const own = translations(line);
      return own.length || !partOfSpeechOnly(line) ? own : firstTranslations(lines.slice(k + 1, senses[n + 1] ?? lines.length));
    });
  }
  const first = lines.find((l) => l.trim());
  const found = first ? translations(first.replace(/\s+\d+\.\s*$/u, '')) : [];
  // A first line that only gave the part of speech (`(noun (common) (futsuumeishi))`): the translations follow it.
  return found.length || !first || !partOfSpeechOnly(first) ? found : firstTranslations(lines);
}

/**
 * Parse a dictd dictionary from its index text and its (inflated) dictionary bytes.
 * @param name the index file's name, as messages name it; its languages come from it
 * @throws InputError naming the index line that is not `headword<TAB>offset<TAB>length` within the dictionary
 */
export function parseDictd(index: string, dict: Uint8Array, name: string): ParsedDictionary {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries = new DictionaryBuilder(2);
  // Entries read, by offset: the length of the one read there (an entry listed under several
  // headwords is read once), or −1 when several were; then their `offset:length` in `several`.
  const lengthAt = new Map<number, number>();
  const several = new Set<string>();
  const firstTime = (offset: number, length: number): boolean => {
    const known = lengthAt.get(offset);
    if (known === undefined) {
      lengthAt.set(offset, length);
      return true;
    }
    if (known === length) return false;
    if (known >= 0) several.add(`${offset}:${known}`);
    lengthAt.set(offset, -1);
    if (several.has(`${offset}:${length}`)) return false;
    several.add(`${offset}:${length}`);
    return true;
  };
  // Line by line without splitting the index at once: 450 000 lines of a FreeDict file would all be alive together.
  for (let at = 0, k = 0; at < index.length; k++) {
    const eol = index.indexOf('\n', at);
    const line = index.slice(at, eol < 0 ? index.length : eol);
    at = eol < 0 ? index.length : eol + 1;
    if (!line.trim()) continue;
    const cells = line.split('\t');
    const offset = cells.length === 3 ? b64(cells[1]!) : -1;
    const length = cells.length === 3 ? b64(cells[2]!) : -1;
    if (offset < 0 || length < 0 || offset + length > dict.length) {
      throw new InputError(name, `line ${k + 1}: expected 'headword<TAB>offset<TAB>length' within the dictionary (dictd index)`, { code: 'invalid-dictionary' });
    }
    // dictd's own entries (00-database-info, …) and an entry listed under several headwords once.
    if (/^00-?database/u.test(cells[0]!) || !firstTime(offset, length)) continue;
    const body = decoder.decode(dict.subarray(offset, offset + length));
    const heads = headwords(body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n'))).filter((h) => h && h.split(' ').length <= MAX_TERM_WORDS);
    const targets = entryTranslations(body);
    if (heads.length && targets.length) entries.add([[...new Set(heads)], targets]);
  }
  return entries.finish({ name, format: 'dictd', languages: dictdLanguages(name) });
}
