/**
 * Sentences of Thai, Lao and Khmer text, scripts written without spaces between words and (Thai,
 * Lao) without sentence punctuation: typesetting puts a space where a sentence or a clause ends.
 * ICU's sentence rules, which Node ships as `Intl.Segmenter`, come first; where they find nothing
 * (they never cut Thai at a space), a space between two letters of the script cuts, provided both
 * sides keep a clause's worth of letters, so that the spaces typists put around a name or inside a
 * long noun phrase do not each start a sentence. `bench/languages.mjs` measures the choice.
 */
import type { Span } from '../types.js';
import { isSpaceSeparatedClauseScript, isWhitespace } from './chars.js';

/**
 * Letters of the script a piece needs on each side of a space for the space to end a sentence.
 * Measured on the Thai UDHR against English (bench/languages.mjs, end-to-end strict F1 by
 * article): see the README's language table for the figures of each value tried.
 */
export const MIN_CLAUSE_LETTERS = 24;

let segmenter: Intl.Segmenter | undefined;

/** ICU's sentence segmenter (one instance: building it costs a millisecond). */
function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'sentence' });
  return segmenter;
}

/** Trim the whitespace at both ends of `[start, end)`; undefined when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && isWhitespace(text.charCodeAt(s))) s++;
  while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
  return s < e ? [s, e] : undefined;
}

/**
 * Cut a sentence span of Thai, Lao or Khmer text into the sentences its typesetting marks.
 * @param text - the whole input text
 * @param span - one sentence span found by the scanner (trimmed)
 * @returns trimmed spans covering every non-whitespace character of `span`, in order
 */
export function splitClauses(text: string, span: Span, minLetters: number = MIN_CLAUSE_LETTERS): Span[] {
  const [start, end] = span;
  const icu: Span[] = [];
  let at = start;
  for (const piece of sentenceSegmenter().segment(text.slice(start, end))) {
    const cut = trimmed(text, start + piece.index, start + piece.index + piece.segment.length);
    if (cut) icu.push(cut);
    at = start + piece.index + piece.segment.length;
  }
  if (at !== end) return [span];
  return icu.flatMap((s) => splitAtSpaces(text, s, minLetters));
}

/** Cut at the spaces between two letters of the script, keeping at least `minLetters` script letters on each side of every cut. */
function splitAtSpaces(text: string, span: Span, minLetters: number): Span[] {
  const [start, end] = span;
  // Letters of the script before each candidate cut, and in total.
  const cuts: Array<{ at: number; next: number; before: number }> = [];
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceSeparatedClauseScript(c)) {
      letters++;
      continue;
    }
    if (!isWhitespace(c) || i === start || !isSpaceSeparatedClauseScript(text.charCodeAt(i - 1))) continue;
    let j = i;
    while (j < end && isWhitespace(text.charCodeAt(j))) j++;
    if (j < end && isSpaceSeparatedClauseScript(text.charCodeAt(j))) cuts.push({ at: i, next: j, before: letters });
    i = j - 1;
  }
  const out: Span[] = [];
  let from = start;
  let lettersAtFrom = 0;
  for (const cut of cuts) {
    if (cut.before - lettersAtFrom < minLetters || letters - cut.before < minLetters) continue;
    out.push([from, cut.at]);
    from = cut.next;
    lettersAtFrom = cut.before;
  }
  out.push([from, end]);
  return out;
}
