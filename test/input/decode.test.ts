import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeInput } from '../../src/input/decode.js';

const utf16 = (s: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
};
/** `s` in UTF-32 after a byte order mark (U+FEFF), as `iconv -t UTF-32` writes it. */
const utf32 = (s: string, bigEndian: boolean): Uint8Array => {
  const points = [0xfeff, ...[...s].map((c) => c.codePointAt(0)!)];
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (bigEndian ? out.writeUInt32BE(p, 4 * i) : out.writeUInt32LE(p, 4 * i)));
  return out;
};
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeInput accepts', () => {
  it.each([
    ['UTF-8', bytes('Déjà vu.'), 'Déjà vu.', 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], 'Déjà vu.'), 'Déjà vu.', 'utf-8'],
    ['UTF-16 LE with BOM', utf16('Déjà vu.\r\n', false), 'Déjà vu.\r\n', 'utf-16le'],
    ['UTF-16 BE with BOM', utf16('Déjà vu.', true), 'Déjà vu.', 'utf-16be'],
    ['CRLF line ends, kept as they are', bytes('a\r\nb'), 'a\r\nb', 'utf-8'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeInput(input, 'f.txt')).toEqual({ text, encoding });
  });
});

describe('decodeInput refuses a named encoding that decodes to a lone surrogate', () => {
  it('UTF-32 LE without a byte order mark, holding the code point U+D800', () => {
    const bytes = Uint8Array.from([0x61, 0, 0, 0, 0x00, 0xd8, 0, 0, 0x62, 0, 0, 0]);
    expect(() => decodeInput(bytes, 'f.txt', { encoding: 'utf-32le' })).toThrow(/^f\.txt: not valid utf-32le \(a lone surrogate at character 1\)$/u);
    expect(decodeInput(Uint8Array.from([0x61, 0, 0, 0, 0x3d, 0xd8, 0x01, 0]), 'f.txt', { encoding: 'utf-32le' }).text).toBe('a\u{1d83d}');
  });
});

describe('decodeInput refuses, naming the file and the problem', () => {
  it.each([
    ['an empty file', bytes(''), /^f\.txt: empty input$/],
    ['whitespace only, no-break spaces included', bytes(' \n\u00a0\t\n'), /^f\.txt: empty input \(only whitespace\)$/],
    ['a BOM and nothing else', bytes([0xef, 0xbb, 0xbf]), /^f\.txt: empty input/],
    ['binary data', bytes('PK', [0x03, 0x04, 0x00, 0x00]), /^f\.txt: binary data \(NUL byte at offset 4\)/],
    ['Latin-1 bytes', bytes('caf', [0xe9], ' noir'), /^f\.txt: not valid UTF-8 \(byte 0xE9 at offset 3\); convert the file to UTF-8$/],
    ['a truncated UTF-8 sequence', bytes('ok ', [0xe2, 0x82]), /byte 0xE2 at offset 3/],
    ['an overlong encoding', bytes('a', [0xc0, 0xaf]), /byte 0xC0 at offset 1/],
    ['UTF-16 with an odd number of bytes', bytes([0xff, 0xfe, 0x41, 0x00, 0x42]), /^f\.txt: cannot decode as UTF-16LE: odd number of bytes$/],
    ['UTF-16 with a lone surrogate', bytes([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), /^f\.txt: cannot decode as UTF-16LE/],
    // Read as UTF-16 (its BOM starts with UTF-16 LE's) or UTF-8, it used to be called binary data for its NUL bytes.
    ['UTF-32 LE with BOM', utf32('Déjà vu.', false), /^f\.txt: UTF-32 \(little-endian, by its byte order mark\), which bitext does not read; convert the file to UTF-8 \(iconv -f UTF-32 -t UTF-8\)$/],
    ['UTF-32 BE with BOM', utf32('Déjà vu.', true), /^f\.txt: UTF-32 \(big-endian, by its byte order mark\), which bitext does not read; convert the file to UTF-8 \(iconv -f UTF-32 -t UTF-8\)$/],
  ])('%s', (_name, input, message) => {
    expect(() => decodeInput(input, 'f.txt')).toThrow(InputError);
    expect(() => decodeInput(input, 'f.txt')).toThrow(message);
  });

  it('calls stdin by that name', () => {
    expect(() => decodeInput(bytes(''), '-')).toThrow(/^stdin: empty input$/);
  });
});
