/**
 * Sentences of Thai and Lao text, scripts written without spaces between words and without
 * sentence punctuation: typesetting puts a space where a sentence or a clause ends.
 * ICU's sentence rules, which Node ships as `Intl.Segmenter`, come first; where they find nothing
 * (they never cut Thai at a space), a space between two letters of the script cuts, provided both
 * sides keep a clause's worth of letters, so that the spaces typists put around a name or inside a
 * long noun phrase do not each start a sentence. `bench/languages.mjs` measures the choice.
 */
import type { Span } from '../types.js';
import { isSpaceSeparatedClauseScript, isWhitespace } from './chars.js';

/**
 * Letters of the script a piece needs on each side of a space for the space to end a sentence.
 * Measured end to end against English (bench/languages.mjs, strict F1 on UDHR paragraphs, Thai /
 * Lao): no space cuts 1.000 / .957; every space .775 / .805; 12 letters .847 / .859; 18 .867 /
 * .837; 20 .896 / .844; 24 1.000 / .904; 40 .944 / .938. On the Lao New Testament, which has
 * sentence punctuation, paragraphs are never cut at spaces (.861 either way; .330 to .649 when
 * every span was cut).
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
 * The sentences of a paragraph of Thai or Lao text: ICU's, and where neither the scan nor ICU
 * found any boundary in the whole paragraph, its space-separated clauses. A paragraph that has
 * sentence punctuation somewhere (modern Lao often does) uses its spaces for phrases, and is not
 * cut at them: measured, cutting there costs 20 to 50 points of end-to-end F1 (bench/languages.mjs).
 * @param text - the whole input text
 * @param spans - the sentence spans the scanner found in one paragraph (trimmed)
 * @returns trimmed spans covering every non-whitespace character of `spans`, in order
 */
export function splitClauses(text: string, spans: readonly Span[], minLetters: number = MIN_CLAUSE_LETTERS): Span[] {
  const icu = spans.flatMap((span) => icuSentences(text, span));
  if (icu.length !== 1) return icu;
  return splitAtSpaces(text, icu[0]!, minLetters);
}

/** ICU's sentences inside one span. */
function icuSentences(text: string, span: Span): Span[] {
  const [start, end] = span;
  const out: Span[] = [];
  for (const piece of sentenceSegmenter().segment(text.slice(start, end))) {
    const cut = trimmed(text, start + piece.index, start + piece.index + piece.segment.length);
    if (cut) out.push(cut);
  }
  return out.length ? out : [span];
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
