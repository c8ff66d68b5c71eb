/**
 * One file holding a text and its translation: find its two languages and give each paragraph a
 * side. Real documents use two layouts: blocks (all of one language, then all of the other, as the
 * UN message of the founding example) and interleaving (paragraph by paragraph: EN, FR, EN, FR…).
 */
import { InputError } from '../errors.js';
import { type Lang, UNDETERMINED } from '../types.js';
import { canonicalLang, languageName } from './iso.js';
import { detectLanguage, type LanguageGuess } from './language.js';
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
/** Confidence a paragraph needs to count as evidence for its side (about 95 % right, see `confidenceOf`). */
const SIDE_MIN_CONFIDENCE = 0.9;
/**
 * Largest share of the paragraph evidence that a two-block cut may leave on the wrong side before
 * the file is read as interleaved. Untranslated lines in a block are short and few; strict
 * interleaving leaves half on the wrong side, interleaving by pairs of paragraphs a quarter.
 */
const BLOCK_MAX_MISPLACED = 0.15;

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
 * Sides in an interleaved file: each paragraph goes by its own language; an undetermined one takes
 * the other side than its neighbours when they agree (EN, ?, EN: the ? is the translation), else
 * the side of the next one.
 */
function interleavedSides(guesses: readonly LanguageGuess[], from: Lang): ('source' | 'target')[] {
  type Side = 'source' | 'target';
  const known = guesses.map((g): Side | undefined => (g.lang === UNDETERMINED ? undefined : g.lang === from ? 'source' : 'target'));
  const next: (Side | undefined)[] = [];
  for (let i = known.length - 1, last: Side | undefined; i >= 0; i--) {
    next[i] = last;
    last = known[i] ?? last;
  }
  let previous: Side | undefined;
  return known.map((side, i) => {
    if (side) return (previous = side);
    if (previous && previous === next[i]) return previous === 'source' ? 'target' : 'source';
    return next[i] ?? previous ?? 'source';
  });
}

/**
 * Split the paragraphs of a one-file bilingual text into its two languages.
 *
 * Each paragraph is detected between the two languages. A file that two blocks explain, up to a
 * few misplaced paragraphs, is cut in two there: untranslated lines stay with the block they sit in
 * (a short English header inside the French block stays a target paragraph, aligned 1-0/0-1).
 * Otherwise the paragraphs are interleaved and each goes by its own language. Short paragraphs
 * (under 10 characters) decide nothing.
 *
 * @param paragraphs the paragraphs' texts, in order
 * @param options the input's name, and the languages when known (found in the text otherwise:
 *   the one that comes first is the source)
 * @returns the two languages, the side of each paragraph, and the layout found
 * @throws InputError when only one language is found (`un.txt: only English found; a one-file input must hold both languages (give the target as a second file)`)
 */
export function splitBilingual(paragraphs: readonly string[], options: BilingualOptions): BilingualSplit {
  const { from, to } = findPair(paragraphs, options);
  const guesses = paragraphs.map((p) => detectLanguage(p, [from, to]));
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
