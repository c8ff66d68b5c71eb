/** One bilingual file: its two languages and the side of each paragraph, in blocks, sections and alternation. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/pipeline/align-pair.js';
import { InputError } from '../../src/errors.js';
import { type BilingualOptions, type BilingualSplit, splitBilingual as splitText } from '../../src/detect/index.js';
import { beadType } from '../../src/types.js';
import { EVAL, FOUNDING, lines, oneToOne, paragraphs, read } from './helpers.js';

/**
 * The split of paragraphs written one after the other with a blank line between, and the side of
 * each paragraph (the side of the piece holding its first character).
 */
function splitBilingual(texts: readonly string[], options: BilingualOptions): BilingualSplit & { sides: string[] } {
  const text = texts.join('\n\n');
  const split = splitText(text, options);
  let at = 0;
  const sides = texts.map((t) => {
    const start = text.indexOf(t, at);
    at = start + t.length;
    return split.pieces.find((p) => p.span[0] <= start && start < p.span[1])?.side ?? 'none';
  });
  return { ...split, sides };
}

const founding = paragraphs(read(FOUNDING));
const INTERLEAVED = join(import.meta.dirname, 'fixtures', 'un-sg-interleaved.txt');
/** The four header lines of the founding example, English only. */
const HEADER = ['New York', '30 July 2020', founding[2]!, 'António Guterres, Secretary-General'];
const source = (n: number): 'source'[] => Array<'source'>(n).fill('source');
const target = (n: number): 'target'[] => Array<'target'>(n).fill('target');
/** Sides of n paragraphs alternating source, target. */
const alternating = (n: number): ('source' | 'target')[] => Array.from({ length: n }, (_, i) => (i % 2 ? 'target' : 'source'));
/** The founding example's six message paragraphs, each English one followed by its French one. */
const pairs = founding.slice(4, 10).flatMap((en, i) => [en, founding[10 + i]!]);

/** Paragraphs alternating the two sides of a gold document's 1-1 beads, and the sides they should get. */
function interleaveGold(set: string, doc: string, from: string, to: string): { texts: string[]; sides: string[] } {
  const a = lines(join(EVAL, set, `${doc}.${from}`));
  const b = lines(join(EVAL, set, `${doc}.${to}`));
  const pairs = oneToOne(join(EVAL, set, `${doc}.gold`));
  return { texts: pairs.flatMap(([i, j]) => [a[i]!, b[j]!]), sides: pairs.flatMap(() => ['source', 'target']) };
}

/** The two sides of a gold document's 1-1 beads, one block after the other. */
function blocksGold(set: string, doc: string, from: string, to: string): string[] {
  const a = lines(join(EVAL, set, `${doc}.${from}`));
  const b = lines(join(EVAL, set, `${doc}.${to}`));
  const pairs = oneToOne(join(EVAL, set, `${doc}.gold`));
  return [...pairs.map(([i]) => a[i]!), ...pairs.map(([, j]) => b[j]!)];
}

describe('splitBilingual, two blocks', () => {
  it('splits the founding example: 4 header lines and 6 English paragraphs, then 6 French paragraphs', () => {
    expect(founding).toHaveLength(16);
    const split = splitBilingual(founding, { name: 'un.txt' });
    expect(split).toMatchObject({ from: 'en', to: 'fr', layout: 'block', sides: [...source(10), ...target(6)] });
  });

  it('gives the same split when the languages are given', () => {
    expect(splitBilingual(founding, { name: 'un.txt', from: 'en', to: 'fr' }).sides).toEqual([...source(10), ...target(6)]);
    expect(splitBilingual(founding, { name: 'un.txt', from: 'en' }).to).toBe('fr');
    expect(splitBilingual(founding, { name: 'un.txt', to: 'fr' }).from).toBe('en');
  });

  it('keeps an untranslated English header inside the French block on the target side', () => {
    const header = founding[2]!; // "Secretary-General's message on the World Day against Trafficking in Persons […]"
    const texts = [...founding.slice(0, 11), header, ...founding.slice(11, 13), 'António Guterres, Secretary-General', ...founding.slice(13)];
    const split = splitBilingual(texts, { name: 'un.txt' });
    expect(split.layout).toBe('block');
    expect(split.sides).toEqual([...source(10), ...target(8)]);
  });

  it('keeps English the source whichever block comes first, so that files never swap columns', () => {
    const split = splitBilingual([...founding.slice(10), ...founding.slice(0, 10)], { name: 'un.txt' });
    expect(split).toMatchObject({ from: 'en', to: 'fr', layout: 'block' });
    expect(split.sides).toEqual([...target(6), ...source(10)]);
  });

  it.each([
    [['en', 'fr'], 'en', 'fr'],
    [['fr', 'en'], 'en', 'fr'],
    [['de', 'fr'], 'de', 'fr'],
    [['fr', 'de'], 'de', 'fr'],
    [['es', 'en'], 'en', 'es'],
    [['es', 'de'], 'de', 'es'],
  ])('orders the languages %j of a file by one rule (English first, French last, others by code): %s to %s', ([first, second], from, to) => {
    const text = (lang: string): string[] => lines(join(EVAL, ...(lang === 'de' ? ['textberg-dev_de-fr', 'dev.de'] : lang === 'es' ? ['scale_en-es', '08_Ruth.es'] : lang === 'fr' ? ['alibi_en-fr', 'TheInn.fr'] : ['alibi_en-fr', 'TheInn.en']))).slice(5, 25);
    const split = splitBilingual([...text(first!), ...text(second!)], { name: 'x.txt' });
    expect([split.from, split.to]).toEqual([from, to]);
  });

  it('puts given languages on their sides whatever the order in the file', () => {
    const split = splitBilingual([...founding.slice(10), ...founding.slice(0, 10)], { name: 'un.txt', from: 'en', to: 'fr' });
    expect(split.sides).toEqual([...target(6), ...source(10)]);
  });

  it.each([
    ['textberg-dev_de-fr', 'dev', 'de', 'fr'],
    ['scale_en-es', '08_Ruth', 'en', 'es'],
    ['alibi_en-fr', 'TheInn', 'en', 'fr'],
  ])('splits %s %s sentence blocks into %s and %s', (set, doc, from, to) => {
    const texts = blocksGold(set, doc, from, to);
    const split = splitBilingual(texts, { name: doc });
    expect(split).toMatchObject({ from, to, layout: 'block' });
    const half = texts.length / 2;
    expect(split.sides).toEqual([...source(half), ...target(half)]);
  });
});

describe('splitBilingual, alternating and sections', () => {
  it('gives each paragraph of the interleaved founding example its side, the English header included', () => {
    const texts = paragraphs(read(INTERLEAVED));
    expect(texts.slice(0, 4)).toEqual(HEADER);
    const split = splitBilingual(texts, { name: 'interleaved.txt' });
    expect(split).toMatchObject({ from: 'en', to: 'fr', layout: 'alternating' });
    // The header has no French counterpart: it stays English, though "30 July 2020" and "António
    // Guterres, Secretary-General" are barely English to franc (confidence 0.08 and 0.2) and sit
    // where strict alternation would put French lines.
    expect(split.sides).toEqual([...source(4), ...alternating(12)]);
  });

  it('aligns the header of the interleaved example as 1-0 beads, through the library align()', () => {
    const result = align({ name: 'interleaved.txt', text: read(INTERLEAVED) }).alignment;
    expect([result.source.lang, result.target.lang]).toEqual(['en', 'fr']);
    const opening = result.beads.slice(0, 4).map((b) => ({ type: beadType(b), text: b.source.map((i) => result.source.sentences[i]!.text).join(' ') }));
    expect(opening).toEqual(HEADER.map((text) => ({ type: '1-0', text })));
    const targetTexts = result.target.sentences.map((s) => s.text);
    for (const line of HEADER) expect(targetTexts).not.toContain(line);
    expect(targetTexts[0]).toMatch(/^Cette année, en cette Journée mondiale/u);
  });

  it('puts a closing block in one language on its side: two English paragraphs, a place and a signature after the pairs', () => {
    const closing = ['For more information, please contact the Office of the Spokesperson.', founding[2]!, 'New York', 'António Guterres, Secretary-General'];
    const split = splitBilingual([...pairs, ...closing], { name: 'closing.txt' });
    expect(split.layout).toBe('alternating');
    expect(split.sides).toEqual([...alternating(12), ...source(4)]);
  });

  it('never moves a confidently English line to the French side to keep strict alternation', () => {
    // In 48 strictly alternating pairs, two untranslated English lines in a row; franc gives the
    // second 0.993, less than a rhythm this regular would overrule.
    const regular = [...pairs, ...pairs, ...pairs, ...pairs];
    const texts = [...regular, founding[2]!, 'Nothing must stop us.', ...regular];
    const split = splitBilingual(texts, { name: 'x.txt' });
    expect(split.sides).toEqual([...alternating(48), 'source', 'source', ...alternating(48)]);
  });

  it.each([
    ['alibi_en-fr', 'TheLastLesson', 'en', 'fr'],
    ['transread_en-fr', 'Candide', 'en', 'fr'],
    ['textberg-dev_de-fr', 'dev', 'de', 'fr'],
    ['scale_en-es', '08_Ruth', 'en', 'es'],
  ])('follows sentence-by-sentence interleaving of %s %s, short lines included', (set, doc, from, to) => {
    const { texts, sides } = interleaveGold(set, doc, from, to);
    const split = splitBilingual(texts, { name: doc });
    expect(split).toMatchObject({ from, to, layout: 'alternating' });
    const wrong = split.sides.filter((s, i) => s !== sides[i]).length;
    expect(wrong / texts.length).toBeLessThan(0.005);
  });

  it('reads EN, FR, EN as interleaved', () => {
    const split = splitBilingual([founding[4]!, founding[10]!, founding[5]!], { name: 'x.txt' });
    expect(split).toMatchObject({ layout: 'alternating', sides: ['source', 'target', 'source'] });
  });

  it('follows interleaving by pairs of paragraphs', () => {
    const en = founding.slice(4, 10);
    const fr = founding.slice(10, 16);
    const texts = [en[0]!, en[1]!, fr[0]!, fr[1]!, en[2]!, en[3]!, fr[2]!, fr[3]!, en[4]!, en[5]!, fr[4]!, fr[5]!];
    const split = splitBilingual(texts, { name: 'pairs.txt' });
    expect(split.layout).toBe('sections');
    expect(split.sides).toEqual(['source', 'source', 'target', 'target', 'source', 'source', 'target', 'target', 'source', 'source', 'target', 'target']);
  });
});

describe('splitBilingual, one language', () => {
  it('rejects an English-only file with a one-line InputError naming it', () => {
    const call = (): unknown => splitBilingual(founding.slice(0, 10), { name: 'un.txt' });
    expect(call).toThrow(InputError);
    expect(call).toThrow('un.txt: only English found; a one-file input must hold both languages (give the target as a second file)');
  });

  it('rejects it also when the languages are given', () => {
    expect(() => splitBilingual(founding.slice(10), { name: '-', from: 'en', to: 'fr' })).toThrow('stdin: only French found;');
  });

  it('rejects an English-only file given as German and French by what it holds', () => {
    expect(() => splitBilingual(founding.slice(0, 10), { name: 'en.txt', from: 'de', to: 'fr' })).toThrow(
      'en.txt: no German found; the file holds only English',
    );
  });

  it('does not take a few foreign quotations for a second language', () => {
    const texts = [...founding.slice(4, 10), ...founding.slice(4, 10), founding[12]!];
    expect(() => splitBilingual(texts, { name: 'en.txt' })).toThrow('only English found');
  });

  it('finds the second language of a file of short sentences on its short pieces read together', () => {
    // Every English sentence is under the 40 characters a discovery sample needs.
    const text = 'Am I late, then? Not at all, my dear, you are just in time. Come in. Where is your hat? Suis-je en retard ? Pas du tout, ma chère, tu arrives juste à temps. Entre. Où est ton chapeau ?';
    const split = splitText(text, { name: 'short.txt' });
    expect([split.from, split.to]).toEqual(['en', 'fr']);
    const side = (s: 'source' | 'target'): string =>
      split.pieces
        .filter((p) => p.side === s)
        .map((p) => text.slice(p.span[0], p.span[1]))
        .join(' ');
    expect(side('source')).toBe('Am I late, then? Not at all, my dear, you are just in time. Come in. Where is your hat?');
    expect(side('target')).toBe('Suis-je en retard ? Pas du tout, ma chère, tu arrives juste à temps. Entre. Où est ton chapeau ?');
  });

  it('still refuses short English lines that franc over all its languages misreads one by one', () => {
    const text = "Won't I tell mama? but first -- He ran headlong at me: I felt him grasp my hair and my shoulder: he had closed with a desperate thing.";
    expect(() => splitText(text, { name: 'en.txt' })).toThrow(/en\.txt: only .* found/u);
  });

  it('rejects a file with no text to tell', () => {
    expect(() => splitBilingual(['12', '3 4 5'], { name: 'n.txt' })).toThrow('n.txt: no language could be told;');
  });
});

describe('splitBilingual, given languages', () => {
  it.each([
    [{ from: 'de', to: 'fr' }, 'no German found; the file holds English and French', 'source'],
    [{ from: 'en', to: 'de' }, 'no German found; the file holds English and French', 'target'],
    [{ from: 'de' }, 'no German found; the file holds English and French', 'source'],
    [{ to: 'de' }, 'no German found; the file holds English and French', 'target'],
    [{ from: 'it', to: 'de' }, 'no Italian found; the file holds English and French', 'source'],
  ])('names the languages the file holds when a given one is not among them (%o)', (languages, message, side) => {
    const call = (): unknown => splitBilingual(founding, { name: 'un.txt', ...languages });
    expect(call).toThrow(InputError);
    expect(call).toThrow(`un.txt: ${message}`);
    expect(call).toThrow(expect.objectContaining({ code: 'language-not-found', data: expect.objectContaining({ side, found: ['en', 'fr'] }) }));
  });

  it.each([
    [{ from: 'de', to: 'fr' }, 'de', 'fr'],
    [{ from: 'en', to: 'de' }, 'en', 'de'],
    [{ from: 'de', to: 'it' }, 'de', 'it'],
    [{ from: 'de' }, 'de', 'fr'],
  ])('with langCheck: false, trusts %o and splits the file by the languages it holds', (languages, from, to) => {
    const split = splitBilingual(founding, { name: 'un.txt', ...languages, langCheck: false });
    expect(split).toMatchObject({ from, to, layout: 'block', sides: [...source(10), ...target(6)] });
  });

  it('with langCheck: false, keeps the given sides against the order of the file', () => {
    const frenchFirst = [...founding.slice(10), ...founding.slice(0, 10)];
    const split = splitBilingual(frenchFirst, { name: 'un.txt', from: 'en', to: 'fr', langCheck: false });
    expect(split.sides).toEqual([...target(6), ...source(10)]);
  });

  it('takes a language the detector does not know for the file’s other language, as two-file input does', () => {
    const split = splitBilingual(founding, { name: 'un.txt', from: 'en', to: 'la' });
    expect(split).toMatchObject({ from: 'en', to: 'la', layout: 'block', sides: [...source(10), ...target(6)] });
  });

  it('refuses the same language on both sides: the file could not be split by language', () => {
    const call = (): unknown => splitBilingual(founding, { name: 'un.txt', from: 'en', to: 'en' });
    expect(call).toThrow(InputError);
    expect(call).toThrow('un.txt: the source and target languages are both English; a one-file input is split by language and must hold two');
    expect(call).toThrow(expect.objectContaining({ code: 'same-languages-given', data: { lang: 'en' } }));
  });
});
