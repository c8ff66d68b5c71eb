/**
 * `batch --out-dir`: the options a folder's outputs were made with, recorded in the folder, so that
 * a rerun skips the documents already done (resumes) only when it would have written them the same
 * way. With other options it would silently leave a folder of outputs made two ways; it is refused
 * instead, naming each option that differs, and `--force` aligns every document again.
 *
 * One record per format, `.bitext-batch-<format>.json`: formats write files of other names, so a
 * JSON run and a Moses run into one folder mix nothing. It is a dot file, a name no document's
 * output has (names.ts escapes a leading dot).
 */
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Format, Writer } from '../formats/index.js';
import { VERSION } from '../version.js';
import type { DocumentOptions } from './document-options.js';
import { STD_STREAM, writeFilesAtomically } from './io.js';

/** An option as the record holds it: its value as the command line writes it, true for a flag alone, or the values of a repeatable option. */
type Value = string | true | readonly string[];
/** The options that decide what a document's output holds, by their command-line names. */
export type OutputOptions = Readonly<Record<string, Value>>;

/** What a record says it is, so that another JSON file at its name is not taken for one. */
const RECORD_KIND = 'bitext batch --out-dir options';
/** The layout of the record; a later one that reads differently gets another number. */
const RECORD_VERSION = 1;

/** The record's file name in the folder, for a format. */
function recordName(format: Format): string {
  return `.bitext-batch-${format}.json`;
}

/** Paths as the same file whatever the working folder (`-`, stdin, stays as it is). */
const absolute = (path: string): string => (path === STD_STREAM ? path : resolve(path));

/**
 * The options that decide what a document's output holds, each in one spelling (numbers as their
 * value reads, paths absolute, bead types in order) and left out when it is the default, so that
 * the same options however written compare the same. Left out because they do not change an
 * output: `--threads` (the same bytes for any number), `--report`, `--progress`, `-q`, `--shard`
 * (shards of one run write into one folder), `--save-lexicon` and `--force`. Files are named, not
 * read: a dictionary edited between two runs goes unnoticed.
 * @param corpusLexicon whether the run learns one lexicon from its documents (the default for a manifest file)
 */
export function outputOptions(options: DocumentOptions & { readonly header?: boolean }, writer: Writer, corpusLexicon: boolean): OutputOptions {
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
  if (options.dict?.length) o['--dict'] = options.dict.map(absolute);
  if (typeof options.lexicon === 'string') o['--lexicon'] = absolute(options.lexicon);
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
  if (r.version !== RECORD_VERSION) return unreadable(`version ${String(r.version)}, this bitext reads ${RECORD_VERSION}`);
  if (r.format !== format || !isOptions(r.options)) return unreadable(`not the ${format} options`);
  return r.options;

  function unreadable(why: string): undefined {
    if (lenient) return undefined;
    throw new UsageError(`${path}: not a record of the options of a batch run (${why}): give --force to align every document again`);
  }
}

function isOptions(value: unknown): value is OutputOptions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => v === true || typeof v === 'string' || (Array.isArray(v) && v.every((p) => typeof p === 'string')));
}

/** The record as written: what it is, for which format, the options, and the bitext that wrote it (for the reader only: not compared). */
function recordText(format: Format, options: OutputOptions): string {
  return `${JSON.stringify({ record: RECORD_KIND, version: RECORD_VERSION, format, options, tool: `bitext ${VERSION}` }, null, 2)}\n`;
}

/** `--min-score 0.5 then, 0.9 now` for each option whose value differs, in the order the options are given. */
function differences(then: OutputOptions, now: OutputOptions): string[] {
  const flags = [...new Set([...Object.keys(now), ...Object.keys(then)])];
  return flags.filter((f) => show(then[f]) !== show(now[f])).map((f) => `${f} ${show(then[f])} then, ${show(now[f])} now`);
}

function show(value: Value | undefined): string {
  if (value === undefined) return 'not given';
  if (value === true) return 'given';
  return typeof value === 'string' ? value : value.join(' and ');
}
