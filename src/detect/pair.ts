/**
 * Two input files: check that each is in the language it is said to be, find the languages not
 * given, and notice files given in the wrong order.
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import { InputError, inputLabel } from '../errors.js';
import { type Lang, type SideName, UNDETERMINED } from '../types.js';
import { confusable } from './groups.js';
import { canonicalLang, isDetectable, languageName } from './iso.js';
import { type LanguageGuess, UNDETERMINED_GUESS } from './language.js';
import { detectWindows, DOCUMENT_MIN_MARGIN, noneClearerThan, sampleWindows, WindowSample } from './sample.js';
import { cleanedAtLeast } from './trigram-scorer.js';

/** What `bitext align` assumes when neither the options nor the text say otherwise. */
export const DEFAULT_FROM: Lang = 'en';
export const DEFAULT_TO: Lang = 'fr';
/** Cleaned characters a side needs before its language is checked: franc's 10 are a guess, a line is evidence. */
const CHECK_MIN_LENGTH = 40;

/** One input: its name as the user gave it (a path or `-`) and its decoded text. */
export interface NamedText {
  readonly name: string;
  readonly text: string;
}

/** Options of `resolvePair`. */
export interface PairOptions {
  /** Language of the source, ISO 639-1; detected when omitted. */
  readonly from?: Lang;
  /** Language of the target, ISO 639-1; detected when omitted. */
  readonly to?: Lang;
  /** false: trust `from`/`to` and the file order, check nothing (`--no-lang-check`); default true. */
  readonly langCheck?: boolean;
}

/** The languages of a pair of inputs. */
export interface ResolvedPair {
  /** Language of the source as aligned (after any swap). */
  readonly from: Lang;
  /** Language of the target as aligned (after any swap). */
  readonly to: Lang;
  /** true: the files were given in the wrong order; the caller aligns the target file as source. */
  readonly swapped: boolean;
  /** What the caller should be told: a swap, a side that could not be checked. */
  readonly diagnostics: Diagnostic[];
}

/** An input and the windows its language is judged on. */
interface Sampled {
  readonly input: NamedText;
  readonly windows: WindowSample;
  /** Too little text to judge: its language is undetermined. */
  readonly short: boolean;
}

function sample(input: NamedText): Sampled {
  const windows = sampleWindows(input.text);
  return { input, windows: new WindowSample(windows), short: !cleanedAtLeast(windows.join(' '), CHECK_MIN_LENGTH) };
}

/** A side's language, judged on its sample. */
interface Side extends Sampled {
  readonly guess: LanguageGuess;
}

/** A side's language among all of franc's, with the languages to prefer on a near-tie. */
function judge(sampled: Sampled, prefer: readonly Lang[]): Side {
  return { ...sampled, guess: sampled.short ? UNDETERMINED_GUESS : detectWindows(sampled.windows, prefer) };
}

/**
 * Whether a side said to be in `lang` is plainly so: neither confidently in another language nor
 * in a relative of it (`isConfidentlyNot`, `relativeFound` give nothing whatever it is found in),
 * told without ranking every language.
 */
function plainlyIn(side: Sampled, lang: Lang): boolean {
  return side.short || !isDetectable(lang) || noneClearerThan(side.windows, lang);
}

/** A word that starts with a capital: a name, or the first word of a sentence. */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}'’-])[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*/gu;
const WORD = /[\p{L}\p{M}'’-]+/gu;

/**
 * Share of capitalised words from which a sample is a list of names (a genealogy, a roll of
 * places), judged again on its running text: franc judges names by their look, and Hebrew names
 * in a Spanish Bible come out Indonesian.
 * Value: on the 10-verse pieces of bench/refusals.mjs, lists refused in their own language are 0.8-1.0 capitalised, 26 605 of 26 638 pieces refused in another language under 0.5.
 */
const NAME_LIST_SHARE = 0.5;

function capitalisedShare(text: string): number {
  const words = text.match(WORD)?.length ?? 0;
  return words === 0 ? 0 : (text.match(CAPITALISED_WORD)?.length ?? 0) / words;
}

/**
 * Whether a side is confidently in another language than `lang` (never for an undetermined side
 * or an unknown `lang`). A close relative of `lang` (see groups.ts) is never "another language"
 * here: the caller warns instead (`relativeFound`), since franc cannot be trusted between them.
 * A list of names must be in the other language by its running text too (its windows without
 * the capitalised words); too little of that to judge, and it is not refused.
 */
function isConfidentlyNot(side: Side, lang: Lang): boolean {
  const found = side.guess.lang;
  if (found === UNDETERMINED || found === lang || !isDetectable(lang) || confusable(found, lang)) return false;
  if (side.windows.margin(found, lang) < DOCUMENT_MIN_MARGIN) return false;
  const { windows } = side.windows;
  if (capitalisedShare(windows.join(' ')) < NAME_LIST_SHARE) return true;
  const running = windows.map((window) => window.replace(CAPITALISED_WORD, ' '));
  return cleanedAtLeast(running.join(' '), CHECK_MIN_LENGTH) && new WindowSample(running).margin(found, lang) >= DOCUMENT_MIN_MARGIN;
}

/** A side found in a close relative of the language given for it: a warning, the given language stands. */
function relativeFound(side: Side, stated: Lang, which: SideName): Diagnostic | undefined {
  const { lang } = side.guess;
  if (lang === UNDETERMINED || lang === stated || !isDetectable(stated) || !confusable(lang, stated)) return undefined;
  const confidence = side.windows.margin(lang, stated);
  if (confidence < DOCUMENT_MIN_MARGIN) return undefined;
  return diagnostic(
    'close-language',
    'warning',
    `text looks like ${languageName(lang)} (${lang}, confidence ${confidence.toFixed(2)}) rather than ${languageName(stated)} (${stated}); aligned as ${languageName(stated)}, as given`,
    { side: which, found: lang, expected: stated, confidence },
    { input: side.input.name },
  );
}

function wrongLanguage(side: Side, expected: Lang, which: SideName): InputError {
  const { lang } = side.guess;
  const confidence = side.windows.margin(lang, expected);
  return new InputError(
    side.input.name,
    `text is in ${languageName(lang)} (${lang}, confidence ${confidence.toFixed(2)}), expected ${languageName(expected)}`,
    { code: 'wrong-language', data: { side: which, found: lang, expected, confidence } },
  );
}

/**
 * Two inputs found in one language, which no option said: most likely the same file twice or the
 * wrong file, and aligning it would write a TMX with both sides in that language.
 */
function sameLanguage(target: Side, lang: Lang): InputError {
  return new InputError(target.input.name, `both inputs are in ${languageName(lang)}; give the translation as the second file`, {
    code: 'same-language',
    data: { lang },
  });
}

function swapped(source: Side, target: Side): Diagnostic {
  const s = inputLabel(source.input.name);
  const t = inputLabel(target.input.name);
  return diagnostic(
    'inputs-swapped',
    'info',
    `${s} is ${languageName(source.guess.lang)} and ${t} is ${languageName(target.guess.lang)}: the files look swapped, aligning ${t} as the source`,
    { source: source.input.name, sourceLang: source.guess.lang, target: target.input.name, targetLang: target.guess.lang },
  );
}

/**
 * Languages of a source and a target file.
 *
 * With `from` and `to`, each side must be in its language; files in the opposite order are swapped
 * (with a note). A missing language is detected (`en` / `fr` when a side is too short to tell);
 * when it comes out the same as the other side's, the inputs are refused, unless `--from X --to X`
 * said so or `langCheck` is false.
 * Each side is judged on windows spread over it, so this costs a few milliseconds at any size.
 *
 * @param source the source input
 * @param target the target input
 * @param options given languages, and `langCheck: false` to skip every check
 * @returns the languages as aligned, whether the files are swapped, and diagnostics
 * @throws InputError `wrong-language` when a side is confidently in another language than expected
 *   (`a.txt: text is in German (de, confidence 0.93), expected French`), or `same-language` when
 *   both are found in one language that no option gave for both (`x.en: both inputs are in English;
 *   give the translation as the second file`)
 */
export function resolvePair(source: NamedText, target: NamedText, options: PairOptions = {}): ResolvedPair {
  const from = options.from === undefined ? undefined : canonicalLang(options.from);
  const to = options.to === undefined ? undefined : canonicalLang(options.to);
  const check = options.langCheck ?? true;
  const sourceSample = sample(source);
  const targetSample = sample(target);
  const found = (side: Side, fallback: Lang): Lang => (side.guess.lang === UNDETERMINED ? fallback : side.guess.lang);
  const diagnostics: Diagnostic[] = [];

  if (!check) {
    return {
      from: from ?? found(judge(sourceSample, [DEFAULT_FROM, to ?? DEFAULT_TO]), DEFAULT_FROM),
      to: to ?? found(judge(targetSample, [DEFAULT_TO, from ?? DEFAULT_FROM]), DEFAULT_TO),
      swapped: false,
      diagnostics,
    };
  }
  for (const [lang, side] of [[from, 'source'], [to, 'target']] as const) {
    if (lang !== undefined && !isDetectable(lang)) {
      diagnostics.push(diagnostic('language-unchecked', 'warning', `${lang}: language unknown to the detector, not checked`, { side, lang }));
    }
  }
  // Both languages given and each side plainly in its own: nothing to swap, refuse or warn about.
  if (from !== undefined && to !== undefined && plainlyIn(sourceSample, from) && plainlyIn(targetSample, to)) {
    return { from, to, swapped: false, diagnostics };
  }
  const s = judge(sourceSample, [from ?? DEFAULT_FROM, to ?? DEFAULT_TO]);
  const t = judge(targetSample, [to ?? DEFAULT_TO, from ?? DEFAULT_FROM]);

  const sourceOff = from !== undefined && isConfidentlyNot(s, from);
  const targetOff = to !== undefined && isConfidentlyNot(t, to);
  for (const [lang, side, which] of [[from, s, 'source'], [to, t, 'target']] as const) {
    const warning = lang === undefined ? undefined : relativeFound(side, lang, which);
    if (warning) diagnostics.push(warning);
  }
  if (from !== undefined && to !== undefined) {
    if (sourceOff && targetOff && s.guess.lang === to && t.guess.lang === from) {
      diagnostics.push(swapped(s, t));
      return { from, to, swapped: true, diagnostics };
    }
    if (sourceOff) throw wrongLanguage(s, from, 'source');
    if (targetOff) throw wrongLanguage(t, to, 'target');
    return { from, to, swapped: false, diagnostics };
  }
  if (from !== undefined) {
    // Swapped: the source is not in `from`, and the target is.
    if (sourceOff && t.guess.lang === from) {
      diagnostics.push(swapped(s, t));
      return { from, to: s.guess.lang, swapped: true, diagnostics };
    }
    if (sourceOff) throw wrongLanguage(s, from, 'source');
    if (t.guess.lang === from) throw sameLanguage(t, from);
    return { from, to: found(t, from === DEFAULT_TO ? DEFAULT_FROM : DEFAULT_TO), swapped: false, diagnostics };
  }
  if (to !== undefined) {
    if (targetOff && s.guess.lang === to) {
      diagnostics.push(swapped(s, t));
      return { from: t.guess.lang, to, swapped: true, diagnostics };
    }
    if (targetOff) throw wrongLanguage(t, to, 'target');
    if (s.guess.lang === to) throw sameLanguage(t, to);
    return { from: found(s, to === DEFAULT_FROM ? DEFAULT_TO : DEFAULT_FROM), to, swapped: false, diagnostics };
  }
  if (s.guess.lang !== UNDETERMINED && s.guess.lang === t.guess.lang) throw sameLanguage(t, t.guess.lang);
  return { from: found(s, DEFAULT_FROM), to: found(t, DEFAULT_TO), swapped: false, diagnostics };
}
