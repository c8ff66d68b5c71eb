/**
 * Coverage: how much of each span the other span translates, given links between the words (or
 * terms) of the two sides. A word is covered when a word of the other span is linked to it; the
 * score is the IDF-weighted share of covered words on both sides,
 * Σ w(covered) / (Σ w(source words) + Σ w(target words) + smoothing), in [0, 1], counting only
 * words that some word of the other side is linked to (and that word occurs in the document). This is the bidirectional coverage of the prior-art
 * notes, computed as a Dice over feature sets (cognates.ts): a sentence's features are its own
 * words and the words they are linked to on the other side, so that the fast span cursor, the
 * grouping and the sharing with worker threads serve it as they serve the cognates. Pure.
 */
import { createDiceScorer } from './cognates.js';
import type { FeatureRows } from './features.js';
import type { LexicalScorer } from './scorer.js';
import type { WordRows } from './words.js';

/** Links by word of one side: linked[off[w]..off[w+1]) are the other side's words linked to w. */
export interface Links {
  readonly off: Int32Array;
  readonly ids: Int32Array;
}

export interface CoverageOptions {
  /** Pseudo-weight added to the denominator (see CognateScorerOptions.smoothing). */
  readonly smoothing: number;
  /** Words in more than this share of their side's sentences are left out: they tell sentences apart too little. */
  readonly maxShare: number;
}

/** 1 for the words of a side found in some sentence, but in at most `maxShare` of them (rows hold each word once a sentence). */
function present(rows: WordRows, words: number, maxShare: number): Uint8Array {
  const df = new Int32Array(words);
  for (const w of rows.ids) df[w]!++;
  const limit = maxShare * (rows.off.length - 1);
  return Uint8Array.from(df, (d) => (d > 0 && d <= limit ? 1 : 0));
}

/** Links between kept words only. */
function keepLinks(links: Links, okFrom: Uint8Array, okTo: Uint8Array): Links {
  const off = new Int32Array(links.off.length);
  const ids: number[] = [];
  for (let w = 0; w + 1 < links.off.length; w++) {
    if (okFrom[w]) for (let k = links.off[w]!; k < links.off[w + 1]!; k++) if (okTo[links.ids[k]!]) ids.push(links.ids[k]!);
    off[w + 1] = ids.length;
  }
  return { off, ids: Int32Array.from(ids) };
}

/** Words of a side that some word of the other side stands for: the only ones that can be covered. */
function reachable(links: Links, words: number): Uint8Array {
  const out = new Uint8Array(words);
  for (const w of links.ids) out[w] = 1;
  return out;
}

/**
 * Feature rows of one side: its words that the other side can cover (ids shifted by `own`) and the
 * words they stand for on the other side (shifted by `other`), distinct within a sentence.
 */
function coverageRows(rows: WordRows, links: Links, coverable: Uint8Array, own: number, other: number, features: number): { rows: FeatureRows; df: Int32Array } {
  const units = rows.off.length - 1;
  const off = new Int32Array(units + 1);
  const ids: number[] = [];
  const seen = new Int32Array(features).fill(-1);
  const df = new Int32Array(features);
  for (let u = 0; u < units; u++) {
    for (let k = rows.off[u]!; k < rows.off[u + 1]!; k++) {
      const w = rows.ids[k]!;
      const f = own + w;
      if (coverable[w] && seen[f] !== u) {
        seen[f] = u;
        ids.push(f);
        df[f]!++;
      }
      for (let l = links.off[w]!; l < links.off[w + 1]!; l++) {
        const g = other + links.ids[l]!;
        if (seen[g] !== u) {
          seen[g] = u;
          ids.push(g);
        }
      }
    }
    off[u + 1] = ids.length;
  }
  return { rows: { off, ids: Int32Array.from(ids) }, df };
}

/**
 * The coverage scorer of two sides' word rows (ids distinct within a sentence) under the links
 * between them: bySource[s] are the target words source word s is linked to, byTarget likewise.
 */
export function createCoverageScorer(src: WordRows, tgt: WordRows, bySource: Links, byTarget: Links, options: CoverageOptions): LexicalScorer {
  const S = bySource.off.length - 1;
  const T = byTarget.off.length - 1;
  // Links whose two words both occur (a word that could only be covered by a word the other
  // side never has is no evidence), and, with maxShare, neither in too many sentences.
  const okS = present(src, S, options.maxShare);
  const okT = present(tgt, T, options.maxShare);
  bySource = keepLinks(bySource, okS, okT);
  byTarget = keepLinks(byTarget, okT, okS);
  const srcRows = coverageRows(src, bySource, reachable(byTarget, S), 0, S, S + T);
  const tgtRows = coverageRows(tgt, byTarget, reachable(bySource, T), S, 0, S + T);
  // A word's weight is its rarity among the sentences of its own side (IDF). Dice doubles the
  // shared weight (it counts a feature once on each side): a covered word is found once, so its
  // shared weight is half its own.
  const weight = new Float64Array(S + T);
  const srcWeight = new Float64Array(S + T);
  const tgtWeight = new Float64Array(S + T);
  const units = [src.off.length - 1, tgt.off.length - 1] as const;
  for (let f = 0; f < S + T; f++) {
    const own = f < S ? srcRows.df[f]! : tgtRows.df[f]!;
    if (own === 0) continue;
    const w = Math.log((units[f < S ? 0 : 1] + 1) / own);
    weight[f] = w / 2;
    if (f < S) srcWeight[f] = w;
    else tgtWeight[f] = w;
  }
  return createDiceScorer(srcRows.rows, tgtRows.rows, weight, options.smoothing, srcWeight, tgtWeight);
}
