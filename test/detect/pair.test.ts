/** Two input files: checked against --from/--to, detected when not given, swapped when given in the wrong order. */
import { join } from 'node:path';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { detectDocument, resolvePair, sampleWindows } from '../../src/detect/index.js';
import { EVAL, lines, read } from './helpers.js';

const file = (name: string, path: string): { name: string; text: string } => ({ name, text: read(join(EVAL, path)) });
const en = file('candide.en', 'transread_en-fr/Candide.raw.en');
const fr = file('candide.fr', 'transread_en-fr/Candide.raw.fr');
const de = file('dev.de', 'textberg-dev_de-fr/dev.de');
const frDev = file('dev.fr', 'textberg-dev_de-fr/dev.fr');
const kjv = file('chronicles.en', 'scale_en-es/13_I_Chronicles.raw.en');
const rv = file('chronicles.es', 'scale_en-es/13_I_Chronicles.raw.es');
/** Ten verses of a pre-split book (1-based line numbers): what a corpus document of bench/corpus holds. */
const verses = (path: string, first: number): { name: string; text: string } => ({
  name: `${path}:${first}`,
  text: `${lines(join(EVAL, 'scale_en-es', path)).slice(first - 1, first + 9).join('\n')}\n`,
});

describe('resolvePair', () => {
  it('accepts files in their languages', () => {
    expect(resolvePair(en, fr, { from: 'en', to: 'fr' })).toEqual({ from: 'en', to: 'fr', swapped: false, diagnostics: [] });
    expect(resolvePair(de, frDev, { from: 'de', to: 'fr' })).toEqual({ from: 'de', to: 'fr', swapped: false, diagnostics: [] });
  });

  it.each([
    [en, fr, 'en', 'fr'],
    [fr, en, 'fr', 'en'],
    [de, frDev, 'de', 'fr'],
    [kjv, rv, 'en', 'es'],
  ])('detects the languages when not given: $0.name → $1.name is %s → %s', (source, target, from, to) => {
    expect(resolvePair(source, target)).toEqual({ from, to, swapped: false, diagnostics: [] });
  });

  it('detects the missing language when one is given', () => {
    expect(resolvePair(kjv, rv, { from: 'en' })).toMatchObject({ from: 'en', to: 'es', swapped: false });
    expect(resolvePair(de, frDev, { to: 'fr' })).toMatchObject({ from: 'de', to: 'fr', swapped: false });
  });

  it.each([
    [{ from: 'en', to: 'fr' }],
    [{ from: 'en' }],
    [{ to: 'fr' }],
  ])('swaps files given in the wrong order, with a note (%o)', (options) => {
    const result = resolvePair(fr, en, options);
    expect(result).toMatchObject({ from: 'en', to: 'fr', swapped: true });
    expect(result.diagnostics).toEqual([
      {
        code: 'inputs-swapped',
        severity: 'info',
        message: 'candide.fr is French and candide.en is English: the files look swapped, aligning candide.en as the source',
        data: { source: 'candide.fr', sourceLang: 'fr', target: 'candide.en', targetLang: 'en' },
      },
    ]);
  });

  it('swaps an English-Spanish pair too', () => {
    expect(resolvePair(rv, kjv, { from: 'en', to: 'es' })).toMatchObject({ from: 'en', to: 'es', swapped: true });
  });

  it('rejects a side in a third language with a one-line InputError', () => {
    const call = (): unknown => resolvePair(en, de, { from: 'en', to: 'fr' });
    expect(call).toThrow(InputError);
    expect(call).toThrow(/^dev\.de: text is in German \(de, confidence (0\.9\d|1\.00)\), expected French$/u);
    expect(call).toThrow(expect.objectContaining({ code: 'wrong-language', data: expect.objectContaining({ side: 'target', found: 'de', expected: 'fr' }) }));
    expect(() => resolvePair(de, frDev, { from: 'en', to: 'fr' })).toThrow(/^dev\.de: text is in German \(de, confidence [\d.]+\), expected English$/u);
  });

  it('rejects a source in the target language when the target is not in the source language', () => {
    expect(() => resolvePair(fr, frDev, { from: 'en', to: 'fr' })).toThrow(/^candide\.fr: text is in French .*expected English$/u);
  });

  it('names stdin as such', () => {
    expect(() => resolvePair({ name: '-', text: de.text }, fr, { from: 'en', to: 'fr' })).toThrow(/^stdin: text is in German/u);
  });

  it.each([[{}], [{ from: 'en' }], [{ to: 'en' }]])('refuses two inputs in one language that no option gave for both (%o), naming the second', (options) => {
    const call = (): unknown => resolvePair(en, kjv, options);
    expect(call).toThrow(InputError);
    expect(call).toThrow('chronicles.en: both inputs are in English; give the translation as the second file');
  });

  it('refuses two French inputs alike', () => {
    expect(() => resolvePair(fr, frDev)).toThrow('dev.fr: both inputs are in French;');
  });

  it('aligns two inputs in one language when --from and --to both say so, or without the check', () => {
    expect(resolvePair(en, kjv, { from: 'en', to: 'en' })).toEqual({ from: 'en', to: 'en', swapped: false, diagnostics: [] });
    expect(resolvePair(en, kjv, { langCheck: false })).toEqual({ from: 'en', to: 'en', swapped: false, diagnostics: [] });
  });

  it('checks nothing with langCheck: false', () => {
    expect(resolvePair(en, de, { from: 'en', to: 'fr', langCheck: false })).toEqual({ from: 'en', to: 'fr', swapped: false, diagnostics: [] });
    expect(resolvePair(fr, en, { from: 'en', to: 'fr', langCheck: false }).swapped).toBe(false);
    expect(resolvePair(de, frDev, { langCheck: false })).toMatchObject({ from: 'de', to: 'fr' });
  });

  it('falls back to English and French for texts too short to tell', () => {
    expect(resolvePair({ name: 'a', text: 'Yes.' }, { name: 'b', text: 'Oui.' })).toEqual({ from: 'en', to: 'fr', swapped: false, diagnostics: [] });
    expect(resolvePair({ name: 'a', text: 'Yes.' }, { name: 'b', text: 'Oui.' }, { from: 'de', to: 'it' })).toMatchObject({ from: 'de', to: 'it' });
  });

  // Ten verses of names with a word or two of Spanish between them: franc reads the names as Indonesian or Sundanese.
  const chronicles = verses('13_I_Chronicles.es', 254);
  const nehemiah = verses('16_Nehemiah.es', 308);
  const ezra = verses('15_Ezra.es', 282);

  it.each([chronicles, nehemiah])('accepts a short list of names in its stated language ($name)', (names) => {
    expect(detectDocument(names.text).lang).not.toBe('es');
    expect(resolvePair({ name: 'en', text: '' }, names, { from: 'en', to: 'es' })).toEqual({ from: 'en', to: 'es', swapped: false, diagnostics: [] });
  });

  it('refuses a list of names whose running text is in another language than stated', () => {
    // Names are over half of the words of both, and "y de los hijos de ..." between them is Spanish.
    expect(() => resolvePair(ezra, { name: 'b', text: '' }, { from: 'en', to: 'fr' })).toThrow(/^15_Ezra\.es:282: text is in Spanish \(es, confidence [\d.]+\), expected English$/u);
    expect(() => resolvePair(verses('15_Ezra.es', 270), { name: 'b', text: '' }, { from: 'en', to: 'fr' })).toThrow(/^15_Ezra\.es:270: text is in Spanish/u);
  });

  it('notes a language the detector does not know instead of checking it', () => {
    const result = resolvePair(en, { name: 'la.txt', text: 'Gallia est omnis divisa in partes tres.' }, { from: 'en', to: 'la' });
    expect(result).toMatchObject({ from: 'en', to: 'la', swapped: false });
    expect(result.diagnostics).toEqual([
      { code: 'language-unchecked', severity: 'warning', message: 'la: language unknown to the detector, not checked', data: { side: 'target', lang: 'la' } },
    ]);
  });
});

describe('detectDocument', () => {
  it('prefers English to Scots when the text cannot tell them apart', () => {
    const verses = read(join(EVAL, 'scale_en-es/13_I_Chronicles.en'));
    // franc alone, on the same sample, says Scots.
    expect(francAll(sampleWindows(verses).join(' '))[0]![0]).toBe('sco');
    expect(detectDocument(verses).lang).toBe('en');
  });

  it('finds Spanish, German and French documents', () => {
    expect(detectDocument(rv.text).lang).toBe('es');
    expect(detectDocument(de.text)).toMatchObject({ lang: 'de' });
    expect(detectDocument(de.text).confidence).toBeGreaterThan(0.9);
    expect(detectDocument(frDev.text).lang).toBe('fr');
  });
});
