/**
 * Where a corpus's documents come from: a manifest file (read once to check and count it, then
 * again as the documents are aligned, so that a bad line stops the run before any work and memory
 * does not hold the manifest), a manifest on stdin or a pipe (read once, as it arrives), or folders.
 */
import { open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError, inputLabel } from '../errors.js';
import type { Lang } from '../types.js';
import { readLines } from './lines.js';
import { type CorpusEntry, ManifestParser } from './manifest.js';
import { taggedFolderCorpus, twoFolderCorpus } from './pairs.js';

/** The documents of a corpus, in corpus order. */
export interface CorpusSource {
  /** How messages name the corpus: the manifest's path (`stdin` for `-`), or its folders. */
  readonly name: string;
  /** How many there are; undefined for a manifest still arriving on stdin. */
  readonly total: number | undefined;
  /** What the user should know about the listing (files left out of folder pairs). */
  readonly notes: readonly string[];
  /** The documents, read as they are asked for. */
  entries(): AsyncIterable<CorpusEntry>;
}

/** The name of stdin as a manifest. */
const STDIN = '-';

/**
 * Whether a manifest can be read only once: stdin, or a path that is not a regular file (a named
 * pipe, `/dev/stdin`, a shell's `<(…)`), whose second reading would find nothing.
 * @param name the path as the user gave it, or `-`
 */
export async function readableOnce(name: string): Promise<boolean> {
  if (name === STDIN) return true;
  try {
    const stats = await stat(name);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    // Not there or not readable: manifestCorpus says so, naming the file.
    return false;
  }
}

/** A pipe under /dev or /proc (`/dev/stdin`, `<(…)`) has no folder of its own: its paths are relative to the working directory, as stdin's. */
const baseOf = (name: string): string => (/^\/(dev|proc)\//u.test(name) ? '.' : dirname(name));

/**
 * A manifest: a TSV or JSONL file, or `-` for stdin; a pipe is read once, as stdin is.
 * @param name the path as the user gave it, or `-`
 * @param stdin read when `name` is `-`
 * @param once `readableOnce(name)`, which the caller has asked already to check its options
 * @throws InputError for a manifest that cannot be read, or a line that is not a document (file manifests: before any document is aligned)
 */
export async function manifestCorpus(name: string, stdin: NodeJS.ReadableStream, once: boolean): Promise<CorpusSource> {
  if (name === STDIN) {
    return { name: inputLabel(name), total: undefined, notes: [], entries: () => parse(name, '.', stdin as AsyncIterable<Uint8Array | string>) };
  }
  if (once) {
    const chunks = await fileChunks(name);
    return { name, total: undefined, notes: [], entries: () => parse(name, baseOf(name), chunks) };
  }
  const base = dirname(name);
  let total = 0;
  for await (const _entry of parse(name, base, await fileChunks(name))) total++;
  // Ids were checked by the counting: the run does not hold them all again.
  return { name, total, notes: [], entries: async function* () {
    yield* parse(name, base, await fileChunks(name), false);
  } };
}

/**
 * Folders: two whose files are matched by name, or one whose file names carry their language.
 * @param langs `--from`/`--to`, which choose the sides of a one-folder corpus
 */
export async function folderCorpus(dirs: readonly string[], langs: { from?: Lang; to?: Lang }): Promise<CorpusSource> {
  const { entries, notes } = dirs.length === 1 ? await taggedFolderCorpus(dirs[0]!, langs) : await twoFolderCorpus(dirs[0]!, dirs[1]!);
  return { name: dirs.join(' and '), total: entries.length, notes, entries: async function* () {
    yield* entries;
  } };
}

async function* parse(name: string, base: string, chunks: AsyncIterable<Uint8Array | string>, checkIds = true): AsyncGenerator<CorpusEntry> {
  const parser = new ManifestParser(name, base, checkIds);
  for await (const line of readLines(chunks, name)) {
    const entry = parser.next(line);
    if (entry) yield entry;
  }
}

/** The bytes of a file, opened now so that a missing file is an error here rather than mid-run. */
async function fileChunks(path: string): Promise<AsyncIterable<Uint8Array>> {
  try {
    const handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return handle.createReadStream();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, expected a manifest file' : (error as Error).message;
    throw new InputError(path, `cannot read: ${problem}`, { code: 'unreadable' });
  }
}
