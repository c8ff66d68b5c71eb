/**
 * One document of `bitext batch`, on whichever thread runs it: read and aligned as `bitext align`
 * reads and aligns its inputs (pair-input.ts), with the per-document options as `align` maps
 * them, then written by the corpus layer. Whatever goes wrong with the document becomes its
 * outcome, so that the corpus goes on.
 */
import type { AlignedDocument, DocumentJob, DocumentOutcome, OutputPlan } from '../corpus/document.js';
import { writeDocument } from '../corpus/document.js';
import type { SideSource } from '../corpus/manifest.js';
import { BitextError, UsageError } from '../errors.js';
import type { UserEvidence } from '../pipeline/evidence.js';
import { type CorpusInfo, type Format, WRITERS } from '../formats/index.js';
import type { InputRef } from './context.js';
import { type DocumentOptions, recordOptions, selectOptions } from './document-options.js';
import type { Io } from './io.js';
import { errorText } from './messages.js';
import { alignPairInputs, readAnchorBeads, readPairInputs } from './pair-input.js';

/** What every document of a run shares: plain data, handed to each worker thread when it starts. */
export interface BatchSetup {
  readonly options: DocumentOptions;
  /** The run's dictionaries and lexicon file, read once (`--dict`, `--lexicon`). */
  readonly evidence: UserEvidence;
  readonly format: Format;
  /** Into the corpus's one output (with what its writer needs), or one file per document. */
  readonly into: { readonly corpus: CorpusInfo } | { readonly files: { readonly header: boolean } };
}

/** Align one document; never throws for a problem of the document itself. */
export async function alignBatchDocument(job: DocumentJob, setup: BatchSetup, io: Io): Promise<DocumentOutcome> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const options: DocumentOptions = {
      ...setup.options,
      ...(job.from !== undefined && { from: job.from }),
      ...(job.to !== undefined && { to: job.to }),
    };
    const source = inputRef(job.source);
    const target = job.target === undefined ? undefined : inputRef(job.target);
    const writer = WRITERS[setup.format];
    const inputs = await readPairInputs(source, target, options, io);
    if (inputs.given && job.anchors !== undefined) throw new UsageError(`${job.anchors}: the document pairs its units itself (XLIFF with targets), so there is nothing to realign`);
    const anchors = job.anchors === undefined ? undefined : await readAnchorBeads(inputs, job.anchors, options.anchorsLoose ?? false, io);
    const aligned = await alignPairInputs(inputs, options, undefined, {
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
    const written: Omit<AlignedDocument, 'seconds'> = writeDocument(job.id, result, { writer, select: selectOptions(options, writer), plan });
    return { ...written, seconds: seconds() };
  } catch (error) {
    if (error instanceof BitextError) return { status: 'error', id: job.id, message: errorText(error), internal: false, seconds: seconds() };
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'error', id: job.id, message: `internal error: ${detail.split('\n')[0]} (a bug in bitext)`, internal: true, seconds: seconds() };
  }
}

/** A side as an input: its path, or its inline text as the UTF-8 bytes a file of it would hold. */
function inputRef(side: SideSource): InputRef {
  return 'path' in side ? side.path : { name: side.name, bytes: Buffer.from(side.text, 'utf8') };
}
