/** The ISO 639 table covers every language franc can return, and agrees with ISO 639-3 where the system has it. */
import { readFileSync } from 'node:fs';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { describe, expect, it } from 'vitest';
import { canonicalLang, FRANC_LANGUAGES, fromFrancCode, isDetectable, languageName, MACROLANGUAGES, toFrancCodes } from '../../src/detect/index.js';

/** Every code franc 6 can answer: languages with a trigram model, and languages alone in their script. */
const francCodes = new Set([...Object.values(data).flatMap((languages) => Object.keys(languages)), ...Object.keys(expressions).filter((s) => !(s in data))]);

describe('ISO 639 table', () => {
  it('has one row for each of the 178 languages franc knows, and nothing else', () => {
    expect(francCodes.size).toBe(178);
    expect(new Set(FRANC_LANGUAGES.map(([iso3]) => iso3))).toEqual(francCodes);
    expect(FRANC_LANGUAGES).toHaveLength(178);
  });

  it('maps the 119 languages that have an ISO 639-1 code', () => {
    expect(FRANC_LANGUAGES.filter(([, iso1]) => iso1 !== null)).toHaveLength(119);
  });

  it.each([
    ['eng', 'en'], ['fra', 'fr'], ['deu', 'de'], ['spa', 'es'], ['cmn', 'zh'], ['arb', 'ar'], ['pes', 'fa'], ['prs', 'fa'],
    ['zlm', 'ms'], ['ekk', 'et'], ['swh', 'sw'], ['nob', 'nb'], ['nno', 'nn'], ['ell', 'el'], ['sco', 'sco'], ['und', 'und'],
  ])('franc %s is %s', (iso3, lang) => {
    expect(fromFrancCode(iso3)).toBe(lang);
  });

  it('turns user codes into franc codes, macrolanguages into all their members', () => {
    expect(toFrancCodes('fr')).toEqual(['fra']);
    expect(toFrancCodes('FR')).toEqual(['fra']);
    expect(toFrancCodes('en-GB')).toEqual(['eng']);
    expect(toFrancCodes('fra')).toEqual(['fra']);
    expect([...toFrancCodes('fa')].sort()).toEqual(['pes', 'prs']);
    expect([...toFrancCodes('no')].sort()).toEqual(['nno', 'nob']);
    expect(toFrancCodes('sco')).toEqual(['sco']);
    expect(toFrancCodes('la')).toEqual([]);
    expect(isDetectable('la')).toBe(false);
    expect(isDetectable('de')).toBe(true);
  });

  it('reads a macrolanguage\'s 639-3 code as its 639-1 language (FreeDict eng-ara, --from zho)', () => {
    expect(['ara', 'zho', 'ZHO', 'fas', 'msa', 'nor', 'swa'].map(canonicalLang)).toEqual(['ar', 'zh', 'zh', 'fa', 'ms', 'no', 'sw']);
    expect(toFrancCodes('ara')).toEqual(['arb']);
    expect([...toFrancCodes('nor')].sort()).toEqual(['nno', 'nob']);
    expect(isDetectable('zho')).toBe(true);
    expect(languageName('ara')).toBe('Arabic');
  });

  it('gives canonical codes and names', () => {
    expect(canonicalLang('ENG')).toBe('en');
    expect(canonicalLang('fr_CA')).toBe('fr');
    expect(canonicalLang('la')).toBe('la');
    expect(languageName('de')).toBe('German');
    expect(languageName('deu')).toBe('German');
    expect(languageName('fa')).toBe('Persian');
    expect(languageName('xx')).toBe('xx');
  });

  // Debian's iso-codes; .ci/run installs it.
  const isoCodes = '/usr/share/iso-codes/json/iso_639-3.json';
  it('agrees with the system ISO 639-3 table (iso-codes) on every direct 639-1 code', () => {
    const entries = (JSON.parse(readFileSync(isoCodes, 'utf8')) as { '639-3': { alpha_3: string; alpha_2?: string }[] })['639-3'];
    const alpha2 = new Map(entries.map((e) => [e.alpha_3, e.alpha_2]));
    for (const [iso3, iso1] of FRANC_LANGUAGES) {
      expect(alpha2.has(iso3), iso3).toBe(true);
      // Rows without their own 639-1 code take their macrolanguage's (arb → ar) or have none.
      if (alpha2.get(iso3) !== undefined) expect(iso1, iso3).toBe(alpha2.get(iso3));
    }
  });

  it('lists, as iso-codes does, every macrolanguage whose 639-1 language franc knows by a member', () => {
    const entries = (JSON.parse(readFileSync(isoCodes, 'utf8')) as { '639-3': { alpha_3: string; alpha_2?: string; scope: string }[] })['639-3'];
    const macro = new Map(entries.filter((e) => e.scope === 'M' && e.alpha_2).map((e) => [e.alpha_2!, e.alpha_3]));
    const byMember = [...new Set(FRANC_LANGUAGES.filter(([iso3, iso1]) => iso1 !== null && macro.has(iso1) && macro.get(iso1) !== iso3).map(([, iso1]) => iso1!))];
    const expected = [...byMember, 'no'].map((iso1) => [macro.get(iso1), iso1]).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(MACROLANGUAGES.map(([m, l]) => [m, l])).toEqual(expected);
  });
});
