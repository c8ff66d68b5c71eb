/** Language of each paragraph, short ones inheriting from their neighbours; a document's languages. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectParagraphs, discoverLanguages, inheritUndetermined, type LanguageGuess } from '../../src/detect/index.js';
import { EVAL, FOUNDING, paragraphs, read } from './helpers.js';

const guess = (lang: string, confidence = 1): LanguageGuess => ({ lang, confidence });

describe('inheritUndetermined', () => {
  it('gives an undetermined paragraph the language of the next determined one, or the previous at the end', () => {
    const out = inheritUndetermined([guess('und', 0), guess('en'), guess('und', 0), guess('und', 0), guess('fr'), guess('und', 0)]);
    expect(out.map((g) => g.lang)).toEqual(['en', 'en', 'fr', 'fr', 'fr', 'fr']);
    expect(out.map((g) => g.inherited ?? false)).toEqual([true, false, true, true, false, true]);
    expect(out[0]!.confidence).toBe(0);
  });

  it('leaves all undetermined when nothing is determined', () => {
    expect(inheritUndetermined([guess('und', 0), guess('und', 0)]).map((g) => g.lang)).toEqual(['und', 'und']);
  });
});

describe('detectParagraphs', () => {
  const founding = paragraphs(read(FOUNDING));

  it('gives each paragraph of the founding example its language', () => {
    const guesses = detectParagraphs(founding, ['en', 'fr']);
    expect(guesses.map((g) => g.lang)).toEqual([...Array<string>(10).fill('en'), ...Array<string>(6).fill('fr')]);
    // "New York" is under 10 characters: it says nothing and inherits from "30 July 2020".
    expect(founding[0]).toBe('New York');
    expect(guesses[0]).toMatchObject({ lang: 'en', confidence: 0, inherited: true });
    for (const g of guesses.slice(4)) expect(g.confidence).toBeGreaterThan(0.99);
  });

  it('finds the document’s languages itself when not given', () => {
    expect(detectParagraphs(founding).map((g) => g.lang)).toEqual(detectParagraphs(founding, ['en', 'fr']).map((g) => g.lang));
  });

  it.each([
    ['transread_en-fr/AlicesAdventuresInWonderland.raw.en', 'en'],
    ['transread_en-fr/Candide.raw.fr', 'fr'],
    ['scale_en-es/01_Genesis.raw.es', 'es'],
  ])('labels the paragraphs of a whole book (%s) with its language, not with franc’s stray guesses', (path, lang) => {
    const texts = read(join(EVAL, path)).split(/\n\s*\n/u).filter((p) => p.trim() !== '');
    const guesses = detectParagraphs(texts);
    // Discovery on Alice also meets Scots (1 % of its samples); it must not become a candidate.
    expect(guesses.filter((g) => g.lang === lang).length / texts.length).toBeGreaterThan(0.97);
    expect(new Set(guesses.map((g) => g.lang)).size).toBeLessThanOrEqual(2);
  });

  it('tells German from French paragraphs', () => {
    const texts = [
      'Die Expedition erreichte den Gipfel nach drei Wochen im Hochlager.',
      'Kurz',
      "L'expédition atteignit le sommet après trois semaines au camp de haute altitude.",
    ];
    expect(detectParagraphs(texts, ['de', 'fr']).map((g) => g.lang)).toEqual(['de', 'fr', 'fr']);
  });
});

describe('discoverLanguages', () => {
  it('finds English and French in the founding example, English first', () => {
    const found = discoverLanguages(paragraphs(read(FOUNDING)));
    expect(found.map((f) => f.lang).sort()).toEqual(['en', 'fr']);
    expect(found.find((f) => f.lang === 'en')!.first).toBeLessThan(found.find((f) => f.lang === 'fr')!.first);
  });

  it('finds one language in a monolingual text, none in a text of digits', () => {
    expect(discoverLanguages(paragraphs(read(FOUNDING)).slice(0, 10)).map((f) => f.lang)).toEqual(['en']);
    expect(discoverLanguages(['12 345', '2020'])).toEqual([]);
  });
});
