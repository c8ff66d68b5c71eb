/** Output chunks encoded as UTF-8 as they come: blocks holding the joined text's encoding, each its own buffer, the last cut to its length. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLength, encodeChunks } from '../../src/corpus/utf8.js';

const joined = (chunks: readonly string[]) => Buffer.from(chunks.join(''), 'utf8');

function check(chunks: readonly string[]) {
  const blocks = encodeChunks(chunks);
  expect(Buffer.compare(Buffer.concat(blocks), joined(chunks))).toBe(0);
  expect(byteLength(blocks)).toBe(joined(chunks).length);
  // Moved to another thread buffer by buffer: no buffer twice, no empty block.
  expect(new Set(blocks.map((b) => b.buffer)).size).toBe(blocks.length);
  expect(blocks.every((b) => b.length > 0)).toBe(true);
  return blocks;
}

describe('encodeChunks', () => {
  it.each([
    ['ASCII', ['{"doc":"a"}\n', '{"doc":"b"}\n']],
    ['two- and three-byte letters', ['Élève ', 'naïve — “quoted” ', '日本語の文。']],
    ['a surrogate pair (four bytes)', ['emoji 😀 ', '𝄞 clef']],
  ])('%s: one block, its buffer exactly its length', (_name, chunks) => {
    const blocks = check(chunks);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.buffer.byteLength).toBe(blocks[0]!.length);
  });

  it('gives no block for no text', () => {
    expect(encodeChunks([])).toEqual([]);
    expect(encodeChunks(['', ''])).toEqual([]);
  });

  it('cuts a long output into blocks of at most 1 MiB but for a chunk larger than that', () => {
    const lines = Array.from({ length: 60_000 }, (_, k) => `{"line":${k},"text":"ça va — très bien"}\n`);
    const blocks = check(lines);
    expect(blocks.length).toBeGreaterThan(2);
    expect(Math.max(...blocks.map((b) => b.buffer.byteLength))).toBeLessThanOrEqual(1 << 20);
    const big = check(['head\n', 'x'.repeat(500_000), 'é'.repeat(300_000), 'tail\n']);
    expect(Math.max(...big.map((b) => b.length))).toBeGreaterThan(1 << 19);
  });

  it('holds the encoding of the joined text for any chunks (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 3000 }), { maxLength: 60 }), (chunks) => void check(chunks)));
  });
});
