/**
 * The script a text is mostly written in, and whether the two sides of a pair share one: where
 * they do not (English and Japanese, Russian or Hindi), no word of one side can be a cognate of a
 * word of the other, and the first pass aligns on lengths, numbers and punctuation alone. Pure.
 */
import type { SentenceTexts } from './lexicon-scorer.js';

/** Scripts told apart, by their Unicode Script property; a letter of none of them counts as `Other`. */
const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari', 'Bengali',
  'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar',
  'Khmer', 'Ethiopic', 'Hangul', 'Hiragana', 'Katakana', 'Han', 'Mongolian',
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
const LETTER = /\p{L}/u;

/** Sentences read to find a side's script: evenly spaced, enough letters to outvote names and numbers in another script. */
const SAMPLE_SENTENCES = 64;

/** The scripts told apart, by number: SCRIPTS, then `Other`. */
const SCRIPT_NAMES: readonly string[] = [...SCRIPTS, 'Other'];
/** A BMP unit's entry in `unitScripts` before its script is looked up. */
const UNIT_UNKNOWN = 0;
/**
 * The script of each UTF-16 unit of the BMP as 2 + its number in SCRIPT_NAMES (1: not a letter,
 * a lone surrogate included), filled on first sight: a side's sample is read a unit at a time,
 * with no string made for each character.
 */
const unitScripts = new Uint8Array(0x10000);
/** The same for code points beyond the BMP (number in SCRIPT_NAMES, -1: not a letter). */
const astralScripts = new Map<number, number>();

/** The number in SCRIPT_NAMES of a code point's script, looked up: -1 for a character that is not a letter. */
function lookUpScript(code: number): number {
  const ch = String.fromCodePoint(code);
  if (!LETTER.test(ch)) return -1;
  const k = SCRIPT_PATTERNS.findIndex(([, re]) => re.test(ch));
  return k < 0 ? SCRIPTS.length : k;
}

/** The number in SCRIPT_NAMES of a code point's script (cached), -1 for a character that is not a letter. */
function scriptNumber(code: number): number {
  if (code < 0x10000) {
    let entry = unitScripts[code]!;
    if (entry === UNIT_UNKNOWN) unitScripts[code] = entry = 2 + lookUpScript(code);
    return entry - 2;
  }
  let k = astralScripts.get(code);
  if (k === undefined) astralScripts.set(code, (k = lookUpScript(code)));
  return k;
}

/** The script of one character, undefined for characters that are not letters. */
export function scriptOf(ch: string): string | undefined {
  const code = ch.codePointAt(0);
  return code === undefined ? undefined : SCRIPT_NAMES[scriptNumber(code)];
}

/** The script most of the letters of a side's sentences are in (a sample of them); undefined when they hold no letter. */
export function mainScript(texts: SentenceTexts): string | undefined {
  const counts = new Int32Array(SCRIPT_NAMES.length);
  // Scripts in the order they were first seen: a tie goes to the first, as it did in a Map.
  const seen: number[] = [];
  const step = Math.max(1, texts.count / SAMPLE_SENTENCES);
  for (let at = 0; at < texts.count; at += step) {
    const text = texts.text(Math.floor(at));
    for (let i = 0; i < text.length; i++) {
      // A surrogate pair is one character (read whole, then stepped over); a lone surrogate is none.
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      const script = scriptNumber(code);
      if (script >= 0 && counts[script]!++ === 0) seen.push(script);
    }
  }
  let best = -1;
  for (const script of seen) if (best < 0 || counts[script]! > counts[best]!) best = script;
  return best < 0 ? undefined : SCRIPT_NAMES[best];
}

/** Whether the two sides are mostly written in different scripts (false when either has no letters). */
export function differentScripts(source: SentenceTexts, target: SentenceTexts): boolean {
  const a = mainScript(source);
  const b = mainScript(target);
  return a !== undefined && b !== undefined && a !== b;
}
