/**
 * One file holding a text and its translation: find its two languages and give each paragraph a
 * side. Real documents use two layouts: blocks (all of one language, then all of the other, as the
 * UN message of the founding example) and interleaving (paragraph by paragraph: EN, FR, EN, FR…).
 */
import { InputError } from '../errors.js';
import { type Lang, UNDETERMINED } from '../types.js';
import { canonicalLang, languageName } from './iso.js';
import { guessFromRanking, type LanguageGuess, scorerFor, UNDETERMINED_GUESS } from './language.js';
import { discoverLanguages } from './paragraphs.js';

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
/** Bounds on the switch rate of an interleaved file: no layout is certain to alternate, or not to. */
const MIN_RATE = 0.02;
/** Highest probability given to a guess being right (confidence 1 would make it unquestionable). */
const MAX_RIGHT = 0.99999;

function oneLanguage(name: string, lang: Lang | undefined): InputError {
  const what = lang === undefined || lang === UNDETERMINED ? 'no language could be told' : `only ${languageName(lang)} found`;
  return new InputError(name, `${what}; a one-file input must hold both languages (give the target as a second file)`);
}

/** The two languages of the file: given, or the two most written, in order of appearance. */
function findPair(paragraphs: readonly string[], options: BilingualOptions): { from: Lang; to: Lang } {
  const from = options.from === undefined ? undefined : canonicalLang(options.from);
  const to = options.to === undefined ? undefined : canonicalLang(options.to);
  if (from !== undefined && to !== undefined) return { from, to };
  const found = discoverLanguages(paragraphs);
  const total = found.reduce((sum, f) => sum + f.weight, 0);
  const major = found.filter((f) => f.weight >= BILINGUAL_MIN_SHARE * total);
  if (from !== undefined || to !== undefined) {
    const given = (from ?? to)!;
    const other = major.find((f) => f.lang !== given)?.lang;
    if (other === undefined) throw oneLanguage(options.name, found[0]?.lang ?? given);
    return from !== undefined ? { from, to: other } : { from: other, to: given };
  }
  const [a, b] = major;
  if (!a || !b) throw oneLanguage(options.name, a?.lang);
  return a.first <= b.first ? { from: a.lang, to: b.lang } : { from: b.lang, to: a.lang };
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
 * Sides in an interleaved file: the most likely sequence of sides (Viterbi) given each paragraph's
 * guess and how often the side changes from one paragraph to the next, measured on the confident
 * paragraphs. Strict alternation (EN, FR, EN, FR) then decides short and doubtful paragraphs, and
 * even overrules a fairly confident guess that would break it; looser interleaving leaves the
 * guesses in charge.
 */
function interleavedSides(guesses: readonly LanguageGuess[], from: Lang): ('source' | 'target')[] {
  const n = guesses.length;
  const confident = guesses.filter((g) => g.lang !== UNDETERMINED && g.confidence >= SIDE_MIN_CONFIDENCE);
  const switches = confident.filter((g, i) => i > 0 && g.lang !== confident[i - 1]!.lang).length;
  // Laplace-smoothed switch rate, kept away from certainty.
  const rate = Math.min(1 - MIN_RATE, Math.max(MIN_RATE, (switches + 1) / (confident.length + 1)));
  const switchCost = -Math.log(rate);
  const stayCost = -Math.log(1 - rate);
  /** Cost of paragraph i being on side s (0 source, 1 target). */
  const emission = (i: number, s: number): number => {
    const g = guesses[i]!;
    if (g.lang === UNDETERMINED) return 0;
    const right = Math.min(MAX_RIGHT, (1 + g.confidence) / 2);
    return (g.lang === from) === (s === 0) ? -Math.log(right) : -Math.log(1 - right);
  };
  const back = new Uint8Array(n * 2);
  let cost = [emission(0, 0), emission(0, 1)];
  for (let i = 1; i < n; i++) {
    const next = [0, 0];
    for (let s = 0; s < 2; s++) {
      const stay = cost[s]! + stayCost;
      const change = cost[1 - s]! + switchCost;
      back[i * 2 + s] = stay <= change ? s : 1 - s;
      next[s] = Math.min(stay, change) + emission(i, s);
    }
    cost = next;
  }
  const sides: ('source' | 'target')[] = new Array(n);
  let s = cost[0]! <= cost[1]! ? 0 : 1;
  for (let i = n - 1; i >= 0; i--) {
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
 * paragraph goes by its language, short and doubtful ones by the rhythm of the switches (see
 * `interleavedSides`). Paragraphs under 10 characters decide nothing.
 *
 * @param paragraphs the paragraphs' texts, in order
 * @param options the input's name, and the languages when known (found in the text otherwise:
 *   the one that comes first is the source)
 * @returns the two languages, the side of each paragraph, and the layout found
 * @throws InputError when only one language is found (`un.txt: only English found; a one-file input must hold both languages (give the target as a second file)`)
 */
export function splitBilingual(paragraphs: readonly string[], options: BilingualOptions): BilingualSplit {
  const { from, to } = findPair(paragraphs, options);
  const scorer = scorerFor([from, to]);
  const guesses = paragraphs.map((p): LanguageGuess => {
    if (!scorer) return UNDETERMINED_GUESS;
    const { ranked, length } = scorer.rank(p.length > SIDE_SAMPLE_LENGTH ? p.slice(0, SIDE_SAMPLE_LENGTH) : p);
    return guessFromRanking(ranked, length);
  });
  const confident = guesses.filter((g) => g.lang !== UNDETERMINED && g.confidence >= SIDE_MIN_CONFIDENCE);
  const hasFrom = confident.some((g) => g.lang === from);
  const hasTo = confident.some((g) => g.lang === to);
  if (!hasFrom || !hasTo) throw oneLanguage(options.name, hasFrom ? from : hasTo ? to : undefined);

  const total = guesses.reduce((sum, g) => sum + g.confidence, 0);
  const switches = confident.filter((g, i) => i > 0 && g.lang !== confident[i - 1]!.lang).length;
  const cuts = [{ ...bestCut(guesses, from), first: 'source' as const }, { ...bestCut(guesses, to), first: 'target' as const }];
  const block = cuts[0]!.cost <= cuts[1]!.cost ? cuts[0]! : cuts[1]!;
  if (switches >= 2 && block.cost > BLOCK_MAX_MISPLACED * total) {
    return { from, to, sides: interleavedSides(guesses, from), layout: 'interleaved' };
  }
  const second = block.first === 'source' ? 'target' : 'source';
  return { from, to, sides: guesses.map((_, i) => (i < block.cut ? block.first : second)), layout: 'blocks' };
}
