/**
 * The alignment problem as the engine sees it: numbers per sentence on each side, the lexical
 * evidence between them, and what is known in advance (anchor points, beads fixed by the user).
 * prepare.ts builds it from Documents or from bare lengths; the engine only reads it.
 */
import type { BeadType } from '../types.js';
import type { LexicalLearner, LexicalScorer, PartialEvidence } from '../lexical/index.js';
import type { LengthModel } from './length.js';

/** One side, as numbers per sentence. */
export interface ProblemSide {
  /** Length of each sentence in characters (NFC). */
  readonly len: Float64Array;
  /** 1 for a heading-like line (headings.ts isHeadingLike). */
  readonly heading: Uint8Array;
  /** 1 for a sentence in the other side's language (left untranslated: it has no counterpart, most likely); absent: none. */
  readonly foreign?: Uint8Array;
  /** Sentence bounds of its paragraphs, when it has a usable paragraphing. */
  readonly paragraphs: Int32Array | undefined;
}

/**
 * A bead that must be in the alignment: source sentences [s0, s1) with target sentences [t0, t1),
 * both sides non-empty. The search is forced through it, and everything between two fixed beads
 * is aligned on its own.
 */
export interface FixedBead {
  readonly s0: number;
  readonly s1: number;
  readonly t0: number;
  readonly t1: number;
}

/** Sentences [first, end) of one side that a fixed bead leaves unmatched together. */
export interface UnmatchedRun {
  readonly side: 'source' | 'target';
  readonly first: number;
  readonly end: number;
}

export interface AlignmentProblem {
  readonly source: ProblemSide;
  readonly target: ProblemSide;
  readonly lexical: LexicalScorer;
  /** Pairs (source sentence, target sentence) likely to share a bead, increasing in both: hints for the coarse levels. */
  readonly anchors: ReadonlyArray<readonly [number, number]>;
  /** Beads fixed in advance (a reviewer's corrections), ascending and disjoint on both sides. */
  readonly fixed: readonly FixedBead[];
  /**
   * Sentences that must stay unmatched (fixed 1-0 and 0-1 beads: where they sit on the other side
   * is left to the search), ascending.
   */
  readonly unmatched: {
    readonly source: readonly number[];
    readonly target: readonly number[];
    /** Fixed one-sided beads of several sentences (say [4,5,6]:[]): their sentences come out as that one bead. */
    readonly runs?: readonly UnmatchedRun[];
  };
  /** Learns more evidence from the first pass (a lexicon) for the final pass; none: `lexical` throughout. */
  readonly learner?: LexicalLearner;
  /** Evidence the final pass adds, given rather than learned (a lexicon read from a file). */
  readonly evidence?: PartialEvidence;
  /** The sides are mostly written in two scripts (changes how the final pass decodes, params.ts). */
  readonly acrossScripts?: boolean;
}

/** Per-unit cues derived from heading flags: deletion bonus and cumulative glue (see CostModel). */
export interface UnitCues {
  readonly deletionBonus: Float64Array;
  readonly glue: Float64Array;
}

/**
 * Cues of units given their heading flags: headings are cheaper to leave out, dearer to glue to
 * sentences; and, given `foreign` flags, a sentence in the other side's language is cheaper to
 * leave out (language evidence of an untranslated sentence).
 */
export function unitCues(
  heading: ArrayLike<number>,
  settings: Pick<EngineSettings, 'headingDeletionBoost' | 'headingGlue' | 'foreignDeletionBoost'>,
  foreign?: ArrayLike<number>,
): UnitCues {
  const bonus = Math.log(Math.max(1e-9, settings.headingDeletionBoost));
  const foreignBonus = Math.log(Math.max(1e-9, settings.foreignDeletionBoost));
  const glueCost = Math.log(Math.max(1, settings.headingGlue));
  const n = heading.length;
  const deletionBonus = new Float64Array(n);
  const glue = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    deletionBonus[u] = (heading[u] ? bonus : 0) + (foreign?.[u] ? foreignBonus : 0);
    if (u > 0) glue[u] = glue[u - 1]! + (heading[u] !== heading[u - 1] ? glueCost : 0);
  }
  return { deletionBonus, glue };
}

/** How the lexical test of untranslated sentences (orphans.ts) turns into a deletion bonus. */
export interface OrphanSettings {
  /** Deletion bonus (nats) of a sentence none of whose evidence is found. */
  readonly bonus: number;
  /** Share of its evidence found below which a sentence gets a bonus (linearly down to 0 at this share). */
  readonly share: number;
  /** Sentences with less evidence than this (summed feature weight) are not judged. */
  readonly minTotal: number;
}

/** When a document is given shapes larger than the run's (engine.ts largerShapes). */
export interface LargeShapes {
  /** Share of the first pass's beads of the longest shapes (1-3/3-1) from which a document gets 1-4/4-1. */
  readonly longShare: number;
  /** Beads of the longest shapes a document must also have to grow a step beyond the first (1-5/5-1 beyond 1-4/4-1). */
  readonly growBeads: number;
  /** No shape grows longer than this many sentences on one side. */
  readonly largest: number;
}

/** Settings of one run (the resolved AlignOptions). */
export interface EngineSettings {
  readonly beadTypes: readonly BeadType[];
  /** Larger shapes for the documents that need them; undefined: never. */
  readonly largeShapes: LargeShapes | undefined;
  readonly lexicalWeight: number;
  readonly priors: Readonly<Record<string, number>>;
  readonly temperature: number;
  readonly deletionSlope: number;
  readonly priorAdaptation: number;
  /** How much likelier a heading-like line is to be unmatched than a sentence. */
  readonly headingDeletionBoost: number;
  /** How much rarer gluing a heading-like line to a sentence in one bead is than two sentences. */
  readonly headingGlue: number;
  /** How much likelier a sentence in the other side's language is to be unmatched than a sentence. */
  readonly foreignDeletionBoost: number;
  /** A fixed length model; estimated from the document when undefined. */
  readonly lengthModel: LengthModel | undefined;
  /** Pass 2 solves segments longer than this (source sentences) in pieces (pieces.ts). */
  readonly pieceRows: number;
  /** The lexical test of untranslated sentences before pass 2 (orphans.ts). */
  readonly orphans: OrphanSettings;
  /** Share of a side's text beyond the length model's prediction that is taken as noise, not as untranslated sentences (Infinity: never counted). */
  readonly deletionMargin: number;
}
