/**
 * FreeDict dictionaries as dictd serves them (and Debian installs them under /usr/share/dictd):
 * an index of `headword<TAB>offset<TAB>length` lines, offsets and lengths in dictd's base 64, into
 * the dictionary text (`.dict`, or `.dict.dz`: gzip, which the caller inflates). An entry is the
 * headword line (`house /haus/`, `Haus /haʊ̯s/ <n, neut>`), then either one line of translations
 * or numbered senses `1. maison, logis`, each maybe followed by a gloss in the headword's language,
 * which is not a translation. The languages come from the file name (`freedict-deu-fra`). Pure.
 */
import { InputError } from '../../errors.js';
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

/** The translations of one sense line: `maison, logis (fig.); demeure` → maison, logis, demeure. */
function translations(line: string): string[] {
  return line
    .replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/gu, ' ')
    .split(/[,;]/u)
    .map((t) => t.replace(/\s+/gu, ' ').trim())
    .filter((t) => t && t.split(' ').length <= MAX_TERM_WORDS && /\p{L}/u.test(t));
}

/** The headword of an entry's first line: before its pronunciation (` /…/`) and part of speech (` <…>`). */
function headword(line: string): string {
  const cut = line.search(/ \/| </u);
  return (cut < 0 ? line : line.slice(0, cut)).trim();
}

/** The translations of an entry's text (headword line first). */
function entryTranslations(body: string): string[] {
  const lines = body.split('\n').slice(1);
  const numbered = lines.filter((l) => /^\d+\.\s/u.test(l));
  // Numbered senses: each `N. translations` line, less a trailing sub-sense number (` 2.`).
  if (numbered.length) return numbered.flatMap((l) => translations(l.replace(/^\d+\.\s+/u, '').replace(/\s+\d+\.\s*$/u, '')));
  const first = lines.find((l) => l.trim());
  return first ? translations(first.replace(/\s+\d+\.\s*$/u, '')) : [];
}

/**
 * Parse a dictd dictionary from its index text and its (inflated) dictionary bytes.
 * @param name the index file's name, as messages name it; its languages come from it
 * @throws InputError naming the index line that is not `headword<TAB>offset<TAB>length` within the dictionary
 */
export function parseDictd(index: string, dict: Uint8Array, name: string): ParsedDictionary {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: Array<Array<readonly string[]>> = [];
  const seen = new Set<string>();
  index.split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    const cells = line.split('\t');
    const offset = cells.length === 3 ? b64(cells[1]!) : -1;
    const length = cells.length === 3 ? b64(cells[2]!) : -1;
    if (offset < 0 || length < 0 || offset + length > dict.length) {
      throw new InputError(name, `line ${k + 1}: expected 'headword<TAB>offset<TAB>length' within the dictionary (dictd index)`, { code: 'invalid-dictionary' });
    }
    // dictd's own entries (00-database-info, …) and an entry listed under several headwords once.
    if (/^00-?database/u.test(cells[0]!) || seen.has(`${offset}:${length}`)) return;
    seen.add(`${offset}:${length}`);
    const body = decoder.decode(dict.subarray(offset, offset + length));
    const head = headword(body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n')));
    const targets = entryTranslations(body);
    if (head && head.split(' ').length <= MAX_TERM_WORDS && targets.length) entries.push([[head], targets]);
  });
  return { name, format: 'dictd', languages: dictdLanguages(name), entries };
}
