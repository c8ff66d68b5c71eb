/**
 * Character classes the segmenter looks at, tested on UTF-16 code units so that the scans stay
 * linear and allocation-free. Whitespace here is exactly JavaScript's `\s`, so that "equal except
 * for whitespace" means the same thing to the segmenter, `sentenceText` and the tests.
 */

/** JavaScript's `\s`: ASCII spaces and controls, NBSP (U+00A0), NNBSP (U+202F), U+2000–U+200A, line/paragraph separators, ideographic space, BOM. */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** ZERO WIDTH SPACE, which JavaScript's `\s` leaves out (unlike U+FEFF, the BOM, which it includes). */
const ZERO_WIDTH_SPACE = 0x200b;

/**
 * Whitespace or a zero-width space: what a blank line or the edge of a span may hold. The input
 * stage calls a text of only `[\s\u200b\ufeff]` empty (src/input/decode.ts); a line of only
 * those is blank here for the same reason, so that "\u200b" alone never becomes an invisible
 * paragraph or sentence.
 */
export function isBlankChar(c: number): boolean {
  return c === ZERO_WIDTH_SPACE || isWhitespace(c);
}

/** A line break inside running text: LF, CR, U+2028, U+2029 (CRLF counts once, via its LF). */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

const FULL_STOP = 0x2e;
const HORIZONTAL_ELLIPSIS = 0x2026;

/** `.` */
export function isFullStop(c: number): boolean {
  return c === FULL_STOP;
}

/** `…` */
export function isEllipsis(c: number): boolean {
  return c === HORIZONTAL_ELLIPSIS;
}

/** `?`, `!` and their compatibility forms (`‼ ⁇ ⁈ ⁉`, fullwidth), the Greek question mark U+037E, and the question marks of Arabic and Armenian script. */
export function isQuestionOrExclamation(c: number): boolean {
  return (
    c === 0x3f ||
    c === 0x21 ||
    c === 0x203c ||
    (c >= 0x2047 && c <= 0x2049) ||
    c === 0xff1f ||
    c === 0xff01 ||
    c === 0x061f ||
    c === 0x055e ||
    c === GREEK_QUESTION_MARK
  );
}

/** U+037E GREEK QUESTION MARK (which NFC turns into `;`, the form Greek text is mostly typed in: see `SentenceRules.semicolonQuestion`). */
const GREEK_QUESTION_MARK = 0x037e;

/** `;`, the Greek question mark as typed. */
export const SEMICOLON = 0x3b;

/**
 * Sentence ends of scripts written without spaces between sentences, or whose typesetting puts
 * none there: they end a sentence even when no space follows. Ideographic and fullwidth `。 ． ！ ？`
 * and the halfwidth `｡`; Devanagari danda `। ॥`; Arabic-Urdu full stop `۔`; Armenian full stop `։`;
 * Ethiopic `። ፧`; Myanmar `။`; Tibetan shad `། ༎`; Khmer khan `។ ៕`.
 * Example: "今日は晴れ。明日は雨。", "你去市场了吗？我哥哥买了三个苹果。".
 */
export function isUnspacedStop(c: number): boolean {
  return (
    c === 0x3002 ||
    c === 0xff0e ||
    c === 0xff61 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0x0964 ||
    c === 0x0965 ||
    c === 0x06d4 ||
    c === 0x1362 ||
    c === 0x1367 ||
    c === 0x0589 ||
    c === 0x104b ||
    c === 0x0f0d ||
    c === 0x0f0e ||
    c === 0x17d4 ||
    c === 0x17d5
  );
}

/** Any character that can end a sentence. */
export function isTerminal(c: number): boolean {
  return c === FULL_STOP || c === HORIZONTAL_ELLIPSIS || isQuestionOrExclamation(c) || isUnspacedStop(c);
}

/** Straight quotes, whose direction has to be inferred: `"` and `'`. */
export function isStraightQuote(c: number): boolean {
  return c === 0x22 || c === 0x27;
}

/** Quotes that close: `» ” ’ ›`, and the CJK corner and white corner brackets and double primes `」 』 〞 〟`. */
export function isClosingQuote(c: number): boolean {
  return c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x203a || c === 0x300d || c === 0x300f || c === 0x301e || c === 0x301f;
}

/** Quotes that open: `« “ ‘ ‹ „ ‚`, CJK `「 『 〝`. (German „…“ and »…« are told apart by spacing, see sentences.ts.) */
export function isOpeningQuote(c: number): boolean {
  return c === 0xab || c === 0x201c || c === 0x2018 || c === 0x2039 || c === 0x201e || c === 0x201a || c === 0x300c || c === 0x300e || c === 0x301d;
}

/** CJK opening quotes `「 『 〝`, which never close anything (unlike `“` and `»` in German). */
export function isCjkOpeningQuote(c: number): boolean {
  return c === 0x300c || c === 0x300e || c === 0x301d;
}

/** `) ] }`, fullwidth `） ］ ｝` and the CJK brackets `〉 》 】 〕 〗 〙`. */
export function isClosingBracket(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x7d || c === 0xff09 || c === 0xff3d || c === 0xff5d || c === 0x3009 || c === 0x300b || c === 0x3011 || c === 0x3015 || c === 0x3017 || c === 0x3019;
}

/** `( [ {`, fullwidth `（ ［ ｛` and the CJK brackets `〈 《 【 〔 〖 〘`. */
export function isOpeningBracket(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x7b || c === 0xff08 || c === 0xff3b || c === 0xff5b || c === 0x3008 || c === 0x300a || c === 0x3010 || c === 0x3014 || c === 0x3016 || c === 0x3018;
}

/**
 * A character of the scripts written without spaces between words: Han ideographs, kana
 * (fullwidth and halfwidth), the iteration and prolonged-sound marks. Between two of them, an
 * ASCII `. ? !` ends a sentence though no space follows: "你好!我们走吧。".
 */
export function isUnspacedScript(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff66 && c <= 0xff9f) ||
    c === 0x3005 ||
    (c >= 0xd840 && c <= 0xd87f)
  );
}

/**
 * Japanese quotative particles that continue a sentence after a closing quote:
 * 「行くの？」と聞いた。 (と), 「うん。」って言った。 (small tsu of って).
 */
export function isQuotativeParticle(c: number): boolean {
  return c === 0x3068 || c === 0x3063;
}

/**
 * Letters of Thai and Lao, scripts with no space between words and no sentence punctuation, in
 * which a space marks the end of a sentence or clause. (Khmer, written the same way, ends its
 * sentences with the khan `។`, and its spaces separate phrases: it is left to `isUnspacedStop`.)
 */
export function isSpaceSeparatedClauseScript(c: number): boolean {
  return c >= 0x0e00 && c <= 0x0eff;
}

/** `_` and `*`: emphasis marks of plain-text books (Project Gutenberg's `_italics_`). */
export function isEmphasisMark(c: number): boolean {
  return c === 0x5f || c === 0x2a;
}

/** Spanish inverted marks `¿ ¡`, which open a question or exclamation. */
export function isInvertedMark(c: number): boolean {
  return c === 0xbf || c === 0xa1;
}

/** Dashes that introduce a reply or an aside: `— – ― ‒` (a hyphen-minus is judged by context, see sentences.ts). */
export function isDash(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x2012;
}

/** `-` */
export function isHyphenMinus(c: number): boolean {
  return c === 0x2d;
}

/** `'` or `’`, the two apostrophes. */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** ASCII digits `0-9`. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
/** A letter or a combining mark: in NFD text "é" is "e" + U+0301, and the mark belongs to the word. */
const WORD_CHAR = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;
const SYMBOL = /^\p{S}$/u;

/** How the first character of a word is written, as far as sentence starts are concerned. */
export type CharKind = 'upper' | 'lower' | 'caseless' | 'digit' | 'symbol' | 'other';

/**
 * Kind of the character (code point) at `i`. Letters of scripts without case (CJK, Arabic, Hebrew…)
 * are `caseless`: they may start a sentence like a capital.
 */
export function charKind(text: string, i: number): CharKind {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return 'upper';
    if (c >= 0x61 && c <= 0x7a) return 'lower';
    if (isDigit(c)) return 'digit';
    return c === 0x24 || c === 0x2b || c === 0x3c || c === 0x3d || c === 0x3e || c === 0x5e || c === 0x60 || c === 0x7c || c === 0x7e
      ? 'symbol'
      : 'other';
  }
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  if (UPPER.test(ch)) return 'upper';
  if (LOWER.test(ch)) return 'lower';
  if (LETTER.test(ch)) return 'caseless';
  if (NUMBER.test(ch)) return 'digit';
  if (SYMBOL.test(ch)) return 'symbol';
  return 'other';
}

/**
 * True when the code unit is part of a word: a letter (any script) or a combining mark, so that
 * NFD "fe\u0301vr." is one word like NFC "févr.". Surrogate pairs count as letters, which only widens words.
 */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return WORD_CHAR.test(text[i] ?? '');
}

/** How the sentence scan treats a UTF-16 unit (see `scanKinds`). */
export const ORDINARY = 0;
export const TERMINAL = 1;
export const LINE_BREAK = 2;
export const STRAIGHT_QUOTE = 3;
/** `;`: a terminal in Greek only. */
export const SEMICOLON_MARK = 4;
/** A Thai or Lao letter (`isSpaceSeparatedClauseScript`). */
export const CLAUSE_LETTER = 5;

let kinds: Uint8Array | undefined;

/**
 * The scan kind of every UTF-16 unit, built on first use from the predicates above: the scan
 * looks each character up once instead of testing it against every mark of every script.
 */
export function scanKinds(): Uint8Array {
  if (kinds) return kinds;
  kinds = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isTerminal(c)) kinds[c] = TERMINAL;
    else if (isLineBreak(c)) kinds[c] = LINE_BREAK;
    else if (isStraightQuote(c)) kinds[c] = STRAIGHT_QUOTE;
    else if (c === SEMICOLON) kinds[c] = SEMICOLON_MARK;
    else if (isSpaceSeparatedClauseScript(c)) kinds[c] = CLAUSE_LETTER;
  }
  return kinds;
}
