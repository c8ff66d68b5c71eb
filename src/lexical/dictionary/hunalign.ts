/**
 * hunalign's dictionary format (also LF Aligner's): one entry a line, `target phrase @ source
 * phrase`. Pure.
 */
import { InputError } from '../../errors.js';
import { DictionaryBuilder } from './entries.js';
import type { ParsedDictionary } from './types.js';

/** Lines with the separator, as hunalign writes it. */
export const HUNALIGN_SEPARATOR = ' @ ';

/**
 * Parse a hunalign dictionary. Blank lines are skipped.
 * @throws InputError naming the line when a line has no ` @ ` or an empty side
 */
export function parseHunalign(text: string, name: string): ParsedDictionary {
  const entries = new DictionaryBuilder(2);
  text.split(/\r?\n/u).forEach((line, k) => {
    if (!line.trim()) return;
    const at = line.indexOf(HUNALIGN_SEPARATOR);
    const target = at < 0 ? '' : line.slice(0, at).trim();
    const source = at < 0 ? '' : line.slice(at + HUNALIGN_SEPARATOR.length).trim();
    if (!target || !source) {
      throw new InputError(name, `line ${k + 1}: expected 'target phrase @ source phrase' (hunalign dictionary)`, { code: 'invalid-dictionary' });
    }
    entries.add([[source], [target]]);
  });
  return entries.finish({ name, format: 'hunalign', languages: undefined });
}
