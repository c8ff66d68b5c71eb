/** Parsers for option values: bad values become commander's one-line usage errors, never exceptions later. */
import { InvalidArgumentError } from 'commander';
import { isDetectable } from '../detect/index.js';
import { parseShard, type Shard } from '../corpus/shard.js';
import { parseLangCode } from '../lang.js';
import { isKnownEncoding } from '../input/decode.js';
import { BEAD_TYPES, type BeadType } from '../types.js';

/** An ISO 639-1 (or 639-3) language code such as `en` or `fra`. */
export function parseLang(value: string): string {
  const code = parseLangCode(value);
  if (code === undefined) throw new InvalidArgumentError(`'${value}' is not a language code (expected e.g. en, fr, de).`);
  return code;
}

/** A confidence threshold in [0, 1]. */
export function parseScore(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new InvalidArgumentError(`'${value}' is not a number between 0 and 1.`);
  }
  return n;
}

/** A number of threads: a positive integer. */
export function parseThreads(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`'${value}' is not a number of threads (1 or more).`);
  return n;
}

/** A comma-separated list of bead types, e.g. `1-1,1-2,2-1`; 1-0 and 0-1 are always allowed. */
export function parseBeadTypes(value: string): BeadType[] {
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  for (const t of types) {
    if (!(BEAD_TYPES as readonly string[]).includes(t)) {
      throw new InvalidArgumentError(`'${t}' is not a bead type (allowed: ${BEAD_TYPES.join(', ')}).`);
    }
  }
  // An empty list (an unset shell variable) or 1-0/0-1 alone would leave every sentence unaligned.
  if (!types.some((t) => t !== '1-0' && t !== '0-1')) {
    throw new InvalidArgumentError(`'${value}' allows no bead that pairs sentences (e.g. 1-1,1-2,2-1).`);
  }
  // Every sentence must land in some bead, so insertions and deletions cannot be switched off.
  return [...new Set<BeadType>([...(types as BeadType[]), '1-0', '0-1'])].sort(
    (a, b) => BEAD_TYPES.indexOf(a) - BEAD_TYPES.indexOf(b),
  );
}

/** A comma-separated list of languages to detect among; each must be one franc knows. */
export function parseDetectableLangs(value: string): string[] {
  return value.split(',').map((v) => {
    const code = parseLang(v);
    if (!isDetectable(code)) throw new InvalidArgumentError(`'${v.trim()}' is not a language the detector knows.`);
    return code;
  });
}

/** An encoding label TextDecoder knows (the WHATWG Encoding Standard's: windows-1252, iso-8859-2, shift_jis…). */
export function parseEncoding(value: string): string {
  const label = value.trim().toLowerCase();
  if (!isKnownEncoding(label)) throw new InvalidArgumentError(`'${value}' is not an encoding bitext knows (e.g. windows-1252, iso-8859-15, shift_jis).`);
  return label;
}

/** `--shard K/N`: the K-th of N parts, 1 ≤ K ≤ N. */
export function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError(`'${value}' is not a shard: expected K/N with 1 ≤ K ≤ N, e.g. 3/10.`);
  return shard;
}
