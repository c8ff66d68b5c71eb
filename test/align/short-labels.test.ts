import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { estimateLengthModel } from '../../src/align/length.js';
import { MIN_VARIANCE_CHARS, MIN_VARIANCE_PAIRS } from '../../src/align/params.js';
import { FIXTURES, ladder, lines, makeDoc } from './helpers.js';

describe('the variance of the length model leaves out short labels', () => {
  // 30 sentence pairs with residuals of known size, and 30 label pairs (6-9 characters) that match by formula.
  const sentences: Array<[number, number]> = Array.from({ length: 30 }, (_, k) => [100, 100 + (k % 2 ? 1 : -1) * (5 + (k % 7))]);
  const labels: Array<[number, number]> = Array.from({ length: 30 }, (_, k) => [6 + (k % 4), 6 + (k % 4)]);
  const fallback = { c: 1, s2: 6.8 };

  it('gives the sentences their own variance however many labels there are', () => {
    const alone = estimateLengthModel(sentences, fallback, 3, MIN_VARIANCE_PAIRS, MIN_VARIANCE_CHARS);
    const mixed = estimateLengthModel([...sentences, ...labels], fallback, 3, MIN_VARIANCE_PAIRS, MIN_VARIANCE_CHARS);
    expect(mixed.s2).toBeCloseTo(alone.s2, 1);
    // Counted, the labels' zero residuals would take the median down to a fraction of it.
    expect(estimateLengthModel([...sentences, ...labels], fallback, 3, MIN_VARIANCE_PAIRS, 0).s2).toBeLessThan(alone.s2 / 4);
  });

  it("keeps the fallback's variance when too few pairs are long enough", () => {
    const model = estimateLengthModel([...sentences.slice(0, MIN_VARIANCE_PAIRS - 1), ...labels], fallback, 3, MIN_VARIANCE_PAIRS, MIN_VARIANCE_CHARS);
    expect(model.s2).toBe(fallback.s2);
  });

  it('aligns the German and French UDHR (article labels between short articles) line for line', () => {
    // Article 15: "Jeder hat das Recht auf eine Staatsangehörigkeit." / "Tout individu a droit à une
    // nationalité.", then a condensed second paragraph: with the labels in its variance the engine
    // left the first German line out and gave the second both French lines.
    const de = lines(join(FIXTURES, 'udhr.de'));
    const fr = lines(join(FIXTURES, 'udhr.fr'));
    const beads = ladder(alignDocuments(makeDoc(de, undefined, 'de'), makeDoc(fr, undefined, 'fr')));
    const at = de.indexOf('Jeder hat das Recht auf eine Staatsangehörigkeit.');
    expect(beads).toContain(`[${at}]:[${fr.indexOf('Tout individu a droit à une nationalité.')}]`);
    expect(beads.filter((b) => b.includes('[]'))).toEqual([]);
  });
});
