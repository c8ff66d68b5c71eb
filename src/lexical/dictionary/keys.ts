/**
 * The terms of a packed table as the keys of their words (terms.ts), distinct terms told apart by
 * their keys: what the scorer matches. Worked out on the thread that read the dictionary, once
 * for a run, into buffers the other threads share (packed.ts). Pure.
 */
import { TokenScanner } from '../tokens.js';
import { sharedInt32, type TermKeys, type TermTable, TermTableBuilder, termCount, termText } from './packed.js';
import { termKeys } from './terms.js';
import { MAX_TERM_WORDS, type ParsedDictionary } from './types.js';

/** The keys of every term of `table` under `prefix`. */
export function tableKeys(table: TermTable, prefix: number): TermKeys {
  const keys = new Map<string, number>();
  const keyTable = new TermTableBuilder();
  const scanner = new TokenScanner();
  const ids = new Map<string, number>();
  const keyOff = [0];
  const keyIds: number[] = [];
  const termOf = new Int32Array(termCount(table));
  for (let slot = 0; slot < termOf.length; slot++) {
    const w = termKeys(termText(table, slot), prefix, scanner);
    if (!w.length || w.length > MAX_TERM_WORDS) {
      termOf[slot] = -1;
      continue;
    }
    const joined = w.join(' ');
    let t = ids.get(joined);
    if (t === undefined) {
      ids.set(joined, (t = keyOff.length - 1));
      for (const key of w) {
        let k = keys.get(key);
        if (k === undefined) {
          keys.set(key, (k = keyTable.count));
          keyTable.add(key);
        }
        keyIds.push(k);
      }
      keyOff.push(keyIds.length);
    }
    termOf[slot] = t;
  }
  return { prefix, keys: keyTable.finish(), termOf: sharedInt32(termOf), keyOff: sharedInt32(Int32Array.from(keyOff)), keyIds: sharedInt32(Int32Array.from(keyIds)) };
}

/**
 * A dictionary with its terms' keys under `prefix` worked out, for every thread that reads it:
 * the scorer matching terms under another prefix works them out itself.
 */
export function keyDictionary(dictionary: ParsedDictionary, prefix: number): ParsedDictionary {
  const { chars, start } = dictionary.terms;
  return { ...dictionary, terms: { chars, start, keyed: tableKeys(dictionary.terms, prefix) } };
}
