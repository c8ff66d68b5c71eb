import { describe, expect, it } from 'vitest';
import { escapeTsv, writeTsv } from '../../src/formats/index.js';
import { alignment, bead, collect, doc } from '../helpers/documents.js';

describe('escapeTsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a\tb', 'a\\tb'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\r\\nb'],
    ['back\\slash', 'back\\\\slash'],
    ['\\t literally', '\\\\t literally'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeTsv(input)).toBe(expected);
  });
});

describe('writeTsv', () => {
  const a = alignment(doc('a.en', 'en', ['One.', 'Two.', 'Three.']), doc('a.fr', 'fr', ['Un.', 'Deux et trois.']), [
    bead([0], [0], 0.97),
    bead([1, 2], [1], 0.5),
  ]);

  it('writes source, target and score, joining multi-sentence sides with one space', () => {
    expect(collect(writeTsv(a))).toBe('One.\tUn.\t0.9700\nTwo. Three.\tDeux et trois.\t0.5000\n');
  });

  it('writes a header naming the languages only when asked', () => {
    expect(collect(writeTsv(a, { header: true })).split('\n')[0]).toBe('en\tfr\tscore');
  });

  it('writes an empty column for a 1-0 bead, so every row keeps three fields', () => {
    const out = collect(writeTsv(alignment(doc('a', 'en', ['Alone.']), doc('b', 'fr', []), [bead([0], [], 0.3)])));
    expect(out).toBe('Alone.\t\t0.3000\n');
    expect(out.split('\t')).toHaveLength(3);
  });

  it('keeps a row on one line whatever the text holds', () => {
    const out = collect(writeTsv(alignment(doc('a', 'en', ['a\tb\nc\\']), doc('b', 'fr', ['x']), [bead([0], [0])])));
    expect(out.split('\n')).toHaveLength(2);
    expect(out).toBe('a\\tb\\nc\\\\\tx\t0.9000\n');
  });
});
