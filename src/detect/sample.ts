/**
 * Whole-text detection on windows: franc reads at most 2048 characters and costs milliseconds over
 * all its languages, so a long text is judged on windows spread across it (its start alone can be
 * a title page, a table of contents or a header in another language). Each window is a
 * sentence-sized decision whose confidence is calibrated (see `confidenceOf`); a text's verdict
 * between two languages is the mean of its windows' signed confidences.
 */
import { type Lang, UNDETERMINED } from '../types.js';
import { confusable, lettersRuleOut, preferredOver } from './groups.js';
import { canonicalLang, fromFrancCode, isDetectable } from './iso.js';
import { detectLanguage, guessFromRanking, guessFromReading, type LanguageGuess, possibleWinners, UNDETERMINED_GUESS, weakestLoss } from './language.js';
import { cleanedLength, FRANC_MAX_LENGTH, FRANC_MIN_LENGTH, rankAllLanguages, readingKind, readText, type TextReading } from './trigram-scorer.js';

/** Windows taken across a long text: 8 × 256 characters fill franc's 2048-character sample. */
const SAMPLE_WINDOWS = 8;
const WINDOW_LENGTH = FRANC_MAX_LENGTH / SAMPLE_WINDOWS;
/** How far a window start may move forward to begin at a word. */
const WORD_SNAP = 32;

/**
 * Mean signed window confidence from which a text is in one language rather than another. On
 * every gold file (150 en, 16 fr, 132 es, 1 de), the true language scores 0.81 or more against
 * every unrelated language tried (fr, de, es, nl, it, pt, ca, da, af, nds, gl), and 0.50-0.75 at
 * worst against close relatives (English vs Scots; Spanish vs Galician, Portuguese).
 */
export const DOCUMENT_MIN_MARGIN = 0.5;

/**
 * Languages that win a near-tie against a close relative. franc confuses them with minority
 * neighbours even on 2048-character samples (I Chronicles in English comes out Scots; Spanish
 * comes within a franc gap of 0.002 of Galician): when the text cannot tell them apart, the widely
 * written language is the likely one.
 */
export const PREFERRED_LANGUAGES: readonly Lang[] = ['en', 'fr', 'es', 'de', 'pt', 'it', 'nl', 'ru', 'ar', 'zh', 'ja'];
/**
 * Mean signed window confidence a language needs over the most widely used language of its
 * confusable group (see groups.ts) to be chosen instead of it. Measured on New Testament
 * translations in 100- and 500-character pieces (bench/languages.mjs --groups): see the README.
 */
export const GROUP_MIN_MARGIN = 0.8;
/**
 * Cleaned characters under which a text is short, and GROUP_MIN_MARGIN applies; longer texts need
 * DOCUMENT_MIN_MARGIN like any other pair. About two sentences: on 500-character pieces the
 * stricter margin gave Portuguese to Spanish one time in five (.993 → .787) and Danish to Swedish
 * or Norwegian one in ten, while short pieces of Russian, Serbian, Hindi and Indonesian gained 13
 * to 45 points (bench/languages.mjs --groups).
 */
export const SHORT_TEXT = 250;
/** How many of franc's top languages are checked for a near-tie. */
const NEAR_TIE_CANDIDATES = 5;

/**
 * Windows of a text: the text cut in pieces of 256 characters when it is short, else eight such
 * windows spread evenly over it, each starting at a word.
 *
 * @param text the whole text
 * @returns at most eight windows of at most 256 characters
 */
export function sampleWindows(text: string): string[] {
  const windows: string[] = [];
  const short = text.length <= FRANC_MAX_LENGTH;
  const count = short ? Math.ceil(text.length / WINDOW_LENGTH) : SAMPLE_WINDOWS;
  for (let j = 0; j < count; j++) {
    let start = short ? j * WINDOW_LENGTH : Math.floor((j * (text.length - WINDOW_LENGTH)) / (SAMPLE_WINDOWS - 1));
    if (!short) {
      const space = text.slice(start, start + WORD_SNAP).search(/\s/u);
      if (space >= 0) start += space + 1;
    }
    windows.push(text.slice(start, start + WINDOW_LENGTH));
  }
  return windows;
}

/**
 * Windows of one text, each read once by franc's models of its script: a text is judged between
 * many pairs of languages (near-ties, confidence, the check of a stated language), and each
 * judgement is then arithmetic on the window's distances instead of a new reading.
 */
export class WindowSample {
  readonly windows: readonly string[];
  private readonly readings: (TextReading | undefined)[];
  /** Margins computed, by `x` and `y`: the same pair is asked for again (near-ties, then confidence). */
  private readonly margins = new Map<string, number>();

  constructor(windows: readonly string[]) {
    this.windows = windows;
    this.readings = new Array<TextReading | undefined>(windows.length);
  }

  /** How window k reads (see `readText`), read on first use. */
  reading(k: number): TextReading {
    return (this.readings[k] ??= readText(this.windows[k]!));
  }

  /** `readText(windows[k]).kind`, without reading the window's distances when they are not read yet. */
  kind(k: number): TextReading['kind'] {
    return this.readings[k]?.kind ?? readingKind(this.windows[k]!);
  }

  /** Window k's share of `margin(x, y)`: the confidence of x over y there, negative where y wins. */
  signed(k: number, [x, y]: readonly [Lang, Lang]): number {
    const guess = this.guess(k, [x, y]);
    return guess.lang === x ? guess.confidence : guess.lang === UNDETERMINED ? 0 : -guess.confidence;
  }

  /** `detectLanguage(windows[k], candidates)`. */
  guess(k: number, candidates: readonly Lang[]): LanguageGuess {
    const text = this.windows[k]!;
    if (text.length < FRANC_MIN_LENGTH) return UNDETERMINED_GUESS;
    const read = this.reading(k);
    return read.kind === 'script' ? guessFromReading(read.reading, candidates) : detectLanguage(text, candidates);
  }

  /** `windowMargin` of these windows. */
  margin(x: Lang, y: Lang): number {
    const { windows } = this;
    if (windows.length === 0) return 0;
    const key = `${x} ${y}`;
    const known = this.margins.get(key);
    if (known !== undefined) return known;
    const pair = [x, y] as const;
    let sum = 0;
    for (let k = 0; k < windows.length; k++) sum += this.signed(k, pair);
    const margin = sum / windows.length;
    this.margins.set(key, margin);
    return margin;
  }
}

/**
 * How clearly windows are in `x` rather than `y`.
 *
 * @param windows windows of one text (see `sampleWindows`), or a sample of them already read
 * @param x a language
 * @param y another language
 * @returns the mean over windows of the confidence of `x` (negative where `y` wins), in [-1, 1]
 */
export function windowMargin(windows: readonly string[] | WindowSample, x: Lang, y: Lang): number {
  return (windows instanceof WindowSample ? windows : new WindowSample(windows)).margin(x, y);
}

/**
 * How far under DOCUMENT_MIN_MARGIN a bound on a margin must be to settle that the margin is under
 * it: a margin is a mean of at most eight confidences, whose rounding moves it by some 1e-16.
 */
const BOUND_SLACK = 1e-9;

/**
 * Whether no language is `DOCUMENT_MIN_MARGIN` clearer than `lang` in a sample: then whatever
 * `detectWindows` would find, the text is not confidently in another language than `lang`, and
 * the full ranking is not needed. A language whose margin over `lang` is positive wins some
 * window, and only the few languages ranked at or above `lang` in a window can win it
 * (`possibleWinners`), so only theirs are computed. False, not an answer, when franc itself would
 * have to read a window (one in several scripts, or of characters no script claims): the caller
 * then ranks.
 *
 * Windows are read in order, and reading stops once no language can reach the margin whatever the
 * windows left say (each can add at most 1 to a language's sum): a language that could win a window
 * read adds its confidence there, exactly; any other loses every window read by at least
 * `weakestLoss`. The answer is the one reading every window would give; only the windows it
 * does not need are not measured.
 *
 * @param sample windows of one text
 * @param lang the language the text is said to be in
 */
export function noneClearerThan(sample: WindowSample, lang: Lang): boolean {
  const { windows } = sample;
  const read = (k: number): boolean => windows[k]!.length >= FRANC_MIN_LENGTH;
  // Upper bounds of the sums of signed confidences over the windows read: of each language that
  // could win one of them (exact from the first it could win), and of every other language.
  const sums = new Map<Lang, number>();
  let others = 0;
  let left = windows.filter((_, k) => read(k)).length;
  const under = (sum: number): boolean => (sum + left) / windows.length < DOCUMENT_MIN_MARGIN - BOUND_SLACK;
  for (let k = 0; k < windows.length; k++) {
    // franc gives shorter windows `und`, which counts for no language.
    if (!read(k)) continue;
    const reading = sample.reading(k);
    if (reading.kind !== 'script') return false;
    left--;
    const winners = possibleWinners(reading.reading, lang);
    for (const rival of winners) if (!sums.has(rival)) sums.set(rival, others);
    for (const [rival, sum] of sums) sums.set(rival, sum + sample.signed(k, [rival, lang]));
    others -= weakestLoss(reading.reading, lang, winners);
    if (under(others) && [...sums.values()].every(under)) {
      for (let j = k + 1; j < windows.length; j++) if (read(j) && sample.kind(j) !== 'script') return false;
      return true;
    }
  }
  for (const rival of sums.keys()) if (sample.margin(rival, lang) >= DOCUMENT_MIN_MARGIN) return false;
  return true;
}

/**
 * Language of a whole text among all of franc's, judged on windows spread over it, breaking
 * near-ties between related languages in favour of `prefer`, then of widely written languages.
 *
 * @param text the whole text (any length: costs 2-10 ms)
 * @param prefer languages to prefer on a near-tie, first first
 * @returns the language, and as confidence its margin over the closest other language franc ranks
 *   near the top (see `windowMargin`); `'und'` when the text has nothing to tell
 */
export function detectDocument(text: string, prefer: readonly Lang[] = []): LanguageGuess {
  return detectWindows(new WindowSample(sampleWindows(text)), prefer);
}

/**
 * `detectDocument` on windows already taken.
 *
 * @param windows windows of one text (see `sampleWindows`)
 * @param prefer languages to prefer on a near-tie, first first
 * @returns as `detectDocument`
 */
export function detectWindows(windows: WindowSample, prefer: readonly Lang[] = []): LanguageGuess {
  const sample = windows.windows.join(' ');
  const ranked = rankAllLanguages(sample);
  const first = guessFromRanking(ranked, cleanedLength(sample));
  if (first.lang === UNDETERMINED) return first;
  const allowed = (l: Lang): boolean => !lettersRuleOut(sample, l);
  const francLangs = [...new Set(ranked.map(([iso3]) => fromFrancCode(iso3)))];
  // Letters the top language never writes give the text to its best-ranked relative that writes them.
  const top = allowed(first.lang) ? first.lang : (francLangs.find((l) => confusable(l, first.lang) && allowed(l)) ?? first.lang);
  const others = francLangs.slice(0, NEAR_TIE_CANDIDATES).filter((l) => l !== top && allowed(l));
  const near = others.filter((lang) => windows.margin(top, lang) < DOCUMENT_MIN_MARGIN);
  const preferred = prefer.map(canonicalLang);
  let lang = [...preferred, ...PREFERRED_LANGUAGES].find((l) => l === top || near.includes(l)) ?? top;
  // Among close relatives, the language the caller expects, else the most widely used one, unless the evidence against it is strong.
  const leader = preferred.find((l) => confusable(l, lang) && isDetectable(l) && allowed(l)) ?? preferredOver(lang, allowed);
  const required = cleanedLength(sample) < SHORT_TEXT ? GROUP_MIN_MARGIN : DOCUMENT_MIN_MARGIN;
  if (leader !== undefined && leader !== lang && windows.margin(lang, leader) < required) lang = leader;
  const rivals = [top, ...others].filter((l) => l !== lang);
  const confidence = Math.max(0, Math.min(1, ...rivals.map((rival) => windows.margin(lang, rival))));
  return { lang, confidence };
}
