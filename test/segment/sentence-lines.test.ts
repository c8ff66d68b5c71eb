import { describe, expect, it } from 'vitest';
import { readSentenceLines, sentenceText } from '../../src/segment/index.js';
import { segment } from './helpers.js';

function read(text: string): string[][] {
  return readSentenceLines(text).map((paragraph) => paragraph.map((span) => text.slice(span[0], span[1])));
}

/** What `bitext split` writes: one sentence per line, a blank line between paragraphs. */
function writeSplit(text: string, lang: string): string {
  return segment(text, lang)
    .map((p) => p.sentences.map((s) => `${sentenceText(text, s)}\n`).join(''))
    .join('\n');
}

describe('readSentenceLines', () => {
  it('reads one sentence per line and a blank line as a paragraph break', () => {
    expect(read('One.\nTwo.\n\nThree.\n')).toEqual([['One.', 'Two.'], ['Three.']]);
  });

  it('counts lines with only spaces, tabs or no-break spaces as blank, and several blank lines as one break', () => {
    expect(read('One.\n \t\nTwo.\n\u00a0\n\n\u202f\nThree.')).toEqual([['One.'], ['Two.'], ['Three.']]);
  });

  it('counts lines of zero-width spaces (U+200B, U+FEFF) as blank, and trims them from the edges of a sentence', () => {
    expect(read('One.\n\u200b\nTwo.\n\ufeff\u200b \nThree.\u200b')).toEqual([['One.'], ['Two.'], ['Three.']]);
  });

  it('trims each line and reads CRLF files', () => {
    expect(read('  One.  \r\nTwo.\r\n\r\nThree.\r\n')).toEqual([['One.', 'Two.'], ['Three.']]);
  });

  it('keeps every other line as a sentence, separators and lone punctuation included, so line numbers stay sentence numbers', () => {
    expect(read('.....\n*****\n- _-\n')).toEqual([['.....', '*****', '- _-']]);
  });

  it('ends lines at LF only: U+2028 and a lone CR stay inside the sentence', () => {
    expect(read('a\u2028b\rc\nd')).toEqual([['a\u2028b\rc', 'd']]);
  });

  it('returns nothing for empty or blank input, and no empty paragraph', () => {
    expect(readSentenceLines('')).toEqual([]);
    expect(readSentenceLines('\n\n \n')).toEqual([]);
    expect(read('\n\nOne.\n\n\n')).toEqual([['One.']]);
  });

  it('reads back what `bitext split` writes, sentence for sentence and paragraph for paragraph', () => {
    const text = 'New York\n\n30 July 2020\n\nM. Dupont est arrivé. Il a dit « Bonjour ! » puis il est parti.\u00a0 Voilà.\n*****\nFin.';
    const written = writeSplit(text, 'fr');
    const expected = segment(text, 'fr').map((p) => p.sentences.map((s) => sentenceText(text, s)));
    expect(read(written)).toEqual(expected);
    expect(expected).toHaveLength(4);
  });
});
