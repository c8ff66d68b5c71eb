/** What every command receives, and the read/write steps they share. */
import type { InputText, NamedText } from '../document/prepare.js';
import { decodeInput } from '../input/decode.js';
import type { PairTexts } from '../pipeline/align-pair.js';
import { readDocument } from '../readers/index.js';
import type { InputFormat } from '../types.js';
import { type Io, type Logger, readInput, STD_STREAM, writeFilesAtomically, writeStdout } from './io.js';

export interface Context {
  readonly io: Io;
  readonly logger: Logger;
  /** `--quiet`: no notes, no progress line. */
  readonly quiet: boolean;
}

/**
 * An input: a name as the user gave it (a path, `-` for stdin), or a name with the bytes already
 * in memory (a text given inline in a batch manifest), which are then read as a file's would be.
 */
export type InputRef = string | { readonly name: string; readonly bytes: Uint8Array };

/** The encoding of a text given inline, as `bytesOf` receives it (batch-document.ts encodes it so). */
const INLINE_ENCODING = 'utf-8';

async function bytesOf(input: InputRef, io: Io): Promise<{ name: string; bytes: Uint8Array }> {
  return typeof input === 'string' ? { name: input, bytes: await readInput(input, io) } : input;
}

/** Read and decode one plain-text input (`-` is stdin): gold files, manifests. Empty inputs are errors unless `allowEmpty`. */
export async function readText(input: InputRef, io: Io, options: { allowEmpty?: boolean } = {}): Promise<NamedText> {
  const { name, bytes } = await bytesOf(input, io);
  return { name, text: decodeInput(bytes, name, options).text };
}

/** How documents are read: their format and encoding (`--input-format`, `--encoding`). */
export interface ReadingOptions {
  /** The format, forced; default: sniffed from the content, then the extension. */
  readonly inputFormat?: InputFormat;
  /** A legacy encoding for text formats without a BOM. */
  readonly encoding?: string;
}

/** A document as the commands take it: its text and blocks, and a bilingual file's translation (XLIFF with targets). */
export interface InputDocument extends InputText {
  readonly translation?: InputText;
}

/**
 * Read one document in any format bitext reads (src/readers): the one way every command that
 * aligns, splits or detects reads its inputs, so that each reads every format alike.
 */
export async function readDocumentInput(input: InputRef, io: Io, options: ReadingOptions = {}): Promise<InputDocument> {
  const { name, bytes } = await bytesOf(input, io);
  // A text given inline was a string before it was bytes: UTF-8, whatever `--encoding` (meant for
  // the files of the run) or an HTML text's <meta charset> says.
  const encoding = typeof input === 'string' ? options.encoding : INLINE_ENCODING;
  const read = await readDocument(bytes, {
    name,
    ...(options.inputFormat !== undefined && { format: options.inputFormat }),
    ...(encoding !== undefined && { encoding }),
  });
  const side = (r: typeof read) => ({
    name,
    text: r.text,
    format: r.format,
    ...(r.blocks && { blocks: r.blocks }),
    ...(r.lang && { lang: r.lang }),
  });
  return { ...side(read), ...(read.translation && { translation: side(read.translation) }) };
}

/** The documents of one alignment: two inputs, or one (holding both languages, or a bilingual XLIFF). */
export interface PairDocuments extends PairTexts {
  readonly source: InputDocument;
  readonly target?: InputDocument;
}

/**
 * The documents of one alignment, as `align` reads its inputs and `batch` each document's: two
 * inputs, or one holding both languages when `target` is undefined.
 */
export async function readPairTexts(source: InputRef, target: InputRef | undefined, io: Io, options: ReadingOptions = {}): Promise<PairDocuments> {
  const sourceDocument = await readDocumentInput(source, io, options);
  return target === undefined ? { source: sourceDocument } : { source: sourceDocument, target: await readDocumentInput(target, io, options) };
}

/** Write to the output path (atomically), or to stdout when there is none or it is `-`. */
export async function writeOutput(output: string | undefined, chunks: Iterable<string>, io: Io): Promise<void> {
  if (output === undefined || output === STD_STREAM) await writeStdout(io.stdout, chunks);
  else await writeFilesAtomically([{ path: output, chunks }]);
}
