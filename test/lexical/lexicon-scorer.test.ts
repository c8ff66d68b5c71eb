/**
 * A lexicon's readers keep the surface forms they have looked up from one document to the next (a
 * corpus lexicon serves every document of a run): what a document gets must not depend on what
 * was read before it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDocuments } from '../../src/align/index.js';
import { createLexiconScorer, formatLexicon, type Lexicon, type LexicalScorer, parseLexicon, textsOf } from '../../src/lexical/index.js';
import { lines, makeDoc } from '../align/helpers.js';
import { SHARED } from '../helpers/shared.js';

const DIR = join(SHARED, 'eval', 'alibi_en-fr');
const en = lines(join(DIR, 'TheVision.en'));
const fr = lines(join(DIR, 'TheVision.fr'));
const OPTIONS = { threshold: 0.3, smoothing: 1, maxShare: 0.5 };

/** Every span score of up to two units a side, in order. */
function scores(scorer: LexicalScorer): number[] {
  const out: number[] = [];
  for (let s = 0; s < scorer.sourceUnits; s++) {
    for (let t = 0; t < scorer.targetUnits; t++) {
      out.push(scorer.score(s, s + 1, t, t + 1), scorer.score(s, Math.min(s + 2, scorer.sourceUnits), t, t + 1));
    }
  }
  return out;
}

describe('lexicon scorers', () => {
  it('score a document the same whether its lexicon has read other documents before or not', () => {
    const text = formatLexicon(planDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr')).lexicon!, { source: 'en', target: 'fr' });
    const fresh = (): Lexicon => parseLexicon(text, 'lexicon.tsv').lexicon;
    const pieces = [0, 40, 80, 120].map((at) => [textsOf(en.slice(at, at + 30)), textsOf(fr.slice(at, at + 30))] as const);
    const shared = fresh();
    const inTurn = pieces.map(([s, t]) => scores(createLexiconScorer(shared, s, t, OPTIONS)));
    pieces.forEach(([s, t], k) => expect(inTurn[k]).toEqual(scores(createLexiconScorer(fresh(), s, t, OPTIONS))));
    // Read again, last first, with everything already looked up.
    [...pieces].reverse().forEach(([s, t], k) => expect(scores(createLexiconScorer(shared, s, t, OPTIONS))).toEqual(inTurn[pieces.length - 1 - k]));
    expect(inTurn.flat().some((x) => x > 0)).toBe(true);
  });
});
