import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { parseLadder } from '../../src/eval/index.js';
import { FIXTURES, ladder, lines, makeDoc } from './helpers.js';

const base = join(FIXTURES, 'un-sg-trafficking-2020');
const en = lines(`${base}.en`);
const fr = lines(`${base}.fr`);
const gold = parseLadder(readFileSync(`${base}.gold`, 'utf8')).map((b) => `[${b.source.join(',')}]:[${b.target.join(',')}]`);

describe('the founding example (UN Secretary-General, 30 July 2020)', () => {
  it('aligns exactly to its gold from the pre-split files (no paragraphs)', () => {
    const beads = alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr'));
    expect(ladder(beads)).toEqual(gold);
  });

  it('aligns exactly with its paragraphs (4 one-line headers + 6 paragraphs vs 6 paragraphs)', () => {
    const source = makeDoc(en, [1, 2, 3, 4, 5, 6, 7, 8, 10, 12]);
    const target = makeDoc(fr, [1, 2, 3, 4, 7, 9], 'fr');
    expect(source.paragraphs.length).toBe(10);
    expect(ladder(alignDocuments(source, target))).toEqual(gold);
  });

  it('is confident where it is right', () => {
    const beads = alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr'));
    const mean = beads.reduce((a, b) => a + b.score, 0) / beads.length;
    expect(mean).toBeGreaterThan(0.7);
  });
});
