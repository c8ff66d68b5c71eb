import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS_WITH_DATA, parseRuleData, sentenceRules } from '../../src/segment/abbreviations.js';

const DATA = new URL('../../src/segment/data/', import.meta.url);
const dataFiles = readdirSync(DATA).filter((f) => f.endsWith('.txt'));

describe('bundled rule data', () => {
  it('is compiled into rule-data.ts exactly as the files read (npm run generate)', async () => {
    const { ruleDataModule } = await import('../../scripts/generate-rule-data.mjs');
    expect(readFileSync(new URL('../../src/segment/rule-data.ts', import.meta.url), 'utf8')).toBe(ruleDataModule());
  });

  it('has a file for every language said to have one, plus the generic file', () => {
    expect(dataFiles.sort()).toEqual([...LANGS_WITH_DATA.map((l) => `${l}.txt`), 'generic.txt'].sort());
  });

  it.each(dataFiles)('%s parses, lists each abbreviation once with its period, and documents itself', (file) => {
    const source = readFileSync(new URL(file, DATA), 'utf8');
    const data = parseRuleData(source, file);
    expect(data.abbreviations.size).toBeGreaterThan(5);
    // One word, or two spaced parts (Russian "т. д."), ending with the period.
    for (const entry of data.abbreviations.keys()) expect(entry).toMatch(/^(?:\S+\. )?\S+\.$/);
    for (const starter of data.starters) expect(starter).toMatch(/^[\p{L}']+$/u);
    const entries = source.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter((l) => l && !l.startsWith('['));
    expect(new Set(entries).size).toBe(entries.length);
    expect(source.startsWith('#')).toBe(true);
  });
});

describe('parseRuleData', () => {
  it('reads sections, comments and options', () => {
    const data = parseRuleData('# header\n[title]\nMr.  # a title\n\n[starters]\nThe\n[options]\nordinal-dot\n', 'x.txt');
    expect([...data.abbreviations]).toEqual([['Mr.', 'title']]);
    expect([...data.starters]).toEqual(['the']);
    expect([...data.options]).toEqual(['ordinal-dot']);
  });

  it('reads entries in NFC, the form words are looked up in', () => {
    const data = parseRuleData('[month]\nfe\u0301vr.\n[starters]\nA\u0300\n', 'x.txt');
    expect([...data.abbreviations]).toEqual([['févr.', 'month']]);
    expect([...data.starters]).toEqual(['à']);
  });

  it.each([
    ['an unknown section', '[titles]\nMr.\n', /x.txt:1: unknown section/],
    ['an unknown option', '[options]\nfast\n', /x.txt:2: unknown option fast/],
    ['an entry before any section', 'Mr.\n', /x.txt:1: entry before any \[section\]/],
  ])('rejects %s', (_what, source, error) => {
    expect(() => parseRuleData(source, 'x.txt')).toThrow(error);
  });
});

describe('sentenceRules', () => {
  it('merges the generic data with the language file', () => {
    const en = sentenceRules('en');
    expect(en.abbreviations.get('Mr.')).toBe('title');
    expect(en.abbreviations.get('viz.')).toBe('continues');
    expect(en.abbreviations.has('Mme.')).toBe(true);
    expect(en.starters.has('the')).toBe(true);
    expect(sentenceRules('fr').abbreviations.get('M.')).toBe('title');
    expect(sentenceRules('fr').starters.has("l'")).toBe(true);
  });

  it('lets a lower-case entry match its capitalised form, not an upper-case entry its lower-case form', () => {
    const en = sentenceRules('en');
    expect(en.abbreviations.get('E.g.')).toBe('continues');
    expect(en.abbreviations.has('mr.')).toBe(false);
  });

  it('falls back to the generic data for a language without a file', () => {
    const sv = sentenceRules('sv');
    expect(sv.abbreviations.get('cf.')).toBe('continues');
    expect(sv.abbreviations.has('M.')).toBe(false);
    expect(sv.starters.size).toBe(0);
  });

  it('lists a.m. and p.m. as times in English', () => {
    expect(sentenceRules('en').abbreviations.get('p.m.')).toBe('time');
    expect(sentenceRules('en').abbreviations.get('A.M.')).toBe('time');
    expect(sentenceRules('fr').abbreviations.has('p.m.')).toBe(false);
  });

  it('guesses abbreviations only for languages without a file of their own', () => {
    expect(sentenceRules('sv').guessAbbreviations).toBe(true);
    expect(sentenceRules('cs').guessAbbreviations).toBe(true);
    expect(sentenceRules('it').guessAbbreviations).toBe(false);
    expect(sentenceRules('en').guessAbbreviations).toBe(false);
    expect(sentenceRules('fr').guessAbbreviations).toBe(false);
    expect(sentenceRules().guessAbbreviations).toBe(false);
  });

  it('sets the options per language', () => {
    expect(sentenceRules('en').standaloneQuotesClose).toBe(true);
    expect(sentenceRules('fr').standaloneQuotesClose).toBe(false);
    expect(sentenceRules('de').ordinalDot).toBe(true);
    expect(sentenceRules('da').ordinalDot).toBe(true);
    expect(sentenceRules('fr').ordinalDot).toBe(false);
    expect(sentenceRules('pl').ordinalDot).toBe(true);
    expect(sentenceRules('el').semicolonQuestion).toBe(true);
    expect(sentenceRules('en').semicolonQuestion).toBe(false);
    expect(sentenceRules().semicolonQuestion).toBe(false);
    expect(sentenceRules('ru').spacedAbbreviations).toBe(true);
    expect(sentenceRules('en').spacedAbbreviations).toBe(false);
  });

  it('uses every file, English winning, when no language is given', () => {
    const all = sentenceRules();
    expect(all.abbreviations.get('M.')).toBe('title');
    expect(all.abbreviations.get('Mr.')).toBe('title');
    expect(all.abbreviations.get('Sra.')).toBe('title');
    expect(all.starters.has('il')).toBe(true);
    expect(sentenceRules('und')).toBe(all);
  });
});
