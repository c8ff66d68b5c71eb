/**
 * align: two Documents → beads with a confidence each.
 * CONTRACT (owned by the engine work): signatures here are what the rest of bitext calls.
 *
 * Cost of a bead = −log prior(shape) + Gale-Church length cost (c and s² estimated per document
 * pair) − weight × lexical similarity (cognates, numbers, names, punctuation, IDF-weighted).
 * Search is coarse to fine in a band (linear time and memory), cut at confident paragraph
 * boundaries when both sides are paragraphed; each bead's score is its posterior probability.
 */
import { countEntries, type DictionaryEntries, type DictionaryScorerOptions, type LexicalScorerFactory, type Lexicon, type LexiconLearnerOptions, selectTrainingBeads, trainingSelection, type WordBeads, wordBeads } from '../lexical/index.js';
import { BEAD_TYPES, type Bead, type BeadType, type Document } from '../types.js';
import { trainingBeads } from './confident.js';
import { type AlignmentPlan, alignProblem, documentPasses, type Ladder, ladderBeads, planAlignment, trainingBeadsWith } from './engine.js';
import type { LengthModel } from './length.js';
import * as P from './params.js';
import { givenLexiconEvidence, type LexicalEvidence, prepareDocuments, prepareLengths, sentenceTexts } from './prepare.js';
import type { AlignmentProblem, EngineSettings, LargeShapes, OrphanSettings } from './problem.js';

/** Options shared by alignDocuments and alignLengths; every default is in params.ts. */
export interface AlignOptions {
  /** Bead shapes allowed (default: all of BEAD_TYPES); 1-0 and 0-1 are always allowed, so every sentence can be placed. */
  readonly beadTypes?: readonly BeadType[];
  /**
   * Shapes one sentence larger (1-4/4-1) for documents whose first pass needs 1-3/3-1 often
   * (default: on unless `beadTypes` is given; `false`: never; settings override LARGE_SHAPES').
   */
  readonly largeShapes?: boolean | Partial<LargeShapes>;
  /**
   * Lexical evidence: a factory building a LexicalScorer for the document pair (e.g. a learned
   * lexicon), or `false` for length only. Default: the dictionary-free cognate scorer.
   */
  readonly lexical?: LexicalScorerFactory | false;
  /** Weight of the lexical similarity in the bead cost (default LEXICAL_WEIGHT). */
  readonly lexicalWeight?: number;
  /** Prior probability per bead shape, overriding PRIORS for the shapes given. */
  readonly priors?: Readonly<Partial<Record<BeadType, number>>>;
  /**
   * Weight, in beads, of the global priors against this document's first-pass bead counts when
   * the priors are re-estimated per document (default PRIOR_ADAPTATION; Infinity: never).
   */
  readonly priorAdaptation?: number;
  /** Fixed length model {c, s2}; default: estimated per document pair from a first pass. */
  readonly lengthModel?: LengthModel;
  /** Posterior temperature (default TEMPERATURE); higher spreads the scores. */
  readonly temperature?: number;
  /** Cost per √character of a 1-0/0-1 bead on top of its prior (default DELETION_SLOPE). */
  readonly deletionSlope?: number;
  /** How much likelier a heading-like line is to be unmatched than a sentence (default HEADING_DELETION_BOOST). */
  readonly headingDeletionBoost?: number;
  /** How much rarer gluing a heading-like line to a sentence in one bead is than gluing two sentences (default HEADING_GLUE). */
  readonly headingGlue?: number;
  /** How much likelier a sentence in the other side's language is to be unmatched than a sentence (default FOREIGN_DELETION_BOOST). */
  readonly foreignDeletionBoost?: number;
  /** Align paragraphs first when both sides have several (default true). */
  readonly paragraphs?: boolean;
  /** Use hapax anchors to guide the coarse levels of the search (default true). */
  readonly anchors?: boolean;
  /**
   * Longest stretch, in source sentences, that the final pass solves in one piece (default
   * PIECE_ROWS); longer ones are cut at near-certain points. Bounds the memory of that pass and
   * sets how it can be shared out among threads (src/parallel); scores next to a cut may move
   * in the last digits.
   */
  readonly pieceRows?: number;
  /**
   * Beads that must be in the alignment (a reviewer's corrections): the search goes through each,
   * and everything between them is aligned again. Indices are sentence indices; a bead with one
   * side empty fixes those sentences as unmatched. Fixed beads are scored 1 and marked confirmed.
   */
  readonly fixed?: readonly Pick<Bead, 'source' | 'target'>[];
  /**
   * Learn a lexicon from the document (IBM Model 1 on the beads the first pass is sure of) and
   * use it in the final pass (default true; settings override LEXICON's).
   */
  readonly learnLexicon?: boolean | Partial<LexiconLearnerOptions>;
  /** A lexicon to use instead of learning one (in the pair's direction: see reverseLexicon). */
  readonly lexicon?: Lexicon;
  /**
   * A user dictionary: its entries, (source term, target term) in the pair's direction (see
   * orientDictionary), the weight of its evidence added to the cognates' (default
   * DICTIONARY_WEIGHT) and how terms are matched (default DICTIONARY).
   */
  readonly dictionary?: { readonly entries: DictionaryEntries; readonly weight?: number } & Partial<DictionaryScorerOptions>;
  /**
   * Share of a side's text beyond what the length model predicts that is noise rather than
   * sentences left untranslated, when the document's 1-0/0-1 priors are estimated (default
   * DELETION_MARGIN; Infinity: the length budget is not used).
   */
  readonly deletionMargin?: number;
  /** The lexical test of untranslated sentences (default ORPHANS; `{ bonus: 0 }`: off). */
  readonly orphans?: Partial<OrphanSettings>;
}

/** The resolved settings of a run: every option with its default. */
export function engineSettings(options: AlignOptions, lexical = options.lexical !== false): EngineSettings {
  return {
    beadTypes: options.beadTypes ?? BEAD_TYPES,
    largeShapes: largeShapesSettings(options),
    lexicalWeight: lexical ? (options.lexicalWeight ?? P.LEXICAL_WEIGHT) : 0,
    priors: { ...P.PRIORS, ...options.priors },
    temperature: options.temperature ?? P.TEMPERATURE,
    deletionSlope: options.deletionSlope ?? P.DELETION_SLOPE,
    priorAdaptation: options.priorAdaptation ?? P.PRIOR_ADAPTATION,
    headingDeletionBoost: options.headingDeletionBoost ?? P.HEADING_DELETION_BOOST,
    headingGlue: options.headingGlue ?? P.HEADING_GLUE,
    foreignDeletionBoost: options.foreignDeletionBoost ?? P.FOREIGN_DELETION_BOOST,
    lengthModel: options.lengthModel,
    pieceRows: options.pieceRows ?? P.PIECE_ROWS,
    orphans: { ...P.ORPHANS, ...options.orphans },
    deletionMargin: options.deletionMargin ?? P.DELETION_MARGIN,
  };
}

/** Larger shapes: LARGE_SHAPES overridden by the option; off when asked, or when the bead types are given and they are not asked for. */
function largeShapesSettings(options: AlignOptions): LargeShapes | undefined {
  const asked = options.largeShapes;
  if (asked === false || (asked === undefined && options.beadTypes)) return undefined;
  return { ...P.LARGE_SHAPES, ...(typeof asked === 'object' && asked) };
}

/**
 * Align the sentences of two documents. Every sentence of both sides is in exactly one bead, in
 * order; each bead's score is the posterior probability of that exact bead, in [0, 1].
 * Deterministic: the same input gives the same beads and scores. Scoring reads the NFC form of
 * the sentence texts; nothing is written back.
 */
export function alignDocuments(source: Document, target: Document, options: AlignOptions = {}): Bead[] {
  // Two steps, so that everything the engine built is garbage once the ladder is back (the
  // prepared pair lives in documentLadder's frame only), before the Bead records are made.
  return ladderBeads(documentLadder(source, target, options));
}

function documentLadder(source: Document, target: Document, options: AlignOptions): Ladder {
  return alignProblem(documentProblem(source, target, options), engineSettings(options));
}

/** The settings of the lexicon learner options ask for: LEXICON's, overridden by `learnLexicon`'s. */
function learnerSettings(options: AlignOptions): LexiconLearnerOptions | undefined {
  const learn = options.learnLexicon ?? true;
  if (learn === false) return undefined;
  const settings = typeof learn === 'object' ? learn : {};
  // A setting that the across-scripts settings also make (threshold, bead size, rounds, weight),
  // asked for, holds for every pair, unless settings across scripts are asked for too.
  const asked = settings.threshold !== undefined || settings.maxSide !== undefined || settings.rounds !== undefined || settings.weight !== undefined;
  const { acrossScripts: _default, ...base } = P.LEXICON;
  const acrossScripts = settings.acrossScripts ?? (asked ? undefined : _default);
  return { ...base, ...settings, scorer: { ...P.LEXICON.scorer, ...settings.scorer }, ...(acrossScripts && { acrossScripts }) };
}

/**
 * The weight of a lexicon given (a file, a corpus's): the one asked for, for every pair; else a
 * learned lexicon's, in a pair of one script and in a pair of two (LEXICON.acrossScripts).
 */
function givenLexiconWeight(settings: Partial<LexiconLearnerOptions>): { weight: number; acrossScripts?: number } {
  if (settings.weight !== undefined) return { weight: settings.weight };
  const across = (settings.acrossScripts ?? P.LEXICON.acrossScripts)?.weight;
  return { weight: P.LEXICON.weight, ...(across !== undefined && { acrossScripts: across }) };
}

/** The lexical evidence options ask for beyond the cognates: a dictionary, a lexicon given or one to learn. */
function lexicalEvidence(options: AlignOptions): LexicalEvidence {
  const learn = options.learnLexicon ?? true;
  const settings = typeof learn === 'object' ? learn : {};
  const learner = learnerSettings(options);
  const { entries = [], weight = P.DICTIONARY_WEIGHT, ...matching } = options.dictionary ?? {};
  return {
    ...(countEntries(entries) && { dictionary: { entries, weight, scorer: { ...P.DICTIONARY, ...matching } } }),
    ...(options.lexicon
      ? { lexicon: { lexicon: options.lexicon, ...givenLexiconWeight(settings), scorer: { ...P.LEXICON.scorer, ...settings.scorer } } }
      : learner && { learn: learner }),
  };
}

/** The alignment problem of two documents: numbers per sentence, lexical evidence, anchors, fixed beads. */
export function documentProblem(source: Document, target: Document, options: AlignOptions = {}): AlignmentProblem {
  return prepareDocuments(source, target, {
    lexical: options.lexical,
    paragraphs: options.paragraphs ?? true,
    anchors: options.anchors ?? true,
    fixed: options.fixed ?? [],
    evidence: lexicalEvidence(options),
  });
}

/**
 * Everything of alignDocuments but the final pass, which is left as independent jobs: for
 * running them elsewhere (src/parallel runs them on worker threads). `solveJob` on each job, then
 * `assembleLadder` and `ladderBeads`, give exactly alignDocuments' beads.
 */
export function planDocuments(source: Document, target: Document, options: AlignOptions = {}): AlignmentPlan {
  return planAlignment(documentProblem(source, target, options), engineSettings(options));
}

/**
 * `planDocuments` in two steps, yielding between the problem and the plan: for a caller that
 * plans many small pairs a stage at a time (pipeline/steps.ts).
 */
export function* planSteps(source: Document, target: Document, options: AlignOptions = {}): Generator<void, AlignmentPlan, undefined> {
  const problem = documentProblem(source, target, options);
  yield;
  return planAlignment(problem, engineSettings(options));
}

/** The words a pair's lexicon would be trained on, and how many rounds the pair's learner takes. */
export interface ConfidentWords extends WordBeads {
  readonly rounds: number;
}

/**
 * The beads a lexicon learned from the pair would be trained on, as words: the first pass's
 * confident beads, chosen and folded as the learner chooses and folds them (`learnLexicon`'s
 * settings, minBeads aside), whatever the pair's size. What a corpus pools to learn one lexicon
 * for all its documents (lexical/pool.ts); no lexicon is learned here. A lexicon given is taken
 * as the one learned the round before (a corpus's): a pair whose learner takes several rounds
 * (sides in two scripts) then has its first pass's bands searched again with it, as its own
 * second round would be (engine.ts learnEvidence); a pair of one round leaves it unread.
 */
export function confidentWords(source: Document, target: Document, options: AlignOptions = {}): ConfidentWords {
  const { lexicon: _given, ...rest } = options;
  const learn = learnerSettings(options) ?? P.LEXICON;
  const problem = documentProblem(source, target, { ...rest, learnLexicon: false });
  const settings = engineSettings(options);
  const { first, params } = documentPasses(problem, settings);
  const texts = { source: sentenceTexts(source), target: sentenceTexts(target) };
  const across = problem.acrossScripts === true;
  const selection = trainingSelection(texts.source, texts.target, learn, across);
  const rounds = selection.rounds ?? 1;
  const given = rounds > 1 ? lexicalEvidence(options).lexicon : undefined;
  const beads = (given && trainingBeadsWith(problem, settings, first, params, givenLexiconEvidence(given, texts, across))) ?? trainingBeads(first, problem, params);
  return { ...wordBeads(texts.source, texts.target, beads, selectTrainingBeads(beads, selection), learn.prefix), rounds };
}

/**
 * Align two sequences of sentence lengths (characters) with the length model alone, like NLTK's
 * `align_blocks`. With `{ lengthModel: { c: 1, s2: 6.8 }, priorAdaptation: Infinity }` and Gale &
 * Church's six bead types and priors, this is Gale & Church (1993).
 */
export function alignLengths(sourceLengths: readonly number[], targetLengths: readonly number[], options: AlignOptions = {}): Bead[] {
  return ladderBeads(alignProblem(prepareLengths(sourceLengths, targetLengths), engineSettings(options, false)));
}

/** Gale & Church's (1993) bead priors, as in NLTK's `LanguageIndependent` (1-0 and 0-1 each get 0.0099). */
export const GALE_CHURCH_PRIORS: Readonly<Partial<Record<BeadType, number>>> = {
  '1-1': 0.89,
  '1-0': 0.0099,
  '0-1': 0.0099,
  '2-1': 0.089,
  '1-2': 0.089,
  '2-2': 0.011,
};

export type { LengthModel } from './length.js';
export { PRIORS, LEXICAL_WEIGHT, LEXICON, PIECE_ROWS, DICTIONARY } from './params.js';
export type { AlignmentProblem, EngineSettings, FixedBead, ProblemSide } from './problem.js';
export {
  type AlignmentPlan,
  assembleLadder,
  type FirstPass,
  largerShapes,
  type Ladder,
  ladderBeads,
  passTwoJobs,
  planAlignment,
  type RefineJob,
  type RefineResult,
  solveJob,
  solvePlan,
} from './engine.js';
export type { SearchParams } from './search.js';
export { sentenceTexts } from './prepare.js';
export { inlineExecutor, type PlanExecutor } from './executor.js';
export { type PlanBand, planBand } from './plan-band.js';
export { type JobData, jobBuffers, jobData, resultBuffers, solveJobData } from './jobs.js';
