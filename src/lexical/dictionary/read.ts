/**
 * A dictionary file of any supported format, its format told from its content first and its name
 * second: XML is TBX, ` @ ` lines are hunalign's, then `.csv`/`.tsv` names, then tabs, commas or
 * semicolons, or two words a line. dictd dictionaries come as their two files' contents. Pure.
 */
import { InputError } from '../../errors.js';
import { LEXICON_MAGIC } from '../lexicon-tsv.js';
import { parseDictd } from './dictd.js';
import { entryCount } from './entries.js';
import { HUNALIGN_SEPARATOR, parseHunalign } from './hunalign.js';
import { parseTabular } from './tabular.js';
import { parseTbx } from './tbx.js';
import type { ParsedDictionary } from './types.js';

/** A dictionary's contents: one text file, or the two files of a dictd dictionary. */
export type DictionarySource =
  | { readonly kind: 'text'; readonly name: string; readonly text: string }
  | { readonly kind: 'dictd'; readonly name: string; readonly index: string; readonly dict: Uint8Array };

/** A dictd index line: headword, offset and length in base 64. */
export const DICTD_INDEX_LINE = /^[^\t]+\t[A-Za-z0-9+/]+\t[A-Za-z0-9+/]+$/u;

/** Non-empty lines of the head of a text, for sniffing. */
function headLines(text: string): string[] {
  return text.slice(0, 20_000).split(/\r?\n/u).filter((l) => l.trim()).slice(0, 20);
}

/** Which text format a dictionary file is in, or undefined when it is none bitext reads. */
export function sniffFormat(name: string, text: string): 'tbx' | 'hunalign' | 'tsv' | 'csv' | 'dictd-index' | undefined {
  const body = text.replace(/^\uFEFF/u, '').trimStart();
  if (body.startsWith('<')) return 'tbx';
  const lines = headLines(body);
  if (!lines.length) return undefined;
  const share = (test: (l: string) => boolean): number => lines.filter(test).length / lines.length;
  if (share((l) => l.includes(HUNALIGN_SEPARATOR)) >= 0.5) return 'hunalign';
  if (share((l) => DICTD_INDEX_LINE.test(l)) >= 0.9) return 'dictd-index';
  const ext = /\.([a-z]+)$/iu.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  if (share((l) => l.includes('\t')) >= 0.9) return 'tsv';
  if (share((l) => /[,;]/u.test(l)) >= 0.9) return 'csv';
  if (share((l) => l.trim().split(/ +/u).length === 2) >= 0.9) return 'tsv';
  return undefined;
}

/**
 * Parse a dictionary.
 * @throws InputError naming the file (and the line) when its format is unknown, a line is not of
 *   its format, or it has no entry
 */
export function parseDictionary(source: DictionarySource): ParsedDictionary {
  const { name } = source;
  let dictionary: ParsedDictionary;
  if (source.kind === 'dictd') dictionary = parseDictd(source.index, source.dict, name);
  else {
    const text = source.text.replace(/^\uFEFF/u, '');
    // A lexicon bitext saved reads as a TSV of word pairs, with Model 1's NULL and (other) among them and
    // every weak link as strong as the rest: taken for a dictionary, it would add noise, not evidence.
    if (text.startsWith(LEXICON_MAGIC)) {
      throw new InputError(name, 'a lexicon saved by bitext, not a dictionary', { code: 'invalid-dictionary', data: { lexicon: true } });
    }
    const format = sniffFormat(name, text);
    switch (format) {
      case 'tbx':
        dictionary = parseTbx(text, name);
        break;
      case 'hunalign':
        dictionary = parseHunalign(text, name);
        break;
      case 'tsv':
      case 'csv':
        dictionary = parseTabular(text, format, name);
        break;
      case 'dictd-index':
        throw new InputError(name, 'a dictd index without its dictionary (give the .index file where its .dict or .dict.dz is beside it)', {
          code: 'invalid-dictionary',
        });
      default:
        throw new InputError(name, 'unknown dictionary format (expected hunalign, TSV, CSV, TBX or dictd)', { code: 'invalid-dictionary' });
    }
  }
  if (!entryCount(dictionary)) throw new InputError(name, `no entries (${dictionary.format} dictionary)`, { code: 'invalid-dictionary' });
  return dictionary;
}
