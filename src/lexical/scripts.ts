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

/** The script most of the letters of a side's sentences are in (a sample of them); undefined when they hold no letter. */
export function mainScript(texts: SentenceTexts): string | undefined {
  const counts = new Map<string, number>();
  const step = Math.max(1, texts.count / SAMPLE_SENTENCES);
  for (let at = 0; at < texts.count; at += step) {
    for (const ch of texts.text(Math.floor(at))) {
      const script = scriptOf(ch);
      if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [script, n] of counts) if (best === undefined || n > counts.get(best)!) best = script;
  return best;
}

/** Whether the two sides are mostly written in different scripts (false when either has no letters). */
export function differentScripts(source: SentenceTexts, target: SentenceTexts): boolean {
  const a = mainScript(source);
  const b = mainScript(target);
  return a !== undefined && b !== undefined && a !== b;
}
