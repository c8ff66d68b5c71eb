/**
 * The options of one alignment as the command line gives them, shared by `align` and `batch`
 * (which applies them to each document): what they mean to the pipeline, to the bead filter and
 * to the JSON record. The options themselves are declared once, in program.ts (`documentOptions`).
 */
import type { RecordedOptions, SelectOptions, Writer } from '../formats/index.js';
import type { PipelineOptions } from '../pipeline/align-pair.js';
import type { BeadType, InputFormat, InputKind, Lang } from '../types.js';

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
}

/** How the pipeline reads and aligns a document under these options. */
export function pipelineOptions(options: DocumentOptions): PipelineOptions {
  return {
    input: options.input,
    langCheck: options.langCheck,
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
    ...(options.beadTypes !== undefined && { beadTypes: options.beadTypes }),
  };
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
  };
}
