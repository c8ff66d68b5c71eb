import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canonicalLang, isDetectable } from '../../src/detect/index.js';
import { InputError } from '../../src/errors.js';
import { createDictionaryScorer, entryList, orientDictionary, packDictionary, pairList, parseDictionary, type ParsedDictionary, textsOf } from '../../src/lexical/index.js';
import { dictdBase64 } from '../helpers/dictd.js';

const LANGS = { canonical: canonicalLang, known: isDetectable };
const FIXTURES = join(import.meta.dirname, 'fixtures');
const text = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const parse = (name: string): ParsedDictionary => parseDictionary({ kind: 'text', name, text: text(name) });
const freedict = (): ParsedDictionary =>
  parseDictionary({
    kind: 'dictd',
    name: 'freedict-fra-eng.index',
    index: text('freedict-fra-eng.index'),
    dict: gunzipSync(readFileSync(join(FIXTURES, 'freedict-fra-eng.dict.dz'))),
  });
const enFr = { source: 'en', target: 'fr' };
const entries = (d: ParsedDictionary, pair = enFr): string[] => pairList(orientDictionary(d, pair, LANGS).entries).map(([s, t]) => `${s} = ${t}`);

/** The error a parse throws. */
function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('dictionary formats', () => {
  it("reads hunalign's `target @ source` lines", () => {
    const d = parse('hunalign.dic');
    expect(d.format).toBe('hunalign');
    expect(d.languages).toBeUndefined();
    expect(entries(d)).toEqual(['dog = chien', 'cat = chat', 'potato = pomme de terre', 'house = maison']);
  });

  it('reads TSV with a header of languages, MUSE lists separated by a space, and CSV with quotes and semicolons', () => {
    const tsv = parse('glossary.tsv');
    expect([tsv.format, tsv.languages]).toEqual(['tsv', ['en', 'fr']]);
    expect(entries(tsv)).toEqual(['dog = chien', 'cat = chat', 'potato = pomme de terre', 'house = maison']);
    const muse = parse('muse.txt');
    expect(muse.format).toBe('tsv');
    expect(entries(muse)).toEqual(['the = le', 'dog = chien', 'cat = chat']);
    const csv = parse('glossary.csv');
    expect([csv.format, csv.languages]).toEqual(['csv', ['fr', 'en']]);
    expect(entries(csv)).toEqual(['dog = chien', 'potato = pomme de terre', 'house = maison; logis']);
  });

  it.each([
    ['en\tfr\ndog\tchien\n', ['en', 'fr'], ['dog = chien']],
    ['pt_BR,en\ncão,dog\n', ['pt_BR', 'en'], ['dog = cão']],
    // One language twice names no pair of columns: the row is an entry.
    ['aa\taa\ndog\tchien\n', undefined, ['aa = aa', 'dog = chien']],
    ['en,EN\n', undefined, ['en = EN']],
    ['pt_BR\tpt-br\n', undefined, ['pt_BR = pt-br']],
  ] as const)('reads a first row %j as a header only when it names two languages', (text, languages, read) => {
    const d = parseDictionary({ kind: 'text', name: text.includes('\t') ? 'h.tsv' : 'h.csv', text });
    expect(d.languages).toEqual(languages);
    const pair = languages?.[0] === 'pt_BR' ? { source: 'en', target: 'pt' } : enFr;
    expect(entries(d, pair)).toEqual(read);
  });

  it('reads TBX-Basic, TBX 2008 and TBX v3 termbases, every term of a concept with every other', () => {
    const basic = parse('terms-basic.tbx');
    expect([basic.format, basic.languages]).toEqual(['tbx', ['en-us', 'fr-fr', 'de']]);
    expect(entries(basic)).toEqual(['dog = chien', 'dog = toutou', 'potato = pomme de terre']);
    expect(entries(basic, { source: 'de', target: 'fr' })).toEqual(['Kartoffel = pomme de terre']);
    expect(entries(parse('terms-2008.tbx'))).toEqual(['house = maison']);
    expect(entries(parse('terms-v3.tbx'))).toEqual(['cat = chat']);
  });

  it('reads a FreeDict dictionary as dictd serves it: translations, not glosses or sub-sense numbers', () => {
    const d = freedict();
    expect([d.format, d.languages]).toEqual(['dictd', ['fra', 'eng']]);
    expect(entryList(d).entries.map(([s, t]) => `${s!.join('|')} → ${t!.join('|')}`)).toEqual([
      'aller → go|fare|travel',
      'arbre → tree',
      'chat → cat',
      'chien → dog|hound',
      'maison → house|home',
      'pomme de terre → potato',
    ]);
  });
  it('reads the Japanese-English FreeDict (JMdict): every written form, translations after the parts of speech, no notes or cross-references', () => {
    const d = parseDictionary({
      kind: 'dictd',
      name: 'freedict-jpn-eng.index',
      index: text('freedict-jpn-eng.index'),
      dict: gunzipSync(readFileSync(join(FIXTURES, 'freedict-jpn-eng.dict.dz'))),
    });
    expect(d.languages).toEqual(['jpn', 'eng']);
    expect(entryList(d).entries.map(([s, t]) => `${s!.join('|')} → ${t!.join('|')}`).sort()).toEqual([
      'あしらう → to arrange|to treat|to handle',
      '忍び寄る|しのびよる → to creep|to steal up|to draw near unnoticed',
      '悪どい|あくどい → crooked|vicious',
      '頭注|頭註|とうちゅう → headnote',
    ]);
  });
});

describe('dictionary direction', () => {
  it('turns a dictionary that runs the other way round (a FreeDict fra-eng serves en-fr)', () => {
    const d = orientDictionary(freedict(), enFr, LANGS);
    expect(d.reversed).toBe(true);
    expect(pairList(d.entries)).toContainEqual(['potato', 'pomme de terre']);
    expect(orientDictionary(freedict(), { source: 'fr', target: 'en' }, LANGS).reversed).toBe(false);
    expect(orientDictionary(parse('glossary.csv'), enFr, LANGS).reversed).toBe(true);
  });

  it('tells the direction of a dictionary naming no languages from the texts', () => {
    const en = textsOf(['The dog and the cat.', 'A house.']);
    const fr = textsOf(['Le chien et le chat.', 'Une maison.']);
    const forward = orientDictionary(parse('hunalign.dic'), enFr, LANGS, { source: en, target: fr });
    expect([forward.reversed, forward.guessed]).toEqual([false, true]);
    const backward = orientDictionary(parse('hunalign.dic'), { source: 'fr', target: 'en' }, LANGS, { source: fr, target: en });
    expect([backward.reversed, backward.guessed]).toEqual([true, true]);
    expect(pairList(backward.entries)).toContainEqual(['chien', 'dog']);
  });

  it('tells the direction of a glossary of two languages written without spaces or with particles (Korean-Japanese)', () => {
    // Korean first; the pair is Japanese to Korean. Each side's words are found only when the
    // texts and terms are cut alike: Japanese into its words, a Korean word to its stem.
    const koJa = parseDictionary({ kind: 'text', name: 'ko-ja.tsv', text: '고양이\t猫\n강아지\t犬\n집\t家\n' });
    const ja = textsOf(['猫と犬がいます。', '家は大きい。']);
    const ko = textsOf(['고양이와 강아지가 있습니다.', '집은 큽니다.']);
    const d = orientDictionary(koJa, { source: 'ja', target: 'ko' }, LANGS, { source: ja, target: ko });
    expect([d.reversed, d.guessed]).toEqual([true, true]);
    expect(pairList(d.entries)).toContainEqual(['猫', '고양이']);
    expect(orientDictionary(koJa, { source: 'ko', target: 'ja' }, LANGS, { source: ko, target: ja }).reversed).toBe(false);
  });

  it('reads the macrolanguage codes FreeDict names some languages by (eng-ara serves en-ar)', () => {
    const d = packDictionary({ name: 'freedict-eng-ara.index', format: 'dictd', languages: ['eng', 'ara'] }, [[['book'], ['كتاب']]]);
    expect(entries(d, { source: 'en', target: 'ar' })).toEqual(['book = كتاب']);
    expect(orientDictionary(d, { source: 'ar', target: 'en' }, LANGS).reversed).toBe(true);
  });

  it('gives the same entries array each time a dictionary is read the same way (the scorer reads its terms once)', () => {
    const d = freedict();
    const en = textsOf(['The dog and the cat.']);
    const fr = textsOf(['Le chien et le chat.']);
    expect(orientDictionary(d, enFr, LANGS).entries).toBe(orientDictionary(d, enFr, LANGS, { source: en, target: fr }).entries);
    expect(orientDictionary(d, { source: 'fr', target: 'en' }, LANGS).entries).not.toBe(orientDictionary(d, enFr, LANGS).entries);
    const guessed = parse('hunalign.dic');
    const first = orientDictionary(guessed, enFr, LANGS, { source: en, target: fr });
    expect(orientDictionary(guessed, enFr, LANGS, { source: textsOf(['A dog.']), target: textsOf(['Un chien.']) }).entries).toBe(first.entries);
  });

  it('refuses a dictionary of other languages, naming it', () => {
    const e = failure(() => orientDictionary(freedict(), { source: 'de', target: 'fr' }, LANGS));
    expect(e.message).toBe('freedict-fra-eng.index: a fra-eng dictionary, not one for de-fr');
  });
});

describe('dictd entries listed more than once', () => {
  it('reads an entry listed under several headwords once, and two entries at one offset as two', () => {
    const first = 'chat /ʃa/\ncat\n';
    const both = `${first}chatte\n`;
    const bytes = (t: string): string => dictdBase64(Buffer.byteLength(t));
    const index = [`chat\tA\t${bytes(first)}`, `matou\tA\t${bytes(first)}`, `chat\tA\t${bytes(both)}`, `minet\tA\t${bytes(first)}`, `chatte\tA\t${bytes(both)}`].join('\n');
    const d = parseDictionary({ kind: 'dictd', name: 'freedict-fra-eng.index', index: `${index}\n`, dict: new TextEncoder().encode(both) });
    expect(entryList(d).entries).toEqual([
      [['chat'], ['cat']],
      [['chat'], ['cat']],
    ]);
  });
});

describe('bad dictionary files', () => {
  it('reads a line of deeply nested parentheses in a few passes (a hostile file)', () => {
    const body = `chat /ʃa/\n${'('.repeat(200_000)}x${')'.repeat(200_000)} cat\n`;
    const d = parseDictionary({ kind: 'dictd', name: 'freedict-fra-eng.index', index: `chat\tA\t${dictdBase64(Buffer.byteLength(body))}\n`, dict: new TextEncoder().encode(body) });
    expect(entryList(d).entries.map(([s]) => s)).toEqual([['chat']]);
  });

  it('names the file and line of a line that is not of its format', () => {
    expect(failure(() => parse('bad.dic')).message).toBe("bad.dic: line 2: expected 'target phrase @ source phrase' (hunalign dictionary)");
    expect(failure(() => parseDictionary({ kind: 'text', name: 'x.tsv', text: 'dog\tchien\ncat\n' })).message).toBe(
      'x.tsv: line 2: expected two columns, source<TAB>target (TSV dictionary)',
    );
    expect(failure(() => parseDictionary({ kind: 'text', name: 'x.csv', text: 'a,b\n"c,d\n' })).message).toBe('x.csv: line 2: a quoted field is not closed (CSV)');
    expect(failure(() => parse('malformed.tbx')).message).toBe('malformed.tbx: line 4: not well-formed XML: unexpected close tag. (TBX)');
    expect(failure(() => parseDictionary({ kind: 'dictd', name: 'x.index', index: 'chat\tBA\tZ\nchien\t!!\tq\n', dict: new Uint8Array(100) })).message).toBe(
      "x.index: line 2: expected 'headword<TAB>offset<TAB>length' within the dictionary (dictd index)",
    );
  });

  it('refuses an unknown format, a file with no entry, and a dictd index without its dictionary', () => {
    expect(failure(() => parseDictionary({ kind: 'text', name: 'notes.txt', text: 'Some prose, not a word list at all.\nAnother line of it here.\n' })).message).toBe(
      'notes.txt: unknown dictionary format (expected hunalign, TSV, CSV, TBX or dictd)',
    );
    expect(failure(() => parseDictionary({ kind: 'text', name: 'e.tsv', text: 'en\tfr\n' })).message).toBe('e.tsv: no entries (tsv dictionary)');
    expect(failure(() => parseDictionary({ kind: 'text', name: 'x.index', text: text('freedict-fra-eng.index') })).message).toMatch(/^x\.index: a dictd index without its dictionary/u);
  });

  it('does not expand the entities a TBX declares (no entity bomb)', () => {
    const e = failure(() => parse('bomb.tbx'));
    expect(e.message).toMatch(/^bomb\.tbx: line \d+: not well-formed XML: /u);
  });
});

describe('the dictionary scorer', () => {
  it('matches phrases and inflected forms of the headwords', () => {
    const scorer = createDictionaryScorer(
      textsOf(['The potatoes were cooked.', 'She walked home.', 'Dogs barked.']),
      textsOf(['Les pommes de terre étaient cuites.', 'Elle est rentrée.', 'Les chiens aboyaient.']),
      [
        ['potato', 'pomme de terre'],
        ['dog', 'chien'],
      ],
    );
    expect(scorer.score(0, 1, 0, 1)).toBeGreaterThan(0.1);
    expect(scorer.score(2, 3, 2, 3)).toBeGreaterThan(0.1);
    expect(scorer.score(0, 1, 2, 3)).toBe(0);
    expect(scorer.score(1, 2, 1, 2)).toBe(0);
  });

  it('finds the terms of a script written without spaces, and Korean stems, cut as the lexicon cuts the text', () => {
    // A Japanese or Chinese clause is one word to the scanner: a headword is found among its dictionary words.
    const scorer = createDictionaryScorer(
      textsOf(['The disciples followed him.', 'He went up to the temple.']),
      textsOf(['弟子たちはイエスに従った。', '彼は神殿に上った。']),
      [
        ['disciple', '弟子'],
        ['temple', '神殿'],
      ],
    );
    expect(scorer.score(0, 1, 0, 1)).toBeGreaterThan(0.1);
    expect(scorer.score(1, 2, 1, 2)).toBeGreaterThan(0.1);
    expect(scorer.score(0, 1, 1, 2)).toBe(0);
    // A Korean word carries its particles: 제자들이 (the disciples + subject marker) finds 제자.
    const korean = createDictionaryScorer(textsOf(['The disciples followed him.', 'He went up.']), textsOf(['제자들이 그를 따랐다.', '그가 올라갔다.']), [['disciple', '제자']]);
    expect(korean.score(0, 1, 0, 1)).toBeGreaterThan(0);
    expect(korean.score(1, 2, 1, 2)).toBe(0);
  });

  it('scores a document alike whether its entries array served other documents before or not', () => {
    const entries: Array<readonly [string, string]> = [
      ['potato', 'pomme de terre'],
      ['dog', 'chien'],
      ['house', 'maison'],
      ['cat', 'chat'],
      ['the dog', 'le chien'],
    ];
    const first = [textsOf(['The potatoes were cooked.', 'A house.']), textsOf(['Les pommes de terre étaient cuites.', 'Une maison.'])] as const;
    const second = [textsOf(['The dog and the cat.', 'Dogs barked at the house.']), textsOf(['Le chien et le chat.', 'Les chiens aboyaient devant la maison.'])] as const;
    createDictionaryScorer(first[0], first[1], entries);
    const reused = createDictionaryScorer(second[0], second[1], entries);
    const fresh = createDictionaryScorer(second[0], second[1], entries.map(([s, t]) => [s, t] as const));
    for (const [a, b, c, d] of [[0, 1, 0, 1], [1, 2, 1, 2], [0, 2, 0, 2], [0, 1, 1, 2]] as const) {
      expect(reused.score(a, b, c, d)).toBe(fresh.score(a, b, c, d));
    }
    expect(reused.score(0, 1, 0, 1)).toBeGreaterThan(0);
  });
});
