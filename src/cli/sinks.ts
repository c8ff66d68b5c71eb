/**
 * Where a writer's output goes: stdout, one file written atomically, or a pair of files named by
 * a prefix and each side's language (Moses); for a corpus, one output for all its documents, or
 * one per document in a folder. A sink is chosen from the writer and `-o` before any work, so that
 * a bad combination fails at once.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputError, UsageError } from '../errors.js';
import { type CorpusInfo, type Writer, writerForPath } from '../formats/index.js';
import type { Lang } from '../types.js';
import { type AtomicFile, type Chunk, type FileOutput, type Io, openAtomicFile, openOutput, STD_STREAM } from './io.js';

/** What a sink writes: a writer's output (text), or its bytes as a corpus document comes back from its thread. */
export type SinkOutput =
  | { readonly kind: 'stream'; readonly chunks: Iterable<Chunk> }
  | { readonly kind: 'per-language'; readonly source: Iterable<Chunk>; readonly target: Iterable<Chunk> };

export interface Sink {
  /**
   * Where one output goes: the files it is written to (`-`: stdout), with what each gets, for
   * the run to write together with its other outputs (pending-outputs.ts).
   * @param langs the two sides' languages (per-language outputs are named by them)
   */
  place(output: SinkOutput, langs: readonly [source: Lang, target: Lang]): FileOutput[];
}

/** The sink for a writer and an `-o` value (undefined or `-`: stdout). */
export function chooseSink(writer: Writer, output: string | undefined): Sink {
  const toStdout = output === undefined || output === STD_STREAM;
  if (writer.outputs === 'per-language') {
    if (toStdout) {
      throw new UsageError(`--format ${writer.name} writes two files, <prefix>.<source lang> and <prefix>.<target lang>: give the prefix with -o`);
    }
    return filePairSink(output, writer.name);
  }
  return fileSink(toStdout ? STD_STREAM : output);
}

function streamOf(output: SinkOutput): Iterable<Chunk> {
  if (output.kind !== 'stream') throw new Error('a one-stream sink was given a per-language output');
  return output.chunks;
}

/** One file (`-`: stdout), its whole output. */
function fileSink(path: string): Sink {
  return { place: (output) => [{ path, chunks: streamOf(output) }] };
}

/** `<prefix>.<source lang>` and `<prefix>.<target lang>` (both written, or neither, by writeTogether). */
function filePairSink(prefix: string, format: string): Sink {
  return {
    place(output, [sourceLang, targetLang]) {
      if (output.kind !== 'per-language') throw new Error('a file-pair sink was given a one-stream output');
      if (sourceLang === targetLang) throw new UsageError(`both sides are '${sourceLang}': ${format} file names <prefix>.<lang> need two languages`);
      return [
        { path: `${prefix}.${sourceLang}`, chunks: output.source },
        { path: `${prefix}.${targetLang}`, chunks: output.target },
      ];
    },
  };
}

/**
 * Where the documents of a corpus go, one after another in corpus order, into one output: stdout,
 * one file, or (Moses) one pair of files plus `<prefix>.ids` naming each line's document.
 * Files are written to temp names and renamed by `finish`, so an interrupted run leaves none.
 */
export interface CorpusSink {
  /** Why a document whose sides are in `langs` cannot go into this output, if it cannot. */
  refuses(langs: readonly [source: Lang, target: Lang]): string | undefined;
  /** Write one document's output; `lines` is the number of beads written (Moses lines). */
  document(id: string, output: SinkOutput, langs: readonly [source: Lang, target: Lang], lines: number): Promise<void>;
  /** Write what ends the output and put files in place. */
  finish(): Promise<void>;
  /** Leave nothing behind (files not yet in place are removed). */
  abort(): Promise<void>;
}

/**
 * The one output of a corpus: stdout, or the file `-o` names; Moses files under the prefix `-o`
 * gives, named by the languages (`--from`/`--to`, else those of the first document written).
 * @param info what the writer's corpus head and tail need
 */
export async function openCorpusSink(
  writer: Writer,
  output: string | undefined,
  io: Io,
  info: CorpusInfo & { readonly to?: Lang },
): Promise<CorpusSink> {
  const corpus = writer.corpus;
  if (!corpus) throw new Error(`${writer.name} has no corpus form`);
  if (writer.outputs === 'per-language') {
    if (output === undefined || output === STD_STREAM) throw mosesNeedsPrefix(writer);
    return mosesCorpusSink(output, info.from !== undefined && info.to !== undefined ? [info.from, info.to] : undefined);
  }
  const out = await openOutput(output, io.stdout);
  try {
    const head = corpus.head(info);
    if (head) await out.write(head);
  } catch (error) {
    await out.abort();
    throw error;
  }
  return {
    refuses: () => undefined,
    async document(_id, part) {
      for (const chunk of streamOf(part)) await out.write(chunk);
    },
    async finish() {
      const tail = corpus.tail(info);
      if (tail) await out.write(tail);
      await out.commit();
    },
    abort: () => out.abort(),
  };
}

/** Moses files are named by a prefix, which stdout has not. */
export function mosesNeedsPrefix(writer: Writer): UsageError {
  return new UsageError(`--format ${writer.name} writes <prefix>.<source lang>, <prefix>.<target lang> and <prefix>.ids: give the prefix with -o (or --out-dir)`);
}

/** `<prefix>.<source lang>`, `<prefix>.<target lang>`, `<prefix>.ids`: opened with the first document. */
function mosesCorpusSink(prefix: string, given: readonly [Lang, Lang] | undefined): CorpusSink {
  let langs = given;
  let files: [source: AtomicFile, target: AtomicFile, ids: AtomicFile] | undefined;
  const opened: AtomicFile[] = [];
  const open = async (pair: readonly [Lang, Lang]) => {
    if (pair[0] === pair[1]) throw new UsageError(`both sides are '${pair[0]}': moses file names <prefix>.<lang> need two languages`);
    for (const path of [`${prefix}.${pair[0]}`, `${prefix}.${pair[1]}`, `${prefix}.ids`]) opened.push(await openAtomicFile(path));
    return opened as [AtomicFile, AtomicFile, AtomicFile];
  };
  return {
    refuses(pair) {
      if (!langs || (pair[0] === langs[0] && pair[1] === langs[1])) return undefined;
      return `its languages ${pair[0]}-${pair[1]} are not the corpus's ${langs[0]}-${langs[1]} (moses files hold one language pair; give --from/--to, or use --out-dir)`;
    },
    async document(id, part, pair, lines) {
      if (part.kind !== 'per-language') throw new Error('a file-pair sink was given a one-stream output');
      langs ??= pair;
      files ??= await open(langs);
      for (const chunk of part.source) await files[0].write(chunk);
      for (const chunk of part.target) await files[1].write(chunk);
      await files[2].write(`${id}\n`.repeat(lines));
    },
    async finish() {
      if (!files && langs) files = await open(langs);
      for (const file of opened) await file.finish();
      for (const file of opened) await file.commit();
    },
    async abort() {
      for (const file of opened) await file.abort();
    },
  };
}

/**
 * `--out-dir`: one output per document, `<dir>/<name>.<ext>` (Moses: `<dir>/<name>.<lang>` for
 * each side), each written to a temp name and renamed, so a killed run leaves only whole files.
 * A Moses document's two files are renamed one after the other: killed between them, it has one,
 * which `has` does not take for done, so a resume aligns it again (and `remove`s it if it fails).
 */
export interface DirectorySink {
  /** The sink of one document, under its file name. */
  sinkFor(name: string): Sink;
  /**
   * Whether the output of the document of this name is all there (a run being resumed).
   * @param langs the document's languages when known before aligning it
   */
  has(name: string, langs: { readonly from?: Lang; readonly to?: Lang }): boolean;
  /**
   * Removes what an earlier run wrote for the document of this name (a forced redo that failed):
   * the folder then holds the outputs of the documents this run aligned, and none older.
   */
  remove(name: string): Promise<void>;
  /** Whether the folder held, when the run began, a file this format's outputs could be. */
  holdsOutputs(): boolean;
}

/** The directory sink for `dir` (created if missing), knowing what it holds already. */
export async function openDirectorySink(writer: Writer, dir: string): Promise<DirectorySink> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputError(dir, `cannot create the folder: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : (error as Error).message}`);
  }
  const present = new Set(await readdir(dir));
  const extension = writer.extensions[0];
  // Moses: the files `<name>.<lang>` by `<name>`, indexed once, so that a resumed run looks each
  // document up at once rather than reading the whole folder again for each (files × documents).
  const byStem = writer.outputs === 'per-language' ? languageFilesByStem(present) : undefined;
  return {
    sinkFor: (name) => (writer.outputs === 'per-language' ? filePairSink(join(dir, name), writer.name) : fileSink(join(dir, `${name}.${extension}`))),
    has(name, langs) {
      if (writer.outputs !== 'per-language') return present.has(`${name}.${extension}`);
      if (langs.from !== undefined && langs.to !== undefined) return present.has(`${name}.${langs.from}`) && present.has(`${name}.${langs.to}`);
      // Languages detected per document: any two files `<name>.<lang>` are its pair.
      return (byStem!.get(name)?.length ?? 0) >= 2;
    },
    holdsOutputs() {
      for (const file of present) {
        // Temp files and the options record are dot files; documents' files never are (names.ts).
        if (file.startsWith('.')) continue;
        if (writer.outputs !== 'per-language' ? file.endsWith(`.${extension}`) : languageFileStem(file) !== undefined) return true;
      }
      return false;
    },
    async remove(name) {
      const files = byStem ? (byStem.get(name) ?? []) : [`${name}.${extension}`].filter((f) => present.has(f));
      for (const file of files) {
        await rm(join(dir, file), { force: true });
        present.delete(file);
      }
      byStem?.delete(name);
    },
  };
}

/** The files `<name>.<lang>` of a folder by their `<name>` (dot files, temp files and the record, left out: no document's name starts with a dot). */
function languageFilesByStem(files: Iterable<string>): Map<string, string[]> {
  const byStem = new Map<string, string[]>();
  for (const file of files) {
    const stem = file.startsWith('.') ? undefined : languageFileStem(file);
    if (stem === undefined) continue;
    const same = byStem.get(stem);
    if (same) same.push(file);
    else byStem.set(stem, [file]);
  }
  return byStem;
}

/** A language code as it ends a per-language output's name, `<name>.<lang>`. */
const LANGUAGE_SUFFIX = /\.[a-z]{2,3}$/u;

/** The `<name>` of a file named as a per-language output, `<name>.<lang>` (`doc.tsv`, another format's output, is not one); else undefined. */
function languageFileStem(file: string): string | undefined {
  const suffix = LANGUAGE_SUFFIX.exec(file);
  return suffix && !writerForPath(file) ? file.slice(0, suffix.index) : undefined;
}
