/**
 * readers: bytes → a document's blocks (heading, paragraph, list item, table cell, caption,
 * footnote, cue, code), one reader per format, in front of segmentation. `readDocument` is the one
 * entry point: it sniffs the format (or takes the one forced) and runs that format's reader.
 * Readers take bytes and do no I/O; the CLI reads the files.
 */
import { InputError } from '../errors.js';
import { INPUT_FORMATS, type InputFormat } from '../types.js';
import { docxReader } from './docx.js';
import { epubReader } from './epub.js';
import { htmlReader } from './html.js';
import { markdownReader } from './markdown.js';
import { odtReader } from './odt.js';
import { pdfReader } from './pdf.js';
import { sniffFormat } from './sniff.js';
import { srtReader, webvttReader } from './subtitles.js';
import { textReader } from './text.js';
import type { ReadDocument, Reader } from './types.js';
import { xliffReader } from './xliff.js';

export type { Block, BlockSpan, ReadContext, ReadDocument, Reader, ReadText } from './types.js';
export { layOut, BlockBuilder } from './blocks.js';
export { MAX_ARCHIVE_TEXT_BYTES, MAX_ZIP_ENTRIES } from './zip.js';
export { MAX_UNCOMPRESSED_BYTES } from './pdf-budget.js';
export { MAX_HTML_DEPTH } from './html.js';

/** Every format's reader. */
export const READERS: Readonly<Record<InputFormat, Reader>> = {
  text: textReader,
  html: htmlReader,
  markdown: markdownReader,
  docx: docxReader,
  odt: odtReader,
  epub: epubReader,
  pdf: pdfReader,
  srt: srtReader,
  webvtt: webvttReader,
  xliff: xliffReader,
};

const BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map(INPUT_FORMATS.flatMap((f) => READERS[f].extensions.map((e) => [e, f] as const)));

export interface ReadOptions {
  /** The input's name as the user gave it (a path, or `-` for stdin): for messages, and its extension for the format. */
  readonly name: string;
  /** The format, forced (`--input-format`); default: sniffed from the content, then the extension. */
  readonly format?: InputFormat;
  /** A legacy encoding for text formats without a BOM (`--encoding`). */
  readonly encoding?: string;
}

/**
 * Read a document's bytes into its blocks.
 * @throws InputError when the document is empty, damaged, hostile or has no text
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  const { name } = options;
  if (bytes.length === 0) throw new InputError(name, 'empty input', { code: 'empty-input' });
  const format = options.format ?? sniffFormat(bytes, name, extensionOf(name), BY_EXTENSION);
  const document = await READERS[format].read(bytes, { name, ...(options.encoding !== undefined && { encoding: options.encoding }) });
  if (format !== 'text' && !/\S/u.test(document.text)) {
    throw new InputError(name, `no text in this ${format.toUpperCase()} document`, { code: format === 'pdf' ? 'no-text-layer' : 'empty-input' });
  }
  return document;
}

/** The format a file name's extension names, if any. */
export function formatOfExtension(name: string): InputFormat | undefined {
  return BY_EXTENSION.get(extensionOf(name));
}

function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
