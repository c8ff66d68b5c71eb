/**
 * Lexical evidence from a user's dictionary: each entry links a source term to a target term, and
 * a span pair scores by how much of each side the other covers through those links (coverage.ts),
 * as a learned lexicon does. Pure.
 */
import { type CoverageOptions, createCoverageScorer, type Links } from '../coverage.js';
import type { SentenceTexts } from '../lexicon-scorer.js';
import type { LexicalScorer } from '../scorer.js';
import { TokenScanner } from '../tokens.js';
import { TermIndex, termKeys } from './terms.js';
import { MAX_TERM_WORDS } from './types.js';

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

/** The distinct terms of one side of an entries array, as their words' keys. */
interface SideTerms {
  /** Each entry's term, −1 for one of no word or too many. */
  readonly termOf: Int32Array;
  /** Each term's keys (`termKeys`) as ids of `EntryTerms.keys`: those of term t are keyIds[keyOff[t]..keyOff[t+1]). */
  readonly keyOff: Int32Array;
  readonly keyIds: Int32Array;
}

/** The terms of an entries array, read under one prefix. */
interface EntryTerms {
  readonly keys: ReadonlyMap<string, number>;
  /** The keys by id. */
  readonly keyText: readonly string[];
  readonly source: SideTerms;
  readonly target: SideTerms;
}

/**
 * Terms by entries array and prefix. A batch worker aligns every document that reads a dictionary
 * the same way with the same array (orient.ts, pipeline/evidence.ts): read once, a document then
 * takes only the terms its words can match, among the hundreds of thousands of a FreeDict file.
 */
const entryTermsCache = new WeakMap<object, Map<number, EntryTerms>>();

function entryTerms(entries: ReadonlyArray<readonly [string, string]>, prefix: number): EntryTerms {
  let byPrefix = entryTermsCache.get(entries);
  const cached = byPrefix?.get(prefix);
  if (cached) return cached;
  const keys = new Map<string, number>();
  const keyText: string[] = [];
  const scanner = new TokenScanner();
  const side = (column: 0 | 1): SideTerms => {
    const ids = new Map<string, number>();
    const keyOff = [0];
    const keyIds: number[] = [];
    const termOf = Int32Array.from(entries, (entry) => {
      const w = termKeys(entry[column], prefix, scanner);
      if (!w.length || w.length > MAX_TERM_WORDS) return -1;
      const joined = w.join(' ');
      let t = ids.get(joined);
      if (t === undefined) {
        ids.set(joined, (t = keyOff.length - 1));
        for (const key of w) {
          let k = keys.get(key);
          if (k === undefined) {
            keys.set(key, (k = keyText.length));
            keyText.push(key);
          }
          keyIds.push(k);
        }
        keyOff.push(keyIds.length);
      }
      return t;
    });
    return { termOf, keyOff: Int32Array.from(keyOff), keyIds: Int32Array.from(keyIds) };
  };
  const made = { keys, keyText, source: side(0), target: side(1) };
  if (!byPrefix) entryTermsCache.set(entries, (byPrefix = new Map()));
  byPrefix.set(prefix, made);
  return made;
}

/** 1 for the terms of a side whose every word's key some word of the texts may stand for: no other can be found there. */
function findable(side: SideTerms, all: EntryTerms, index: TermIndex): Uint8Array {
  const present = new Uint8Array(all.keys.size);
  for (const key of index.keys()) {
    const k = all.keys.get(key);
    if (k !== undefined) present[k] = 1;
  }
  const out = new Uint8Array(side.keyOff.length - 1);
  for (let t = 0; t < out.length; t++) {
    let j = side.keyOff[t]!;
    const end = side.keyOff[t + 1]!;
    while (j < end && present[side.keyIds[j]!]) j++;
    if (j === end) out[t] = 1;
  }
  return out;
}

/** The ids in `index` of a side's terms, each added when first asked for; −1 for a term that cannot be found. */
function localIds(side: SideTerms, all: EntryTerms, index: TermIndex): (term: number) => number {
  const can = findable(side, all, index);
  const local = new Int32Array(can.length).fill(-2);
  return (t) => {
    if (t < 0 || !can[t]) return -1;
    if (local[t] === -2) local[t] = index.addKeys(Array.from(side.keyIds.subarray(side.keyOff[t], side.keyOff[t + 1]), (k) => all.keyText[k]!));
    return local[t]!;
  };
}

/**
 * The evidence of a dictionary about a document pair.
 * @param entries (source term, target term) pairs, already in the pair's direction (orient.ts)
 */
export function createDictionaryScorer(
  source: SentenceTexts,
  target: SentenceTexts,
  entries: Iterable<readonly [source: string, target: string]>,
  options: Partial<DictionaryScorerOptions> = {},
): LexicalScorer {
  const settings = { ...DICTIONARY_DEFAULTS, ...options };
  const { prefix } = settings;
  const src = new TermIndex(prefix, source);
  const tgt = new TermIndex(prefix, target);
  const list = Array.isArray(entries) ? (entries as ReadonlyArray<readonly [string, string]>) : [...entries];
  const all = entryTerms(list, prefix);
  // Terms that cannot be found in the texts are left out: they would link nothing.
  const srcId = localIds(all.source, all, src);
  const tgtId = localIds(all.target, all, tgt);
  const seen = new Set<number>();
  const pairs: Array<readonly [number, number]> = [];
  // A side has no more terms in the document than in the array, so a · base + b names a pair exactly.
  const base = all.target.keyOff.length;
  for (let e = 0; e < list.length; e++) {
    const a = srcId(all.source.termOf[e]!);
    const b = tgtId(all.target.termOf[e]!);
    if (a < 0 || b < 0 || seen.has(a * base + b)) continue;
    seen.add(a * base + b);
    pairs.push([a, b]);
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return createCoverageScorer(src.rows(), tgt.rows(), links(pairs, src.size, 0), links(pairs, tgt.size, 1), settings);
}
