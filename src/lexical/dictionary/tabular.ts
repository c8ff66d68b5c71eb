/**
 * Two-column word lists: TSV (glossaries, MUSE-style bilingual lexicons, which also come separated
 * by one space) and CSV (spreadsheets; RFC 4180 quoting, comma or semicolon). Source first. A
 * first row of two language codes (`en<TAB>fr`, `source,target` does not count) names the
 * columns' languages, unless they are not the pair's (`the<TAB>le` is an entry). Columns after the second are ignored. Pure.
 */
import { InputError } from '../../errors.js';
import { DictionaryBuilder } from './entries.js';
import type { ParsedDictionary } from './types.js';

/** A language code as a header cell: `en`, `fra`, `en-GB`, `pt_BR`. */
const LANGUAGE_CODE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/iu;

/** Whether a first row names the columns' languages: two codes, and two languages (`aa,aa` is an entry). */
function isHeader(first: string, second: string): boolean {
  const key = (code: string) => code.toLowerCase().replace('_', '-');
  return LANGUAGE_CODE.test(first) && LANGUAGE_CODE.test(second) && key(first) !== key(second);
}

/** The fields of one CSV record starting at `start`, and where the next starts (RFC 4180). */
function csvRecord(text: string, start: number, sep: string): { fields: string[]; next: number; closed: boolean } {
  const fields: string[] = [];
  let i = start;
  let field = '';
  for (;;) {
    if (text[i] === '"') {
      // A quoted field: "" is a quote; it may hold separators and line breaks.
      i++;
      for (;;) {
        if (i >= text.length) return { fields: [...fields, field], next: i, closed: false };
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    }
    while (i < text.length && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
    fields.push(field);
    field = '';
    if (text[i] === sep) {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    return { fields, next: i, closed: true };
  }
}

/** Rows of cells with the 1-based line each starts on. */
function rows(text: string, format: 'tsv' | 'csv', name: string): Array<{ cells: string[]; line: number }> {
  const out: Array<{ cells: string[]; line: number }> = [];
  if (format === 'tsv') {
    text.split(/\r?\n/u).forEach((line, k) => {
      if (!line.trim()) return;
      out.push({ cells: line.includes('\t') ? line.split('\t') : line.trim().split(/ +/u), line: k + 1 });
    });
    return out;
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/u));
  const sep = (firstLine.match(/;/gu)?.length ?? 0) > (firstLine.match(/,/gu)?.length ?? 0) ? ';' : ',';
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const r = csvRecord(text, at, sep);
    if (!r.closed) throw new InputError(name, `line ${line}: a quoted field is not closed (CSV)`, { code: 'invalid-dictionary' });
    if (r.fields.some((f) => f.trim())) out.push({ cells: r.fields, line });
    line += text.slice(at, r.next).split('\n').length - 1 || 1;
    at = r.next;
  }
  return out;
}

/**
 * Parse a TSV or CSV word list of two columns, source then target.
 * @throws InputError naming the line when a row has fewer than two non-empty cells
 */
export function parseTabular(text: string, format: 'tsv' | 'csv', name: string): ParsedDictionary {
  const all = rows(text, format, name);
  let languages: string[] | undefined;
  let headerEntry: string[][] | undefined;
  const head = all[0];
  if (head && head.cells.length >= 2 && isHeader(head.cells[0]!.trim(), head.cells[1]!.trim())) {
    languages = head.cells.slice(0, 2).map((c) => c.trim());
    headerEntry = languages.map((l) => [l]);
    all.shift();
  }
  const entries = new DictionaryBuilder(2);
  if (headerEntry) entries.addHeaderEntry(headerEntry);
  for (const { cells, line } of all) {
    const [source = '', target = ''] = cells.map((c) => c.trim());
    if (!source || !target) {
      const what = format === 'tsv' ? 'source<TAB>target' : 'source,target';
      throw new InputError(name, `line ${line}: expected two columns, ${what} (${format.toUpperCase()} dictionary)`, { code: 'invalid-dictionary' });
    }
    entries.add([[source], [target]]);
  }
  return entries.finish({ name, format, languages });
}
