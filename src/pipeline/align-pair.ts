/**
 * The whole job as one composition: texts (or Documents already read) in, an alignment and what
 * the caller should be told out. Pure but for the executor, which decides where pass 2 runs: on
 * this thread (`inlineExecutor`), or on worker threads that live as long as the caller wants
 * (`createThreadExecutor` in src/parallel, one pool for a whole corpus).
 */
import {
  type AlignOptions,
  assembleLadder,
  inlineExecutor,
  type Ladder,
  ladderBeads,
  type PlanBand,
  planBand,
  type PlanExecutor,
  planDocuments,
  planSteps,
  solvePlan,
} from '../align/index.js';
import type { Diagnostic } from '../diagnostics.js';
import { type Chunk, weighByPlacement } from '../document/bilingual-sides.js';
import { type DocumentPair, type InputText, type NamedText, prepareBilingual, type PrepareOptions, preparePair } from '../document/prepare.js';
import type { Lexicon } from '../lexical/index.js';
import type { Alignment } from '../types.js';
import { alignChunks } from './align-chunks.js';
import { withCueTimes } from './cue-times.js';
import { type UserEvidence, userEvidence } from './evidence.js';
import { finish, type Steps } from './steps.js';

/** Options of the whole pipeline: how the inputs are read, how they are aligned, and the user's dictionaries and lexicon. */
export interface PipelineOptions extends PrepareOptions, AlignOptions, UserEvidence {
  /** Also return where the final pass searched (PairResult.band), for a review page's path plot. */
  readonly keepBand?: boolean;
}

/** The inputs of one alignment: two texts, or one holding both languages. */
export interface PairTexts {
  readonly source: InputText;
  /** Absent: `source` holds both languages (as UN and EU messages often do). */
  readonly target?: InputText;
}

/** An alignment and what the caller should be told about how its inputs were read. */
export interface PairResult {
  readonly alignment: Alignment;
  readonly diagnostics: readonly Diagnostic[];
  /** The search band of the final pass, when `keepBand` asked for it. */
  readonly band?: PlanBand;
  /** The lexicon learned from the pair (source → target), when one was. */
  readonly lexicon?: Lexicon;
}

/**
 * The two Documents of a pair of texts: segmented, languages checked or detected, sides found in
 * a one-file input. The Documents do not keep the texts alive (see document/build.ts), so a
 * caller that lets the texts go after this, as the CLI does, frees their memory before aligning.
 */
export function readPair(texts: PairTexts, options: PrepareOptions = {}): DocumentPair {
  return texts.target === undefined ? prepareBilingual(texts.source, options) : preparePair(texts.source, texts.target, options);
}

/**
 * Align a pair: read it (unless given as Documents), plan, solve pass 2 with the executor, and
 * collect the beads. The same beads for every executor.
 * @example
 *   const { alignment } = await alignPair({ source: { name: 'en.txt', text: en }, target: { name: 'fr.txt', text: fr } }, { from: 'en', to: 'fr' });
 */
export async function alignPair(inputs: PairTexts | DocumentPair, options: PipelineOptions = {}, executor: PlanExecutor = inlineExecutor): Promise<PairResult> {
  // Async, so that a pair that cannot be read rejects rather than throws.
  return finish(alignSteps(isDocumentPair(inputs) ? inputs : readPair(inputs, options), options, executor));
}

/**
 * `alignPair` of a pair read, in steps (pipeline/steps.ts): it yields between the problem, the
 * plan and pass 2, so that a caller aligning many small pairs can run each stage over all of them.
 */
export async function* alignSteps(documents: DocumentPair, options: PipelineOptions = {}, executor: PlanExecutor = inlineExecutor): Steps<PairResult> {
  const evidence = userEvidence(documents, options);
  const merged = { ...options, ...evidence.options };
  if (byChunks(documents, merged)) return chunkResult(documents, merged, evidence.diagnostics);
  return result(documents, yield* solvedLadder(documents, merged, executor), evidence.diagnostics);
}

/** `alignPair` on the calling thread, synchronously. */
export function alignPairSync(inputs: PairTexts | DocumentPair, options: PipelineOptions = {}): PairResult {
  const documents = isDocumentPair(inputs) ? inputs : readPair(inputs, options);
  const evidence = userEvidence(documents, options);
  const merged = { ...options, ...evidence.options };
  if (byChunks(documents, merged)) return chunkResult(documents, merged, evidence.diagnostics);
  return result(documents, inlineLadder(documents, merged), evidence.diagnostics);
}

/** Whether a pair is aligned chunk by chunk: a one-file input in rows, unless fixed beads (global indices) or a kept band are asked for. */
function byChunks(documents: DocumentPair, options: PipelineOptions): documents is DocumentPair & { chunks: readonly Chunk[] } {
  return documents.chunks !== undefined && !options.fixed?.length && !options.keepBand;
}

/** The alignment of a one-file input in rows, each row aligned on its own. */
function chunkResult(documents: DocumentPair & { chunks: readonly Chunk[] }, options: PipelineOptions, notes: readonly Diagnostic[]): PairResult {
  const { source, target, diagnostics } = documents;
  const beads = alignChunks(source, target, documents.chunks, withCueTimes(documents, options));
  return { alignment: { source, target, beads: placed(documents, beads) }, diagnostics: [...diagnostics, ...notes] };
}

/** Bead scores weighed by the probability that their sentences were put on the right side (one-file input); two files' as they are. */
function placed(documents: DocumentPair, beads: Alignment['beads']): Alignment['beads'] {
  return documents.placement ? weighByPlacement(beads, documents.placement) : beads;
}

/**
 * Align a text and its translation on the calling thread: `alignPairSync` for two strings.
 * @param source the source text, or one text holding both languages when `target` is absent
 * @param target the target text
 * @example align('The cat sleeps. It dreams.', 'Le chat dort. Il rêve.', { from: 'en', to: 'fr' })
 */
export function align(source: string | NamedText, target?: string | NamedText, options: PipelineOptions = {}): PairResult {
  const named = (t: string | NamedText, name: string): NamedText => (typeof t === 'string' ? { name, text: t } : t);
  const texts: PairTexts = target === undefined ? { source: named(source, 'input') } : { source: named(source, 'source'), target: named(target, 'target') };
  return alignPairSync(texts, options);
}

function isDocumentPair(inputs: PairTexts | DocumentPair): inputs is DocumentPair {
  return 'diagnostics' in inputs;
}

// The plan (features, scorer, bands: hundreds of MB on a million-sentence pair) lives in these
// frames only, so that it is garbage before the Bead records are made.

/** A solved plan: its ladder, the band kept on request, and the lexicon learned while planning. */
interface SolvedLadder {
  readonly ladder: Ladder;
  readonly band: PlanBand | undefined;
  readonly lexicon: Lexicon | undefined;
}

async function* solvedLadder(documents: DocumentPair, options: PipelineOptions, executor: PlanExecutor): Steps<SolvedLadder> {
  const plan = yield* planSteps(documents.source, documents.target, withCueTimes(documents, options));
  yield;
  const band = options.keepBand ? planBand(plan) : undefined;
  return { ladder: assembleLadder(plan, await executor.solve(plan)), band, lexicon: plan.lexicon };
}

function inlineLadder(documents: DocumentPair, options: PipelineOptions): SolvedLadder {
  const plan = planDocuments(documents.source, documents.target, withCueTimes(documents, options));
  const band = options.keepBand ? planBand(plan) : undefined;
  return { ladder: assembleLadder(plan, solvePlan(plan)), band, lexicon: plan.lexicon };
}

/** The alignment; in a one-file bilingual input, each bead's score weighed by how surely its sentences were put on their sides. */
function result(documents: DocumentPair, { ladder, band, lexicon }: SolvedLadder, notes: readonly Diagnostic[]): PairResult {
  const { source, target, diagnostics } = documents;
  return {
    alignment: { source, target, beads: placed(documents, ladderBeads(ladder)) },
    diagnostics: [...diagnostics, ...notes],
    ...(band && { band }),
    ...(lexicon && { lexicon }),
  };
}
