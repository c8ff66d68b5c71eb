/**
 * Hard-wrapped text segments like the same text unwrapped. Texts are wrapped the way `fold -s -w N`
 * does it (bytes, not characters: a line with accents ends short of the margin), which exposed
 * lines starting with `, .` read as new paragraphs.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/types.js';
import { fixture, foldBytes, sentencesOf, sharedEval } from './helpers.js';

describe('foldBytes (GNU fold -s)', () => {
  it('counts bytes, breaks after the last blank that fits and keeps it, cuts words longer than the width', () => {
    expect(foldBytes('aaa bbb ccc', 8)).toBe('aaa bbb \nccc');
    expect(foldBytes('été été été', 8)).toBe('été \nété \nété');
    expect(foldBytes('abcdefghij', 4)).toBe('abcd\nefgh\nij');
    expect(foldBytes('aa bb\n\ncc dd', 4)).toBe('aa \nbb\n\ncc \ndd');
  });
});

describe('hard-wrapped text gives the sentences of the unwrapped text', () => {
  const texts: [name: string, lang: Lang, text: () => string, widths: readonly number[]][] = [
    // The reviewed case: tokenised French, accents, `fold -s -w 72` (445 differing lines before).
    ['Candide (fr, tokenised, shared/eval)', 'fr', () => sharedEval('transread_en-fr/Candide.raw.fr'), [60, 72]],
    ['Candide (en, tokenised, shared/eval)', 'en', () => sharedEval('transread_en-fr/Candide.raw.en'), [72]],
    ['held-out prose (fr)', 'fr', () => fixture('heldout.fr.txt'), [50, 60, 72, 79, 100]],
    ['held-out prose (en)', 'en', () => fixture('heldout.en.txt'), [50, 60, 72, 79, 100]],
  ];
  const cases = texts.flatMap(([name, lang, text, widths]) => widths.map((width) => [name, width, lang, text] as const));
  it.each(cases)('%s folded at %i bytes', (_name, width, lang, text) => {
    const unwrapped = text();
    const folded = foldBytes(unwrapped, width);
    expect(folded.split('\n').length).toBeGreaterThan(unwrapped.split('\n').length);
    expect(sentencesOf(folded, lang)).toEqual(sentencesOf(unwrapped, lang));
  });
});
