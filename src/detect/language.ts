/**
 * Language of one text with franc, restricted to candidate languages, with a calibrated confidence.
 */
import { francAll } from 'franc';
import { type Lang, UNDETERMINED } from '../types.js';
import { confusable } from './groups.js';
import { fromFrancCode, toFrancCodes } from './iso.js';
import { cleanedLength, createTrigramScorer, francScore, type Ranked, type ScriptReading, scriptLanguages, type TrigramScorer } from './trigram-scorer.js';

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

/** Per script, per language: the indices of its franc codes among the script's models, ascending. */
const CODES_IN_SCRIPT = new Map<string, Map<Lang, Int32Array>>();

function codesIn(script: string, lang: Lang): Int32Array {
  let byLang = CODES_IN_SCRIPT.get(script);
  if (!byLang) CODES_IN_SCRIPT.set(script, (byLang = new Map()));
  let codes = byLang.get(lang);
  if (!codes) {
    const languages = scriptLanguages(script);
    codes = Int32Array.from(toFrancCodes(lang).map((c) => languages.indexOf(c)).filter((i) => i >= 0)).sort();
    byLang.set(lang, codes);
  }
  return codes;
}

/** Per script: the bitext language of each of its models, in franc's data order. */
const LANGUAGES_IN_SCRIPT = new Map<string, readonly Lang[]>();

function languagesIn(script: string): readonly Lang[] {
  let langs = LANGUAGES_IN_SCRIPT.get(script);
  if (!langs) LANGUAGES_IN_SCRIPT.set(script, (langs = scriptLanguages(script).map(fromFrancCode)));
  return langs;
}

/** The model of `lang` closest to the text (the first in data order among equals), or -1 when `lang` has none in the script. */
function closestCode(distances: Float64Array, script: string, lang: Lang): number {
  let own = -1;
  for (const i of codesIn(script, lang)) if (own < 0 || distances[i]! < distances[own]!) own = i;
  return own;
}

/** The difference of franc's scores of models `best` and `other` in a reading (franc normalises by the closest, `best`). */
function scoreGap(reading: ScriptReading, best: number, other: number): number {
  const closest = reading.distances[best]!;
  return francScore(closest, closest, reading.textLength) - francScore(reading.distances[other]!, closest, reading.textLength);
}

/** Whether model i ranks before model `than` in franc's order (closer, ties in data order); any model ranks before none (-1). */
function closer(distances: Float64Array, i: number, than: number): boolean {
  return than < 0 || distances[i]! < distances[than]! || (distances[i] === distances[than] && i < than);
}

/**
 * `detectLanguage(text, candidates)` for a text already read in its script (`readText`): the same
 * guess, to the last bit, from the distances. franc ranks the candidates that have a model in the
 * text's script by distance (ties in its data order), whichever script their scorer was built for.
 *
 * @param reading the text's distances to every model of its script
 * @param candidates bitext languages
 */
export function guessFromReading(reading: ScriptReading, candidates: readonly Lang[]): LanguageGuess {
  const { distances, script } = reading;
  // The closest code: franc's first.
  let best = -1;
  for (const lang of candidates) {
    for (const i of codesIn(script, lang)) if (closer(distances, i, best)) best = i;
  }
  if (best < 0) return UNDETERMINED_GUESS;
  const languages = languagesIn(script);
  const lang = languages[best]!;
  // The runner-up: franc's first code of another language.
  let second = -1;
  for (const candidate of candidates) {
    for (const i of codesIn(script, candidate)) {
      if (languages[i] === lang) continue;
      if (closer(distances, i, second)) second = i;
    }
  }
  if (second < 0) return { lang, confidence: 1 };
  return { lang, confidence: confidenceOf(scoreGap(reading, best, second), reading.length, confusable(lang, languages[second]!)) };
}

/**
 * The languages that can win a text read in its script against `lang`: for any language l other
 * than these, `guessFromReading(reading, [l, lang])` never says l, since franc's first code is then
 * one of `lang`'s or one closer still. They are the languages of the codes ranked no lower than
 * `lang`'s closest (all the script's when `lang` has no model in it), `lang` itself excluded.
 */
export function possibleWinners(reading: ScriptReading, lang: Lang): Set<Lang> {
  const { distances, script } = reading;
  const own = closestCode(distances, script, lang);
  const languages = languagesIn(script);
  const out = new Set<Lang>();
  for (let i = 0; i < languages.length; i++) {
    if (own < 0 || distances[i]! < distances[own]! || (distances[i] === distances[own] && i <= own)) out.add(languages[i]!);
  }
  out.delete(lang);
  return out;
}

/**
 * How surely `lang` beats, in a text read in its script, every language that cannot win it:
 * no more than the confidence of `guessFromReading(reading, [l, lang])`, which says `lang`, for
 * any language l but `lang` and `winners`. That confidence grows with the gap to l's closest code
 * (`confidenceOf`), so the closest code of all such languages, with the smaller of the two
 * slopes, gives the bound. 0 when `lang` has no model in the script, or every language can win.
 *
 * @param reading a text's distances to every model of its script
 * @param lang a language
 * @param winners `possibleWinners(reading, lang)`
 */
export function weakestLoss(reading: ScriptReading, lang: Lang, winners: ReadonlySet<Lang>): number {
  const { distances, script } = reading;
  const own = closestCode(distances, script, lang);
  if (own < 0) return 0;
  const languages = languagesIn(script);
  let next = -1;
  for (let i = 0; i < languages.length; i++) {
    const other = languages[i]!;
    if (other === lang || winners.has(other)) continue;
    if (next < 0 || distances[i]! < distances[next]!) next = i;
  }
  if (next < 0) return 0;
  const gap = scoreGap(reading, own, next);
  return Math.min(confidenceOf(gap, reading.length, false), confidenceOf(gap, reading.length, true));
}
