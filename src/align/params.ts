/**
 * The aligner's tunable numbers, in one place. "Tuned" means: chosen on all dev sets of
 * shared/eval together (transread, alibi, textberg-dev), never per document, with
 * bench/lib/tune.mjs; bench/accuracy.mjs reports the result.
 */
import type { DictionaryScorerOptions, LexiconLearnerOptions } from '../lexical/index.js';
import type { BeadType } from '../types.js';
import type { LargeShapes } from './problem.js';

/**
 * Prior probability of each bead shape. Start: relative frequencies in the pooled dev gold (3943
 * beads; shapes outside this list, 2 % of them, left out); 1-0/0-1 and 1-3/3-1 then tuned.
 * They are only a starting point: each document re-estimates its own (PRIOR_ADAPTATION).
 */
export const PRIORS: Readonly<Record<BeadType, number>> = {
  '1-1': 0.74,
  '1-2': 0.096,
  '2-1': 0.081,
  '2-2': 0.015,
  '3-1': 0.0075,
  '1-3': 0.0075,
  '0-1': 0.0018,
  '1-0': 0.0018,
};

/**
 * Larger shapes (1-4/4-1) for a document whose first pass puts at least `longShare` of its beads
 * at the edge of the move set (1-3/3-1), and 1-5/5-1 when the pass with 1-4/4-1 puts that share
 * in those too: engine.ts largerShapes. longShare tuned on the dev sets together; growBeads and
 * largest measured on the New Testament and UDHR of bench/languages.mjs (1-6/6-1 lost Japanese
 * 2.3 points end to end; without growBeads the founding example, 12 sentences, grew on one 4-1
 * bead and lost its exact alignment). See bench/NOTES-engine.md.
 */
export const LARGE_SHAPES: LargeShapes = { longShare: 0.035, growBeads: 5, largest: 5 };

/**
 * 2-3/3-2 beads in pass 2 (uneven.ts), for a document given 1-4/4-1 whose lexical evidence
 * explains its first-pass beads well. documentSupport: the least median similarity (cognates +
 * learned lexicon) of those beads; the dev documents read .48-.72, New Testament books .07-.83
 * (distant scripts low), and .45 keeps the one New Testament 2-3 bead that lost (English-Lao, .38)
 * out. beadSupport: the least similarity of a 2-3/3-2 bead; dev F1 is flat for .45-.7 (Text+Berg
 * .870-.871) and drops at .8 (.868), and below .7 en-de and zh-ja New Testament books lose a bead.
 * prior: .002-.005 give the same dev figures, .001 loses Text+Berg's gain. See bench/NOTES-engine.md.
 */
export const UNEVEN_SHAPES = { types: ['2-3', '3-2'], prior: 0.003, documentSupport: 0.45, beadSupport: 0.7 } as const;

/** Prior of a shape not in PRIORS (user-added shapes). */
export const FALLBACK_PRIOR = 0.001;

/** Weight of the lexical similarity in the bead cost (nats per unit of Dice). Tuned. */
export const LEXICAL_WEIGHT = 34;

/** Cost per √character of an unmatched sentence, on top of its prior. Tuned. */
export const DELETION_SLOPE = 0.1;

/** Posterior temperature: costs are divided by it before forward-backward. Tuned for calibration. */
export const TEMPERATURE = 2;

/**
 * Where the sides are written in two scripts, the final pass returns the path of most expected
 * correct beads, Σ (bead posterior − gain), rather than the best path (dp.ts). From
 * bench/NOTES-engine.md, sixth round: the lowest gain that keeps the pooled dev sets' strict F1
 * (lower gains split more and gain more on the New Testament, but cost the one-script dev sets);
 * on the one-script dev sets every gain lost Text+Berg, so one-script pairs keep the best path.
 */
export const DECODING_GAIN_ACROSS_SCRIPTS = 0.2;

/**
 * Shapes used at the coarse levels of the search, as Vecalign: with blocks paired in proportion
 * to the sentence counts (search.ts), 1-2/2-1 blocks added nothing but time (Bible ×30: same band).
 */
export const COARSE_TYPES: readonly string[] = ['1-1', '1-0', '0-1'];

/** Shapes of paragraph beads: merges and splits of paragraphs, and paragraphs left out. */
export const PARAGRAPH_TYPES: readonly string[] = ['1-1', '1-0', '0-1', '1-2', '2-1', '2-2', '1-3', '3-1'];

/**
 * Paragraph bead priors: hand-set, closer to uniform than sentence priors, since paragraphing
 * differs more between editions (headers, merged dialogue) than sentence splitting does.
 */
export const PARAGRAPH_PRIORS: Readonly<Record<string, number>> = {
  '1-1': 0.8,
  '1-0': 0.02,
  '0-1': 0.02,
  '1-2': 0.05,
  '2-1': 0.05,
  '2-2': 0.01,
  '1-3': 0.01,
  '3-1': 0.01,
};

/** A paragraph boundary becomes a hard cut when its posterior is at least this. Hand-set. */
export const PARAGRAPH_CUT_POSTERIOR = 0.99;

/**
 * Search: full DP up to this many lattice cells (50 × 50), else coarse to fine. Measured: the
 * dev sets give the same beads from 2 500 cells to 1 000 000, and so do 100-verse Bible
 * documents (same beads and scores at 2 500 and 40 000 cells), so this is set for speed: from
 * about 100 × 100 the band costs less than the full lattice (a corpus of 100-sentence documents
 * aligns some 40 % faster than at 40 000).
 */
export const MAX_FULL_CELLS = 2_500;

/**
 * Search: units kept on each side of the projected path (Vecalign: 5). At 3, the path touched
 * the band often enough at scale that the re-runs cost more than the narrower band saved.
 */
export const SEARCH_BUFFER = 5;

/** Search: how many times a band may be widened where the path touches it (Moore 2002). */
export const WIDEN_ROUNDS = 4;

/** Re-estimating the length ratio c needs at least this many 1-1 beads from the first pass. */
export const MIN_RATIO_PAIRS = 3;

/** Re-estimating the variance s² needs at least this many (1-1 beads between 1-1 beads). */
export const MIN_VARIANCE_PAIRS = 20;

/**
 * Pairs whose mean length is under this many characters do not count towards s² (length.ts
 * estimateLengthModel). From bench/NOTES-engine.md, "Short labels in the variance": the dev sets
 * keep their strict F1 at 10 and lose Jane Eyre from 15 on; at 10 the UDHR, whose lines are half
 * article labels, stops turning two 1-1 beads into a deletion and a 1-2 (German-French, Lao).
 */
export const MIN_VARIANCE_CHARS = 10;

/**
 * How much likelier a heading-like line (no final punctuation: titles, dates, captions) is to
 * have no counterpart than a sentence: 0.17 vs 0.011 in the pooled dev gold (×15); its 1-0/0-1
 * cost is lowered by log of this. Tuned to 4.5 (the ratio overstates it: part of the effect is
 * already in DELETION_SLOPE, headings being short).
 */
export const HEADING_DELETION_BOOST = 4.5;

/**
 * How much likelier a sentence in the other side's language (detect marks it) is to have no
 * counterpart than a sentence: an untranslated sentence left in a translation usually has none,
 * unless the source quotes it too (then the words it shares outweigh this). The dev gold marks
 * one such sentence only (a quotation both sides keep in English), so this is set by hand, as
 * strong as the heading cue.
 */
export const FOREIGN_DELETION_BOOST = 4.5;

/**
 * Gluing a heading-like line to a sentence inside one bead: 2.3 % of such neighbours are glued
 * in the pooled dev gold, against 14.7 % for two sentences (×6.5 rarer). Tuned to 13.
 */
export const HEADING_GLUE = 13;

/**
 * Weight (in beads) of the global priors when a document's priors are re-estimated from its
 * first-pass bead counts. Tuned (5–20 within 0.002 of each other on the dev sets; without
 * re-estimation the dev mean loses 0.009 and the founding example's headers are merged).
 */
export const PRIOR_ADAPTATION = 10;

/**
 * Pass 1 (for the document's length model and priors) runs on the whole segment up to this many
 * source sentences; above, on FIRST_PASS_SAMPLE_ROWS rows in windows of FIRST_PASS_WINDOW_ROWS,
 * evenly spaced, skipping FIRST_PASS_WINDOW_MARGIN beads at each window end. Set for speed: tens
 * of thousands of beads estimate a handful of numbers as well as a million do.
 */
export const FULL_FIRST_PASS_ROWS = 60_000;
export const FIRST_PASS_SAMPLE_ROWS = 40_000;
export const FIRST_PASS_WINDOW_ROWS = 2_000;
export const FIRST_PASS_WINDOW_MARGIN = 20;

/**
 * Pass 2 solves segments longer than this many source sentences in pieces of about this size,
 * cut where the path is near certain (pieces.ts): one piece's DP arrays in memory at a time, and
 * pieces side by side on several cores. Set for speed and memory; every dev document is shorter.
 */
export const PIECE_ROWS = 100_000;

/** Rows of the local forward-backward that picks a cut point (the middle half is eligible). */
export const CUT_WINDOW_ROWS = 1_000;

/**
 * A learned lexicon trains on the beads of at most this many source sentences a segment
 * (re-searched with posteriors; longer segments in windows of FIRST_PASS_WINDOW_ROWS): Moore
 * (2002) found about 10 000 sentence pairs enough to estimate Model 1.
 */
export const LEXICON_SAMPLE_ROWS = 40_000;

/**
 * The lexicon learned between the passes (lexical/learn.ts, lexicon-scorer.ts). Tuned on the dev
 * sets together, but where marked.
 */
export const LEXICON: LexiconLearnerOptions = {
  /** Beads of this posterior or more are trained on (0.8-0.95 within 0.001 of each other). */
  threshold: 0.9,
  /** 1-1 beads only: 1-2/2-1 beads as well lost 0.3 points. */
  maxSide: 1,
  /**
   * Fewer confident beads than this and nothing is learned: the smallest dev stories (60-120
   * sentences) neither gain nor lose from a lexicon; 100 or more lost alibi 0.2 points.
   */
  minBeads: 50,
  /**
   * At most this many training beads (evenly spread). Moore (2002) trains a whole model on about
   * 10 000 pairs; the mutual-best pairs of frequent words need fewer: set for speed (EM on 2 000
   * Bible verses takes about half a second), no dev document has as many.
   */
  maxBeads: 2_000,
  /** Whole words (5- and 6-letter prefixes lost 0.1-0.3 points). */
  prefix: 0,
  /** EM iterations (Moore 2002: 4; 3 and 8 lost 0.2-0.3 points). */
  iterations: 5,
  /** Words seen fewer times in the training beads are one "(other)" word (1 and 2 lost 0.2 points). */
  minCount: 3,
  /** A cap on the vocabulary a side, the most frequent words (set for memory; no dev document reaches it). */
  maxWords: 30_000,
  /** Pairs below this in both directions are dropped from the saved lexicon (far below any link). */
  minProbability: 0.01,
  /** Links: mutual best at 0.3 or more; Dice smoothing 8; no frequency cap (tuned). */
  scorer: { threshold: 0.3, smoothing: 8, maxShare: 1 },
  /** Weight of the lexicon's Dice added to the cognates' (which weigh 1). Tuned. */
  weight: 0.6,
  /**
   * Sides in different scripts: beads more likely right than wrong (posterior 0.5), of any shape
   * the aligner makes (up to 3 sentences a side). Set at those two natural points, not swept:
   * English-Japanese New Testament books had 12 to 26 beads at 0.9 of 1-1 shape (minBeads: no
   * lexicon at all); measured on the New Testament and UDHR pairs of bench/languages.mjs.
   * Learned twice, the second time from the first pass searched with the first lexicon: New
   * Testament end to end +.001 to +.031 for every pair in two scripts (a third round: within
   * .003 of two, at one more search; twice for every pair: transread dev .921 → .919). Weighed as
   * the cognates (1), which say next to nothing across scripts: end to end the same or better for
   * every such New Testament pair at 1 to 2 (0.36 lost .006-.018 against 0.6, the dev sets' value).
   */
  acrossScripts: { threshold: 0.5, maxSide: 3, rounds: 2, weight: 1 },
};

/** The lexical test of untranslated sentences (orphans.ts). Tuned. */
export const ORPHANS = { bonus: 2, share: 0.1, minTotal: 3 } as const;

/** Weight of a user dictionary's coverage added to the cognates' (which weigh 1). Tuned. */
export const DICTIONARY_WEIGHT = 0.2;

/** How dictionary terms are matched (lexical/dictionary/scorer.ts). Tuned. */
export const DICTIONARY: DictionaryScorerOptions = { prefix: 5, smoothing: 16, maxShare: 1 };

/**
 * Per document, the share of a side's characters beyond the length model's prediction
 * (engine.ts unmatchedByLength) that is noise: on the dev documents without deletions the budget
 * ranges over ±0.035; Emma, a fifth of whose English is not translated, reads 0.185. Tuned.
 */
export const DELETION_MARGIN = 0.04;
