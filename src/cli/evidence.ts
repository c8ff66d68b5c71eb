/**
 * Reading the user's dictionaries (`--dict`) and lexicon (`--lexicon`) from files: the file work
 * around the core's parsers. A dictd dictionary is two files, named by either: `x.index` with
 * `x.dict.dz` (inflated here) or `x.dict`. (A learned lexicon, `--save-lexicon`, is written with
 * the run's other outputs: pending-outputs.ts.)
 */
import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { decodeInput } from '../input/decode.js';
import { parseDictionary, parseLexicon, type ParsedDictionary } from '../lexical/index.js';
import type { LexiconFile, UserEvidence } from '../pipeline/evidence.js';
import type { DocumentOptions } from './document-options.js';
import { type Io, readInput } from './io.js';

/** Largest inflated dictd dictionary: the largest FreeDict is under 100 MB; more is a bomb. */
const MAX_DICT_BYTES = 512 * 1024 * 1024;

/** The two files of a dictd dictionary named by either of them, or undefined for another file. */
function dictdPair(path: string): { index: string; dict: string } | undefined {
  const base = /^(.*)\.(?:index|dict\.dz|dict)$/u.exec(path)?.[1];
  if (base === undefined) return undefined;
  const dict = [`${base}.dict.dz`, `${base}.dict`].find((p) => existsSync(p));
  return { index: `${base}.index`, dict: dict ?? `${base}.dict.dz` };
}

function inflate(bytes: Uint8Array, name: string): Uint8Array {
  if (!name.endsWith('.dz')) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_DICT_BYTES });
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new InputError(name, tooLarge ? `inflates to more than ${MAX_DICT_BYTES >> 20} MB` : 'not a valid dictzip (gzip) file', { code: 'invalid-dictionary' });
  }
}

/** The evidence the options ask for: their dictionaries and lexicon file, read (once for a run). */
export async function readEvidence(options: Pick<DocumentOptions, 'dict' | 'lexicon'>, io: Io): Promise<UserEvidence> {
  const dictionaries = await Promise.all((options.dict ?? []).map((path) => readDictionary(path, io)));
  const lexiconFile = typeof options.lexicon === 'string' ? await readLexicon(options.lexicon, io) : undefined;
  return { ...(dictionaries.length && { dictionaries }), ...(lexiconFile && { lexiconFile }) };
}

/** Read and parse one `--dict` file. */
async function readDictionary(path: string, io: Io): Promise<ParsedDictionary> {
  const pair = dictdPair(path);
  if (pair) {
    const index = decodeInput(await readInput(pair.index, io), pair.index).text;
    const dict = inflate(await readInput(pair.dict, io), pair.dict);
    return parseDictionary({ kind: 'dictd', name: pair.index, index, dict });
  }
  return parseDictionary({ kind: 'text', name: path, text: decodeInput(await readInput(path, io), path).text });
}

/** Read a `--lexicon` file. */
async function readLexicon(path: string, io: Io): Promise<LexiconFile> {
  const text = decodeInput(await readInput(path, io), path).text;
  return { name: path, ...parseLexicon(text, path) };
}
