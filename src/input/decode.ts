/**
 * Bytes → text. Accepts what translators' files really are (UTF-8 with or without BOM,
 * UTF-16 with BOM) and refuses, with a reason, what would otherwise turn into garbage
 * sentences downstream (binary files, Latin-1 mistaken for UTF-8, UTF-32).
 */
import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import { LONE_SURROGATE } from '../unicode.js';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface DecodedText {
  readonly text: string;
  /** The encoding read: one of ENCODINGS, or the legacy one asked for. */
  readonly encoding: Encoding | string;
}

export interface DecodeOptions {
  /** An empty input is valid (an alignment file with no beads). */
  readonly allowEmpty?: boolean;
  /**
   * A legacy encoding to read a BOM-less input in (`windows-1252`, `iso-8859-2`, `cp850`,
   * `shift_jis`…: what iconv-lite knows). A BOM still wins, as in browsers.
   */
  readonly encoding?: string;
}

/**
 * Labels that mean windows-1252 in practice, as the WHATWG Encoding Standard (and so every
 * browser) reads them: files labelled Latin-1 nearly always hold Windows quotes and dashes at
 * 0x80-0x9F, which true ISO-8859-1 would turn into control characters.
 */
const WINDOWS_1252_ALIASES = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'ascii', 'us-ascii', 'cp819', 'ibm819']);

/** Whether an encoding label is one bitext can decode. */
export function isKnownEncoding(label: string): boolean {
  return iconv.encodingExists(label);
}

/**
 * Decode an input file's bytes.
 * @param bytes the whole file
 * @param name the input's name as the user gave it, for error messages
 * @param options `allowEmpty`: an empty input is valid (an alignment file with no beads)
 * @throws InputError when the input is empty, binary or not valid in its encoding
 */
export function decodeInput(bytes: Uint8Array, name: string, options: DecodeOptions = {}): DecodedText {
  refuseUtf32(bytes, name);
  const sniffed = sniffEncoding(bytes);
  if (sniffed.bomLength === 0 && options.encoding !== undefined && !UTF8_LABELS.has(options.encoding.toLowerCase())) {
    return decodeLegacy(bytes, name, options.encoding, options);
  }
  const { encoding, bomLength } = sniffed;
  const body = bytes.subarray(bomLength);
  if (encoding === 'utf-8' && body.includes(0)) {
    throw new InputError(name, `binary data (NUL byte at offset ${bomLength + body.indexOf(0)}); expected a text file`, { code: 'binary-input' });
  }
  if (encoding !== 'utf-8' && body.length % 2 !== 0) {
    throw new InputError(name, `cannot decode as ${encoding.toUpperCase()}: odd number of bytes`, { code: 'undecodable' });
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch (error) {
    // V8 refuses strings over 2^29 - 24 code units, about 512 MB of text: one input must fit in one string.
    if (error instanceof RangeError) throw new InputError(name, `too large to read (${bytes.length} bytes; about 512 MB of text is the limit per input)`, { code: 'too-large' });
    throw new InputError(name, describeBadEncoding(body, encoding, bomLength), { code: 'undecodable' });
  }
  if (encoding !== 'utf-8' && text.includes('\0')) {
    throw new InputError(name, `binary data (NUL character); expected a text file`, { code: 'binary-input' });
  }
  requireText(text, bytes, name, options);
  return { text, encoding };
}

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/**
 * Bytes in a legacy encoding, decoded by iconv-lite (Node 20's TextDecoder turns windows-1252's
 * 0x80-0x9F into control characters). Bytes the encoding does not define are an error naming the
 * first of them, never U+FFFD in the text.
 */
function decodeLegacy(bytes: Uint8Array, name: string, label: string, options: DecodeOptions): DecodedText {
  const encoding = WINDOWS_1252_ALIASES.has(label.toLowerCase()) ? 'windows-1252' : label.toLowerCase();
  if (!iconv.encodingExists(encoding)) throw new InputError(name, `unknown encoding '${label}'`, { code: 'undecodable' });
  let text: string;
  try {
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(name, `too large to read (${bytes.length} bytes)`, { code: 'too-large' });
    throw error;
  }
  const bad = text.indexOf('\ufffd');
  if (bad >= 0) throw new InputError(name, `not valid ${encoding} (an undecodable byte sequence at character ${bad})`, { code: 'undecodable' });
  // iconv-lite's UTF-32 (and UTF-7) let a surrogate code point through as a lone UTF-16 unit, which no output can carry.
  const lone = text.search(LONE_SURROGATE);
  if (lone >= 0) throw new InputError(name, `not valid ${encoding} (a lone surrogate at character ${lone})`, { code: 'undecodable' });
  if (text.includes('\0')) throw new InputError(name, `binary data (NUL character); expected a text file`, { code: 'binary-input' });
  requireText(text, bytes, name, options);
  return { text, encoding };
}

function requireText(text: string, bytes: Uint8Array, name: string, options: DecodeOptions): void {
  if (!options.allowEmpty && !/[^\s\u200b\ufeff]/u.test(text)) {
    throw new InputError(name, bytes.length === 0 ? 'empty input' : 'empty input (only whitespace)', { code: 'empty-input' });
  }
}

/**
 * UTF-32 is refused by its byte order mark, before anything else is tried: read as the UTF-16 LE
 * its little-endian BOM starts with, or as the UTF-8 a big-endian one looks like, it was called
 * binary data for its NUL bytes, which told the user nothing. It is not decoded: the Encoding
 * Standard that TextDecoder follows has no UTF-32, and iconv-lite's decoder lets a lone surrogate
 * through (`00 D8 00 00` becomes U+D800 in the text); such files are rare, and one command converts them.
 * A BOM wins over `--encoding`, as the UTF-8 and UTF-16 ones do.
 */
function refuseUtf32(bytes: Uint8Array, name: string): void {
  const order = utf32ByteOrder(bytes);
  if (order === undefined) return;
  throw new InputError(name, `UTF-32 (${order}-endian, by its byte order mark), which bitext does not read; convert the file to UTF-8 (iconv -f UTF-32 -t UTF-8)`, {
    code: 'undecodable',
    data: { encoding: order === 'little' ? 'utf-32le' : 'utf-32be' },
  });
}

/**
 * The byte order a UTF-32 BOM names, if the bytes start with one. `FF FE 00 00` could also be
 * UTF-16 LE starting with U+0000, which no text does.
 */
function utf32ByteOrder(bytes: Uint8Array): 'little' | 'big' | undefined {
  if (bytes.length < 4) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'little';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'big';
  return undefined;
}

function sniffEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Name the first offending byte, since "invalid UTF-8" alone does not tell the user where to look. */
function describeBadEncoding(body: Uint8Array, encoding: Encoding, bomLength: number): string {
  if (encoding !== 'utf-8') return `cannot decode as ${encoding.toUpperCase()}: invalid surrogate sequence`;
  const at = firstInvalidUtf8(body);
  const byte = body[at] ?? 0;
  return `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${bomLength + at}); convert the file to UTF-8`;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (RFC 3629 well-formedness). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (d === undefined || d < min || d > max) return i;
    }
    i += need + 1;
  }
  return b.length;
}
