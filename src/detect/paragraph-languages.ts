/**
 * Language of each paragraph of a document, and the languages a document is written in.
 */
import { spread } from '../sequence.js';
import { type Lang, UNDETERMINED } from '../types.js';
import { confusableWith, lettersRuleOut } from './groups.js';
import { isDetectable } from './iso.js';
import { detectLanguage, type LanguageGuess } from './language.js';
import { detectDocument } from './sample.js';
import { cleanedLength } from './trigram-scorer.js';

/** Paragraphs franc reads over all its languages to find a document's languages: 48 × 1-3 ms. */
const DISCOVERY_SAMPLES = 48;
/** Candidates looked at per sample taken, for paragraphs that are long only in digits and punctuation. */
const DISCOVERY_OVERSAMPLING = 4;
/** Cleaned characters a paragraph needs to be a discovery sample: below, franc over 178 languages is a lottery. */
export const DISCOVERY_MIN_LENGTH = 40;
/** Characters of a sample paragraph that franc reads: enough to tell languages apart, at a third of the cost of 2048. */
const DISCOVERY_MAX_LENGTH = 512;
/**
 * Confidence a sample needs, against the languages already found, to add a language. A lower one
 * goes to the found language it resembles most (English paragraphs that franc calls Scots or Dutch).
 */
export const DISCOVERY_MIN_CONFIDENCE = 0.9;

/**
 * Share of the sampled text a found language needs to be a candidate for every paragraph. In the
 * gold novels, one sample in 48 can come out Scots or German (1 % of the weight): restricting the
 * whole book to English or Scots then mislabels a fifth of it.
 */
const PARAGRAPH_MIN_SHARE = 0.05;

/** A language found in a document. */
export interface FoundLanguage {
  readonly lang: Lang;
  /** Cleaned characters of the sampled paragraphs in this language. */
  readonly weight: number;
  /** Index of the first sampled paragraph in this language. */
  readonly first: number;
}

/**
 * The languages a document is written in, judged on paragraphs sampled across it with franc over
 * all its languages (at most 48 paragraphs of 512 characters: under 150 ms at any size).
 *
 * @param texts the document's paragraphs
 * @returns the languages found, most written first, with their weight; empty when no paragraph is long enough
 */
export function discoverLanguages(texts: readonly string[]): FoundLanguage[] {
  // Raw length bounds cleaned length: clean only a spread of the paragraphs that can qualify.
  const long = texts.map((_, i) => i).filter((i) => texts[i]!.length >= DISCOVERY_MIN_LENGTH);
  let chosen = spread(long, DISCOVERY_SAMPLES * DISCOVERY_OVERSAMPLING).filter((i) => cleanedLength(texts[i]!) >= DISCOVERY_MIN_LENGTH);
  if (chosen.length === 0) chosen = texts.map((_, i) => i).filter((i) => cleanedLength(texts[i]!) > 0);
  const samples = spread(chosen, DISCOVERY_SAMPLES).map((index) => {
    const text = texts[index]!.slice(0, DISCOVERY_MAX_LENGTH);
    return { index, text, lang: detectDocument(text).lang, weight: cleanedLength(text) };
  });

  const weightOf = (lang: Lang): number => samples.reduce((sum, s) => sum + (s.lang === lang ? s.weight : 0), 0);
  const byWeight = [...new Set(samples.map((s) => s.lang))].filter((l) => l !== UNDETERMINED).sort((a, b) => weightOf(b) - weightOf(a));
  const found: Lang[] = [];
  for (const lang of byWeight) {
    // The most written language is taken as found; each next one must hold against those found.
    for (const s of found.length === 0 ? [] : samples.filter((x) => x.lang === lang)) {
      const guess = detectLanguage(s.text, [lang, ...found]);
      if (guess.lang !== lang || guess.confidence < DISCOVERY_MIN_CONFIDENCE) {
        s.lang = guess.lang === lang ? detectLanguage(s.text, found).lang : guess.lang;
      }
    }
    if (samples.some((s) => s.lang === lang)) found.push(lang);
  }
  return found
    .map((lang) => ({ lang, weight: weightOf(lang), first: samples.find((s) => s.lang === lang)!.index }))
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight - a.weight);
}

/**
 * Give each undetermined guess the language of the nearest determined one after it (a short line is
 * most often a heading, place or date before its text), or before it at the end of the document.
 *
 * @param guesses one guess per paragraph
 * @returns the guesses, undetermined ones replaced by inherited ones (confidence 0, `inherited: true`)
 */
export function inheritUndetermined(guesses: readonly LanguageGuess[]): LanguageGuess[] {
  const out = [...guesses];
  let next: Lang = UNDETERMINED;
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i]!.lang !== UNDETERMINED && !out[i]!.inherited) next = out[i]!.lang;
    else if (next !== UNDETERMINED) out[i] = { lang: next, confidence: 0, inherited: true };
  }
  let previous: Lang = UNDETERMINED;
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.lang !== UNDETERMINED) previous = out[i]!.lang;
    else if (previous !== UNDETERMINED) out[i] = { lang: previous, confidence: 0, inherited: true };
  }
  return out;
}

/**
 * The language of each paragraph (what `bitext detect` prints).
 *
 * Texts under 10 characters say nothing and inherit from their neighbours (`inherited: true`).
 * Without candidates, the document's own languages are found first (`discoverLanguages`: those
 * holding 5 % of it or more), with English and French added when it has only one, so that each
 * paragraph is still a choice.
 *
 * @param texts the paragraphs, in order
 * @param candidates languages to choose from (ISO 639-1); found in the document when omitted
 * @returns one guess per paragraph
 */
export function detectParagraphs(texts: readonly string[], candidates?: readonly Lang[]): LanguageGuess[] {
  let languages = candidates;
  if (languages === undefined) {
    const found = discoverLanguages(texts);
    const total = found.reduce((sum, f) => sum + f.weight, 0);
    const major = found.filter((f) => f.weight >= PARAGRAPH_MIN_SHARE * total).map((f) => f.lang);
    languages = major.length >= 2 ? major : [...new Set([...major, 'en', 'fr'])];
  }
  const only = languages;
  return inheritUndetermined(texts.map((t) => withRelatives(t, detectLanguage(t, only))));
}

/**
 * A paragraph's guess with its confidence against the close relatives of its language too (see
 * groups.ts), whether or not they were candidates: a Russian paragraph among English and French
 * is sure to be Cyrillic, not sure to be Russian rather than Bulgarian. Relatives the paragraph's
 * letters rule out do not count. 0 when a relative scores better: the candidates say one
 * language, the text leans to another.
 */
function withRelatives(text: string, guess: LanguageGuess): LanguageGuess {
  if (guess.lang === UNDETERMINED) return guess;
  const relatives = confusableWith(guess.lang).filter((l) => isDetectable(l) && !lettersRuleOut(text, l));
  if (relatives.length === 0) return guess;
  const check = detectLanguage(text, [guess.lang, ...relatives]);
  if (check.lang === UNDETERMINED) return guess;
  const confidence = check.lang === guess.lang ? Math.min(guess.confidence, check.confidence) : 0;
  return { ...guess, confidence };
}
