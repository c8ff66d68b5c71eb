import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockParagraphs, lineSpans } from '../../src/document/blocks.js';
import { readSentenceLineTable } from '../../src/segment/index.js';

/** Characters that decide where a pre-split line's content starts and ends. */
const PIECES = ['a', 'é', 'Z', '.', ' ', '\t', '\u00a0', '\u202f', '\u200b', '\ufeff', '\u3000', '\n', '\r'];

describe('lineSpans', () => {
  it('finds the lines of pre-split text exactly as readSentenceLineTable does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const table = readSentenceLineTable(text);
        const expected = Array.from(table.starts, (s, i) => [s, table.ends[i]]);
        expect(lineSpans(text, 0, text.length)).toEqual(expected);
      }),
    );
  });

  it.each([
    ['a line of zero-width spaces', 'One.\n\u200b\u200b\nTwo.', ['One.', 'Two.']],
    ['zero-width spaces around a sentence', '\u200bOne.\u200b\n', ['One.']],
    ['a byte order mark and no-break spaces', '\ufeff\u00a0One.\u00a0\nTwo.', ['One.', 'Two.']],
  ])('trims %s', (_, text, sentences) => {
    expect(lineSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual(sentences);
  });

  it('makes no paragraph of a block holding only zero-width spaces', () => {
    const text = 'One.\n\u200b';
    const paragraphs = blockParagraphs(text, [{ span: [0, 4], kind: 'paragraph' }, { span: [5, 6], kind: 'paragraph' }], 'sentences');
    expect(paragraphs.map((p) => p.lines)).toEqual([[[0, 4]]]);
  });
});
