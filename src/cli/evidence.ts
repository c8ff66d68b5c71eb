/**
 * Reading the user's dictionaries (`--dict`) and lexicon (`--lexicon`) from files: the file work
 * around the core's parsers. A dictd dictionary is two files, named by either: `x.index` with
 * `x.dict.dz` (inflated here) or `x.dict`. (A learned lexicon, `--save-lexicon`, is written with
 * the run's other outputs: pending-outputs.ts.)
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { decodeInput } from '../input/decode.js';
import { DICTIONARY } from '../align/index.js';
import { keyDictionary, parseDictionary, parseLexicon, type ParsedDictionary } from '../lexical/index.js';
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

/**
 * What an evidence file holds, as `batch --out-dir` records it (out-dir-record.ts): the path it
 * was read from, and a SHA-256 of its bytes (the hex `sha256sum` prints). A dictd dictionary is
 * one digest for its two files: that of the two files' own digests, index first.
 */
export interface FileDigest {
  readonly path: string;
  readonly sha256: string;
}

/** The digests of a run's evidence files, by option: each `--dict` in the order given, and `--lexicon`. */
export interface EvidenceDigests {
  readonly dict: readonly FileDigest[];
  readonly lexicon?: FileDigest;
}

/** The evidence the options ask for: their dictionaries and lexicon file, read (once for a run). */
export async function readEvidence(options: Pick<DocumentOptions, 'dict' | 'lexicon'>, io: Io): Promise<UserEvidence> {
  return (await readEvidenceAndDigests(options, io)).evidence;
}

/**
 * The evidence, as readEvidence reads it, and the digest of each of its files (`batch --out-dir`
 * records them): the bytes read to parse a file are those hashed, so each is read once. Hashing
 * costs about 1 ms a MB, little beside the parse.
 */
export async function readEvidenceAndDigests(options: Pick<DocumentOptions, 'dict' | 'lexicon'>, io: Io): Promise<{ evidence: UserEvidence; digests: EvidenceDigests }> {
  const dictionaries = await Promise.all((options.dict ?? []).map((path) => readDictionary(path, io)));
  const lexiconFile = typeof options.lexicon === 'string' ? await readLexicon(options.lexicon, io) : undefined;
  return {
    evidence: { ...(dictionaries.length && { dictionaries: dictionaries.map((d) => d.value) }), ...(lexiconFile && { lexiconFile: lexiconFile.value }) },
    digests: { dict: dictionaries.map((d) => d.digest), ...(lexiconFile && { lexicon: lexiconFile.digest }) },
  };
}

/** A file's value as read, and its digest. */
interface Read<T> {
  readonly value: T;
  readonly digest: FileDigest;
}

/** The SHA-256 of one file's bytes, or (several) of their SHA-256s one after another, in hex. */
function sha256(...files: Uint8Array[]): string {
  const of = (bytes: Uint8Array) => createHash('sha256').update(bytes);
  if (files.length === 1) return of(files[0]!).digest('hex');
  const hash = createHash('sha256');
  for (const bytes of files) hash.update(of(bytes).digest());
  return hash.digest('hex');
}

/**
 * Read and parse one `--dict` file, its terms keyed as the aligner matches them: once here, for
 * every worker thread of a batch.
 */
async function readDictionary(path: string, io: Io): Promise<Read<ParsedDictionary>> {
  const pair = dictdPair(path);
  if (pair) {
    const indexBytes = await readInput(pair.index, io);
    const index = decodeInput(indexBytes, pair.index).text;
    const dictBytes = await readInput(pair.dict, io);
    const dict = inflate(dictBytes, pair.dict);
    // Named by its index, however the user named the pair, as the parser names it.
    const parsed = parseDictionary({ kind: 'dictd', name: pair.index, index, dict });
    return { value: keyDictionary(parsed, DICTIONARY.prefix), digest: { path: pair.index, sha256: sha256(indexBytes, dictBytes) } };
  }
  const bytes = await readInput(path, io);
  const parsed = parseDictionary({ kind: 'text', name: path, text: decodeInput(bytes, path).text });
  return { value: keyDictionary(parsed, DICTIONARY.prefix), digest: { path, sha256: sha256(bytes) } };
}

/** Read a `--lexicon` file. */
async function readLexicon(path: string, io: Io): Promise<Read<LexiconFile>> {
  const bytes = await readInput(path, io);
  const text = decodeInput(bytes, path).text;
  return { value: { name: path, ...parseLexicon(text, path) }, digest: { path, sha256: sha256(bytes) } };
}
