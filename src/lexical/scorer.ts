/**
 * The lexical-evidence interface: how the aligner asks whether two spans of sentences look like
 * translations of each other. One scorer is built per document pair; cognates, dictionaries and a
 * learned lexicon are all scorers, and combine into one (combine.ts).
 */
import type { SharedLexical } from './share.js';

/** One side of the problem. */
export type Side = 'source' | 'target';

/**
 * Scores how much a span of source units and a span of target units look like translations of
 * each other, in [0, 1]. Units are sentences, or groups of them (paragraphs, coarse blocks).
 */
export interface LexicalScorer {
  readonly sourceUnits: number;
  readonly targetUnits: number;
  /** Similarity of source units [s0, s1) and target units [t0, t1); 0 when a span is empty. */
  score(s0: number, s1: number, t0: number, t1: number): number;
  /**
   * The same evidence over groups of units: group g of the source is units
   * [sourceBounds[g], sourceBounds[g+1]). Bounds ascend within [0, unit count] and need not
   * cover every unit, so a group of single units is a slice.
   * Used for paragraphs and for the coarse levels of the search; may drop detail for speed.
   */
  group(sourceBounds: Int32Array, targetBounds: Int32Array): LexicalScorer;
  /**
   * Optional: how much of one unit's evidence the other side's units [from, to) hold, as summed
   * feature weights [found, total] (total 0: the unit has no evidence either way). The test of a
   * sentence left untranslated: its words find no counterpart among its neighbours'.
   */
  found?(side: Side, unit: number, from: number, to: number): readonly [found: number, total: number];
  /** Optional fast path for the DP; must give the same numbers as score(). */
  cursor?(maxA: number, maxB: number): SpanCursor;
  /**
   * Optional: the scorer as plain data over shared memory, so that other threads can rebuild it
   * (restore.ts restoreLexical) without copying it. Scorers without it are used on their own thread only.
   */
  share?(): SharedLexical;
}

/** Scores every span pair ending at one DP cell at once, a row of cells at a time. */
export interface SpanCursor {
  /** Prepare for spans ending at source boundary i and target boundaries j in [jFrom, jTo]. Rows come in any order. */
  row(i: number, jFrom: number, jTo: number): void;
  /**
   * out[a·(maxB+1) + b] = score(i−a, i, j−b, j) for 1 ≤ a ≤ maxA, 1 ≤ b ≤ maxB, j in the row's
   * range (spans reaching before unit 0 are cut at 0).
   */
  cell(j: number, out: Float64Array): void;
}

/** Builds the lexical scorer of a document pair from its sentence texts (NFC is applied inside). */
export type LexicalScorerFactory = (sourceTexts: readonly string[], targetTexts: readonly string[]) => LexicalScorer;

/** A scorer with no evidence at all: length-only alignment. */
export function noLexicalEvidence(sourceUnits: number, targetUnits: number): LexicalScorer {
  return {
    sourceUnits,
    targetUnits,
    score: () => 0,
    group: (sb, tb) => noLexicalEvidence(sb.length - 1, tb.length - 1),
    share: () => ({ kind: 'none', module: import.meta.url, sourceUnits, targetUnits }),
  };
}
