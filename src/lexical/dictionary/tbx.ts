/**
 * TermBase eXchange files, as CAT tools export their terminology: TBX-Basic and TBX 2008
 * (`<termEntry>` with `<langSet xml:lang>`, terms in `<tig>` or `<ntig><termGrp>`) and TBX v3
 * (`<conceptEntry>` with `<langSec xml:lang>`, terms in `<termSec>`). Each entry is a concept with
 * its terms by language; the file's languages are the columns. Parsed with saxes, a
 * non-validating streaming parser that expands no entity a document declares (a TBX cannot blow
 * up in memory). Pure.
 */
import { SaxesParser } from 'saxes';
import { InputError } from '../../errors.js';
import { packDictionary } from './entries.js';
import type { ParsedDictionary } from './types.js';

const ENTRY = new Set(['termEntry', 'conceptEntry']);
const LANGUAGE = new Set(['langSet', 'langSec']);

/**
 * Parse a TBX file.
 * @throws InputError naming the line when the XML is not well-formed or has no term entry
 */
export function parseTbx(text: string, name: string): ParsedDictionary {
  const parser = new SaxesParser({ position: true });
  const languages: string[] = [];
  const entries: Array<Array<readonly string[]>> = [];
  let entry: Map<string, string[]> | undefined;
  let lang: string | undefined;
  let term: string | undefined;
  let sawRoot = false;
  const fail = (problem: string, line = parser.line): InputError => new InputError(name, `line ${line}: ${problem} (TBX)`, { code: 'invalid-dictionary' });
  parser.on('opentag', (tag) => {
    const local = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name;
    if (!sawRoot) {
      sawRoot = true;
      if (local !== 'martif' && local !== 'tbx') throw fail(`the root element is <${tag.name}>, not <martif> or <tbx>`);
    }
    if (ENTRY.has(local)) entry = new Map();
    else if (LANGUAGE.has(local)) {
      const value = tag.attributes['xml:lang'] ?? tag.attributes['lang'];
      lang = typeof value === 'string' ? value.trim() : undefined;
      if (!lang) throw fail(`<${tag.name}> without xml:lang`);
    } else if (local === 'term' && entry && lang) term = '';
  });
  parser.on('text', (t) => {
    if (term !== undefined) term += t;
  });
  parser.on('cdata', (t) => {
    if (term !== undefined) term += t;
  });
  parser.on('closetag', (tag) => {
    const local = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name;
    if (local === 'term' && term !== undefined && entry && lang) {
      const value = term.replace(/\s+/gu, ' ').trim();
      if (value) {
        const key = lang.toLowerCase();
        if (!entry.has(key)) entry.set(key, []);
        entry.get(key)!.push(value);
        if (!languages.includes(key)) languages.push(key);
      }
      term = undefined;
    } else if (LANGUAGE.has(local)) lang = undefined;
    else if (ENTRY.has(local) && entry) {
      if (entry.size) entries.push(languages.map((l) => entry!.get(l) ?? []));
      entry = undefined;
    }
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // saxes: "[name:]line:column: message"
    const m = /^(?:.*?:)?(\d+):\d+: (.*)$/su.exec(message);
    throw fail(`not well-formed XML: ${(m?.[2] ?? message).split('\n')[0]}`, m ? Number(m[1]) : parser.line);
  }
  if (!entries.length) throw fail('no <termEntry> or <conceptEntry> with terms', 1);
  // Entries read before a language first appeared have no column for it: pad them.
  return packDictionary({ name, format: 'tbx', languages }, entries);
}
