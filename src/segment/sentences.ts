/**
 * Sentence boundaries inside one paragraph, in a single left-to-right pass.
 *
 * The rules start from sentence-splitter's (a `.` ends a sentence only before whitespace, so that
 * `1.23` and `U.S.` stay whole; a listed abbreviation before a lower-case word does not end one;
 * `U.S.A`-style acronyms and "Albert I. Jones" initials are kept) and add what it lacks, measured
 * in `bench/segmentation.mjs`:
 * - per-language abbreviation classes and sentence starters from data files (`abbreviations.ts`);
 * - quotes and brackets by their role, not as nesting contexts: closing ones after `. ? !` belong
 *   to the sentence that ends, and a sentence inside a quotation ends where the next word is
 *   capitalised (sentence-splitter keeps a whole `"…"` or `(…)` as one sentence, and one
 *   unbalanced `(` silences the rest of the paragraph);
 * - the next word decides: lower case, a comma, or a dash continues the sentence;
 * - spaced punctuation (French typography, tokenised corpora) reads like attached punctuation.
 * Two choices follow the human gold corpora rather than taste (TransRead, Moses conventions): a
 * reply after a dash does not start a sentence (`Tout est prêt. — Merci, dit-il.` is one), and in
 * English a quote standing alone after a sentence end goes with that sentence (option
 * `standalone-quotes-close`).
 * Words are compared in NFC, the form of the data files, so that NFD text ("fe\u0301vr.")
 * segments like NFC text; only the words next to a candidate period are normalised.
 * Every decision looks at a bounded window around a candidate, so the pass is linear.
 */
import type { Lang, Span } from '../types.js';
import { type AbbreviationClass, sentenceRules, type SentenceRules } from './abbreviations.js';
import {
  charKind,
  isApostrophe,
  isBlankChar,
  isClosingBracket,
  isCjkOpeningQuote,
  isClosingQuote,
  isDash,
  isDigit,
  isEllipsis,
  isEmphasisMark,
  isFullStop,
  isHyphenMinus,
  isInvertedMark,
  isLineBreak,
  isOpeningBracket,
  isOpeningQuote,
  isQuestionOrExclamation,
  isQuotativeParticle,
  LINE_BREAK,
  ORDINARY,
  scanKinds,
  SEMICOLON_MARK,
  STRAIGHT_QUOTE,
  TERMINAL,
  isStraightQuote,
  isTerminal,
  isUnspacedScript,
  isUnspacedStop,
  SEMICOLON,
  isWhitespace,
  isWordChar,
  type CharKind,
} from './chars.js';
import { nfc } from '../unicode.js';
import { splitClauses } from './clauses.js';

const DOUBLE_QUOTE = 0x22;
const APOSTROPHE = 0x27;
const SPACE = 0x20;
const COMMA = 0x2c;
const COLON = 0x3a;
/**
 * Longest speech tag after a quotation (`speechTagAfterQuote`), in UTF-16 units with its stop:
 * two short Korean words (`그들이 말했다.` is 8). The Korean New Testament's tags run to 16
 * (`예수님이 그들에게 말씀하셨다.`), but longer limits take narrative sentences too and join more
 * verses (bench/NOTES-engine.md, tenth round: 10 to 20 gave about the same F1).
 */
const SPEECH_TAG_MAX_CHARS = 10;

/** Digits a number needs to be read as a year rather than an ordinal in ordinal-dot languages ("im Jahr 1999. Dann" vs "am 3. Oktober"). */
const YEAR_DIGITS = 4;

/** Digits of a number that a following number continues, as in a numbered series or a date: "1. 2. 3.", "5. 6. 2020". */
const MAX_SERIES_DIGITS = 2;

/** Letters of an elided word before its apostrophe: French l', d', qu'. */
const MAX_ELISION = 2;

/**
 * Letters of a lower-case word taken for an abbreviation before a number in a language without a
 * list of its own: Italian "pag. 5", "cap. 3", Dutch "blz. 5", Polish "godz. 10" (1–4 letters, as
 * the abbreviations of the bundled lists are; longer words before a number are ordinary words).
 */
const MAX_GUESSED_ABBREVIATION = 4;

/** Letters per part of a dotted acronym: "U.S.A.", "Ph.D.", "J.-C." qualify; "example.com." does not. */
const MAX_ACRONYM_PART = 4;

/** A number followed by its period: "19.", "1.2.3.", "3,5." */
const NUMBER_WITH_PERIOD = /^\d+(?:[.,]\d+)*\.$/;
/** One letter and a period: an initial ("J."), a roman numeral ("V."), a list letter ("b."). */
const INITIAL = /^\p{L}\.$/u;
/** A short lower-case word and a period, the shape of an unlisted abbreviation: "pag.", "blz.". */
const SHORT_LOWER_WORD = new RegExp(`^\\p{Ll}{1,${MAX_GUESSED_ABBREVIATION}}\\.$`, 'u');
/** Letters and periods with at least two periods, short parts: "U.N.", "p.m.", "J.-C.", "z.B.". */
const DOTTED_ACRONYM = new RegExp(`^(?:\\p{L}{1,${MAX_ACRONYM_PART}}\\.-?){2,}$`, 'u');
/** Roman numerals as a number after "vol.", "ch.": "vol. IV". A lone "I" is left out: "He said no. I left." */
const ROMAN_NUMERAL = /^(?:[IVXLCDM]{2,}|[VXLCDM])(?![\p{L}.])/u;
/** Capitalised words a place name has before "time" in a time zone: "London time", "New York time". */
const MAX_TIME_ZONE_WORDS = 2;
/** "time" or "Time" as a whole word, after a place in a time zone. */
const TIME_WORD = /^[Tt]ime(?![\p{L}\p{M}])/u;
/** Characters enough to see "time" and the character after it. */
const TIME_WORD_PEEK = 5;
/** Characters enough to see a roman numeral and what follows it ("XVIII" and one more). */
const ROMAN_NUMERAL_PEEK = 8;
/** Signs written before a number: currencies (\p{Sc}: $ £ € ¥…), the section sign, the numero sign, "#". */
const NUMBER_SIGN = /^[\p{Sc}§№#]$/u;

/**
 * Sentence spans inside one paragraph span, in order, trimmed of surrounding whitespace.
 * A blank line inside the span always ends a sentence.
 * @param text - the whole input text
 * @param paragraph - the span of one paragraph in `text`
 * @param lang - ISO 639-1 code choosing the abbreviation rules; without it, the rules of every bundled language
 * @returns sentence spans covering every non-whitespace character of the paragraph
 */
export function splitSentences(text: string, paragraph: Span, lang?: Lang): Span[] {
  let start = paragraph[0];
  let end = paragraph[1];
  while (start < end && isBlankChar(text.charCodeAt(start))) start++;
  while (end > start && isBlankChar(text.charCodeAt(end - 1))) end--;
  if (start >= end) return [];
  const scanner = new SentenceScanner(text, start, end, sentenceRules(lang));
  const spans = scanner.run();
  return scanner.clauseScript ? splitClauses(text, spans) : spans;
}

/** Where the whitespace after a position ends, and whether it holds a blank line. */
interface Gap {
  readonly next: number;
  readonly blank: boolean;
}

class SentenceScanner {
  private readonly spans: Span[] = [];
  private sentenceStart: number;
  /** A straight double quote is open: a standalone `"` after `.` would close it. */
  private doubleOpen = false;
  /** Same for straight single quotes, as English uses them: `' Not yet ! '`. */
  private singleOpen = false;
  /** The paragraph holds Thai or Lao letters, whose sentences the scan alone cannot find (see clauses.ts). */
  clauseScript = false;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    private readonly rules: SentenceRules,
  ) {
    this.sentenceStart = start;
  }

  run(): Span[] {
    const { text, end } = this;
    const kinds = scanKinds();
    let i = this.start;
    while (i < end) {
      const c = text.charCodeAt(i);
      // One table look-up for the ordinary characters, nearly all of them: the scan's speed.
      switch (kinds[c]) {
        case ORDINARY:
          i++;
          break;
        case TERMINAL:
          i = this.atTerminal(i);
          break;
        case LINE_BREAK:
          i = this.atLineBreak(i);
          break;
        case STRAIGHT_QUOTE:
          this.trackStraightQuote(i);
          i++;
          break;
        case SEMICOLON_MARK:
          i = this.rules.semicolonQuestion ? this.atTerminal(i) : i + 1;
          break;
        default:
          this.clauseScript = true;
          i++;
      }
    }
    if (this.sentenceStart < end) this.spans.push([this.sentenceStart, end]);
    return this.spans;
  }

  /** A mark that can end a sentence here: `isTerminal`, and `;` in Greek (its question mark as typed). */
  private isTerminal(c: number): boolean {
    return isTerminal(c) || (c === SEMICOLON && this.rules.semicolonQuestion);
  }

  /** End the current sentence at `sentenceEnd` (exclusive, trimmed here) and start the next at `nextStart`. */
  private cut(sentenceEnd: number, nextStart: number): void {
    let e = sentenceEnd;
    while (e > this.sentenceStart && isBlankChar(this.text.charCodeAt(e - 1))) e--;
    if (e > this.sentenceStart) this.spans.push([this.sentenceStart, e]);
    this.sentenceStart = nextStart;
  }

  /**
   * Skip whitespace (and zero-width spaces, see `isBlankChar`) from `from`; a blank line is two line
   * breaks (CRLF counting once) or a paragraph separator U+2029.
   */
  private gap(from: number): Gap {
    const { text, end } = this;
    let breaks = 0;
    let i = from;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!isBlankChar(c)) break;
      if (c === 0x2029) breaks += 2;
      else if (c === 0x0a || c === 0x2028 || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) breaks++;
    }
    return { next: i, blank: breaks >= 2 };
  }

  private atLineBreak(i: number): number {
    const gap = this.gap(i);
    if (gap.blank) this.cut(i, gap.next);
    return gap.next;
  }

  /**
   * Judge the terminal punctuation starting at `i` and return where scanning resumes.
   * A cluster is a run of terminals, spaced or not ("?!", "...", tokenised ". . ." or "? !").
   */
  private atTerminal(i: number): number {
    const { text, end } = this;
    let questionOrExclamation = false;
    let stops = 0;
    let ellipsis = false;
    let unspaced = false;
    let j = i;
    let clusterEnd = i;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (this.isTerminal(c)) {
        if (isUnspacedStop(c)) unspaced = true;
        if (isQuestionOrExclamation(c) || c === SEMICOLON) questionOrExclamation = true;
        else if (isFullStop(c)) stops++;
        else if (isEllipsis(c)) ellipsis = true;
        j++;
        clusterEnd = j;
        continue;
      }
      // Tokenised ellipsis or doubled mark, on one line or wrapped (not across a blank line).
      // Example: "il partit . . . Puis", "il partit . .\n. Puis".
      const gap = this.gap(j);
      if (gap.next > j && !gap.blank && gap.next < end && this.isTerminal(text.charCodeAt(gap.next))) {
        j = gap.next;
        continue;
      }
      break;
    }
    if (stops >= 2) ellipsis = true;

    const k = this.absorbClosers(clusterEnd);
    // ASCII marks between two characters of an unspaced script end a sentence as their fullwidth
    // forms do: "你好!我们走吧。", "“走吧!”他说。" (but "3.5", "U.S." and "v1.2" keep their period).
    if (!unspaced && k < end && i > this.start && isUnspacedScript(text.charCodeAt(i - 1))) {
      const next = text.charCodeAt(k);
      if (isUnspacedScript(next) || isOpeningQuote(next) || isOpeningBracket(next)) unspaced = true;
    }
    // A Japanese quotation goes on after its closing bracket: 「行くの？」と聞いた。
    if (unspaced && k > clusterEnd && k < end && isQuotativeParticle(text.charCodeAt(k))) return k;
    // A Japanese speech introducer runs into the quotation it introduces, the stop right against
    // the corner bracket: `イエスは言われた。「来なさい。」` is one sentence. Other languages write
    // the two as one ("Jesus said, “Come.”"; Chinese 说：“…”): cut here, the introducer is a short
    // sentence that the alignment gives to the bead before it as readily as to its quotation
    // (bench/NOTES-engine.md, tenth round). With a space between (spaced scripts), the cut stays.
    if (unspaced && k === clusterEnd && k < end && isCjkOpeningQuote(text.charCodeAt(k))) return k;
    // Need space after the mark, as sentence-splitter does: it avoids false positives like `1.23`, `U.S.`, `e.g.,`.
    // A zero-width space is the space of scripts that write none between words (Khmer, Thai, Lao, Myanmar):
    // "«មើល៍!\u200b យើង" ends a sentence as "Look! We" does.
    if (k < end && !unspaced && !isBlankChar(text.charCodeAt(k))) return k;
    const gap = this.gap(k);
    // The paragraph ends here, or a blank line follows (atLineBreak cuts there).
    if (gap.next >= end || gap.blank) return k;
    const next = this.skipOpeners(gap.next);
    if (next === undefined) return k;
    const kind = charKind(text, next);

    let ends: boolean;
    if (unspaced) ends = true;
    else if (questionOrExclamation) ends = kind !== 'lower' && kind !== 'other';
    else if (ellipsis) ends = kind === 'upper' || kind === 'caseless';
    else ends = kind !== 'lower' && kind !== 'other' && this.periodEndsSentence(i, next, kind);
    // A quotation and the speech tag after it are one sentence: English tells the tag by its
    // lower case (`“Why?” they asked.`); Korean has no case, so with `speechTagAfterQuote` a short
    // piece that ends the sentence right after a closed quotation is taken for its tag:
    // `《왜?》 그들이 물었다.`. Not for every caseless script: in Chinese, Japanese and Arabic the
    // same rule joined narrative sentences to quotations (bench/NOTES-engine.md, tenth round).
    if (ends && this.rules.speechTagAfterQuote && k > clusterEnd && next === gap.next && this.isSpeechTag(next)) ends = false;
    if (ends) this.cut(k, gap.next);
    return k;
  }

  /**
   * Whether a sentence end comes within SPEECH_TAG_MAX_CHARS of `from`, before any quote, bracket
   * or line break (a tag says who spoke; it quotes nothing).
   */
  private isSpeechTag(from: number): boolean {
    const { text, end } = this;
    const limit = Math.min(end, from + SPEECH_TAG_MAX_CHARS);
    for (let p = from; p < limit; p++) {
      const c = text.charCodeAt(p);
      if (isTerminal(c)) return p > from;
      if (isLineBreak(c) || isOpeningQuote(c) || isClosingQuote(c) || isOpeningBracket(c) || isClosingBracket(c) || isStraightQuote(c)) return false;
    }
    return false;
  }

  /**
   * Absorb the closing quotes and brackets after a terminal cluster; they belong to the sentence that ends.
   * Example: `« Bonjour ! » puis`, `'Wait!' said Tom`, tokenised `too late ! ' ( she`.
   * @returns the position right after the last closer (or `from` if none)
   */
  private absorbClosers(from: number): number {
    const { text, end } = this;
    let k = from;
    while (k < end) {
      const gap = this.gap(k);
      if (gap.blank || gap.next >= end) break;
      const m = gap.next;
      const q = text.charCodeAt(m);
      // Only the first straight quote or bracket may stand apart from the mark; the next ones must touch
      // it, as in Moses' splitter and the gold corpora: tokenised "the end . ) ' We left" cuts after ")",
      // and "la fin . \" ) Le chat" does not cut. Closing guillemets and curly quotes always close:
      // "« Il a dit : “Non.” » Puis".
      if (m !== k && k !== from && !isClosingQuote(q)) break;
      if (!this.closesHere(m, q, m === k)) break;
      if (q === DOUBLE_QUOTE) this.doubleOpen = false;
      else if (q === APOSTROPHE) this.singleOpen = false;
      k = m + 1;
    }
    return k;
  }

  /** Whether the quote or bracket `q` at `m`, right after a sentence's terminal marks, closes it. */
  private closesHere(m: number, q: number, leftAttached: boolean): boolean {
    if (isClosingBracket(q)) return true;
    if (isEmphasisMark(q)) return leftAttached;
    const straight = isStraightQuote(q);
    if (!straight && !isClosingQuote(q) && !isOpeningQuote(q)) return false;
    // CJK corner brackets only ever open: "声がした。「あなたは…」" starts the next sentence with 「.
    if (isCjkOpeningQuote(q)) return false;
    // Attached to the mark, any quote closes, German „…“ and »…« included. Example: `sagte: „Ja!“ Dann`.
    if (leftAttached) return true;
    // Attached to the next word, it opens the next sentence. Example: `end. "Next`, `Ende. »Neu`.
    const after = m + 1 < this.end ? this.text.charCodeAt(m + 1) : SPACE;
    if (!isWhitespace(after) && (isWordChar(this.text, m + 1) || isDigit(after))) return false;
    // Standalone, as in French typography and tokenised text: `Bonjour ! » puis`, `late ! ' (`.
    if (isClosingQuote(q)) return true;
    if (!straight) return false;
    if (this.rules.standaloneQuotesClose) return true;
    // Two standalone quotes in a row close one quotation and open the next: `il partit . " " Puis`.
    const following = this.gap(m + 1).next;
    if (following < this.end && this.text.charCodeAt(following) === q) return true;
    return q === DOUBLE_QUOTE ? this.doubleOpen : this.singleOpen;
  }

  /**
   * Skip what may open the next sentence: quotes, brackets, `¿ ¡`. Not emphasis marks: in plain-text
   * books `_` mostly wraps a word inside a sentence (`. _ We _ never knew`).
   * @returns the first character of the next word, or undefined when a dash comes first or the paragraph ends
   *   (a reply after a dash continues the paragraph's sentence in the gold corpora: `tout est prêt . — Merci`).
   */
  private skipOpeners(from: number): number | undefined {
    const { text, end } = this;
    let p = from;
    while (p < end) {
      const c = text.charCodeAt(p);
      if (isOpeningQuote(c) || isOpeningBracket(c) || isStraightQuote(c) || isClosingQuote(c) || isInvertedMark(c)) {
        // A line break after the opener is a wrap like a space ("end . \"\nNext"); a blank line ends the look-ahead.
        const gap = this.gap(p + 1);
        if (gap.blank) return undefined;
        p = gap.next;
        continue;
      }
      if (isDash(c)) return undefined;
      if (isHyphenMinus(c)) {
        const d = p + 1 < end ? text.charCodeAt(p + 1) : SPACE;
        // "--Stop", "-Come in", "- Oui": a dash; "-5 degrees": a number.
        if (!isDigit(d)) return undefined;
      }
      return p;
    }
    return undefined;
  }

  /**
   * Decide a single period at `dot` followed by a word starting at `next` that is not lower case.
   * The word before the period is looked up (in NFC) in the language's lists, then judged by its shape.
   */
  private periodEndsSentence(dot: number, next: number, kind: CharKind): boolean {
    const { text, rules } = this;
    let tokenStart = dot;
    while (tokenStart > this.start && !isWhitespace(text.charCodeAt(tokenStart - 1))) tokenStart--;
    let wordStart = tokenStart;
    while (wordStart < dot && !isWordChar(text, wordStart) && !isDigit(text.charCodeAt(wordStart))) wordStart++;

    if (wordStart === dot) {
      // Detached period (tokenised text): only a title or a "continues" abbreviation can hold it. Example: "Mr . Smith".
      const previous = this.previousToken(tokenStart);
      const cls = previous === undefined ? undefined : rules.abbreviations.get(`${nfc(previous)}.`);
      return cls !== 'title' && cls !== 'continues';
    }

    // An elided article or pronoun is not part of the abbreviation: "l'art. 5", "d'env. 20 km", "qu'env." (not "don't.", "I'd.").
    for (let a = wordStart + 1; a <= wordStart + MAX_ELISION && a < dot - 2; a++) {
      if (isApostrophe(text.charCodeAt(a))) {
        wordStart = a + 1;
        break;
      }
    }
    const word = nfc(text.slice(wordStart, dot + 1));
    const cls = (rules.spacedAbbreviations && this.spacedAbbreviation(tokenStart, word)) || rules.abbreviations.get(word);
    if (cls === 'title' || cls === 'continues') return false;
    if (cls === 'ambiguous') return this.isStarter(next, kind);
    // "at 5 p.m. Later, she came." ends; "at 5 p.m. GMT" and "at 7 a.m. London time" do not.
    if (cls === 'time') return (kind === 'upper' || kind === 'caseless') && !this.isTimeZone(next);
    const number = this.startsNumber(next, kind);
    if ((cls === 'number' || cls === 'month' || cls === 'final') && number) return false;
    // Listed as often ending a sentence, whatever its shape: "и т. д. Потом", "κ.λπ. Μετά".
    if (cls === 'final') return true;
    // Without a list of its own, a short lower-case word before a number is taken for an abbreviation:
    // Italian "Vedi pag. 5", Dutch "Zie blz. 5" (a sentence seldom starts with digits).
    if (rules.guessAbbreviations && number && SHORT_LOWER_WORD.test(word)) return false;

    if (NUMBER_WITH_PERIOD.test(word)) {
      // A list marker or heading number at the start of a sentence: "19. Item", "1.2. Scope".
      if (tokenStart === this.sentenceStart) return false;
      // Numbered series and dates: "1. 2. 3.", "5. 6. 2020" (but "born in 1990. 25 years later").
      if (kind === 'digit' && word.length - 1 <= MAX_SERIES_DIGITS) return false;
      if (rules.ordinalDot) return this.isStarter(next, kind) || word.length - 1 >= YEAR_DIGITS;
      return true;
    }
    // A letter right after a digit or a symbol is a unit or a name, not an initial: "180 °C. Then", "in 3D. The".
    const attached = wordStart > tokenStart && (isDigit(text.charCodeAt(wordStart - 1)) || charKind(text, wordStart - 1) === 'symbol');
    if (!attached && (INITIAL.test(word) || DOTTED_ACRONYM.test(word))) return this.isStarter(next, kind);
    return true;
  }

  /**
   * A number starts at `p`: digits, a roman numeral other than a lone "I" ("vol. IV"), or digits after
   * a currency or numbering sign ("approx. $1.2 million", "env. 20 €", "art. § 3", "No. #4").
   */
  private startsNumber(p: number, kind: CharKind): boolean {
    const { text, end } = this;
    if (kind === 'digit') return true;
    if (kind === 'upper') return ROMAN_NUMERAL.test(text.slice(p, p + ROMAN_NUMERAL_PEEK));
    if (!NUMBER_SIGN.test(text[p] ?? '')) return false;
    let q = p + 1;
    if (q < end && text.charCodeAt(q) === SPACE) q++;
    return q < end && isDigit(text.charCodeAt(q));
  }

  /**
   * A time zone starts at `p`: a word in capitals ("GMT", "UTC", "CET"), or capitalised words then
   * "time" ("London time", "New York time", "Eastern Time").
   */
  private isTimeZone(p: number): boolean {
    const { text, end } = this;
    if (p + 1 < end && charKind(text, p + 1) === 'upper') return true;
    let q = p;
    for (let words = 0; words < MAX_TIME_ZONE_WORDS && q < end && charKind(text, q) === 'upper'; words++) {
      while (q < end && isWordChar(text, q)) q++;
      if (q >= end || text.charCodeAt(q) !== SPACE) return false;
      q++;
      if (TIME_WORD.test(text.slice(q, q + TIME_WORD_PEEK))) return true;
    }
    return false;
  }

  /**
   * The class of an abbreviation written in two spaced parts, of which `word` is the second:
   * Russian "т. д.", "т. е." (listed with their space in the data files).
   */
  private spacedAbbreviation(tokenStart: number, word: string): AbbreviationClass | undefined {
    const previous = this.previousToken(tokenStart);
    if (previous === undefined || !isFullStop(previous.charCodeAt(previous.length - 1))) return undefined;
    let p = 0;
    while (p < previous.length && !isWordChar(previous, p)) p++;
    return this.rules.abbreviations.get(`${nfc(previous.slice(p))} ${word}`);
  }

  /** The whitespace-delimited token that ends before `before` (skipping the whitespace between), if any. */
  private previousToken(before: number): string | undefined {
    const { text } = this;
    let e = before;
    while (e > this.start && isWhitespace(text.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > this.start && !isWhitespace(text.charCodeAt(s - 1))) s--;
    return e > s ? text.slice(s, e) : undefined;
  }

  /**
   * The capitalised word at `p` is a frequent sentence starter of the language ("The", "Il", "L'"),
   * compared in NFC ("À" typed as "A" + U+0300 is the starter "à").
   * A word followed by a period is an initial or an abbreviation, never a starter ("J. A. Smith").
   */
  private isStarter(p: number, kind: CharKind): boolean {
    if (kind !== 'upper') return false;
    const { text, end } = this;
    let q = p;
    while (q < end && isWordChar(text, q)) q++;
    if (q < end && isFullStop(text.charCodeAt(q))) return false;
    const head = nfc(text.slice(p, q)).toLowerCase();
    if (this.rules.starters.has(head)) return true;
    return q < end && isApostrophe(text.charCodeAt(q)) && this.rules.starters.has(`${head}'`);
  }

  /**
   * Follow straight quotes to know, at a standalone `"` or `'` after a sentence end, whether it
   * closes a quotation or opens the next sentence. Attachment decides when it can
   * (`"Hello,"` closes, `"Hello` opens); a standalone quote toggles (tokenised `" It is , " said he`).
   */
  private trackStraightQuote(i: number): void {
    const { text, end } = this;
    const prev = i > this.start ? text.charCodeAt(i - 1) : SPACE;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : SPACE;
    const leftAttached = !isWhitespace(prev) && !isOpeningBracket(prev) && !isOpeningQuote(prev);
    const rightAttached = !isWhitespace(next);
    const rightToWord = rightAttached && (isWordChar(text, i + 1) || isDigit(next));
    if (text.charCodeAt(i) === DOUBLE_QUOTE) {
      if (leftAttached && !rightToWord) this.doubleOpen = false;
      else if (!leftAttached && rightAttached) this.doubleOpen = true;
      else this.doubleOpen = this.standaloneDoubleQuoteOpens(i);
      return;
    }
    // An apostrophe inside a word: "don't", "l'homme".
    if (leftAttached && rightToWord) return;
    if (!leftAttached && rightAttached) {
      this.singleOpen = true;
      return;
    }
    if (leftAttached) {
      // Closing after punctuation ("'Wait!' said", "'No,' she"); after a letter it is an elision or a possessive ("l' homme", "students' ").
      if (isTerminal(prev) || prev === COMMA || prev === 0x3b || prev === COLON) this.singleOpen = false;
      return;
    }
    this.singleOpen = !this.singleOpen;
  }

  /**
   * Whether a `"` with spaces on both sides (tokenised text) opens a quotation. Pairing alone goes
   * wrong on nested quotations, so the neighbours decide when they can:
   * after a colon or a dash it opens (`il dit : " Je pars`); after `. ? !` it closes before lower
   * case (`Viens ! " dit-elle`); of two in a row, the first closes and the second opens
   * (`il partit . " " Puis`). Otherwise it pairs with the last one.
   */
  private standaloneDoubleQuoteOpens(i: number): boolean {
    const { text, end } = this;
    let b = i - 1;
    while (b >= this.start && isWhitespace(text.charCodeAt(b))) b--;
    let a = i + 1;
    while (a < end && isWhitespace(text.charCodeAt(a))) a++;
    if (b < this.start) return true;
    const before = text.charCodeAt(b);
    const after: CharKind | undefined = a < end ? charKind(text, a) : undefined;
    if (before === COLON || isDash(before) || before === DOUBLE_QUOTE) return true;
    if (a < end && text.charCodeAt(a) === DOUBLE_QUOTE) return false;
    if (isTerminal(before) && after === 'lower') return false;
    return !this.doubleOpen;
  }
}
