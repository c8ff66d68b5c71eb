/**
 * Outputs that would destroy what the command reads, or each other. An output is written to a
 * temp file and renamed over its path, so `-o` naming an input replaced that input with the
 * alignment (the text the user had is gone), and two outputs at one path left only the last
 * written. Both are refused before any work, naming the path.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { STD_STREAM } from './io.js';

/** A file a command reads or writes: how the command line names it (`the source`, `-o`), and its path if given. */
export type NamedPath = readonly [what: string, path: string | undefined];

/** The identity of stdout (`-`) among outputs: one output only may go there. */
const STDOUT = 'stdout';

/**
 * What a path is, to compare: a regular file's device and inode (a link, `./x` and `x` are one file),
 * else the absolute path; `-` is stdout; undefined for devices (`/dev/null` may take any output).
 */
function identity(path: string): string | undefined {
  if (path === STD_STREAM) return STDOUT;
  let info;
  try {
    info = statSync(path);
  } catch {
    return `path:${resolve(path)}`;
  }
  return info.isFile() ? `file:${info.dev}:${info.ino}` : undefined;
}

/**
 * The command's data output among its outputs: `-o` when given, else `the alignment` on stdout.
 * @param output the `-o` value
 * @param oneStream whether it goes to one file or stdout; not a Moses prefix (its two names are
 *   known with the languages), a folder of outputs, or no output at all
 */
export function dataOutput(output: string | undefined, oneStream: boolean): NamedPath {
  return [output === undefined ? 'the alignment' : '-o', oneStream ? (output ?? STD_STREAM) : undefined];
}

/**
 * @param inputs the files the command reads
 * @param outputs the files it writes (`-` for stdout: the data output when no file is given, and
 *   any other output named `-`)
 * @throws UsageError for an output that is an input, or two outputs at one path
 */
export function checkOutputPaths(inputs: readonly NamedPath[], outputs: readonly NamedPath[]): void {
  const read = new Map<string, string>();
  for (const [what, path] of inputs) {
    const id = path === undefined ? undefined : identity(path);
    // A missing input is not there to lose: reading it fails with its own message.
    if (id !== undefined && id.startsWith('file:') && !read.has(id)) read.set(id, what);
  }
  const written = new Map<string, string>();
  for (const [what, path] of outputs) {
    const id = path === undefined ? undefined : identity(path);
    if (id === undefined) continue;
    const input = read.get(id);
    if (input !== undefined) throw new UsageError(`${path}: ${what} would overwrite ${input}, which this command reads; write it elsewhere`);
    const other = written.get(id);
    if (other !== undefined && id === STDOUT) throw new UsageError(`${other} and ${what} would both write to stdout: give one of them a file`);
    if (other !== undefined) throw new UsageError(`${path}: given to both ${other} and ${what}; each output needs its own file`);
    written.set(id, what);
  }
}
