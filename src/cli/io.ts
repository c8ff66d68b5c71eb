/**
 * The CLI's edge: reading inputs (files or stdin), writing outputs (stdout, or files written to a
 * temp name and renamed so no half-written file is ever left), and the stderr logger.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { type FileHandle, open, realpath, rename, stat, unlink } from 'node:fs/promises';
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
  /** A problem the run went past (a document of a corpus that failed); not silenced by --quiet. */
  warn(message: string): void;
}

export function createLogger(stderr: NodeJS.WritableStream, options: { quiet?: boolean } = {}): Logger {
  // Colour only when stderr is a terminal that supports it (chalkStderr checks stderr, not stdout).
  const colour = stderr === process.stderr && chalkStderr.level > 0;
  const paint = (f: (s: string) => string, s: string) => (colour ? f(s) : s);
  return {
    note(message) {
      if (!options.quiet) stderr.write(`${paint(chalkStderr.dim, 'bitext:')} ${oneLine(message)}\n`);
    },
    error(message) {
      stderr.write(`${paint(chalkStderr.red.bold, 'bitext: error:')} ${oneLine(message)}\n`);
    },
    warn(message) {
      stderr.write(`${paint(chalkStderr.yellow, 'bitext:')} ${oneLine(message)}\n`);
    },
  };
}

/** Line breaks and other control characters a message holds (a file name may) written as escapes, so that a message stays one line. */
function oneLine(message: string): string {
  return message.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/gu, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, expected a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  ERR_FS_FILE_TOO_LARGE: 'too large (over 2 GB)',
};

/**
 * Bytes read from a stream (stdin, a pipe, a device) before it is refused: the limit Node puts on
 * reading a regular file (2 GB, `ERR_FS_FILE_TOO_LARGE`), so that /dev/zero or an endless pipe
 * stops there instead of filling memory.
 */
export const MAX_STREAM_INPUT_BYTES = 2 ** 31 - 1;

/**
 * The whole content of an input, `-` being stdin. A regular file is read at once: a corpus reads
 * two small files a document, and an asynchronous read of one costs some 0.35 ms of CPU in
 * round trips to the thread pool, against 0.02 ms (10-verse documents of bench/corpus). Anything
 * else (a pipe, a FIFO, a device) is read asynchronously, so that a signal is still handled.
 */
export async function readInput(name: string, io: Io): Promise<Uint8Array> {
  if (name === STD_STREAM) return readStream(io.stdin, 'stdin');
  try {
    return statSync(name).isFile() ? readFileSync(name) : await readStream(createReadStream(name), name);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, `cannot read: ${describe(error, READ_PROBLEMS)}`, { code: 'unreadable' });
  }
}

/**
 * A stream's bytes, to its end.
 * @throws InputError when it holds more than `limit` bytes (read no further)
 */
export async function readStream(stream: AsyncIterable<Buffer | string>, name: string, limit = MAX_STREAM_INPUT_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > limit) throw new InputError(name, `cannot read: too large (over ${formatBytes(limit)})`, { code: 'too-large' });
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** 2147483647 → `2 GB`, 1024 → `1024 bytes`: a limit as the user thinks of it. */
function formatBytes(bytes: number): string {
  return bytes >= 2 ** 30 ? `${Math.round(bytes / 2 ** 30)} GB` : `${bytes} bytes`;
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

/** Text chunks are gathered to about this many UTF-16 units before a write: few syscalls, bounded memory. */
const WRITE_BATCH = 1 << 16;

/** Raised when the reader of stdout went away (`bitext … | head`): the run ends quietly. */
export class ClosedOutput extends Error {
  override name = 'ClosedOutput';
}

/** A piece of output: text, or text already encoded as UTF-8 (a corpus document from its thread). */
export type Chunk = string | Uint8Array;

/** An output written piece by piece, as a corpus run produces it. */
export interface OutputStream {
  write(chunk: Chunk): Promise<void>;
  /** Everything is written: a file is closed and renamed into place. */
  commit(): Promise<void>;
  /** Nothing of it must stay: a file's temp is removed (a no-op once committed). */
  abort(): Promise<void>;
}

/**
 * Write text chunks to stdout, respecting back-pressure.
 * @throws ClosedOutput when the reader has closed the pipe
 */
export async function writeStdout(stdout: NodeJS.WritableStream, chunks: Iterable<Chunk>): Promise<void> {
  const out = stdoutStream(stdout);
  for (const batch of batches(chunks)) await out.write(batch);
  await out.commit();
}

/**
 * stdout as an OutputStream: writes wait while the pipe is full.
 * @throws ClosedOutput (from write or commit) when the reader has closed the pipe
 */
export function stdoutStream(stdout: NodeJS.WritableStream): OutputStream {
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (error: NodeJS.ErrnoException) => {
    failure ??= error;
  };
  const check = () => {
    if (!failure) return;
    if (failure.code === 'EPIPE' || failure.code === 'ERR_STREAM_DESTROYED') throw new ClosedOutput();
    throw new OutputError('stdout', `cannot write: ${failure.message}`);
  };
  const release = () => {
    // A late EPIPE must not crash the process once we are done: keep a listener.
    stdout.removeListener('error', onError);
    stdout.on('error', () => {});
  };
  stdout.on('error', onError);
  let done = false;
  return {
    async write(chunk) {
      check();
      if (!stdout.write(chunk)) await drained(stdout);
    },
    async commit() {
      if (done) return;
      done = true;
      try {
        // Let a pending EPIPE surface before the run is called a success.
        await new Promise<void>((resolve) => setImmediate(resolve));
        check();
      } finally {
        release();
      }
    },
    async abort() {
      if (done) return;
      done = true;
      release();
    },
  };
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
  readonly chunks: Iterable<Chunk>;
}

/** Temp files not yet renamed; removed if the process is interrupted. */
const pendingTemps = new Set<string>();

/** Signals after which temp files are removed before the process dies of the signal as usual. */
const CLEANUP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  removePendingTemps();
  holds = 0;
  listen(false);
  // Re-raise so the exit status says what killed us (130 for ^C), as the shell expects.
  process.kill(process.pid, signal);
}

/** Runs that keep the signal handlers for their whole length (see `holdSignalHandlers`). */
let holds = 0;

function listen(on: boolean): void {
  for (const s of CLEANUP_SIGNALS) {
    if (on) process.on(s, onSignal);
    else process.removeListener(s, onSignal);
  }
}

function trackTemp(temp: string): void {
  if (pendingTemps.size === 0 && holds === 0) listen(true);
  pendingTemps.add(temp);
}

function untrackTemp(temp: string): boolean {
  const had = pendingTemps.delete(temp);
  if (pendingTemps.size === 0 && holds === 0) listen(false);
  return had;
}

/**
 * Keep the signal handlers for a run that writes many files one after another (a corpus with
 * --out-dir): installed and removed around each file, a signal that came just as one file was
 * done would find no handler to act on it and be lost. The returned function lets them go.
 */
export function holdSignalHandlers(): () => void {
  if (holds++ === 0 && pendingTemps.size === 0) listen(true);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (--holds === 0 && pendingTemps.size === 0) listen(false);
  };
}

/** Remove the temp files not yet renamed, synchronously: a signal handler cannot wait. */
export function removePendingTemps(): void {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  pendingTemps.clear();
}

/**
 * Where an output really goes. A symlink is followed, so the file it points to is replaced and the
 * link stays. Something that is not a regular file (/dev/null, /dev/stdout, a FIFO) is written in
 * place: renaming over it would replace the device or pipe with a plain file.
 */
async function resolveDestination(path: string): Promise<{ path: string; direct: boolean; mode?: number }> {
  const real = await realpath(path).catch(() => path);
  const info = await stat(real).catch(() => undefined);
  if (!info) return { path: real, direct: false };
  if (info.isDirectory()) throw new OutputError(path, `cannot write: ${WRITE_PROBLEMS.EISDIR}`);
  if (!info.isFile()) return { path: real, direct: true };
  // The replacement keeps the permissions of the file it replaces.
  return { path: real, direct: false, mode: info.mode & 0o7777 };
}

async function openOrFail(path: string, flags: string, shownPath: string, mode?: number): Promise<FileHandle> {
  try {
    return await open(path, flags, mode);
  } catch (error) {
    throw new OutputError(shownPath, `cannot write: ${describe(error, WRITE_PROBLEMS)}`);
  }
}

/**
 * Create a temp file on this thread, then open it. Created by the thread pool instead, it could
 * appear after a signal's handler had removed the temps it knew and before the process died of
 * the signal: a stray temp file left by an interrupted run.
 */
async function openTemp(temp: string, shownPath: string, mode?: number): Promise<FileHandle> {
  try {
    closeSync(openSync(temp, 'wx', mode));
  } catch (error) {
    throw new OutputError(shownPath, `cannot write: ${describe(error, WRITE_PROBLEMS)}`);
  }
  return openOrFail(temp, 'r+', shownPath);
}

/** An output named on the command line: stdout when there is no path or it is `-`, else a file opened with `openAtomicFile`. */
export async function openOutput(path: string | undefined, stdout: NodeJS.WritableStream): Promise<OutputStream> {
  return path === undefined || path === STD_STREAM ? stdoutStream(stdout) : await openAtomicFile(path);
}

/** A file being written to a temp name beside its destination (or in place for a device or pipe). */
export interface AtomicFile extends OutputStream {
  /** Flush and close it, leaving it under its temp name until `commit`. */
  finish(): Promise<void>;
}

/**
 * Open an output file for writing: text goes to a temp file beside it, renamed over the
 * destination on commit, so readers never see a half-written file and a failure (or ^C) leaves
 * nothing behind.
 */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const destination = await resolveDestination(path);
  const temp = destination.direct ? undefined : join(dirname(destination.path), `.${basename(destination.path)}.${randomBytes(6).toString('hex')}.tmp`);
  // Tracked before it exists: a signal that comes while the file is being created must find it.
  if (temp) trackTemp(temp);
  let handle: FileHandle;
  try {
    handle = temp ? await openTemp(temp, path, destination.mode) : await openOrFail(destination.path, 'w', path, destination.mode);
  } catch (error) {
    if (temp) untrackTemp(temp);
    throw error;
  }
  let buffer = '';
  let closed = false;
  let ended = false;
  const writeBytes = async (bytes: Uint8Array) => {
    try {
      await handle.write(bytes);
    } catch (error) {
      throw new OutputError(path, `cannot write: ${describe(error, WRITE_PROBLEMS)}`);
    }
  };
  const flush = async () => {
    if (!buffer) return;
    const text = buffer;
    buffer = '';
    // Encoded here (FileHandle.write would encode a string too), so that bytes are the one thing written.
    await writeBytes(Buffer.from(text, 'utf8'));
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  try {
    // open()'s mode is filtered by the umask; the replaced file's mode must survive whole.
    if (temp && destination.mode !== undefined) await handle.chmod(destination.mode);
  } catch (error) {
    await close();
    if (temp && untrackTemp(temp)) await unlink(temp).catch(() => {});
    throw error;
  }
  const file: AtomicFile = {
    async write(chunk) {
      if (typeof chunk === 'string') {
        buffer += chunk;
        if (buffer.length >= WRITE_BATCH) await flush();
        return;
      }
      await flush();
      await writeBytes(chunk);
    },
    async finish() {
      try {
        await flush();
      } finally {
        await close();
      }
    },
    async commit() {
      if (ended) return;
      await file.finish();
      ended = true;
      if (!temp) return;
      try {
        await rename(temp, destination.path);
      } catch (error) {
        throw new OutputError(path, `cannot write: ${describe(error, WRITE_PROBLEMS)}`);
      }
      untrackTemp(temp);
    },
    async abort() {
      if (ended) return;
      ended = true;
      buffer = '';
      await close().catch(() => {});
      if (temp && untrackTemp(temp)) await unlink(temp).catch(() => {});
    },
  };
  return file;
}

/**
 * Write each output to a temp file beside its destination, then rename all of them:
 * readers never see a half-written file, and a failure (or ^C) leaves nothing behind.
 * Devices and pipes are written in place, since they cannot be renamed over.
 */
export async function writeFilesAtomically(outputs: readonly FileOutput[]): Promise<void> {
  const files: AtomicFile[] = [];
  try {
    for (const output of outputs) await writeToTemp(output, files);
    for (const file of files) await file.commit();
  } finally {
    for (const file of files) await file.abort();
  }
}

/**
 * Write one output whole to its temp file, left there until `commit`.
 * @param files where the file is added as soon as it is open, for the caller to commit or abort
 */
export async function writeToTemp(output: FileOutput, files: AtomicFile[]): Promise<void> {
  const file = await openAtomicFile(output.path);
  files.push(file);
  for (const chunk of output.chunks) await file.write(chunk);
  await file.finish();
}

/** Text chunks gathered into writes of about WRITE_BATCH units; bytes go out as they are, in order. */
function* batches(chunks: Iterable<Chunk>): Generator<Chunk> {
  let buffer = '';
  for (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      if (buffer) yield buffer;
      buffer = '';
      yield chunk;
      continue;
    }
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
