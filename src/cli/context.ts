/** What every command receives, and the read/write steps they share. */
import type { NamedText } from '../document/prepare.js';
import { decodeInput } from '../input/decode.js';
import type { PairTexts } from '../pipeline/align-pair.js';
import { type Io, type Logger, readInput, STD_STREAM, writeFilesAtomically, writeStdout } from './io.js';

export interface Context {
  readonly io: Io;
  readonly logger: Logger;
}

/**
 * An input: a name as the user gave it (a path, `-` for stdin), or a name with the bytes already
 * in memory (a text given inline in a batch manifest), which are then read as a file's would be.
 */
export type InputRef = string | { readonly name: string; readonly bytes: Uint8Array };

/** Read and decode one input (`-` is stdin); empty inputs are errors unless `allowEmpty`. */
export async function readText(input: InputRef, io: Io, options: { allowEmpty?: boolean } = {}): Promise<NamedText> {
  const name = typeof input === 'string' ? input : input.name;
  const bytes = typeof input === 'string' ? await readInput(input, io) : input.bytes;
  return { name, text: decodeInput(bytes, name, options).text };
}

/**
 * The texts of one alignment, as `align` reads its inputs and `batch` each document's: two
 * inputs, or one holding both languages when `target` is undefined.
 */
export async function readPairTexts(source: InputRef, target: InputRef | undefined, io: Io): Promise<PairTexts> {
  const sourceText = await readText(source, io);
  return target === undefined ? { source: sourceText } : { source: sourceText, target: await readText(target, io) };
}

/** Write to the output path (atomically), or to stdout when there is none or it is `-`. */
export async function writeOutput(output: string | undefined, chunks: Iterable<string>, io: Io): Promise<void> {
  if (output === undefined || output === STD_STREAM) await writeStdout(io.stdout, chunks);
  else await writeFilesAtomically([{ path: output, chunks }]);
}
