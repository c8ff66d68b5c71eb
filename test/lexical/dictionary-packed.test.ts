/**
 * The packed form of a dictionary (lexical/dictionary/packed.ts, entries.ts) holds exactly what
 * the parsers read, in every format; turned to a pair it gives every term of one column with
 * every term of the other, row by row; the scorer reads it as it reads the same pairs as strings;
 * and a copy for another thread shares its buffers instead of copying them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalLang, isDetectable } from '../../src/detect/index.js';
import {
  createDictionaryScorer,
  entryCount,
  entryList,
  keyDictionary,
  orientDictionary,
  packDictionary,
  packPairs,
  pairList,
  parseDictionary,
  type ParsedDictionary,
  textsOf,
} from '../../src/lexical/index.js';
import { packTerms, termCount, termText } from '../../src/lexical/dictionary/packed.js';
import { dictdBase64 } from '../helpers/dictd.js';

const LANGS = { canonical: canonicalLang, known: isDetectable };

/** A word of letters, some accented, some of two UTF-16 units: no separator of any format. */
const word = fc.string({ unit: fc.constantFrom(...'abcdeéfghiklmnoöprstuvwxyzß', '𝔞', 'ж'), minLength: 1, maxLength: 8 });
/** A term of one to three words. */
const term = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
/** Entries of two columns, one term each (what every format can say). */
const pairs = fc.array(fc.tuple(term, term), { minLength: 1, maxLength: 30 });

/** The same entries written in each format bitext reads, parsed. */
function inEveryFormat(entries: ReadonlyArray<readonly [string, string]>): Array<[string, ParsedDictionary]> {
  const tbx = `<martif type="TBX"><text><body>${entries
    .map(([s, t]) => `<termEntry><langSet xml:lang="en"><tig><term>${s}</term></tig></langSet><langSet xml:lang="fr"><tig><term>${t}</term></tig></langSet></termEntry>`)
    .join('')}</body></text></martif>`;
  const encoder = new TextEncoder();
  let dict = '';
  const index = entries.map(([s, t]) => {
    const body = `${s} /x/\n${t}\n`;
    const line = `${s}\t${dictdBase64(encoder.encode(dict).length)}\t${dictdBase64(encoder.encode(body).length)}`;
    dict += body;
    return line;
  });
  return [
    ['hunalign', parseDictionary({ kind: 'text', name: 'd.dic', text: entries.map(([s, t]) => `${t} @ ${s}\n`).join('') })],
    ['tsv', parseDictionary({ kind: 'text', name: 'd.tsv', text: `en\tfr\n${entries.map(([s, t]) => `${s}\t${t}\n`).join('')}` })],
    // A header, as the TSV has: a first row of two language codes (`"aa","ab"`) would name the columns.
    ['csv', parseDictionary({ kind: 'text', name: 'd.csv', text: `en,fr\n${entries.map(([s, t]) => `"${s}","${t}"\n`).join('')}` })],
    ['tbx', parseDictionary({ kind: 'text', name: 'd.tbx', text: tbx })],
    ['dictd', parseDictionary({ kind: 'dictd', name: 'freedict-eng-fra.index', index: `${index.join('\n')}\n`, dict: encoder.encode(dict) })],
  ];
}

describe('packed dictionaries', () => {
  it('gives back every term as it was packed, two-unit letters, lone surrogates and long terms too', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 40 }), (terms) => {
        const table = packTerms(terms);
        expect(termCount(table)).toBe(terms.length);
        expect(terms.map((_, k) => termText(table, k))).toEqual(terms);
      }),
    );
    // Longer than one decoding chunk: decoded in pieces, not as a million arguments.
    const long = 'é'.repeat(1_000_000);
    expect(termText(packTerms(['a', long, 'b']), 1)).toBe(long);
  });

  it('holds the entries each format reads, the same in every format (property)', () => {
    fc.assert(
      fc.property(pairs, (entries) => {
        // dictd reads each headword once, so the entries are told apart by their source term here.
        const distinct = [...new Map(entries.map((e) => [e[0], e])).values()];
        for (const [format, d] of inEveryFormat(distinct)) {
          expect(entryList(d).entries, format).toEqual(distinct.map(([s, t]) => [[s], [t]]));
          expect(entryCount(d), format).toBe(distinct.length);
          expect(pairList(orientDictionary(d, { source: 'en', target: 'fr' }, LANGS, { source: textsOf([]), target: textsOf([]) }).entries), format).toEqual(distinct);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('turns rows of several terms into every source term with every target term, either way, the header entry read as one where it is not a header', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(term, { minLength: 1, maxLength: 3 }), fc.array(term, { maxLength: 3 })), { minLength: 1, maxLength: 20 }), (rows) => {
        const d = packDictionary({ name: 'd.tbx', format: 'tbx', languages: ['en', 'fr'] }, rows);
        const cross = (from: 0 | 1, to: 0 | 1) => rows.flatMap((row) => row[from].flatMap((s) => row[to].map((t) => [s, t] as const)));
        expect(pairList(orientDictionary(d, { source: 'en', target: 'fr' }, LANGS).entries)).toEqual(cross(0, 1));
        expect(pairList(orientDictionary(d, { source: 'fr', target: 'en' }, LANGS).entries)).toEqual(cross(1, 0));
      }),
      { numRuns: 40 },
    );
    const header = packDictionary({ name: 'h.tsv', format: 'tsv', languages: ['the', 'le'] }, [[['dog'], ['chien']]], [['the'], ['le']]);
    expect(entryList(header)).toEqual({ entries: [[['dog'], ['chien']]], headerEntry: [['the'], ['le']] });
    expect(pairList(orientDictionary(header, { source: 'en', target: 'fr' }, LANGS).entries)).toEqual([
      ['the', 'le'],
      ['dog', 'chien'],
    ]);
  });

  it('scores a document alike from packed pairs, keyed in advance or not, and from the same pairs as strings (property)', () => {
    const vocabulary = ['dog', 'dogs', 'cat', 'house', 'the dog', 'potato', 'chien', 'chiens', 'chat', 'maison', 'le chien', 'pomme de terre'];
    const sentence = fc.array(fc.constantFrom(...vocabulary, 'and', 'et', 'a'), { minLength: 1, maxLength: 6 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...vocabulary)), { minLength: 1, maxLength: 15 }),
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(5, 3),
        (entries, src, tgt, prefix) => {
          const d = packDictionary({ name: 'd.tsv', format: 'tsv', languages: ['en', 'fr'] }, entries.map(([s, t]) => [[s], [t]]));
          const pair = { source: 'en', target: 'fr' };
          const scorers = [
            createDictionaryScorer(textsOf(src), textsOf(tgt), entries.map(([s, t]) => [s, t] as const), { prefix }),
            createDictionaryScorer(textsOf(src), textsOf(tgt), packPairs(entries), { prefix }),
            createDictionaryScorer(textsOf(src), textsOf(tgt), orientDictionary(d, pair, LANGS).entries, { prefix }),
            // Keys worked out in advance under the scorer's prefix are read; under another, the scorer works them out itself.
            createDictionaryScorer(textsOf(src), textsOf(tgt), orientDictionary(keyDictionary(d, 5), pair, LANGS).entries, { prefix }),
          ];
          for (let i = 0; i < src.length; i++) {
            for (let j = 0; j < tgt.length; j++) {
              const scores = scorers.map((scorer) => scorer.score(i, i + 1, j, j + 1));
              expect(new Set(scores).size, scores.join(' ')).toBe(1);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shares its buffers with a copy for another thread instead of copying them', () => {
    const d = packDictionary({ name: 'd.tsv', format: 'tsv', languages: undefined }, [[['dog'], ['chien']]]);
    const copy = structuredClone(d);
    copy.terms.chars[0] = 'h'.charCodeAt(0);
    expect(entryList(d).entries).toEqual([[['hog'], ['chien']]]);
  });
});
