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

const scriptOfCode = new Map<number, string | undefined>();

/** The script of one character, undefined for characters that are not letters. */
export function scriptOf(ch: string): string | undefined {
  const code = ch.codePointAt(0)!;
  if (scriptOfCode.has(code)) return scriptOfCode.get(code);
  const script = LETTER.test(ch) ? (SCRIPT_PATTERNS.find(([, re]) => re.test(ch))?.[0] ?? 'Other') : undefined;
  scriptOfCode.set(code, script);
  return script;
}

/** The scripts `mainScript` counts, by number: SCRIPTS, then `Other`. */
const SCRIPT_NAMES: readonly string[] = [...SCRIPTS, 'Other'];
/** A UTF-16 unit's entry in `unitScripts` before its script is looked up. */
const UNIT_UNKNOWN = 0;
/** A UTF-16 unit's entry in `unitScripts` when it is not a letter (or is half of a surrogate pair). */
const UNIT_NO_LETTER = 1;
/**
 * The script of each UTF-16 unit of the BMP as 2 + its number in SCRIPT_NAMES, filled on first
 * sight: a side's sample is read a unit at a time, with no string made for each character.
 */
const unitScripts = new Uint8Array(0x10000);

/** The number in SCRIPT_NAMES of a code point's script (`scriptOf`), -1 for a character that is not a letter. */
function scriptNumber(code: number): number {
  if (code < 0x10000) {
    let entry = unitScripts[code]!;
    if (entry === UNIT_UNKNOWN) {
      const script = code >= 0xd800 && code <= 0xdfff ? undefined : scriptOf(String.fromCharCode(code));
      unitScripts[code] = entry = script === undefined ? UNIT_NO_LETTER : 2 + SCRIPT_NAMES.indexOf(script);
    }
    return entry - 2;
  }
  const script = scriptOf(String.fromCodePoint(code));
  return script === undefined ? -1 : SCRIPT_NAMES.indexOf(script);
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
      let code = text.charCodeAt(i);
      // A surrogate pair is one character; a lone surrogate is none (it is not a letter).
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
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
