/** What every command receives, and the read/write steps they share. */
import type { NamedText } from '../document/prepare.js';
import { decodeInput } from '../input/decode.js';
import { type Io, type Logger, readInput, STD_STREAM, writeFilesAtomically, writeStdout } from './io.js';

export interface Context {
  readonly io: Io;
  readonly logger: Logger;
}

/** Read and decode one input (`-` is stdin); empty inputs are errors unless `allowEmpty`. */
export async function readText(name: string, io: Io, options: { allowEmpty?: boolean } = {}): Promise<NamedText> {
  return { name, text: decodeInput(await readInput(name, io), name, options).text };
}

/** Write to the output path (atomically), or to stdout when there is none or it is `-`. */
export async function writeOutput(output: string | undefined, chunks: Iterable<string>, io: Io): Promise<void> {
  if (output === undefined || output === STD_STREAM) await writeStdout(io.stdout, chunks);
  else await writeFilesAtomically([{ path: output, chunks }]);
}
