import { describe, expect, it } from 'vitest';
import { fnv1a32, fnv1a64, matchSequences, sideFingerprint } from '../../src/review/index.js';

describe('FNV-1a', () => {
  // Test vectors of the FNV reference (Landon Curt Noll's test suite).
  it.each([
    ['', '811c9dc5', 'cbf29ce484222325'],
    ['a', 'e40c292c', 'af63dc4c8601ec8c'],
    ['foobar', 'bf9cf968', '85944171f73967e8'],
  ])('hashes %j as the reference does', (text, h32, h64) => {
    expect(fnv1a32(text)).toBe(h32);
    expect(fnv1a64([text])).toBe(h64);
  });

  it('hashes UTF-8 bytes, as TextEncoder gives them (accents, emoji, a lone surrogate)', () => {
    for (const text of ['déjà « vu »', 'smile \u{1F600}', 'bad \uD800 half']) {
      let h = 0x811c9dc5;
      for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
      expect(fnv1a32(text)).toBe(h.toString(16).padStart(8, '0'));
    }
  });

  it('joins the texts of a side with line feeds', () => {
    expect(fnv1a64(['a', 'b'])).toBe(fnv1a64(['a\nb']));
    expect(fnv1a64(['a', 'b'])).not.toBe(fnv1a64(['ab']));
    const fp = sideFingerprint(['One.', 'Two.']);
    expect(fp).toEqual({ sentences: 2, fingerprint: `fnv1a64:${fnv1a64(['One.', 'Two.'])}`, hashes: [fnv1a32('One.'), fnv1a32('Two.')] });
  });
});

describe('matchSequences', () => {
  const map = (a: string, b: string): number[] => Array.from(matchSequences([...a], [...b]));

  it.each([
    ['nothing changed', 'abcde', 'abcde', [0, 1, 2, 3, 4]],
    ['one inserted', 'abcde', 'abXcde', [0, 1, 3, 4, 5]],
    ['one dropped', 'abcde', 'abde', [0, 1, -1, 2, 3]],
    ['one reworded', 'abcde', 'abXde', [0, 1, -1, 3, 4]],
    ['a block moved (kept in order only)', 'abcdef', 'defabc', [-1, -1, -1, 0, 1, 2]],
    ['repeated items between unique ones', 'axbxc', 'axxbxc', [0, 1, 3, 4, 5]],
    ['everything new', 'abc', 'xyz', [-1, -1, -1]],
  ])('%s', (_name, a, b, expected) => {
    expect(map(a, b)).toEqual(expected);
  });

  it('is monotone and maps equal items only', () => {
    const a = [...'the quick brown fox jumps over the lazy dog'];
    const b = [...'the quick red fox jumped over a lazy dog'];
    const m = Array.from(matchSequences(a, b));
    let last = -1;
    m.forEach((j, i) => {
      if (j < 0) return;
      expect(b[j]).toBe(a[i]);
      expect(j).toBeGreaterThan(last);
      last = j;
    });
  });
});
