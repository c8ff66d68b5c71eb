/** Output chunks encoded as UTF-8 as they come: the same bytes as the joined text's encoding, in an array of exactly that length. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeChunks } from '../../src/corpus/utf8.js';

const joined = (chunks: readonly string[]) => new Uint8Array(Buffer.from(chunks.join(''), 'utf8'));

describe('encodeChunks', () => {
  it.each([
    ['no chunks', []],
    ['empty chunks', ['', '', '']],
    ['ASCII', ['{"doc":"a"}\n', '{"doc":"b"}\n']],
    ['two- and three-byte letters', ['Élève ', 'naïve — “quoted” ', '日本語の文。']],
    ['a surrogate pair (four bytes)', ['emoji 😀 ', '𝄞 clef']],
    ['a chunk far larger than the first reservation', ['x'.repeat(100_000), 'é'.repeat(50_000)]],
    ['many small chunks that grow the array several times', Array.from({ length: 5000 }, (_, k) => `line ${k} ça\n`)],
  ])('%s', (_name, chunks) => {
    const bytes = encodeChunks(chunks);
    expect(Buffer.compare(bytes, joined(chunks))).toBe(0);
    expect(new TextDecoder().decode(bytes)).toBe(chunks.join(''));
    expect(bytes.buffer.byteLength).toBe(bytes.length);
  });

  it('equals the encoding of the joined text for any chunks (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 50 }), (chunks) => {
      expect(Buffer.compare(encodeChunks(chunks), joined(chunks))).toBe(0);
    }));
  });
});
