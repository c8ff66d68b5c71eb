/**
 * Held-out ordinary prose (fixtures/heldout.*, see fixtures/README.md): untokenised English and
 * French written for bitext, gold written before the segmenter ran on it. The target is
 * boundary F1 ≥ 0.98 on such text; bench/segmentation.mjs reports the figures.
 */
import { describe, expect, it } from 'vitest';
import { readSentenceLines, sentenceText, splitParagraphs } from '../../src/segment/index.js';
import { boundaryScores, fixture, sentencesOf } from './helpers.js';

/** The target for English and French, dev sets and held-out prose alike. */
const MIN_F1 = 0.98;

describe.each(['en', 'fr'] as const)('held-out prose (%s)', (lang) => {
  const text = fixture(`heldout.${lang}.txt`);
  const goldText = fixture(`heldout.${lang}.sentences`);
  const gold = readSentenceLines(goldText).map((p) => p.map((s) => sentenceText(goldText, s)));
  const compact = (s: string) => s.replace(/\s+/gu, '');

  it('is the same text as its gold, except for whitespace', () => {
    expect(compact(gold.flat().join(''))).toBe(compact(text));
    expect(gold.flat().length).toBeGreaterThan(150);
  });

  it(`has sentence boundaries with F1 ≥ ${MIN_F1}`, () => {
    const { f } = boundaryScores(sentencesOf(text, lang), gold.flat());
    expect(f).toBeGreaterThanOrEqual(MIN_F1);
  });

  it('has the gold paragraphs (headings, date lines, list items and signatures on their own)', () => {
    expect(splitParagraphs(text).map(([s, e]) => compact(text.slice(s, e)))).toEqual(gold.map((p) => compact(p.join(''))));
  });
});
