/**
 * The writers, by name: what each writes, which output file names choose it, and whether its
 * consumers want translation pairs only. A command picks a writer here and hands what it writes
 * to a sink (cli/sinks.ts); adding a format is adding a writer, with no command to edit.
 */
import type { SearchBand } from '../review/data.js';
import type { Alignment, InputFormat, Lang } from '../types.js';
import { writeBeads } from './beads.js';
import { writeHtml } from './html.js';
import { type RecordedOptions, writeCorpusJsonl, writeJson, writeJsonl } from './json.js';
import { writeMoses } from './moses.js';
import { corpusSourceLang, TMX_TAIL, tmxCorpusHead, writeCorpusTmxUnits, writeTmx } from './tmx.js';
import { CORPUS_TSV_HEADER, writeTsv } from './tsv.js';

export const FORMATS = ['tmx', 'tsv', 'json', 'jsonl', 'beads', 'moses', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** What a writer produces: one stream of text, or one per language (line n of each the translation of the other's). */
export type WriterOutput =
  | { readonly kind: 'stream'; readonly chunks: Iterable<string> }
  | { readonly kind: 'per-language'; readonly source: Iterable<string>; readonly target: Iterable<string> };

export interface WriteOptions {
  /** tsv: a first line naming the columns. */
  readonly header?: boolean;
  /** json: the options that produced the alignment, recorded for reproducibility. */
  readonly recorded?: RecordedOptions;
  /** html: the search band of the final pass, drawn behind the alignment path. */
  readonly band?: SearchBand;
}

/** What a corpus run (`bitext batch`) knows when it starts the one output that holds all its documents. */
export interface CorpusInfo {
  /** The source language given for the whole run, if one was. */
  readonly from?: Lang;
  /** The documents' format given for the whole run (`--input-format`), if one was. */
  readonly format?: InputFormat;
  /** tsv: a first line naming the columns. */
  readonly header: boolean;
  /** This output starts the corpus: false for every shard but the first, so that shards concatenate. */
  readonly first: boolean;
}

/** How a writer puts the documents of a corpus in one output, each bead naming its document. */
export interface CorpusWriter {
  /** What comes before the first document. */
  head(info: CorpusInfo): string;
  /** One document's part (as `Writer.write` gives it, each bead naming `doc`). */
  document(alignment: Alignment, doc: string, info: CorpusInfo): WriterOutput;
  /** What comes after the last document. */
  tail(info: CorpusInfo): string;
}

export interface Writer {
  readonly name: Format;
  /** Output file extensions that choose this writer (`-o out.tmx`), lower case, without the dot. */
  readonly extensions: readonly string[];
  /**
   * Consumers want translation pairs only, so 1-0/0-1 beads are left out unless asked for: CAT
   * tools warn on one-language units, and Moses training drops empty lines anyway.
   */
  readonly pairsOnly: boolean;
  /** The writer needs every bead, in order (the review page edits the whole alignment): filters do not apply. */
  readonly needsEveryBead?: true;
  /** The writer draws the search band (WriteOptions.band), which the pipeline keeps only when asked. */
  readonly usesBand?: true;
  /** The writer can start with a line naming the columns (WriteOptions.header, `--header`). */
  readonly headerLine?: true;
  readonly outputs: WriterOutput['kind'];
  write(alignment: Alignment, options: WriteOptions): WriterOutput;
  /** Absent when the format holds one document only (a corpus then writes one file per document). */
  readonly corpus?: CorpusWriter;
}

const stream = (chunks: Iterable<string>): WriterOutput => ({ kind: 'stream', chunks });
const nothing = (): string => '';

export const WRITERS: Readonly<Record<Format, Writer>> = {
  tmx: {
    name: 'tmx',
    extensions: ['tmx'],
    pairsOnly: true,
    outputs: 'stream',
    write: (a) => stream(writeTmx(a)),
    corpus: {
      head: (info) => tmxCorpusHead(corpusSourceLang(info.from), info.format),
      document: (a, doc, info) => stream(writeCorpusTmxUnits(a, doc, corpusSourceLang(info.from))),
      tail: () => TMX_TAIL,
    },
  },
  tsv: {
    name: 'tsv',
    extensions: ['tsv', 'tab'],
    pairsOnly: false,
    headerLine: true,
    outputs: 'stream',
    write: (a, o) => stream(writeTsv(a, { header: o.header ?? false })),
    corpus: {
      head: (info) => (info.header && info.first ? CORPUS_TSV_HEADER : ''),
      document: (a, doc) => stream(writeTsv(a, { doc })),
      tail: nothing,
    },
  },
  json: {
    name: 'json',
    extensions: ['json'],
    pairsOnly: false,
    outputs: 'stream',
    write: (a, o) => stream(writeJson(a, o.recorded ? { options: o.recorded } : {})),
  },
  jsonl: {
    name: 'jsonl',
    extensions: ['jsonl', 'ndjson'],
    pairsOnly: false,
    outputs: 'stream',
    write: (a) => stream(writeJsonl(a)),
    corpus: { head: nothing, document: (a, doc) => stream(writeCorpusJsonl(a, doc)), tail: nothing },
  },
  beads: { name: 'beads', extensions: ['beads', 'ladder'], pairsOnly: false, outputs: 'stream', write: (a) => stream(writeBeads(a)) },
  moses: {
    name: 'moses',
    extensions: [],
    pairsOnly: true,
    outputs: 'per-language',
    write: (a) => ({ kind: 'per-language', ...writeMoses(a) }),
    corpus: { head: nothing, document: (a) => ({ kind: 'per-language', ...writeMoses(a) }), tail: nothing },
  },
  html: {
    name: 'html',
    extensions: ['html', 'htm'],
    pairsOnly: false,
    needsEveryBead: true,
    usesBand: true,
    outputs: 'stream',
    write: (a, o) => stream(writeHtml(a, o.band ? { band: o.band } : {})),
  },
};

/** The extension of a path, lower case without the dot; '' when it has none. */
export function extensionOf(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The writer an output path's extension names (`out.tmx` → tmx), or undefined when no writer has that extension. */
export function writerForPath(path: string): Writer | undefined {
  const ext = extensionOf(path);
  return Object.values(WRITERS).find((w) => w.extensions.includes(ext));
}
