/**
 * Sentences of a one-file bilingual input that the layout left on a side although they are in the
 * other language: a marker line ("La version française suit." at the end of the English block,
 * "Skip to the English description" above the French one), an English quotation kept in the French
 * text. They stay where the layout put them (the file put them there) and are marked with their
 * language, as untranslated sentences are (see mismatch.ts), on a lower bar: in a file known to
 * hold both languages, a short sentence in the other one is no accident of detection.
 */
import type { Document, Lang, Sentence } from '../types.js';
import { canonicalLang } from './iso.js';
import { detectLanguage } from './language.js';
import { isMarker, nameCue } from './layout-evidence.js';

/** Confidence, between the two languages, from which a sentence placed on a side is marked as the other language. */
const MARK_MIN_CONFIDENCE = 0.95;
/** Words a sentence needs to be marked on its trigrams alone (headings and names are not sentences in a language). */
const MARK_MIN_WORDS = 3;
const WORD = /[\p{L}\p{M}]+/gu;

/** The language a sentence standing on a side of `own` is in, when it is confidently `other`. */
function placedAgainst(text: string, own: Lang, other: Lang): boolean {
  // A marker line says its language by the language name it is written with ("anglaise" is French).
  if (isMarker(text)) {
    const cue = nameCue(text);
    if (cue !== undefined) return canonicalLang(cue) === other;
  }
  if ((text.match(WORD)?.length ?? 0) < MARK_MIN_WORDS) return false;
  const guess = detectLanguage(text, [own, other]);
  return guess.lang === other && guess.confidence >= MARK_MIN_CONFIDENCE;
}

/**
 * Mark the sentences of one side of a bilingual file that are in the other side's language.
 *
 * @param document a side whose `lang` is its language (marks already on it are kept)
 * @param other the other side's language
 * @returns a copy whose sentences in `other` carry `lang: other`
 */
export function markPlacedAgainst(document: Document, other: Lang): Document {
  const own = canonicalLang(document.lang);
  const foreign = canonicalLang(other);
  if (own === foreign) return document;
  let changed = false;
  const sentences = document.sentences.map((s): Sentence => {
    if (s.lang !== undefined || !placedAgainst(s.text, own, foreign)) return s;
    changed = true;
    return { ...s, lang: foreign };
  });
  return changed ? { ...document, sentences } : document;
}
