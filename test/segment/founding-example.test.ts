import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceText, splitParagraphs, splitSentences } from '../../src/segment/index.js';

const fixture = (ext: string) => readFileSync(new URL(`../../fixtures/un-sg-trafficking-2020.${ext}`, import.meta.url), 'utf8');
const text = fixture('txt');
const goldLines = (ext: string) => fixture(ext).split('\n').filter((line) => line.trim() !== '');

/** The file holds English, then a `*****` line, then French. */
const separatorAt = text.search(/^\*{5}$/m);
const paragraphs = splitParagraphs(text);
const english = paragraphs.filter(([, end]) => end <= separatorAt);
const french = paragraphs.filter(([start]) => start > separatorAt);

describe('the founding example (UN Secretary-General message, 30 July 2020)', () => {
  it('has a separator line between the English and the French', () => {
    expect(separatorAt).toBeGreaterThan(0);
    expect(english.length + french.length).toBe(paragraphs.length);
  });

  it('splits into its paragraphs: four header lines and six English paragraphs, then six French paragraphs', () => {
    expect(english.map(([s, e]) => text.slice(s, e).slice(0, 20))).toEqual([
      'New York',
      '30 July 2020',
      "Secretary-General's ",
      'António Guterres, Se',
      'This year’s World Da',
      'Like the frontline h',
      'I thank these first ',
      'The COVID-19 pandemi',
      'Women and girls alre',
      'If the world is to p',
    ]);
    expect(french.map(([s, e]) => text.slice(s, e).slice(0, 20))).toEqual([
      'Cette année, en cett',
      'Comme les héros et l',
      'Je remercie ces prem',
      'La pandémie du COVID',
      'Les femmes et les fi',
      'Pour placer à nouvea',
    ]);
  });

  it('gives exactly the English gold sentences', () => {
    const sentences = english.flatMap((p) => splitSentences(text, p, 'en')).map((s) => sentenceText(text, s));
    expect(sentences).toEqual(goldLines('en'));
  });

  it('gives exactly the French gold sentences', () => {
    const sentences = french.flatMap((p) => splitSentences(text, p, 'fr')).map((s) => sentenceText(text, s));
    expect(sentences).toEqual(goldLines('fr'));
  });

  it('gives the same sentences without a language', () => {
    const all = paragraphs.flatMap((p) => splitSentences(text, p)).map((s) => sentenceText(text, s));
    expect(all).toEqual([...goldLines('en'), ...goldLines('fr')]);
  });
});
