/**
 * Languages that franc's trigram models confuse on short texts: close relatives written in one
 * script. Within a group, a text is given to the most widely used language unless the evidence
 * for another is strong, a language the text is said to be in (`--from`/`--to`) is checked with
 * a warning rather than refused, and letters a language does not write rule it out.
 * Pure data and lookups over it.
 */
import { primaryLang } from '../lang.js';
import type { Lang } from '../types.js';

/** One group of confusable languages. */
export interface ConfusableGroup {
  /** ISO 639-1 codes (639-3 where there is none), the most widely used first. */
  readonly langs: readonly Lang[];
  /**
   * true: a short text without strong evidence goes to the first language. false: franc's own
   * choice stands (Chinese and Japanese are told apart by script: kana, not frequency).
   */
  readonly preferFirst: boolean;
}

/**
 * The groups, from the confusions measured on independent texts (New Testament translations,
 * bench/languages.mjs `--groups`): each language is ordered by speakers (L1 + L2, Ethnologue).
 * `no` stands for Norwegian, which franc knows as Bokmål (`nb`) and Nynorsk (`nn`).
 */
export const CONFUSABLE_GROUPS: readonly ConfusableGroup[] = [
  { langs: ['ru', 'uk', 'bg', 'sr', 'be', 'mk', 'bs'], preferFirst: true },
  { langs: ['hi', 'mr', 'ne', 'mai', 'bho', 'mag'], preferFirst: true },
  { langs: ['id', 'ms'], preferFirst: true },
  { langs: ['sv', 'da', 'no', 'nb', 'nn'], preferFirst: true },
  { langs: ['hr', 'sr', 'bs'], preferFirst: true },
  { langs: ['es', 'pt', 'ca', 'gl'], preferFirst: true },
  { langs: ['zh', 'ja'], preferFirst: false },
];

/** Norwegian's two written standards, which the macrolanguage code stands for. */
const NORWEGIAN: readonly Lang[] = ['nb', 'nn'];

/** Keys of the codes seen so far: detection asks about the same few hundred codes over and over. */
const KEYS = new Map<Lang, Lang>();

function key(lang: Lang): Lang {
  let k = KEYS.get(lang);
  if (k === undefined) {
    const code = primaryLang(lang);
    KEYS.set(lang, (k = NORWEGIAN.includes(code) ? 'no' : code));
  }
  return k;
}

/** Each group's languages as keys. */
const GROUP_KEYS: readonly ReadonlySet<Lang>[] = CONFUSABLE_GROUPS.map((g) => new Set(g.langs.map(key)));

/**
 * Whether two languages are close relatives that detection confuses (or the same language).
 * @example confusable('ru', 'bg') === true; confusable('ru', 'en') === false; confusable('no', 'nb') === true
 */
export function confusable(a: Lang, b: Lang): boolean {
  const ka = key(a);
  const kb = key(b);
  return ka === kb || GROUP_KEYS.some((g) => g.has(ka) && g.has(kb));
}

/**
 * The languages a language is confused with, in the order of its groups, itself excluded.
 * @param lang - ISO 639-1 (or 639-3) code
 */
export function confusableWith(lang: Lang): Lang[] {
  const k = key(lang);
  const out: Lang[] = [];
  for (const g of CONFUSABLE_GROUPS) {
    if (!g.langs.some((l) => key(l) === k)) continue;
    for (const l of g.langs) if (key(l) !== k && !out.includes(l)) out.push(l);
  }
  return out;
}

/**
 * The most widely used language of the groups `lang` belongs to that prefer their first language,
 * among `allowed` (the languages the text does not rule out), or undefined when that is `lang`
 * itself or there is no such group.
 */
export function preferredOver(lang: Lang, allowed: (l: Lang) => boolean): Lang | undefined {
  const k = key(lang);
  for (const g of CONFUSABLE_GROUPS) {
    if (!g.preferFirst || !g.langs.some((l) => key(l) === k)) continue;
    const first = g.langs.find(allowed);
    if (first !== undefined && key(first) !== k) return first;
    if (first !== undefined) return undefined;
  }
  return undefined;
}

/**
 * Letters a language of a confusable group never writes: a text holding them is not in that
 * language. Cyrillic alphabets: Russian has ы э ё but not і ї є ґ ў; Ukrainian і ї є ґ but not
 * ы э ё ъ; Belarusian і ў ы э ё but not и щ ъ; Bulgarian none of them; Serbian and Macedonian
 * ј љ њ џ (Serbian ђ ћ, Macedonian ѓ ќ ѕ) but not ы э ё ъ щ й (Serbian also not я ю).
 */
const FOREIGN_LETTERS: Readonly<Record<string, RegExp>> = {
  ru: /[іїєґўјљњћђџѓќѕ]/giu,
  uk: /[ыэёъўјљњћђџѓќѕ]/giu,
  be: /[ищъїєґјљњћђџѓќѕ]/giu,
  bg: /[ыэёіїєґўјљњћђџѓќѕ]/giu,
  mk: /[ыэёъщйіїєґўћђ]/giu,
  sr: /[ыэёъщйяюіїєґўѓќѕ]/giu,
  bs: /[ыэёъщйяюіїєґўѓќѕ]/giu,
};

/**
 * Occurrences of letters a language never writes that a text needs to be ruled out of it: one
 * can be a foreign name or a typo.
 */
const FOREIGN_LETTERS_MIN = 2;

/** A word of Devanagari text, as a pattern: no letter or mark on either side. */
const word = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Function words that only one language of the Devanagari group uses (copulas, past auxiliaries,
 * negations: Hindi है/था, Marathi आहे/होते, Nepali छ/थियो, Bhojpuri बा/गइल, Maithili अछि,
 * Magahi हइ). franc's models of these languages come from one formal text each (the UDHR), and
 * everyday Hindi often scores closer to Bhojpuri; these words are the evidence they lack.
 */
const MARKER_WORDS: Readonly<Record<string, RegExp>> = {
  hi: word('है|हैं|था|थे|थी|नहीं|गया|गए|गई'),
  mr: word('आहे|आहेत|आणि|नाही|होते|होता'),
  ne: word('छ|छन्|हुन्छ|थियो|गर्न|भएको'),
  bho: word('बा|बाटे|बाड़े|रहल|गइल|हवे'),
  mai: word('अछि|छल|छथि|छलाह'),
  mag: word('हइ|हलइ|हथिन'),
};

/** Marker words of one language a text needs to rule out the languages of the group it has none of. */
const MARKER_WORDS_MIN = 2;

function count(pattern: RegExp, text: string, enough: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < enough && pattern.exec(text) !== null) n++;
  return n;
}

/**
 * Whether a text rules a language out: it holds letters the language never writes (Cyrillic), or
 * marker words of a relative and none of the language's own (Devanagari).
 * @param text - the text, or windows of it joined
 * @param lang - any language; those without letter or marker tables are never ruled out
 */
export function lettersRuleOut(text: string, lang: Lang): boolean {
  const k = key(lang);
  const foreign = FOREIGN_LETTERS[k];
  if (foreign) return count(foreign, text, FOREIGN_LETTERS_MIN) >= FOREIGN_LETTERS_MIN;
  const own = MARKER_WORDS[k];
  if (!own || count(own, text, 1) > 0) return false;
  return Object.entries(MARKER_WORDS).some(([other, pattern]) => other !== k && count(pattern, text, MARKER_WORDS_MIN) >= MARKER_WORDS_MIN);
}
