/**
 * The inputs of one alignment, read and aligned as `bitext align` does it and as `bitext batch`
 * does it for each document: any format the readers know, a bilingual file split by language, or
 * a bilingual file that pairs its units itself (XLIFF with targets), aligned as it says.
 */
import type { PlanExecutor } from '../align/index.js';
import type { Diagnostic } from '../diagnostics.js';
import type { DocumentPair } from '../document/prepare.js';
import { alignSteps, type PairResult, type PipelineOptions, readPair } from '../pipeline/align-pair.js';
import { type PairWords, pairWords } from '../pipeline/confident-words.js';
import type { UserEvidence } from '../pipeline/evidence.js';
import { alignGivenPairs, type GivenPairs, readGivenPairs } from '../pipeline/given-pairs.js';
import { finish, inLockstepSize, type Steps } from '../pipeline/steps.js';
import { parseAnchors, resolveAnchors } from '../review/index.js';
import { UsageError } from '../errors.js';
import type { Bead } from '../types.js';
import { type InputRef, readPairTexts, readText } from './context.js';
import { type DocumentOptions, pipelineOptions } from './document-options.js';
import type { Io } from './io.js';

/** A pair's Documents, the pairs its file gives when it gives them, and the length of the texts read. */
export interface PairInputs {
  readonly documents: DocumentPair;
  readonly given?: GivenPairs;
  /** UTF-16 code units of the texts read, both sides. */
  readonly textLength: number;
}

/**
 * Read, decode and segment the inputs. A function of its own so that the decoded texts are
 * garbage when it returns: an async function keeps its locals alive across awaits, and on a
 * million-sentence pair the texts are hundreds of MB that the Documents no longer need.
 */
export function readPairInputs(source: InputRef, target: InputRef | undefined, options: DocumentOptions, io: Io): Promise<PairInputs> {
  return finish(readInputSteps(source, target, options, io));
}

/**
 * `readPairInputs` in steps (pipeline/steps.ts): a pair of small texts yields once they are read,
 * before they are segmented and their languages checked.
 */
export async function* readInputSteps(source: InputRef, target: InputRef | undefined, options: DocumentOptions, io: Io): Steps<PairInputs> {
  if (target !== undefined && options.layout !== undefined) throw new UsageError('--layout is for one file holding both languages; two files are two sides already');
  const texts = await readPairTexts(source, target, io, options);
  const textLength = texts.source.text.length + (texts.target?.text.length ?? texts.source.translation?.text.length ?? 0);
  if (inLockstepSize(textLength)) yield;
  // A bilingual file that pairs its units itself (XLIFF with targets): aligned as it says, and checked.
  if (texts.target === undefined && texts.source.translation) {
    const given = readGivenPairs(texts.source, texts.source.translation, pipelineOptions(options));
    return { documents: given.documents, given, textLength };
  }
  return { documents: readPair(texts, pipelineOptions(options)), textLength };
}

/** Align what `readPairInputs` read. */
export function alignPairInputs(inputs: PairInputs, options: DocumentOptions, executor?: PlanExecutor, extras: AlignExtras = {}): Promise<PairResult> {
  return finish(alignInputSteps(inputs, options, executor, extras));
}

/**
 * `alignPairInputs` in steps (pipeline/steps.ts): a pair of small texts yields between the stages
 * of its alignment; a large one, or one that pairs its units itself, runs them without waiting.
 */
export async function* alignInputSteps(inputs: PairInputs, options: DocumentOptions, executor?: PlanExecutor, extras: AlignExtras = {}): Steps<PairResult> {
  const pipeline = { ...pipelineWith(options, extras), ...(extras.keepBand && { keepBand: true }) };
  if (inputs.given) return await alignGivenPairs(inputs.given, pipeline, executor);
  const steps = alignSteps(inputs.documents, pipeline, executor);
  return inLockstepSize(inputs.textLength) ? yield* steps : await finish(steps);
}

/**
 * The words of the beads the first pass of what `readPairInputs` read is sure of, with the same
 * options and extras as its alignment (for a corpus lexicon); none for a file that pairs its units itself.
 */
export function pairInputWords(inputs: PairInputs, options: DocumentOptions, extras: Pick<AlignExtras, 'fixed' | 'evidence'> = {}): PairWords | undefined {
  if (inputs.given) return undefined;
  return pairWords(inputs.documents, pipelineWith(options, extras));
}

/** The pipeline options with the fixed beads and evidence of the extras, as both passes read a pair. */
function pipelineWith(options: DocumentOptions, extras: Pick<AlignExtras, 'fixed' | 'evidence'>): PipelineOptions {
  return { ...pipelineOptions(options), ...extras.evidence, ...(extras.fixed && { fixed: extras.fixed }) };
}

/**
 * What the alignment of a pair must also do: go through fixed beads (corrections), keep its search
 * band (review page), use the user's dictionaries and lexicon (read once for a run: evidence.ts).
 */
export interface AlignExtras {
  readonly fixed?: readonly Pick<Bead, 'source' | 'target'>[];
  readonly keepBand?: boolean;
  readonly evidence?: UserEvidence;
}

/**
 * The beads a corrections file fixes (`--anchors`), checked against the documents read, and what
 * the user should be told about them.
 * @param loose on a changed text, keep the anchors whose sentences are unchanged rather than stop
 */
export async function readAnchorBeads(
  inputs: PairInputs,
  file: InputRef,
  loose: boolean,
  io: Io,
): Promise<{ fixed: Pick<Bead, 'source' | 'target'>[]; diagnostics: readonly Diagnostic[] }> {
  const { name, text } = await readText(file, io);
  const resolved = resolveAnchors(parseAnchors(text, name), inputs.documents.source, inputs.documents.target, { name, loose });
  return { fixed: [...resolved.fixed], diagnostics: resolved.diagnostics };
}
