/**
 * SurfaceTable: words looked up by their characters inside a text, as the scanner finds them. Its
 * answers must be a map's: any hash collision, however many words, is told apart by the characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurfaceTable, TokenScanner, WORD } from '../../src/lexical/tokens.js';

describe('SurfaceTable', () => {
  it('answers as a Map would, for words inside texts, with colliding hashes and growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3000 }),
        fc.integer({ min: 0, max: 3 }),
        (words, hashBits) => {
          // Few hash bits: most words share a hash with others of the same length.
          const hashOf = (w: string): number => (hashBits === 0 ? w.length : [...w].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0) & ((1 << (4 * hashBits)) - 1));
          const table = new SurfaceTable();
          const map = new Map<string, number>();
          const text = `#${words.join('#')}#`;
          let at = 1;
          words.forEach((w, k) => {
            const [i, j] = [at, at + w.length];
            at = j + 1;
            expect(text.slice(i, j)).toBe(w);
            expect(table.get(text, i, j, hashOf(w))).toBe(map.get(w));
            if (!map.has(w)) {
              map.set(w, k);
              table.set(w, hashOf(w), k);
            }
            expect(table.get(text, i, j, hashOf(w))).toBe(map.get(w));
            expect(table.size).toBe(map.size);
          });
          for (const [w, v] of map) expect(table.get(`${w}.`, 0, w.length, hashOf(w))).toBe(v);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the words of a text by the scanner’s hash, and no prefix or extension of them', () => {
    const text = 'The king and the kingdom: kings, king, and KING.';
    const scanner = new TokenScanner();
    const table = new SurfaceTable();
    const seen: string[] = [];
    scanner.reset(text);
    while (scanner.next()) {
      if (scanner.kind !== WORD) continue;
      const word = text.slice(scanner.start, scanner.end);
      const found = table.get(text, scanner.start, scanner.end, scanner.hash);
      expect(found, word).toBe(seen.includes(word) ? seen.indexOf(word) : undefined);
      if (found === undefined) {
        table.set(word, scanner.hash, seen.length);
        seen.push(word);
      }
    }
    expect(seen).toEqual(['The', 'king', 'and', 'the', 'kingdom', 'kings', 'KING']);
  });
});
