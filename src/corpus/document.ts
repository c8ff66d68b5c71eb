/**
 * One document of a corpus once aligned (by `alignPair`, as `bitext align` runs it): the user's
 * bead filter, the writer, and the figures a report gives. Pure. What a worker thread returns is
 * the output's UTF-8 bytes (moved, not copied, to the writing thread) and numbers.
 */
import type { Alignment, Lang } from '../types.js';
import type { Diagnostic } from '../diagnostics.js';
import { type CorpusInfo, countBeads, isUnaligned, selectBeads, type SelectOptions, type WriteOptions, type Writer, type WriterOutput } from '../formats/index.js';
import type { PairResult } from '../pipeline/align-pair.js';
import type { PairWords } from '../pipeline/confident-words.js';
import type { SideSource } from './manifest.js';
import { encodeChunks } from './utf8.js';

/** A document as a worker thread receives it: paths, or the texts given inline. */
export interface DocumentJob {
  readonly id: string;
  readonly source: SideSource;
  readonly target?: SideSource;
  readonly from?: Lang;
  readonly to?: Lang;
  /** A corrections file whose beads the alignment must hold. */
  readonly anchors?: string;
}

/** Where a document's output goes: into the corpus's one output, or into a file of its own. */
export type OutputPlan =
  | { readonly into: 'corpus'; readonly info: CorpusInfo }
  | { readonly into: 'file'; readonly options: WriteOptions };

/** A writer's output as UTF-8 bytes, in blocks to write one after another: one stream, or one per language (a sink writes it as it is). */
export type OutputBytes =
  | { readonly kind: 'stream'; readonly chunks: readonly Uint8Array[] }
  | { readonly kind: 'per-language'; readonly source: readonly Uint8Array[]; readonly target: readonly Uint8Array[] };

/** What a report says of an aligned document (counted before the bead filter). */
export interface DocumentFigures {
  readonly sourceLang: Lang;
  readonly targetLang: Lang;
  readonly sourceSentences: number;
  readonly targetSentences: number;
  readonly beads: Record<string, number>;
  readonly meanScore: number;
  readonly minScore: number;
  /** Sentences of both sides in 1-0 or 0-1 beads, over all sentences of both sides. */
  readonly unalignedShare: number;
}

export interface AlignedDocument {
  readonly status: 'ok';
  readonly id: string;
  readonly output: OutputBytes;
  /** Beads written (lines of a Moses output). */
  readonly written: number;
  readonly figures: DocumentFigures;
  readonly diagnostics: readonly Diagnostic[];
  /** Beads the filter left out, as `align` counts them in its notes. */
  readonly droppedUnaligned: number;
  readonly droppedLowScore: number;
  readonly seconds: number;
}

export interface FailedDocument {
  readonly status: 'error';
  readonly id: string;
  /** One line, ready for stderr. */
  readonly message: string;
  /** A bug in bitext rather than a problem of the document. */
  readonly internal: boolean;
  readonly seconds: number;
}

export interface SkippedDocument {
  readonly status: 'skipped';
  readonly id: string;
  readonly reason: string;
}

export type DocumentOutcome = AlignedDocument | FailedDocument | SkippedDocument;

/**
 * What a document gives the corpus lexicon: the words of its confident beads, or none when its
 * file pairs its units itself (nothing is aligned, so nothing is learned).
 */
export interface DocumentWords {
  readonly status: 'ok';
  readonly id: string;
  /** Source sentences read. */
  readonly sentences: number;
  readonly words?: PairWords;
}

export type WordsOutcome = DocumentWords | FailedDocument;

/** Everything about a document's output but the document. */
export interface OutputSpec {
  readonly writer: Writer;
  readonly select: SelectOptions;
  readonly plan: OutputPlan;
}

/**
 * A document's output and figures, from its alignment as the pipeline gave it.
 * @param id the document's id, written into corpus outputs
 * @param result the alignment of its texts, read and aligned as `bitext align` does it
 * @param spec writer, filter and destination
 */
export function writeDocument(id: string, result: PairResult, spec: OutputSpec): Omit<AlignedDocument, 'seconds'> {
  const { alignment, diagnostics } = result;
  const selection = selectBeads(alignment, spec.select);
  const output =
    spec.plan.into === 'corpus' ? spec.writer.corpus!.document(selection.alignment, id, spec.plan.info) : spec.writer.write(selection.alignment, spec.plan.options);
  return {
    status: 'ok',
    id,
    output: asBytes(output),
    written: selection.alignment.beads.length,
    figures: figures(alignment),
    diagnostics,
    droppedUnaligned: selection.droppedUnaligned,
    droppedLowScore: selection.droppedLowScore,
  };
}

function asBytes(output: WriterOutput): OutputBytes {
  return output.kind === 'stream'
    ? { kind: 'stream', chunks: encodeChunks(output.chunks) }
    : { kind: 'per-language', source: encodeChunks(output.source), target: encodeChunks(output.target) };
}

/** The buffers of an outcome's output, to move rather than copy when it crosses threads. */
export function outputBuffers(outcome: DocumentOutcome | WordsOutcome): ArrayBuffer[] {
  if (outcome.status !== 'ok' || !('output' in outcome)) return [];
  const { output } = outcome;
  const blocks = output.kind === 'stream' ? output.chunks : [...output.source, ...output.target];
  return blocks.map((block) => block.buffer as ArrayBuffer);
}

/** A report's figures for an alignment. */
function figures(alignment: Alignment): DocumentFigures {
  const { source, target, beads } = alignment;
  let sum = 0;
  let min = beads.length ? Infinity : 0;
  let unaligned = 0;
  for (const bead of beads) {
    sum += bead.score;
    if (bead.score < min) min = bead.score;
    if (isUnaligned(bead)) unaligned += bead.source.length + bead.target.length;
  }
  const sentences = source.sentences.length + target.sentences.length;
  return {
    sourceLang: source.lang,
    targetLang: target.lang,
    sourceSentences: source.sentences.length,
    targetSentences: target.sentences.length,
    beads: countBeads(beads),
    meanScore: beads.length ? sum / beads.length : 0,
    minScore: min,
    unalignedShare: sentences ? unaligned / sentences : 0,
  };
}
