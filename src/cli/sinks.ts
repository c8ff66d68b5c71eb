/**
 * Where a writer's output goes: stdout, one file written atomically, or a pair of files named by
 * a prefix and each side's language (Moses). A sink is chosen from the writer and `-o` before any
 * work, so that a bad combination fails at once.
 */
import { UsageError } from '../errors.js';
import type { Writer, WriterOutput } from '../formats/index.js';
import type { Lang } from '../types.js';
import { type Io, STD_STREAM, writeFilesAtomically, writeStdout } from './io.js';

export interface Sink {
  /** Write one output; `langs` name the two sides (per-language outputs are named by them). */
  write(output: WriterOutput, langs: readonly [source: Lang, target: Lang]): Promise<void>;
}

/** The sink for a writer and an `-o` value (undefined or `-`: stdout). */
export function chooseSink(writer: Writer, output: string | undefined, io: Io): Sink {
  const toStdout = output === undefined || output === STD_STREAM;
  if (writer.outputs === 'per-language') {
    if (toStdout) {
      throw new UsageError(`--format ${writer.name} writes two files, <prefix>.<source lang> and <prefix>.<target lang>: give the prefix with -o`);
    }
    return filePairSink(output, writer.name);
  }
  return toStdout ? stdoutSink(io) : fileSink(output);
}

function streamOf(output: WriterOutput): Iterable<string> {
  if (output.kind !== 'stream') throw new Error('a one-stream sink was given a per-language output');
  return output.chunks;
}

export function stdoutSink(io: Io): Sink {
  return { write: (output) => writeStdout(io.stdout, streamOf(output)) };
}

/** One file, written to a temp name beside it and renamed when complete. */
export function fileSink(path: string): Sink {
  return { write: (output) => writeFilesAtomically([{ path, chunks: streamOf(output) }]) };
}

/** `<prefix>.<source lang>` and `<prefix>.<target lang>`: both written, or neither. */
export function filePairSink(prefix: string, format: string): Sink {
  return {
    async write(output, [sourceLang, targetLang]) {
      if (output.kind !== 'per-language') throw new Error('a file-pair sink was given a one-stream output');
      if (sourceLang === targetLang) throw new UsageError(`both sides are '${sourceLang}': ${format} file names <prefix>.<lang> need two languages`);
      await writeFilesAtomically([
        { path: `${prefix}.${sourceLang}`, chunks: output.source },
        { path: `${prefix}.${targetLang}`, chunks: output.target },
      ]);
    },
  };
}
