/**
 * The CLI's edge: reading inputs (files or stdin), writing outputs (stdout, or files written to a
 * temp name and renamed so no half-written file is ever left), and the stderr logger.
 */
import { randomBytes } from 'node:crypto';
import { type FileHandle, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { chalkStderr } from 'chalk';
import { InputError, OutputError } from '../errors.js';

/** The streams a CLI run talks to; tests pass their own. */
export interface Io {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** The process's own streams. */
export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** The name `-` means stdin (for inputs) or stdout (for outputs). */
export const STD_STREAM = '-';

/** Writes one-line messages to stderr; data never goes through it. */
export interface Logger {
  /** Something the user should know (a swap, dropped beads); silenced by --quiet. */
  note(message: string): void;
  /** Why the run failed. */
  error(message: string): void;
}

export function createLogger(stderr: NodeJS.WritableStream, options: { quiet?: boolean } = {}): Logger {
  // Colour only when stderr is a terminal that supports it (chalkStderr checks stderr, not stdout).
  const colour = stderr === process.stderr && chalkStderr.level > 0;
  const paint = (f: (s: string) => string, s: string) => (colour ? f(s) : s);
  return {
    note(message) {
      if (!options.quiet) stderr.write(`${paint(chalkStderr.dim, 'bitext:')} ${message}\n`);
    },
    error(message) {
      stderr.write(`${paint(chalkStderr.red.bold, 'bitext: error:')} ${message}\n`);
    },
  };
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, expected a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** The whole content of an input, `-` being stdin. */
export async function readInput(name: string, io: Io): Promise<Uint8Array> {
  if (name === STD_STREAM) {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(name);
  } catch (error) {
    throw new InputError(name, `cannot read: ${describe(error, READ_PROBLEMS)}`);
  }
}

const WRITE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a parent is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
};

/** Chunks are gathered to about this many UTF-16 units before a write: few syscalls, bounded memory. */
const WRITE_BATCH = 1 << 16;

/** Raised when the reader of stdout went away (`bitext … | head`): the run ends quietly. */
export class ClosedOutput extends Error {
  override name = 'ClosedOutput';
}

/**
 * Write text chunks to stdout, respecting back-pressure.
 * @throws ClosedOutput when the reader has closed the pipe
 */
export async function writeStdout(stdout: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (error: NodeJS.ErrnoException) => {
    failure ??= error;
  };
  const check = () => {
    if (!failure) return;
    if (failure.code === 'EPIPE' || failure.code === 'ERR_STREAM_DESTROYED') throw new ClosedOutput();
    throw new OutputError('stdout', `cannot write: ${failure.message}`);
  };
  stdout.on('error', onError);
  try {
    for (const batch of batches(chunks)) {
      check();
      if (!stdout.write(batch)) await drained(stdout);
    }
    // Let a pending EPIPE surface before the run is called a success.
    await new Promise<void>((resolve) => setImmediate(resolve));
    check();
  } finally {
    // A late EPIPE must not crash the process once we are done: keep a listener.
    stdout.removeListener('error', onError);
    stdout.on('error', () => {});
  }
}

/** Resolves when the stream can take more, or will never take more (closed or failed: the caller checks). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.removeListener('drain', done);
      stream.removeListener('close', done);
      stream.removeListener('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** One output file to be written atomically. */
export interface FileOutput {
  readonly path: string;
  readonly chunks: Iterable<string>;
}

/** Temp files not yet renamed; removed if the process is interrupted. */
const pendingTemps = new Set<string>();

/**
 * Write each output to a temp file beside its destination, then rename all of them:
 * readers never see a half-written file, and a failure leaves nothing behind.
 */
export async function writeFilesAtomically(outputs: readonly FileOutput[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const output of outputs) {
      const temp = join(dirname(output.path), `.${basename(output.path)}.${randomBytes(6).toString('hex')}.tmp`);
      let handle: FileHandle;
      try {
        handle = await open(temp, 'wx');
      } catch (error) {
        throw new OutputError(output.path, `cannot write: ${describe(error, WRITE_PROBLEMS)}`);
      }
      temps.push(temp);
      pendingTemps.add(temp);
      try {
        for (const batch of batches(output.chunks)) await handle.write(batch);
      } catch (error) {
        throw new OutputError(output.path, `cannot write: ${describe(error, WRITE_PROBLEMS)}`);
      } finally {
        await handle.close();
      }
    }
    for (const [i, output] of outputs.entries()) {
      try {
        await rename(temps[i]!, output.path);
      } catch (error) {
        throw new OutputError(output.path, `cannot write: ${describe(error, WRITE_PROBLEMS)}`);
      }
      pendingTemps.delete(temps[i]!);
    }
  } finally {
    for (const temp of temps) {
      if (pendingTemps.delete(temp)) await unlink(temp).catch(() => {});
    }
  }
}

/** Remove temp files synchronously; for signal handlers, where nothing async will run. */
export function removePendingTemps(unlinkSync: (path: string) => void): void {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  pendingTemps.clear();
}

function* batches(chunks: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= WRITE_BATCH) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

function describe(error: unknown, problems: Record<string, string>): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && problems[code]) ?? (error instanceof Error ? error.message : String(error));
}
