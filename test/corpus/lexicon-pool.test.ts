/** The corpus lexicons of a run: one pool per language pair, either way round, and a lexicon only from enough beads. */
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/align/index.js';
import { CorpusLexicons } from '../../src/corpus/lexicon-pool.js';
import type { WordBeads } from '../../src/lexical/index.js';
import type { PairWords } from '../../src/pipeline/confident-words.js';

const EN = ['the king', 'the queen', 'the crown', 'a king', 'a queen'];
const FR = ['le roi', 'la reine', 'la couronne', 'un roi', 'une reine'];
const DE = ['der könig', 'die königin', 'die krone', 'ein könig', 'eine königin'];

/** `count` beads cycling through the sentence pairs, one side from each list. */
function words(sourceLang: string, targetLang: string, source: readonly string[], target: readonly string[], count: number): PairWords {
  const side = (texts: readonly string[]) => {
    const keys: string[] = [];
    const off = [0];
    const ids: number[] = [];
    for (let b = 0; b < count; b++) {
      for (const w of texts[b % texts.length]!.split(' ')) {
        if (!keys.includes(w)) keys.push(w);
        ids.push(keys.indexOf(w));
      }
      off.push(ids.length);
    }
    return { keys, rows: { off: Int32Array.from(off), ids: Int32Array.from(ids) } };
  };
  const [s, t] = [side(source), side(target)];
  const beads: WordBeads = { sourceWords: s.keys, targetWords: t.keys, source: s.rows, target: t.rows };
  return { sourceLang, targetLang, beads };
}

describe('the corpus lexicons of a run', () => {
  it('pools the documents of a language pair either way round, apart from other pairs, and learns from pools large enough', () => {
    const half = Math.ceil(LEXICON.minBeads / 2);
    const lexicons = new CorpusLexicons();
    lexicons.add(words('en', 'fr', EN, FR, half));
    lexicons.add(words('de', 'fr', DE, FR, half));
    lexicons.add(words('fr', 'en', FR, EN, half));
    const learned = lexicons.learn();
    // en-fr: two documents of half the beads each learn together; de-fr alone has too few.
    expect(learned.map((l) => [l.file.languages, l.beads, l.documents])).toEqual([[{ source: 'en', target: 'fr' }, 2 * half, 2]]);
    const [lexicon] = learned;
    expect(lexicon!.text.split('\n')[0]).toBe('#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0');
    const rows = lexicon!.text.split('\n').map((l) => l.split('\t'));
    const p = (s: string, t: string) => Number(rows.find((r) => r[0] === s && r[1] === t)?.[2]);
    expect(p('king', 'roi')).toBeGreaterThan(0.5);
    expect(p('queen', 'reine')).toBeGreaterThan(0.5);
  });

  it('learns each pair in as many rounds as its documents ask for at most, and the corpus in as many as its pairs do', () => {
    const lexicons = new CorpusLexicons();
    expect(lexicons.rounds).toBe(1);
    lexicons.add(words('en', 'fr', EN, FR, LEXICON.minBeads));
    lexicons.add({ ...words('de', 'fr', DE, FR, LEXICON.minBeads), rounds: 2 });
    lexicons.add({ ...words('fr', 'de', FR, DE, LEXICON.minBeads), rounds: 1 });
    expect(lexicons.rounds).toBe(2);
    expect(lexicons.learn().map((l) => [l.file.languages.source, l.rounds])).toEqual([
      ['en', 1],
      ['de', 2],
    ]);
  });

  it('learns the same table, to the byte, from the same documents in the same order', () => {
    const run = () => {
      const lexicons = new CorpusLexicons();
      lexicons.add(words('en', 'fr', EN, FR, 40));
      lexicons.add(words('fr', 'en', FR.slice(1), EN.slice(1), 40));
      return lexicons.learn()[0]!.text;
    };
    expect(run()).toBe(run());
  });

  it('has read enough once every pair seen has let go of half its pool, or once the documents read hold the sentence budget', () => {
    const limits = { beads: 100, cells: 1_000_000, beadWords: 200 };
    const sample = { halvings: 1, sentences: 10_000 };
    const lexicons = new CorpusLexicons(limits);
    expect(lexicons.enough(0, sample)).toBe(false);
    lexicons.add(words('en', 'fr', EN, FR, 60));
    expect(lexicons.enough(60, sample)).toBe(false);
    lexicons.add(words('fr', 'en', FR, EN, 60));
    // en-fr has been offered 120 beads: more than the pool holds, so it has let go of half.
    expect(lexicons.enough(120, sample)).toBe(true);
    lexicons.add(words('de', 'fr', DE, FR, 10));
    // A pair seen since has not filled its pool yet.
    expect(lexicons.enough(130, sample)).toBe(false);
    expect(lexicons.enough(130, { ...sample, halvings: 0 })).toBe(true);
    expect(lexicons.enough(10_000, sample)).toBe(true);
    lexicons.add(words('de', 'fr', DE, FR, 200));
    expect(lexicons.enough(330, sample)).toBe(true);
    expect(lexicons.enough(330, { ...sample, halvings: 2 })).toBe(false);
  });
});
