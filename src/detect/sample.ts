/**
 * Whole-text detection by sampling: franc reads at most 2048 characters and costs milliseconds
 * over all its languages, so a long document is judged on windows spread across it (its start
 * alone can be a title page, a table of contents or a header in another language).
 */
import type { Lang } from '../types.js';
import { detectPreferring, type LanguageGuess } from './language.js';
import { FRANC_MAX_LENGTH } from './trigram-scorer.js';

/** Windows taken across a long text: 8 × 256 characters fill franc's 2048-character sample. */
const SAMPLE_WINDOWS = 8;
const WINDOW_LENGTH = FRANC_MAX_LENGTH / SAMPLE_WINDOWS;
/** How far a window start may move forward to begin at a word. */
const WORD_SNAP = 32;

/**
 * A sample of a text for franc: the text itself when short, else windows spread evenly over it.
 *
 * @param text the whole text
 * @returns at most 2048 characters
 */
export function sampleText(text: string): string {
  if (text.length <= FRANC_MAX_LENGTH) return text;
  const windows: string[] = [];
  for (let j = 0; j < SAMPLE_WINDOWS; j++) {
    let start = Math.floor((j * (text.length - WINDOW_LENGTH)) / (SAMPLE_WINDOWS - 1));
    const space = text.slice(start, start + WORD_SNAP).search(/\s/u);
    if (space >= 0) start += space + 1;
    windows.push(text.slice(start, start + WINDOW_LENGTH - 1));
  }
  return windows.join(' ').slice(0, FRANC_MAX_LENGTH);
}

/**
 * Language of a whole text, judged on a sample, breaking near-ties between related languages in
 * favour of the expected ones, then of widely written ones.
 *
 * @param text the whole text
 * @param expected languages to prefer on a near-tie, first first
 * @returns the language, and its confidence against the best other language
 */
export function detectDocument(text: string, expected: readonly Lang[] = []): LanguageGuess {
  return detectPreferring(sampleText(text), expected);
}
