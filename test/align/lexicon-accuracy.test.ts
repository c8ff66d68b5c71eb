/**
 * The lexicon learned from the text must keep paying for itself: on a short story of the dev set
 * it lifts strict F1 against the human gold (bench/accuracy measures every set).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { parseLadder, scoreAlignments } from '../../src/eval/index.js';
import { SHARED } from '../helpers/shared.js';
import { lines, makeDoc } from './helpers.js';

const DIR = join(SHARED, 'eval', 'transread_en-fr');

function f1(doc: string, learnLexicon: boolean): number {
  const beads = alignDocuments(makeDoc(lines(join(DIR, `${doc}.en`))), makeDoc(lines(join(DIR, `${doc}.fr`)), undefined, 'fr'), { learnLexicon });
  return scoreAlignments([{ gold: parseLadder(readFileSync(join(DIR, `${doc}.gold`), 'utf8')), test: beads }]).f1Strict;
}

describe('the learned lexicon on a dev document', () => {
  it('lifts strict F1 on Jane Eyre (205 sentences) by at least .008', () => {
    const without = f1('JaneEyre', false);
    const withLexicon = f1('JaneEyre', true);
    expect(withLexicon - without).toBeGreaterThanOrEqual(0.008);
  });
});
