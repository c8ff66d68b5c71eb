/** The PDF filters the budget decodes as pdf.js does, checked on the examples of the PDF specification and on their inverses. */
import { describe, expect, it } from 'vitest';
import { ascii85, asciiHex, lzw, runLength } from '../../src/readers/pdf-filters.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (b: Uint8Array | undefined) => Buffer.from(b ?? []).toString('latin1');

describe('PDF filters', () => {
  // ISO 32000-1, 7.4.4.2: 45 45 45 45 45 65 45 45 45 66 codes to 80 0B 60 50 22 0C 0C 85 01.
  const SPEC_LZW = bytes(0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01);
  const SPEC_TEXT = '-----A---B';

  it('decodes LZW as the specification\'s example, and counts its length without the bytes', () => {
    expect(text(lzw(SPEC_LZW, 100, true)?.kept)).toBe(SPEC_TEXT);
    expect(lzw(SPEC_LZW, 100, false)).toEqual({ length: SPEC_TEXT.length });
  });

  it('stops LZW at the limit', () => {
    expect(lzw(SPEC_LZW, SPEC_TEXT.length - 1, false)).toBeUndefined();
  });

  it('decodes run lengths: a run copied, a byte repeated, 128 ends', () => {
    const data = bytes(2, 0x61, 0x62, 0x63, 254, 0x78, 128, 0, 0x7a);
    expect(text(runLength(data, 100, true)?.kept)).toBe('abcxxx');
    expect(runLength(data, 100, false)).toEqual({ length: 6 });
    expect(runLength(bytes(129, 0x20), 127, false)).toBeUndefined();
  });

  it('decodes ASCII85 (z for four zeros, a short last group) and ASCIIHex (a lone last digit)', () => {
    expect(text(ascii85(Buffer.from('9jqo^ z F*2M7~>ignored')))).toBe('Man \0\0\0\0sure');
    expect(text(ascii85(Buffer.from('9jqo^F*2')))).toBe('Man su');
    expect(text(asciiHex(Buffer.from('48 65 6c6C6f 7>ignored')))).toBe('Hellop');
  });
});
