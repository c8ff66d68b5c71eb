/**
 * `batch --out-dir`: the options a folder's outputs were made with, recorded in the folder, so that
 * a rerun skips the documents already done (resumes) only when it would have written them the same
 * way. With other options it would silently leave a folder of outputs made two ways; it is refused
 * instead, naming each option that differs, and `--force` aligns every document again.
 *
 * One record per format, `.bitext-batch-<format>.json`: formats write files of other names, so a
 * JSON run and a Moses run into one folder mix nothing. It is a dot file, a name no document's
 * output has (names.ts escapes a leading dot).
 *
 * `--dict` and `--lexicon` are recorded by content (a SHA-256 of the files' bytes), not by path:
 * the content is what decides the outputs, so an edited file is refused as another option value
 * would be, while the same file moved, renamed or copied resumes. The path is kept beside it for
 * the reader and the message, and not compared.
 */
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Format, Writer } from '../formats/index.js';
import { VERSION } from '../version.js';
import type { DocumentOptions } from './document-options.js';
import type { EvidenceDigests, FileDigest } from './evidence.js';
import { STD_STREAM, writeFilesAtomically } from './io.js';

/**
 * An option as the record holds it: its value as the command line writes it, true for a flag
 * alone, the values of a repeatable option, or a file's content (`--lexicon`; `--dict`, repeatable)
 * as a digest of its bytes with its absolute path. (A record of version 1 holds files as paths.)
 */
type Value = string | true | readonly string[] | FileDigest | readonly FileDigest[];
/** The options that decide what a document's output holds, by their command-line names. */
export type OutputOptions = Readonly<Record<string, Value>>;

/** What a record says it is, so that another JSON file at its name is not taken for one. */
const RECORD_KIND = 'bitext batch --out-dir options';
/** The layout of the record; a later one that reads differently gets another number. */
const RECORD_VERSION = 2;
/**
 * Versions of the record this bitext reads. Version 1 held `--dict` and `--lexicon` as paths and
 * is otherwise the same: read, a folder made without them resumes as before, and one made with
 * them is refused, naming each as recorded without its content (its file may have changed since).
 */
const READABLE_VERSIONS: ReadonlySet<unknown> = new Set([1, RECORD_VERSION]);
/** Hex digits of a SHA-256 shown in a message: enough to tell two files apart at a glance (git shows 7). */
const SHOWN_DIGITS = 12;

/** The record's file name in the folder, for a format. */
function recordName(format: Format): string {
  return `.bitext-batch-${format}.json`;
}

/** Paths as the same file whatever the working folder (`-`, stdin, stays as it is). */
const absolute = (path: string): string => (path === STD_STREAM ? path : resolve(path));

/** A file's digest with its path absolute, as the record shows it. */
const located = (file: FileDigest): FileDigest => ({ path: absolute(file.path), sha256: file.sha256 });

/**
 * The options that decide what a document's output holds, each in one spelling (numbers as their
 * value reads, paths absolute, bead types in order) and left out when it is the default, so that
 * the same options however written compare the same. Left out because they do not change an
 * output: `--threads` (the same bytes for any number), `--report`, `--progress`, `-q`, `--shard`
 * (shards of one run write into one folder), `--save-lexicon` and `--force`. `--dict` and
 * `--lexicon` are their files' digests, as read for the run (evidence.ts).
 * @param corpusLexicon whether the run learns one lexicon from its documents (the default for a manifest file)
 * @param files the digests of the `--dict` and `--lexicon` files the options name
 */
export function outputOptions(options: DocumentOptions & { readonly header?: boolean }, writer: Writer, corpusLexicon: boolean, files: EvidenceDigests): OutputOptions {
  const o: Record<string, Value> = {};
  if (options.from !== undefined) o['--from'] = options.from;
  if (options.to !== undefined) o['--to'] = options.to;
  if (options.input !== 'text') o['--input'] = options.input;
  if (options.inputFormat !== undefined) o['--input-format'] = options.inputFormat;
  if (options.encoding !== undefined) o['--encoding'] = options.encoding;
  if (options.layout !== undefined) o['--layout'] = options.layout;
  if (options.minScore !== undefined) o['--min-score'] = String(options.minScore);
  // Asking for what the format does anyway (--unaligned with json) changes nothing.
  if (options.unaligned !== undefined && options.unaligned === writer.pairsOnly) o[options.unaligned ? '--unaligned' : '--no-unaligned'] = true;
  if (!options.langCheck) o['--no-lang-check'] = true;
  if (options.beadTypes !== undefined) o['--bead-types'] = options.beadTypes.join(',');
  if (options.anchorsLoose) o['--anchors-loose'] = true;
  if (files.dict.length) o['--dict'] = files.dict.map(located);
  if (files.lexicon) o['--lexicon'] = located(files.lexicon);
  else if (options.lexicon === false) o['--no-lexicon'] = true;
  else if (!corpusLexicon) o['--no-corpus-lexicon'] = true;
  if (options.header) o['--header'] = true;
  return o;
}

/** The run's side of the record: what it does once every document is written. */
export interface OptionsRecord {
  /** Record the run's options, if they are to be recorded only now (a forced run that changed them). */
  complete(): Promise<void>;
}

/**
 * Check the folder's record against the run's options, before any work, and record them when the
 * folder has none. A forced run with other options removes the old record at once and writes its
 * own only when it has written every document (`complete`): stopped half-way, it leaves outputs
 * made two ways and no record, which the next run refuses rather than resume.
 * @param outputsThere whether the folder holds outputs of this format (names.ts's file names)
 * @throws UsageError when the options differ from the record's, or outputs are there with no record, unless `force`
 */
export async function checkOptionsRecord(
  dir: string,
  format: Format,
  now: OutputOptions,
  run: { readonly force: boolean; readonly outputsThere: boolean },
): Promise<OptionsRecord> {
  const path = join(dir, recordName(format));
  const write = () => writeFilesAtomically([{ path, chunks: [recordText(format, now)] }]);
  const nothing: OptionsRecord = { complete: async () => {} };
  // With no output of this format there (a new folder, or a run that stopped before its first), there is nothing to mix.
  const then = await readRecord(path, format, run.force || !run.outputsThere);
  const differ = then === undefined ? undefined : differences(then, now);
  if (differ?.length === 0) return nothing;
  if (!run.outputsThere) {
    await write();
    return nothing;
  }
  if (differ === undefined) {
    if (!run.force) {
      throw new UsageError(`${dir}: holds ${format} outputs but no record of the options they were made with (${recordName(format)}): give --force to align every document again`);
    }
    return { complete: write };
  }
  if (!run.force) {
    throw new UsageError(`${dir}: its ${format} outputs were made with other options (${differ.join('; ')}): give the same options to resume, or --force to align every document again`);
  }
  await rm(path, { force: true });
  return { complete: write };
}

/** The record's options; undefined when there is none (or, when `lenient`, one that cannot be read, which the run replaces). */
async function readRecord(path: string, format: Format, lenient: boolean): Promise<OutputOptions | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return unreadable((error as Error).message);
  }
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return unreadable('not valid JSON');
  }
  const r = record as { record?: unknown; version?: unknown; format?: unknown; options?: unknown };
  if (typeof r !== 'object' || r === null || r.record !== RECORD_KIND) return unreadable(`no "record": "${RECORD_KIND}"`);
  if (!READABLE_VERSIONS.has(r.version)) return unreadable(`version ${String(r.version)}, this bitext reads ${[...READABLE_VERSIONS].join(' and ')}`);
  if (r.format !== format || !isOptions(r.options)) return unreadable(`not the ${format} options`);
  return r.options;

  function unreadable(why: string): undefined {
    if (lenient) return undefined;
    throw new UsageError(`${path}: not a record of the options of a batch run (${why}): give --force to align every document again`);
  }
}

function isOptions(value: unknown): value is OutputOptions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => v === true || typeof v === 'string' || isDigest(v) || (Array.isArray(v) && (v.every((p) => typeof p === 'string') || v.every(isDigest))));
}

function isDigest(value: unknown): value is FileDigest {
  const v = value as Partial<Record<keyof FileDigest, unknown>> | null;
  return typeof v === 'object' && v !== null && typeof v.path === 'string' && typeof v.sha256 === 'string';
}

/** The record as written: what it is, for which format, the options, and the bitext that wrote it (for the reader only: not compared). */
function recordText(format: Format, options: OutputOptions): string {
  return `${JSON.stringify({ record: RECORD_KIND, version: RECORD_VERSION, format, options, tool: `bitext ${VERSION}` }, null, 2)}\n`;
}

/**
 * `--min-score 0.5 then, 0.9 now` for each option whose value differs, in the order the options
 * are given; a file differs by its content (`--dict /d/g.tsv (sha256 1f2e…) then, /d/g.tsv
 * (sha256 9a8b…) now`: edited), not by where it is.
 */
function differences(then: OutputOptions, now: OutputOptions): string[] {
  const flags = [...new Set([...Object.keys(now), ...Object.keys(then)])];
  return flags.filter((f) => identity(then[f]) !== identity(now[f])).map((f) => `${f} ${show(f, then[f])} then, ${show(f, now[f])} now`);
}

/** What decides whether two values are the same: a file's digest stands for it, its path does not count. */
function identity(value: Value | undefined): string | undefined {
  return JSON.stringify(value, (_key, v: unknown) => (isDigest(v) ? v.sha256 : v));
}

/** The options whose values are files, recorded by content. */
const FILE_OPTIONS: ReadonlySet<string> = new Set(['--dict', '--lexicon']);

function show(flag: string, value: Value | undefined): string {
  if (value === undefined) return 'not given';
  if (value === true) return 'given';
  const values: ReadonlyArray<string | FileDigest> = typeof value === 'string' || isDigest(value) ? [value] : value;
  const file = (v: FileDigest) => `${v.path} (sha256 ${v.sha256.slice(0, SHOWN_DIGITS)})`;
  // A file by its path alone is one of a version 1 record: what it held then is not known.
  const path = (v: string) => (FILE_OPTIONS.has(flag) ? `${v} (its content not recorded, by an earlier bitext)` : v);
  return values.map((v) => (typeof v === 'string' ? path(v) : file(v))).join(' and ');
}
