/**
 * Lexical evidence from a user's dictionary: each entry links a source term to a target term, and
 * a span pair scores by how much of each side the other covers through those links (coverage.ts),
 * as a learned lexicon does. Pure.
 */
import { type CoverageOptions, createCoverageScorer, type Links } from '../coverage.js';
import type { SentenceTexts } from '../lexicon-scorer.js';
import type { LexicalScorer } from '../scorer.js';
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
  const seen = new Set<string>();
  const pairs: Array<readonly [number, number]> = [];
  for (const [s, t] of entries) {
    const a = src.add(s);
    const b = tgt.add(t);
    if (a < 0 || b < 0 || seen.has(`${a}:${b}`)) continue;
    seen.add(`${a}:${b}`);
    pairs.push([a, b]);
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return createCoverageScorer(src.rows(), tgt.rows(), links(pairs, src.size, 0), links(pairs, tgt.size, 1), settings);
}
