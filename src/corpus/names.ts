/**
 * File names for document ids (`--out-dir`): readable where the id already is a good name, and
 * never the same for two ids, including on file systems that ignore case or Unicode normalisation.
 * Letters, digits, `.`, `_` and `-` are kept; every other character is written `%XX` (its UTF-8
 * bytes), as is a leading dot (no hidden files, no `.` or `..`). A name whose case-folded NFC form
 * was given to an earlier id gets `~2`, `~3`…; names are given in corpus order, so every run and
 * every shard of one manifest names each document the same. Very long ids are cut and end in a hash.
 */
import { createHash } from 'node:crypto';

/** Bytes kept of a long name: room for `~` + hash, an extension and the temp-file decoration under NAME_MAX (255). */
const MAX_NAME_BYTES = 180;
/** Hex digits of the SHA-256 of the id that end a cut name. */
const HASH_DIGITS = 16;

const KEPT = /[\p{L}\p{N}._-]/u;

/** The escaped form of an id (before collisions are resolved). */
export function escapeId(id: string): string {
  let out = '';
  for (const ch of id) {
    if (KEPT.test(ch) && !(out === '' && ch === '.')) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (Buffer.byteLength(out, 'utf8') <= MAX_NAME_BYTES) return out;
  let cut = '';
  for (const ch of out) {
    if (Buffer.byteLength(cut + ch, 'utf8') > MAX_NAME_BYTES - HASH_DIGITS - 1) break;
    cut += ch;
  }
  return `${cut}~${createHash('sha256').update(id).digest('hex').slice(0, HASH_DIGITS)}`;
}

/** Gives each id of a corpus, in corpus order, its file name (without extension). */
export class FileNamer {
  private readonly taken = new Set<string>();

  name(id: string): string {
    const base = escapeId(id);
    let name = base;
    for (let k = 2; this.taken.has(fold(name)); k++) name = `${base}~${k}`;
    this.taken.add(fold(name));
    return name;
  }
}

function fold(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
