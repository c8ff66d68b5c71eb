/** One bilingual file: its two languages and the side of each paragraph, in both layouts. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { splitBilingual } from '../../src/detect/index.js';
import { EVAL, FOUNDING, lines, oneToOne, paragraphs, read } from './helpers.js';

const founding = paragraphs(read(FOUNDING));
const source = (n: number): 'source'[] => Array<'source'>(n).fill('source');
const target = (n: number): 'target'[] => Array<'target'>(n).fill('target');

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
    expect(split).toEqual({ from: 'en', to: 'fr', layout: 'blocks', sides: [...source(10), ...target(6)] });
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
    expect(split.layout).toBe('blocks');
    expect(split.sides).toEqual([...source(10), ...target(8)]);
  });

  it('takes the first language as the source: a French-first file is French to English', () => {
    const split = splitBilingual([...founding.slice(10), ...founding.slice(0, 10)], { name: 'un.txt' });
    expect(split).toMatchObject({ from: 'fr', to: 'en', layout: 'blocks' });
    expect(split.sides).toEqual([...source(6), ...target(10)]);
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
    expect(split).toMatchObject({ from, to, layout: 'blocks' });
    const half = texts.length / 2;
    expect(split.sides).toEqual([...source(half), ...target(half)]);
  });
});

describe('splitBilingual, interleaved', () => {
  it('gives each paragraph of the interleaved founding example its side', () => {
    const texts = paragraphs(read(join(import.meta.dirname, 'fixtures', 'un-sg-interleaved.txt')));
    expect(texts).toHaveLength(16);
    const split = splitBilingual(texts, { name: 'interleaved.txt' });
    expect(split).toMatchObject({ from: 'en', to: 'fr', layout: 'interleaved' });
    // The 12 message paragraphs alternate EN, FR; the long English header stays English.
    expect(split.sides.slice(4)).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 ? 'target' : 'source')));
    expect(split.sides[2]).toBe('source');
  });

  it.each([
    ['alibi_en-fr', 'TheLastLesson', 'en', 'fr'],
    ['transread_en-fr', 'Candide', 'en', 'fr'],
    ['textberg-dev_de-fr', 'dev', 'de', 'fr'],
    ['scale_en-es', '08_Ruth', 'en', 'es'],
  ])('follows sentence-by-sentence interleaving of %s %s, short lines included', (set, doc, from, to) => {
    const { texts, sides } = interleaveGold(set, doc, from, to);
    const split = splitBilingual(texts, { name: doc });
    expect(split).toMatchObject({ from, to, layout: 'interleaved' });
    const wrong = split.sides.filter((s, i) => s !== sides[i]).length;
    expect(wrong / texts.length).toBeLessThan(0.005);
  });

  it('reads EN, FR, EN as interleaved', () => {
    const split = splitBilingual([founding[4]!, founding[10]!, founding[5]!], { name: 'x.txt' });
    expect(split).toMatchObject({ layout: 'interleaved', sides: ['source', 'target', 'source'] });
  });

  it('follows interleaving by pairs of paragraphs', () => {
    const en = founding.slice(4, 10);
    const fr = founding.slice(10, 16);
    const texts = [en[0]!, en[1]!, fr[0]!, fr[1]!, en[2]!, en[3]!, fr[2]!, fr[3]!, en[4]!, en[5]!, fr[4]!, fr[5]!];
    const split = splitBilingual(texts, { name: 'pairs.txt' });
    expect(split.layout).toBe('interleaved');
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

  it('does not take a few foreign quotations for a second language', () => {
    const texts = [...founding.slice(4, 10), ...founding.slice(4, 10), founding[12]!];
    expect(() => splitBilingual(texts, { name: 'en.txt' })).toThrow('only English found');
  });

  it('rejects a file with no text to tell', () => {
    expect(() => splitBilingual(['12', '3 4 5'], { name: 'n.txt' })).toThrow('n.txt: no language could be told;');
  });
});
