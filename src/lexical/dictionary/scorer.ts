/**
 * Lexical evidence from a user's dictionary: each entry links a source term to a target term, and
 * a span pair scores by how much of each side the other covers through those links (coverage.ts),
 * as a learned lexicon does. Pure.
 */
import { type CoverageOptions, createCoverageScorer, type Links } from '../coverage.js';
import type { SentenceTexts } from '../lexicon-scorer.js';
import type { LexicalScorer } from '../scorer.js';
import { tableKeys } from './keys.js';
import { type DictionaryPairs, packPairs, type TermKeys, type TermTable, termCount, termText } from './packed.js';
import { TermIndex } from './terms.js';

export interface DictionaryScorerOptions extends CoverageOptions {
  /** Letters of each word compared (0: whole words); 5 lets most inflected forms find their headword. */
  readonly prefix: number;
}

export const DICTIONARY_DEFAULTS: DictionaryScorerOptions = { prefix: 5, smoothing: 16, maxShare: 1 };

/** Links from pairs of term ids, by the terms of one side. */
function links(pairs: ReadonlyArray<readonly [number, number]>, terms: number, side: 0 | 1): Links {
  const off = new Int32Array(terms + 1);
  for (const p of pairs) off[p[side] + 1]!++;
  for (let w = 0; w < terms; w++) off[w + 1]! += off[w]!;
  const fill = off.slice(0, terms);
  const ids = new Int32Array(pairs.length);
  for (const p of pairs) ids[fill[p[side]]!++] = side === 0 ? p[1] : p[0];
  return { off, ids };
}

/** The distinct terms of a table's slots, as their words' keys, read under one prefix. */
interface TableTerms extends TermKeys {
  /** The ids of the keys. */
  readonly ids: ReadonlyMap<string, number>;
}

/**
 * Terms by table and prefix. A batch worker aligns every document that reads a dictionary with
 * the same table (orient.ts, pipeline/evidence.ts): read once (or given with the table, keys.ts),
 * a document then takes only the terms its words can match, among the hundreds of thousands of a
 * FreeDict file.
 */
const tableTermsCache = new WeakMap<TermTable, Map<number, TableTerms>>();

function tableTerms(table: TermTable, prefix: number): TableTerms {
  let byPrefix = tableTermsCache.get(table);
  const cached = byPrefix?.get(prefix);
  if (cached) return cached;
  const keyed = table.keyed?.prefix === prefix ? table.keyed : tableKeys(table, prefix);
  const ids = new Map<string, number>();
  for (let k = 0; k < termCount(keyed.keys); k++) ids.set(termText(keyed.keys, k), k);
  const made = { ...keyed, ids };
  if (!byPrefix) tableTermsCache.set(table, (byPrefix = new Map()));
  byPrefix.set(prefix, made);
  return made;
}

/**
 * The ids in `index` of a table's terms, each added when first asked for; −1 for a term that
 * cannot be found: one of whose words' keys no word of the texts may stand for. Told when first
 * asked for too: a side reads only its own column's terms, a fraction of the table's.
 */
function localIds(all: TableTerms, index: TermIndex): (term: number) => number {
  const present = new Uint8Array(all.ids.size);
  for (const key of index.keys()) {
    const k = all.ids.get(key);
    if (k !== undefined) present[k] = 1;
  }
  // −2: not asked for yet.
  const local = new Int32Array(all.keyOff.length - 1).fill(-2);
  return (t) => {
    if (t < 0) return -1;
    if (local[t] === -2) {
      const start = all.keyOff[t]!;
      const end = all.keyOff[t + 1]!;
      let j = start;
      while (j < end && present[all.keyIds[j]!]) j++;
      local[t] = j === end ? index.addKeys(Array.from(all.keyIds.subarray(start, end), (k) => termText(all.keys, k))) : -1;
    }
    return local[t]!;
  };
}

/** Arrays of string pairs packed, by array: a caller that passes the same array again finds its terms read. */
const packedArrays = new WeakMap<object, DictionaryPairs>();

function asPairs(entries: Iterable<readonly [string, string]> | DictionaryPairs): DictionaryPairs {
  if ('parts' in entries) return entries;
  if (!Array.isArray(entries)) return packPairs(entries);
  let packed = packedArrays.get(entries);
  if (!packed) packedArrays.set(entries, (packed = packPairs(entries)));
  return packed;
}

/**
 * The evidence of a dictionary about a document pair.
 * @param entries (source term, target term) pairs, already in the pair's direction (orient.ts):
 *   packed, as orientDictionary gives them, or as strings
 */
export function createDictionaryScorer(
  source: SentenceTexts,
  target: SentenceTexts,
  entries: Iterable<readonly [source: string, target: string]> | DictionaryPairs,
  options: Partial<DictionaryScorerOptions> = {},
): LexicalScorer {
  const settings = { ...DICTIONARY_DEFAULTS, ...options };
  const { prefix } = settings;
  const src = new TermIndex(prefix, source);
  const tgt = new TermIndex(prefix, target);
  const { parts } = asPairs(entries);
  const tables = parts.map((part) => tableTerms(part.terms, prefix));
  // A side has no more terms in the document than the tables have, so a · base + b names a pair exactly.
  const base = tables.reduce((n, all) => n + all.keyOff.length, 0);
  const seen = new Set<number>();
  const pairs: Array<readonly [number, number]> = [];
  for (const [k, part] of parts.entries()) {
    const all = tables[k]!;
    // Terms that cannot be found in the texts are left out: they would link nothing.
    const srcId = localIds(all, src);
    const tgtId = localIds(all, tgt);
    for (let e = 0; e < part.source.length; e++) {
      const a = srcId(all.termOf[part.source[e]!]!);
      const b = tgtId(all.termOf[part.target[e]!]!);
      if (a < 0 || b < 0 || seen.has(a * base + b)) continue;
      seen.add(a * base + b);
      pairs.push([a, b]);
    }
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return createCoverageScorer(src.rows(), tgt.rows(), links(pairs, src.size, 0), links(pairs, tgt.size, 1), settings);
}
