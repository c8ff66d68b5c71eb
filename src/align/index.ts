/**
 * align: two Documents → beads with a confidence each.
 * CONTRACT (owned by the engine work): signatures here are what the rest of bitext calls.
 *
 * Cost of a bead = −log prior(shape) + Gale-Church length cost (c and s² estimated per document
 * pair) − weight × lexical similarity (cognates, numbers, names, punctuation, IDF-weighted).
 * Search is coarse to fine in a band (linear time and memory), cut at confident paragraph
 * boundaries when both sides are paragraphed; each bead's score is its posterior probability.
 */
import { BEAD_TYPES, type Bead, type BeadType, type Document } from '../types.js';
import { runEngine } from './engine.js';
import type { LexicalScorerFactory } from './lexical.js';
import * as P from './params.js';

export interface AlignOptions {
  /** Bead shapes allowed (default: all of BEAD_TYPES); 1-0 and 0-1 are always allowed, so every sentence can be placed. */
  readonly beadTypes?: readonly BeadType[];
  /**
   * Lexical evidence: a factory building a LexicalScorer for the document pair (e.g. a learned
   * lexicon), or `false` for length only. Default: the dictionary-free cognate scorer.
   */
  readonly lexical?: LexicalScorerFactory | false;
  /** Weight of the lexical similarity in the bead cost (default LEXICAL_WEIGHT). */
  readonly lexicalWeight?: number;
  /** Prior probability per bead shape, overriding PRIORS for the shapes given. */
  readonly priors?: Readonly<Partial<Record<BeadType, number>>>;
  /** Posterior temperature (default TEMPERATURE); higher spreads the scores. */
  readonly temperature?: number;
  /** Align paragraphs first when both sides have several (default true). */
  readonly paragraphs?: boolean;
  /** Use hapax anchors to guide the coarse search (default true). */
  readonly anchors?: boolean;
  /** Cost per √character of a 1-0/0-1 bead on top of its prior (default DELETION_SLOPE). */
  readonly deletionSlope?: number;
  /** How much likelier a heading-like line is to be unmatched than a sentence (default HEADING_DELETION_BOOST). */
  readonly headingDeletionBoost?: number;
  /** How much rarer it is to glue a heading-like line to a sentence in one bead than two sentences (default HEADING_GLUE). */
  readonly headingGlue?: number;
  /**
   * Weight, in beads, of the global priors against this document's first-pass bead counts when
   * re-estimating the priors (default PRIOR_ADAPTATION; Infinity keeps the global priors).
   */
  readonly priorAdaptation?: number;
}

/**
 * Align the sentences of two documents. Every sentence of both sides is in exactly one bead, in
 * order; each bead's score is the posterior probability of that exact bead, in [0, 1].
 * Deterministic: the same input gives the same beads and scores.
 */
export function alignDocuments(source: Document, target: Document, options: AlignOptions = {}): Bead[] {
  return runEngine(source, target, {
    beadTypes: options.beadTypes ?? BEAD_TYPES,
    lexical: options.lexical,
    lexicalWeight: options.lexicalWeight ?? P.LEXICAL_WEIGHT,
    priors: { ...P.PRIORS, ...options.priors },
    temperature: options.temperature ?? P.TEMPERATURE,
    deletionSlope: options.deletionSlope ?? P.DELETION_SLOPE,
    headingDeletionBoost: options.headingDeletionBoost ?? P.HEADING_DELETION_BOOST,
    headingGlue: options.headingGlue ?? P.HEADING_GLUE,
    priorAdaptation: options.priorAdaptation ?? P.PRIOR_ADAPTATION,
    paragraphs: options.paragraphs ?? true,
    anchors: options.anchors ?? true,
  });
}

export type { LexicalScorer, LexicalScorerFactory, SpanCursor } from './lexical.js';
export { createCognateScorer } from './lexical.js';
