/**
 * One file holding a text and its translation: find its two languages and give each paragraph a
 * side. Real documents use two layouts: blocks (all of one language, then all of the other, as the
 * UN message of the founding example) and interleaving (paragraph by paragraph: EN, FR, EN, FR…).
 */
import { InputError } from '../errors.js';
import { type Lang, UNDETERMINED } from '../types.js';
import { canonicalLang, isDetectable, languageName } from './iso.js';
import { guessFromRanking, type LanguageGuess, scorerFor, UNDETERMINED_GUESS } from './language.js';
import { discoverLanguages, inheritUndetermined } from './paragraph-languages.js';

/** Which side each paragraph of a bilingual text belongs to. */
export interface BilingualSplit {
  /** Language of the source side. */
  readonly from: Lang;
  /** Language of the target side. */
  readonly to: Lang;
  /** One entry per paragraph. */
  readonly sides: readonly ('source' | 'target')[];
  /** How the file is laid out: two blocks, or paragraphs interleaved. */
  readonly layout: 'blocks' | 'interleaved';
}

/** Options of `splitBilingual`. */
export interface BilingualOptions {
  /** The input's name (a path or `-`), for errors. */
  readonly name: string;
  /** Language of the source side; found in the text when omitted (the language that comes first). */
  readonly from?: Lang;
  /** Language of the target side; found in the text when omitted. */
  readonly to?: Lang;
  /**
   * false: trust `from`/`to` and split the file between them even when the file does not seem to
   * hold them (`--no-lang-check`); default true: a given language must be one of the file's.
   */
  readonly langCheck?: boolean;
}

/**
 * Share of the sampled text a language needs to count as one side of a bilingual file. A
 * translation is rarely under half its original's length, so each side holds a third or more;
 * a monolingual text with foreign quotations holds a few per cent of them.
 */
const BILINGUAL_MIN_SHARE = 0.15;
/** Characters of a paragraph read to give it a side: at 256, a paragraph's confidence is about 1 already (see `confidenceOf`). */
const SIDE_SAMPLE_LENGTH = 256;
/** Confidence a paragraph needs to count as evidence for its side (about 95 % right, see `confidenceOf`). */
const SIDE_MIN_CONFIDENCE = 0.9;
/**
 * Largest share of the paragraph evidence that a two-block cut may leave on the wrong side before
 * the file is read as interleaved. Untranslated lines in a block are short and few; strict
 * interleaving leaves half on the wrong side, interleaving by pairs of paragraphs a quarter.
 */
const BLOCK_MAX_MISPLACED = 0.15;
/**
 * Confidence of a paragraph's guess that the rhythm of an interleaved file may not overrule (an
 * untranslated line keeps its language's side). Sentence-interleaved gold texts, where every line
 * has a translation beside it, price it: franc misreads some short lines with high confidence
 * ("Yo Jehová he hablado." is English at 0.96). Of 17 600 lines (23 gold documents: alibi,
 * transread, textberg, every sixth scale book) this bound leaves 10 on the wrong side, against 9
 * with none, 12 at 0.95, 15 at 0.9, 36 at 0.7 and 111 at 0.2; of all 65 574 scale verses, 6
 * against 2 with none and 15 at 0.95.
 */
const SIDE_KEEP_CONFIDENCE = 0.99;
/** Bounds on the switch rate of an interleaved file: no layout is certain to alternate, or not to. */
const MIN_RATE = 0.02;
/** Highest probability given to a guess being right (confidence 1 would make it unquestionable). */
const MAX_RIGHT = 0.99999;

function oneLanguage(name: string, lang: Lang | undefined): InputError {
  const what = lang === undefined || lang === UNDETERMINED ? 'no language could be told' : `only ${languageName(lang)} found`;
  return new InputError(name, `${what}; a one-file input must hold both languages (give the target as a second file)`, {
    code: 'one-language',
    data: { lang: lang ?? UNDETERMINED },
  });
}

/** `only English`, `English and French`, `English, French and German`. */
function listLanguages(langs: readonly Lang[]): string {
  const names = langs.map(languageName);
  if (names.length === 1) return `only ${names[0]!}`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** The languages of a bilingual file, and the ones its paragraphs are told apart by. */
interface Pair {
  /** Language of the source side, as given or found. */
  readonly from: Lang;
  /** Language of the target side, as given or found. */
  readonly to: Lang;
  /** The languages that tell the source and target paragraphs apart: `from` and `to`, unless stood in for. */
  readonly by: readonly [source: Lang, target: Lang];
}

/**
 * The two languages of the file: given, or the two most written, in order of appearance.
 *
 * Given ones must be among those written: a file in English and French read as German and French
 * would otherwise fail later as "only French found". Without the check (`langCheck: false`), and
 * for a language franc does not know, a given language the file is not seen to hold is trusted as
 * the name of a written one that no given language names (the first written for the source): its
 * paragraphs are found as that language and labelled as given.
 */
function findPair(paragraphs: readonly string[], options: BilingualOptions): Pair {
  const from = options.from === undefined ? undefined : canonicalLang(options.from);
  const to = options.to === undefined ? undefined : canonicalLang(options.to);
  if (from !== undefined && from === to) {
    throw new InputError(options.name, `the source and target languages are both ${languageName(from)}; a one-file input is split by language and must hold two`, {
      code: 'same-languages-given',
      data: { lang: from },
    });
  }
  const found = discoverLanguages(paragraphs);
  const total = found.reduce((sum, f) => sum + f.weight, 0);
  const major = found.filter((f) => f.weight >= BILINGUAL_MIN_SHARE * total);
  const all = [...major].sort((a, b) => a.first - b.first).map((f) => f.lang);
  if (options.langCheck ?? true) {
    for (const [lang, side] of [[from, 'source'], [to, 'target']] as const) {
      // A language franc does not know cannot be looked for: it is trusted, as below.
      if (lang === undefined || !isDetectable(lang) || all.includes(lang)) continue;
      // One language only, and a given one: that is the problem to report.
      if (all.length === 0 || (all.length === 1 && (all[0] === from || all[0] === to))) throw oneLanguage(options.name, all[0]);
      throw new InputError(options.name, `no ${languageName(lang)} found; the file holds ${listLanguages(all)}`, {
        code: 'language-not-found',
        data: { side, lang, found: all },
      });
    }
  }
  const missing = (lang: Lang | undefined): boolean => lang !== undefined && !all.includes(lang);
  // The two most written, in order of appearance.
  const written = major
    .slice(0, 2)
    .sort((a, b) => a.first - b.first)
    .map((f) => f.lang);
  if (written.length === 2 && (missing(from) || missing(to))) {
    const unnamed = written.filter((l) => l !== from && l !== to);
    const bySource = from !== undefined && !missing(from) ? from : unnamed.shift()!;
    const byTarget = to !== undefined && !missing(to) ? to : unnamed.shift()!;
    return { from: from ?? bySource, to: to ?? byTarget, by: [bySource, byTarget] };
  }
  if (from !== undefined && to !== undefined) return { from, to, by: [from, to] };
  if (from !== undefined || to !== undefined) {
    const given = (from ?? to)!;
    const other = major.find((f) => f.lang !== given)?.lang;
    if (other === undefined) throw oneLanguage(options.name, found[0]?.lang ?? given);
    return from !== undefined ? { from, to: other, by: [from, other] } : { from: other, to: given, by: [other, given] };
  }
  const [a, b] = written;
  if (a === undefined || b === undefined) throw oneLanguage(options.name, a);
  return { from: a, to: b, by: [a, b] };
}

/**
 * The best two-block cut: paragraphs before `cut` hold `first`, the rest the other language,
 * leaving the least confidence on the wrong side. Ties go to the earliest cut, so undetermined
 * lines between the blocks open the second one (headings precede their text).
 */
function bestCut(guesses: readonly LanguageGuess[], first: Lang): { cut: number; cost: number } {
  // Cost of cut 0 (everything in the second block): every `first` paragraph is misplaced.
  let cost = guesses.reduce((sum, g) => sum + (g.lang === first ? g.confidence : 0), 0);
  let best = { cut: 0, cost };
  guesses.forEach((g, i) => {
    if (g.lang === UNDETERMINED) return;
    cost += g.lang === first ? -g.confidence : g.confidence;
    if (cost < best.cost - 1e-12) best = { cut: i + 1, cost };
  });
  return best;
}

/**
 * Sides in an interleaved file.
 *
 * Inside, the most likely sequence of sides (Viterbi) given each paragraph's guess and how often
 * the side changes from one paragraph to the next, measured on the confident paragraphs: strict
 * alternation (EN, FR, EN, FR) decides undetermined and doubtful paragraphs (a short French reply
 * that franc calls English), but never moves a paragraph against a guess of SIDE_KEEP_CONFIDENCE
 * or more; looser interleaving leaves the guesses in charge.
 *
 * The rhythm starts at the first confident change of language. Two or more confident paragraphs
 * in one language before it show that the file opens with a block that does not alternate (the
 * place, date, title and signature of a UN message): every paragraph before the last of them is
 * that header, and goes to the side of its own language, undetermined ones to that of the next
 * paragraph that tells. Likewise after the last change (a closing block). A single confident
 * paragraph before the change shows nothing, and the rhythm is trusted back to the start: in
 * sentence-interleaved books the title lines above the first pair are often misread (franc calls
 * "The Last Lesson" French), and alternate like the rest. Weak lines before a lone confident one
 * are ambiguous: an English-only "António Guterres, Secretary-General" there goes by the rhythm.
 */
function interleavedSides(guesses: readonly LanguageGuess[], from: Lang): ('source' | 'target')[] {
  const n = guesses.length;
  const confident = guesses.flatMap((g, i) => (g.lang !== UNDETERMINED && g.confidence >= SIDE_MIN_CONFIDENCE ? [i] : []));
  const changes = confident.flatMap((c, k) => (k > 0 && guesses[c]!.lang !== guesses[confident[k - 1]!]!.lang ? [k] : []));
  // The caller reads a file as interleaved only after two confident changes: `changes` has two entries or more.
  const opening = changes[0]! - 1;
  const closing = changes[changes.length - 1]!;
  const start = opening >= 1 ? confident[opening]! : 0;
  const end = closing <= confident.length - 2 ? confident[closing]! + 1 : n;
  const sides = inheritUndetermined(guesses).map((g): 'source' | 'target' => (g.lang === from ? 'source' : 'target'));

  // Laplace-smoothed switch rate, kept away from certainty.
  const rate = Math.min(1 - MIN_RATE, Math.max(MIN_RATE, (changes.length + 1) / (confident.length + 1)));
  const switchCost = -Math.log(rate);
  const stayCost = -Math.log(1 - rate);
  /** Cost of paragraph i being on side s (0 source, 1 target). */
  const emission = (i: number, s: number): number => {
    const g = guesses[i]!;
    if (g.lang === UNDETERMINED) return 0;
    const agrees = (g.lang === from) === (s === 0);
    if (g.confidence >= SIDE_KEEP_CONFIDENCE) return agrees ? 0 : Infinity;
    const right = Math.min(MAX_RIGHT, (1 + g.confidence) / 2);
    return agrees ? -Math.log(right) : -Math.log(1 - right);
  };
  const back = new Uint8Array(n * 2);
  let cost = [emission(start, 0), emission(start, 1)];
  for (let i = start + 1; i < end; i++) {
    const next = [0, 0];
    for (let s = 0; s < 2; s++) {
      const stay = cost[s]! + stayCost;
      const change = cost[1 - s]! + switchCost;
      back[i * 2 + s] = stay <= change ? s : 1 - s;
      next[s] = Math.min(stay, change) + emission(i, s);
    }
    cost = next;
  }
  let s = cost[0]! <= cost[1]! ? 0 : 1;
  for (let i = end - 1; i >= start; i--) {
    sides[i] = s === 0 ? 'source' : 'target';
    s = back[i * 2 + s]!;
  }
  return sides;
}

/**
 * Split the paragraphs of a one-file bilingual text into its two languages.
 *
 * Each paragraph is detected between the two languages (its first 256 characters). A file that two
 * blocks explain, up to a few misplaced paragraphs, is cut in two there: untranslated lines stay
 * with the block they sit in (a short English header inside the French block stays a target
 * paragraph, aligned 1-0/0-1). A file that switches language more often is interleaved: each
 * paragraph goes by its language, short and doubtful ones by the rhythm of the switches, a header
 * or closing block in one language by its language (see `interleavedSides`). Paragraphs under 10
 * characters decide nothing.
 *
 * @param paragraphs the paragraphs' texts, in order
 * @param options the input's name; the languages when known (found in the text otherwise: the one
 *   that comes first is the source); `langCheck: false` to trust given languages the file does not
 *   seem to hold
 * @returns the two languages, the side of each paragraph, and the layout found
 * @throws InputError when only one language is found (`un.txt: only English found; a one-file input must hold both languages (give the target as a second file)`),
 *   or a given language is not among the file's (`un.txt: no German found; the file holds English and French`),
 *   or `from` and `to` are the same language (`same-languages-given`)
 */
export function splitBilingual(paragraphs: readonly string[], options: BilingualOptions): BilingualSplit {
  const { from, to, by } = findPair(paragraphs, options);
  const [bySource, byTarget] = by;
  const scorer = scorerFor(by);
  const guesses = paragraphs.map((p): LanguageGuess => {
    if (!scorer) return UNDETERMINED_GUESS;
    const { ranked, length } = scorer.rank(p.length > SIDE_SAMPLE_LENGTH ? p.slice(0, SIDE_SAMPLE_LENGTH) : p);
    return guessFromRanking(ranked, length);
  });
  const confident = guesses.filter((g) => g.lang !== UNDETERMINED && g.confidence >= SIDE_MIN_CONFIDENCE);
  const hasSource = confident.some((g) => g.lang === bySource);
  const hasTarget = confident.some((g) => g.lang === byTarget);
  if (!hasSource || !hasTarget) throw oneLanguage(options.name, hasSource ? bySource : hasTarget ? byTarget : undefined);

  const total = guesses.reduce((sum, g) => sum + g.confidence, 0);
  const switches = confident.filter((g, i) => i > 0 && g.lang !== confident[i - 1]!.lang).length;
  const cuts = [{ ...bestCut(guesses, bySource), first: 'source' as const }, { ...bestCut(guesses, byTarget), first: 'target' as const }];
  const block = cuts[0]!.cost <= cuts[1]!.cost ? cuts[0]! : cuts[1]!;
  if (switches >= 2 && block.cost > BLOCK_MAX_MISPLACED * total) {
    return { from, to, sides: interleavedSides(guesses, bySource), layout: 'interleaved' };
  }
  const second = block.first === 'source' ? 'target' : 'source';
  return { from, to, sides: guesses.map((_, i) => (i < block.cut ? block.first : second)), layout: 'blocks' };
}
