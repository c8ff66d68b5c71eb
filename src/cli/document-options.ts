/**
 * The options of one alignment as the command line gives them, shared by `align` and `batch`
 * (which applies them to each document): what they mean to the pipeline, to the bead filter and
 * to the JSON record. The options themselves are declared once, in program.ts (`documentOptions`).
 */
import { UsageError } from '../errors.js';
import type { RecordedOptions, SelectOptions, Writer } from '../formats/index.js';
import type { PipelineOptions } from '../pipeline/align-pair.js';
import type { BeadType, InputFormat, InputKind, Lang, Layout } from '../types.js';

/** Values of the per-document options (plain data: a batch hands them to its worker threads). */
export interface DocumentOptions {
  readonly from?: Lang;
  readonly to?: Lang;
  readonly input: InputKind;
  readonly minScore?: number;
  readonly unaligned?: boolean;
  readonly langCheck: boolean;
  readonly beadTypes?: BeadType[];
  /** The inputs' format, forced (`--input-format`); default: sniffed from the content, then the extension. */
  readonly inputFormat?: InputFormat;
  /** A legacy encoding for text formats without a BOM (`--encoding`). */
  readonly encoding?: string;
  /**
   * A corrections file (`*.anchors.json`, or TSV sentence index pairs) whose beads the alignment
   * must hold (`align`; in `batch`, each document's comes from the manifest).
   */
  readonly anchors?: string;
  /** With anchors: on a changed text, keep the anchors whose sentences are unchanged rather than stop. */
  readonly anchorsLoose?: boolean;
  /** Dictionary files (`--dict`, repeatable), read once for a run (evidence.ts). */
  readonly dict?: string[];
  /** A lexicon file to use instead of learning one, or false (`--no-lexicon`): none. */
  readonly lexicon?: string | false;
  /** A one-file input's layout, forced (`--layout`); default: found in the file. */
  readonly layout?: Layout;
}

/** How the pipeline reads and aligns a document under these options. */
export function pipelineOptions(options: DocumentOptions): PipelineOptions {
  return {
    input: options.input,
    langCheck: options.langCheck,
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
    ...(options.beadTypes !== undefined && { beadTypes: options.beadTypes }),
    ...(options.lexicon === false && { learnLexicon: false }),
    ...(options.layout !== undefined && { layout: options.layout }),
  };
}

/**
 * @throws UsageError when the writer shows every bead (the review page) and a filter would hide some
 */
export function checkFilters(writer: Writer, options: DocumentOptions): void {
  if (writer.needsEveryBead && (options.minScore !== undefined || options.unaligned === false)) {
    throw new UsageError(`--format ${writer.name} shows every bead (filter them in the page): leave out --min-score and --no-unaligned`);
  }
}

/** Which beads reach the output: `--min-score`, and `--unaligned` or else what the writer's consumers want. */
export function selectOptions(options: DocumentOptions, writer: Writer): SelectOptions {
  return { unaligned: options.unaligned ?? !writer.pairsOnly, ...(options.minScore !== undefined && { minScore: options.minScore }) };
}

/** The options that shaped an output, as JSON records them (only what changes the result). */
export function recordOptions(options: DocumentOptions, inputs: readonly string[], writer: Writer): RecordedOptions {
  return {
    inputs,
    input: options.input,
    ...(options.inputFormat !== undefined && { inputFormat: options.inputFormat }),
    ...(options.encoding !== undefined && { encoding: options.encoding }),
    format: writer.name,
    langCheck: options.langCheck,
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
    ...(options.minScore !== undefined && { minScore: options.minScore }),
    ...(options.unaligned !== undefined && { unaligned: options.unaligned }),
    ...(options.beadTypes !== undefined && { beadTypes: options.beadTypes }),
    ...(options.dict !== undefined && { dict: options.dict }),
    ...(options.lexicon !== undefined && { lexicon: options.lexicon }),
    ...(options.layout !== undefined && { layout: options.layout }),
  };
}
