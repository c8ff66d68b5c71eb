/** Lexical evidence from a bilingual word list. */
import { nfc } from '../unicode.js';
import { type CognateScorerOptions, createCognateScorerFromRows } from './cognates.js';
import { type FeatureRows, FeatureVocabulary } from './features.js';
import { fold } from './fold.js';
import type { LexicalScorer } from './scorer.js';

/**
 * Lexical evidence from a bilingual dictionary (a user's, or the word pairs a learned lexicon
 * trusts): every entry is a feature that a source sentence has when it contains the entry's
 * source word and a target sentence has when it contains its target word (lower-cased, accents
 * stripped, whole words); scored like the cognates (IDF-weighted Dice).
 */
export function createDictionaryScorer(
  sourceTexts: readonly string[],
  targetTexts: readonly string[],
  entries: Iterable<readonly [source: string, target: string]>,
  options: CognateScorerOptions = {},
): LexicalScorer {
  const bySource = new Map<string, number[]>();
  const byTarget = new Map<string, number[]>();
  let k = 0;
  for (const [s, t] of entries) {
    const a = fold(s.trim());
    const b = fold(t.trim());
    if (!a || !b) continue;
    bySource.set(a, [...(bySource.get(a) ?? []), k]);
    byTarget.set(b, [...(byTarget.get(b) ?? []), k]);
    k++;
  }
  const vocab = new FeatureVocabulary();
  const rows = (texts: readonly string[], index: ReadonlyMap<string, number[]>): FeatureRows => {
    const off = new Int32Array(texts.length + 1);
    const ids: number[] = [];
    texts.forEach((text, s) => {
      const seen = new Set<number>();
      for (const m of nfc(text).matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
        for (const e of index.get(fold(m[0])) ?? []) {
          const id = vocab.id(`d:${e}`);
          if (!seen.has(id)) {
            seen.add(id);
            ids.push(id);
          }
        }
      }
      off[s + 1] = ids.length;
    });
    return { off, ids: Int32Array.from(ids) };
  };
  return createCognateScorerFromRows(vocab, rows(sourceTexts, bySource), rows(targetTexts, byTarget), options);
}
