/**
 * The aligner's tunable numbers, in one place. "Tuned" means: chosen on all dev sets of
 * shared/eval together (transread, alibi, textberg-dev), never per document, with
 * bench/lib/tune.mjs; bench/accuracy.mjs reports the result.
 */
import type { BeadType } from '../types.js';

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

/** Prior of a shape not in PRIORS (user-added shapes). */
export const FALLBACK_PRIOR = 0.001;

/** Weight of the lexical similarity in the bead cost (nats per unit of Dice). Tuned. */
export const LEXICAL_WEIGHT = 34;

/** Cost per √character of an unmatched sentence, on top of its prior. Tuned. */
export const DELETION_SLOPE = 0.1;

/** Posterior temperature: costs are divided by it before forward-backward. Tuned for calibration. */
export const TEMPERATURE = 2;

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
 * How much likelier a heading-like line (no final punctuation: titles, dates, captions) is to
 * have no counterpart than a sentence: 0.17 vs 0.011 in the pooled dev gold (×15); its 1-0/0-1
 * cost is lowered by log of this. Tuned to 4.5 (the ratio overstates it: part of the effect is
 * already in DELETION_SLOPE, headings being short).
 */
export const HEADING_DELETION_BOOST = 4.5;

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
