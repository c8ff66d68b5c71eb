/**
 * One document of `bitext batch`, on whichever thread runs it: read and aligned as `bitext align`
 * reads and aligns its inputs (pair-input.ts), with the per-document options as `align` maps
 * them, then written by the corpus layer. Whatever goes wrong with the document becomes its
 * outcome, so that the corpus goes on.
 */
import type { AlignedDocument, DocumentJob, FailedDocument, OutputPlan, WordsOutcome } from '../corpus/document.js';
import { writeDocument } from '../corpus/document.js';
import type { SideSource } from '../corpus/manifest.js';
import { BitextError, UsageError } from '../errors.js';
import type { UserEvidence } from '../pipeline/evidence.js';
import { type CorpusInfo, type Format, WRITERS } from '../formats/index.js';
import type { InputRef } from './context.js';
import { type DocumentOptions, recordOptions, selectOptions } from './document-options.js';
import type { Io } from './io.js';
import { errorText } from './messages.js';
import { alignInputSteps, pairInputWords, readAnchorBeads, readInputSteps } from './pair-input.js';
import { finish, inLockstep, inLockstepSize, type Steps } from '../pipeline/steps.js';

/** What every document of a run shares: plain data, handed to each worker thread when it starts. */
export interface BatchSetup {
  readonly options: DocumentOptions;
  /** The run's dictionaries and lexicon file, read once (`--dict`, `--lexicon`). */
  readonly evidence: UserEvidence;
  readonly format: Format;
  /** Into the corpus's one output (with what its writer needs), or one file per document. */
  readonly into: { readonly corpus: CorpusInfo } | { readonly files: { readonly header: boolean } };
}

/** A document's options: the run's, with the languages its manifest line gives. */
function documentOptions(job: DocumentJob, setup: BatchSetup): DocumentOptions {
  return {
    ...setup.options,
    ...(job.from !== undefined && { from: job.from }),
    ...(job.to !== undefined && { to: job.to }),
  };
}

/** A document's inputs read, and the beads its corrections fix; in steps (pipeline/steps.ts). */
async function* readDocument(job: DocumentJob, options: DocumentOptions, io: Io) {
  const source = inputRef(job.source);
  const target = job.target === undefined ? undefined : inputRef(job.target);
  const inputs = yield* readInputSteps(source, target, options, io);
  if (inputs.given && job.anchors !== undefined) throw new UsageError(`${job.anchors}: the document pairs its units itself (XLIFF with targets), so there is nothing to realign`);
  const anchors = job.anchors === undefined ? undefined : await readAnchorBeads(inputs, job.anchors, options.anchorsLoose ?? false, io);
  return { source, target, inputs, anchors };
}

/** An outcome before the seconds its document took are known. */
type Untimed<T> = T extends unknown ? Omit<T, 'seconds'> : never;

/**
 * Align documents in lockstep (pipeline/steps.ts): each stage of the small ones for all of them
 * before the next, as a worker thread does with the documents of a message. Their outcomes in
 * order; never throws for a problem of a document itself.
 */
export async function alignBatchDocuments(jobs: readonly DocumentJob[], setup: BatchSetup, io: Io): Promise<(AlignedDocument | FailedDocument)[]> {
  const done = await inLockstep(jobs.map((job) => documentSteps(job, setup, io)));
  return done.map(({ value, seconds }) => ({ ...value, seconds }));
}

/** Align one document; never throws for a problem of the document itself. */
export async function alignBatchDocument(job: DocumentJob, setup: BatchSetup, io: Io): Promise<AlignedDocument | FailedDocument> {
  return (await alignBatchDocuments([job], setup, io))[0]!;
}

/** One document read, aligned and written, in steps. */
async function* documentSteps(job: DocumentJob, setup: BatchSetup, io: Io): Steps<Untimed<AlignedDocument | FailedDocument>> {
  try {
    const options = documentOptions(job, setup);
    const writer = WRITERS[setup.format];
    const { source, target, inputs, anchors } = yield* readDocument(job, options, io);
    const aligned = yield* alignInputSteps(inputs, options, undefined, {
      ...(anchors && { fixed: anchors.fixed }),
      keepBand: writer.usesBand === true,
      evidence: setup.evidence,
    });
    const result = anchors ? { ...aligned, diagnostics: [...anchors.diagnostics, ...aligned.diagnostics] } : aligned;
    const names = [source, ...(target === undefined ? [] : [target])].map((ref) => (typeof ref === 'string' ? ref : ref.name));
    const plan: OutputPlan =
      'corpus' in setup.into
        ? { into: 'corpus', info: setup.into.corpus }
        : {
            into: 'file',
            options: {
              header: setup.into.files.header,
              recorded: { ...recordOptions(options, names, writer), ...(job.anchors !== undefined && { anchors: job.anchors }) },
              ...(result.band && { band: result.band }),
            },
          };
    if (inLockstepSize(inputs.textLength)) yield;
    return writeDocument(job.id, result, { writer, select: selectOptions(options, writer), plan });
  } catch (error) {
    return failure(job, error);
  }
}

/**
 * The words of one document's confident beads, for the corpus lexicon: read as it will be
 * aligned, with the same evidence; never throws for a problem of the document itself.
 */
export async function batchDocumentWords(job: DocumentJob, setup: BatchSetup, io: Io): Promise<WordsOutcome> {
  const started = performance.now();
  try {
    const options = documentOptions(job, setup);
    const { inputs, anchors } = await finish(readDocument(job, options, io));
    const words = pairInputWords(inputs, options, { ...(anchors && { fixed: anchors.fixed }), evidence: setup.evidence });
    return { status: 'ok', id: job.id, sentences: inputs.documents.source.sentences.length, ...(words && { words }) };
  } catch (error) {
    return { ...failure(job, error), seconds: (performance.now() - started) / 1000 };
  }
}

/** The outcome of a document whose reading or alignment threw. */
function failure(job: DocumentJob, error: unknown): Untimed<FailedDocument> {
  if (error instanceof BitextError) return { status: 'error', id: job.id, message: errorText(error), internal: false };
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 'error', id: job.id, message: `internal error: ${detail.split('\n')[0]} (a bug in bitext)`, internal: true };
}

/** A side as an input: its path, or its inline text as the UTF-8 bytes a file of it would hold. */
function inputRef(side: SideSource): InputRef {
  return 'path' in side ? side.path : { name: side.name, bytes: Buffer.from(side.text, 'utf8') };
}
