/**
 * Language of one text with franc, restricted to candidate languages, with a calibrated confidence.
 */
import { francAll } from 'franc';
import { type Lang, UNDETERMINED } from '../types.js';
import { confusable } from './groups.js';
import { fromFrancCode, toFrancCodes } from './iso.js';
import { cleanedLength, createTrigramScorer, type Ranked, type TrigramScorer } from './trigram-scorer.js';

/** A language decision. */
export interface LanguageGuess {
  /** ISO 639-1 code (the 639-3 code for languages without one), or `'und'`. */
  readonly lang: Lang;
  /**
   * In [0, 1]: how far the best language stands above the runner-up, calibrated so that a guess
   * with confidence c is right with probability about (1 + c) / 2. 0 for `'und'`.
   */
  readonly confidence: number;
  /** Set when the text itself said nothing (too short) and the language was taken from its neighbours. */
  readonly inherited?: true;
}

/** The answer for a text franc cannot judge. */
export const UNDETERMINED_GUESS: LanguageGuess = Object.freeze({ lang: UNDETERMINED, confidence: 0 });

/**
 * Slope of the confidence in (franc score gap × cleaned length): the logistic fit
 * P(right) = 1 / (1 + e^(-2·0.23·gap·length)), maximum likelihood over 28 000 gold sentences
 * (transread, alibi, fulltext en-fr; textberg de-fr; six scale en-es books) detected with their
 * pair; confidence = 2·P - 1. Checked per decile: 0.9 → 98.8 % right, 0.99+ → 99.9 %.
 */
const CONFIDENCE_SLOPE = 0.23;
/**
 * The same slope between close relatives (groups.ts: Russian and Bulgarian, Hindi and Bhojpuri,
 * Spanish and Portuguese…), whose trigram distances differ less for the same evidence: fitted
 * the same way on 11 340 two-language decisions over 100- to 500-character pieces of New
 * Testament translations in 16 languages of the groups (bench/languages.mjs --groups), where
 * 0.23 overstates them (log-likelihood −1835 against −1673). Checked per band: 0.8-0.9 → 93.8 %
 * right (expected 92.8 %), 0.9-0.99 → 98.4 % (98.0 %).
 */
const CLOSE_CONFIDENCE_SLOPE = 0.144;
/**
 * Evidence stops growing past this many cleaned characters: the calibration holds few longer texts
 * (1 % of the sentences), and the trigrams of one text are not independent. Long texts are judged
 * on several windows instead (see `sample.ts`).
 */
const CONFIDENCE_MAX_LENGTH = 300;

/**
 * Confidence of a franc decision.
 *
 * @param gap franc score of the best language minus that of the runner-up (franc scores the best 1)
 * @param length cleaned length of the text (see `cleanedLength`)
 * @param close the two languages are close relatives (see groups.ts), told apart with a smaller slope
 * @returns the calibrated confidence in [0, 1]
 */
export function confidenceOf(gap: number, length: number, close = false): number {
  return Math.tanh((close ? CLOSE_CONFIDENCE_SLOPE : CONFIDENCE_SLOPE) * Math.max(0, gap) * Math.min(length, CONFIDENCE_MAX_LENGTH));
}

/**
 * Turn a franc ranking into a guess: franc codes become bitext languages (several franc codes
 * can share one, as `pes` and `prs` share `fa`), the runner-up is the best other language.
 *
 * @param ranked franc's ranking, best first
 * @param length cleaned length of the text it ranks (see `cleanedLength`)
 * @returns the guess
 */
export function guessFromRanking(ranked: readonly Ranked[], length: number): LanguageGuess {
  const best = ranked[0];
  if (!best || best[0] === UNDETERMINED) return UNDETERMINED_GUESS;
  const lang = fromFrancCode(best[0]);
  const runnerUp = ranked.find(([iso3]) => fromFrancCode(iso3) !== lang);
  // Alone in its script (Greek, Korean…) or the only candidate: nothing to confuse it with.
  if (!runnerUp) return { lang, confidence: 1 };
  return { lang, confidence: confidenceOf(best[1] - runnerUp[1], length, confusable(lang, fromFrancCode(runnerUp[0]))) };
}

/** Scorers by candidate set, under the candidates as given and as sorted franc codes. */
const SCORERS = new Map<string, TrigramScorer | undefined>();

/**
 * The scorer for a set of candidate languages (built once: some 0.3 ms, plus 20 ms the first time
 * a script is used).
 *
 * @param candidates bitext languages; unknown ones are ignored
 * @returns the scorer, or undefined when franc knows none of them
 */
export function scorerFor(candidates: readonly Lang[]): TrigramScorer | undefined {
  const given = candidates.join(',');
  if (SCORERS.has(given)) return SCORERS.get(given);
  const codes = [...new Set(candidates.flatMap((c) => toFrancCodes(c)))].sort();
  const key = `=${codes.join(',')}`;
  if (!SCORERS.has(key)) SCORERS.set(key, codes.length === 0 ? undefined : createTrigramScorer(codes));
  const scorer = SCORERS.get(key);
  SCORERS.set(given, scorer);
  return scorer;
}

/**
 * Language of a text.
 *
 * @param text any text; franc reads its first 2048 characters, and texts under 10 characters are `'und'`
 * @param candidates ISO 639-1 (or 639-3) codes to choose from; all of franc's 178 languages when omitted.
 *   Restricting matters: on short sentences franc is right 36/40 times with the pair, 22/40 without
 * @returns the language and a calibrated confidence; `'und'` with confidence 0 when franc cannot tell
 */
export function detectLanguage(text: string, candidates?: readonly Lang[]): LanguageGuess {
  if (candidates === undefined) return guessFromRanking(francAll(text), cleanedLength(text));
  const scorer = scorerFor(candidates);
  if (!scorer) return UNDETERMINED_GUESS;
  const { ranked, length } = scorer.rank(text);
  return guessFromRanking(ranked, length);
}
