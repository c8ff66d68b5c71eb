/**
 * Sentences with no counterpart: the length budget's per-document count, the lexical test and the
 * language evidence that make 1-0/0-1 beads likelier where they are.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { unmatchedByLength } from '../../src/align/engine.js';
import { prepareLengths } from '../../src/align/prepare.js';
import type { Document } from '../../src/types.js';
import { SHARED } from '../helpers/shared.js';
import { ladder, lines, makeDoc } from './helpers.js';

describe('the length budget', () => {
  it('counts the sentences a side has beyond what the length model predicts, less the noise margin', () => {
    // Ten source sentences of 100 characters, eight target ones: with c = 1, a fifth of the source is untranslated.
    const problem = prepareLengths(Array(10).fill(100), Array(8).fill(100));
    const budget = unmatchedByLength(problem, 1, 0.05);
    expect(budget.source).toBeCloseTo((0.2 - 0.05) * 10, 9);
    expect(budget.target).toBe(0);
    const reverse = unmatchedByLength(prepareLengths(Array(8).fill(100), Array(10).fill(100)), 1, 0.05);
    expect(reverse.source).toBe(0);
    expect(reverse.target).toBeCloseTo((0.2 - 0.05) * 10, 9);
    // Within the margin: none.
    expect(unmatchedByLength(prepareLengths(Array(10).fill(100), Array(10).fill(97)), 1, 0.04)).toEqual({ source: 0, target: 0 });
  });
});

describe('language evidence', () => {
  const DIR = join(SHARED, 'eval', 'alibi_en-fr');
  const en = lines(join(DIR, 'TheLastLesson.en'));
  const fr = lines(join(DIR, 'TheLastLesson.fr'));
  // An English sentence left in the French text, with no counterpart in the English one.
  const AT = 40;
  const stray = 'Meanwhile a violent storm was sinking fishing boats off the northern coast of Brittany.';
  const withStray = [...fr.slice(0, AT), stray, ...fr.slice(AT)];
  const marked = (doc: Document): Document => ({ ...doc, sentences: doc.sentences.map((s) => (s.index === AT ? { ...s, lang: 'en' } : s)) });
  const beadOf = (beads: readonly string[]): string => beads.find((b) => b.includes(`:[${AT}`) || b.includes(`,${AT}`))!;

  it('leaves out a sentence detection marks as in the other language, where its neighbours would take it in', () => {
    const options = { foreignDeletionBoost: 1 };
    const without = ladder(alignDocuments(makeDoc(en), makeDoc(withStray, undefined, 'fr'), options));
    const withEvidence = ladder(alignDocuments(makeDoc(en), marked(makeDoc(withStray, undefined, 'fr'))));
    expect(beadOf(withEvidence)).toBe(`[]:[${AT}]`);
    expect(beadOf(without)).not.toBe(`[]:[${AT}]`);
  });
});
