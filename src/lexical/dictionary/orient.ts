/**
 * A dictionary turned to the language pair at hand: the columns of the pair's source and target
 * languages, in that order. A dictionary that names its languages is checked against the pair and
 * reversed when it runs the other way (a FreeDict fra-eng serves en → fr); one that does not
 * (hunalign, a plain two-column list) is taken source first, unless the texts say otherwise: its
 * first column's words are then more often found in the target text than in the source. Pure.
 */
import { InputError } from '../../errors.js';
import { fold } from '../fold.js';
import type { SentenceTexts } from '../lexicon-scorer.js';
import { forEachLexiconPiece, readInPieces, TokenScanner, WORD } from '../tokens.js';
import { cellSlots, rowCount } from './entries.js';
import { type DictionaryPairs, termHas, termText } from './packed.js';
import type { ParsedDictionary } from './types.js';

export interface OrientedDictionary {
  readonly name: string;
  /** (source term, target term) pairs: the same object each time the dictionary is read the same way. */
  readonly entries: DictionaryPairs;
  /** The file runs from the target language to the source language. */
  readonly reversed: boolean;
  /** The file names no languages: its direction was told from the texts. */
  readonly guessed: boolean;
}

/** Sentences read to tell a dictionary's direction: plenty to find its common words. */
const SAMPLE_SENTENCES = 2000;

/**
 * The folded words of the first sentences of a side, cut as the terms are matched (terms.ts): a
 * run of Han, kana, Thai or Khmer, one clause to the scanner, as its words, a Korean word as its
 * stem. Cut whole, no CJK or Korean headword would be found, and a glossary of two such languages
 * would always be read source first.
 */
function vocabulary(texts: SentenceTexts): Set<string> {
  const out = new Set<string>();
  const scanner = new TokenScanner();
  for (let s = 0; s < Math.min(texts.count, SAMPLE_SENTENCES); s++) {
    const text = texts.text(s);
    const add = (start: number, end: number) => out.add(fold(text.slice(start, end)));
    scanner.reset(text);
    while (scanner.next()) if (scanner.kind === WORD) forEachLexiconPiece(text, scanner.start, scanner.end, add);
  }
  return out;
}

/** Whether every piece of a one-word term (as the lexicon cuts it) is among `words`. */
function termFound(term: string, words: ReadonlySet<string>): boolean {
  if (!readInPieces(term, 0)) return words.has(fold(term));
  let all = true;
  forEachLexiconPiece(term, 0, term.length, (start, end) => {
    all &&= words.has(fold(term.slice(start, end)));
  });
  return all;
}

const SPACE = 0x20;

/**
 * For columns 0 and 1, how many of the rows from `first` on have a one-word term found in the
 * source words and in the target words: `[[0 in source, 0 in target], [1 in source, 1 in target]]`.
 * One pass, each term decoded once for both sides.
 */
function found(dictionary: ParsedDictionary, first: number, source: ReadonlySet<string>, target: ReadonlySet<string>): number[][] {
  const counts = [
    [0, 0],
    [0, 0],
  ];
  const { terms } = dictionary;
  const rows = rowCount(dictionary);
  for (let e = first; e < rows; e++) {
    for (let c = 0; c < 2; c++) {
      const [start, end] = cellSlots(dictionary, e, c);
      let inSource = false;
      let inTarget = false;
      for (let k = start; k < end && !(inSource && inTarget); k++) {
        if (termHas(terms, k, SPACE)) continue;
        const term = termText(terms, k);
        inSource ||= termFound(term, source);
        inTarget ||= termFound(term, target);
      }
      if (inSource) counts[c]![0]!++;
      if (inTarget) counts[c]![1]!++;
    }
  }
  return counts;
}

/**
 * Orient a dictionary to a language pair.
 * @param languages the canonical form of a language code (ISO 639-1 where there is one: `fra` → `fr`), and whether a code names a language
 * @param texts the pair's sentences, to tell the direction of a dictionary that names no languages
 * @throws InputError naming the dictionary when its languages are not the pair's
 */
export function orientDictionary(
  dictionary: ParsedDictionary,
  pair: { readonly source: string; readonly target: string },
  languages: { readonly canonical: (code: string) => string; readonly known: (code: string) => boolean },
  texts?: { readonly source: SentenceTexts; readonly target: SentenceTexts },
): OrientedDictionary {
  const { name } = dictionary;
  const { canonical } = languages;
  let declared = dictionary.languages;
  // The rows read: all but a header entry, unless it is an entry after all.
  let first = dictionary.headerEntry ? 1 : 0;
  // A first row that only looked like language codes (`the<TAB>le`) is an entry.
  if (declared && dictionary.headerEntry) {
    if (!declared.every((code) => languages.known(code))) {
      declared = undefined;
      first = 0;
    }
  }
  let from = 0;
  let to = 1;
  let guessed = false;
  if (declared) {
    const codes = declared.map(canonical);
    from = codes.indexOf(canonical(pair.source));
    to = codes.indexOf(canonical(pair.target));
    if (from < 0 || to < 0 || from === to) {
      throw new InputError(name, `a ${declared.join('-')} dictionary, not one for ${pair.source}-${pair.target}`, {
        code: 'invalid-dictionary',
        data: { languages: declared.join('-'), source: pair.source, target: pair.target },
      });
    }
  } else if (texts) {
    const [[firstInSource, firstInTarget], [secondInSource, secondInTarget]] = found(dictionary, first, vocabulary(texts.source), vocabulary(texts.target)) as [[number, number], [number, number]];
    guessed = true;
    if (firstInTarget + secondInSource > firstInSource + secondInTarget) {
      from = 1;
      to = 0;
    }
  }
  return { name, entries: turnedEntries(dictionary, first, from, to), reversed: from > to, guessed };
}

/**
 * The (source, target) pairs of a dictionary's rows read one way, by dictionary and way: every
 * term of the source column with every term of the target column, row by row. Each document of a
 * batch turns the same dictionary again: one object a way saves making the pairs again (three
 * quarters of a million for FreeDict eng-deu) and lets the scorer read its terms once (scorer.ts).
 */
const turnedByWay = new WeakMap<ParsedDictionary, Map<string, DictionaryPairs>>();

function turnedEntries(dictionary: ParsedDictionary, first: number, from: number, to: number): DictionaryPairs {
  const way = `${first}:${from}>${to}`;
  let ways = turnedByWay.get(dictionary);
  const cached = ways?.get(way);
  if (cached) return cached;
  const rows = rowCount(dictionary);
  let n = 0;
  for (let e = first; e < rows; e++) {
    const [s0, s1] = cellSlots(dictionary, e, from);
    const [t0, t1] = cellSlots(dictionary, e, to);
    n += (s1 - s0) * (t1 - t0);
  }
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  let p = 0;
  for (let e = first; e < rows; e++) {
    const [s0, s1] = cellSlots(dictionary, e, from);
    const [t0, t1] = cellSlots(dictionary, e, to);
    for (let s = s0; s < s1; s++) {
      for (let t = t0; t < t1; t++) {
        source[p] = s;
        target[p++] = t;
      }
    }
  }
  const entries = { parts: [{ terms: dictionary.terms, source, target }] };
  if (!ways) turnedByWay.set(dictionary, (ways = new Map()));
  ways.set(way, entries);
  return entries;
}
