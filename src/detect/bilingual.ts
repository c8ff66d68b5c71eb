/**
 * One file holding a text and its translation: find its two languages, which is the source, and
 * the side of every piece of it under one layout for the whole file (see layout.ts): two blocks,
 * sections, alternating lines or paragraphs, line pairs (` / `, ` | `) or columns (TAB).
 *
 * The source is the language given as `from`; when neither `from` nor `to` is given it is chosen
 * by one rule for every file, never by which language the file happens to start with, so that
 * columns do not swap between a French-first and an English-first file: English is the source
 * (the default `--from`), French the target (the default `--to`), and two other languages go in
 * the alphabetical order of their codes.
 */
import { InputError } from '../errors.js';
import { spread } from '../sequence.js';
import { type InputKind, type Lang, type Layout, type SideName, UNDETERMINED } from '../types.js';
import { canonicalLang, isDetectable, languageName } from './iso.js';
import { evidenceScorer, type Evidence } from './layout-evidence.js';
import { readLayoutText, type LayoutText } from './layout-text.js';
import { decideLayout, type LayoutDecision } from './layout.js';
import { DEFAULT_FROM, DEFAULT_TO } from './pair.js';
import { DISCOVERY_MIN_CONFIDENCE, DISCOVERY_MIN_LENGTH, discoverLanguages, type FoundLanguage } from './paragraph-languages.js';
import { detectDocument, DOCUMENT_MIN_MARGIN, PREFERRED_LANGUAGES, windowMargin } from './sample.js';
import { cleanedLength, FRANC_MIN_LENGTH } from './trigram-scorer.js';
import { detectLanguage } from './language.js';

/** A piece of a bilingual file on one side. */
export interface BilingualPiece {
  /** Where it is in the file. */
  readonly span: readonly [start: number, end: number];
  readonly side: SideName;
  /** Probability that it is on the right side (the layout's own uncertainty included): the lowest of its parts'. */
  readonly probability: number;
  /** Its stretches with their own probabilities, when they differ (a sentence next to a doubtful cut). */
  readonly parts?: readonly { readonly span: readonly [start: number, end: number]; readonly probability: number }[];
  /** The language its own text is in, between the two (`und` when too short to tell), and how surely. */
  readonly lang: Lang;
  readonly confidence: number;
  /** Pieces sharing this number translate each other, by the layout: the two halves of a row or of a bilingual line. */
  readonly row?: number;
}

/** A bilingual file split into its two sides: its languages, and its layout as decided (see `LayoutDecision`). */
export interface BilingualSplit extends Omit<LayoutDecision, 'pieces'> {
  /** Language of the source side. */
  readonly from: Lang;
  /** Language of the target side. */
  readonly to: Lang;
  /** The pieces of text on each side, in file order; text in none (separators, a left-out column) is in no piece. */
  readonly pieces: readonly BilingualPiece[];
}

/** Options of `splitBilingual`. */
export interface BilingualOptions {
  /** The input's name (a path or `-`), for errors. */
  readonly name: string;
  /** Language of the source side; found in the text when omitted (see the rule above). */
  readonly from?: Lang;
  /** Language of the target side; found in the text when omitted. */
  readonly to?: Lang;
  /**
   * false: trust `from`/`to` and split the file between them even when the file does not seem to
   * hold them (`--no-lang-check`); default true: a given language must be one of the file's.
   */
  readonly langCheck?: boolean;
  /** `text` (default): running text; `sentences`: one sentence per line. */
  readonly input?: InputKind;
  /** A layout to use instead of finding one. */
  readonly layout?: Layout;
  /** The file's paragraphs when it has them already (a structured document's blocks); found in the text otherwise. */
  readonly paragraphs?: readonly (readonly [start: number, end: number])[];
}

/**
 * Share of the sampled text a language needs to count as one side of a bilingual file. A
 * translation is rarely under half its original's length, so each side holds a third or more;
 * a monolingual text with foreign quotations holds a few per cent of them.
 */
const BILINGUAL_MIN_SHARE = 0.15;

/** The languages found that hold `BILINGUAL_MIN_SHARE` of the sampled text: the file's sides. */
function majorLanguages(found: readonly FoundLanguage[]): FoundLanguage[] {
  const total = found.reduce((sum, f) => sum + f.weight, 0);
  return found.filter((f) => f.weight >= BILINGUAL_MIN_SHARE * total);
}

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

/** Characters a text needs to weigh in the choice between a language and its widely written relative. */
const RELATIVE_MIN_LENGTH = 40;

/**
 * Languages found, each replaced by a widely written relative it cannot be told from on the file's
 * own texts (see `PREFERRED_LANGUAGES`): franc over all its languages calls short English Scots,
 * and English quoted in a French text can outweigh the English block of a small file; whole-file
 * detection settles such near-ties the same way.
 */
function preferWidelyWritten(found: readonly FoundLanguage[], texts: readonly string[]): FoundLanguage[] {
  const langs = found.map((f) => f.lang);
  const long = texts.filter((t) => t.length >= RELATIVE_MIN_LENGTH);
  const renamed = found.map((f) => {
    if (PREFERRED_LANGUAGES.includes(f.lang)) return f;
    const others = langs.filter((l) => l !== f.lang);
    // The texts of this language, against the file's others.
    const own = long.filter((t) => others.every((o) => detectLanguage(t, [f.lang, o]).lang === f.lang));
    if (own.length === 0) return f;
    const relative = PREFERRED_LANGUAGES.find((p) => !others.includes(p) && windowMargin(own, f.lang, p) < DOCUMENT_MIN_MARGIN);
    return relative === undefined ? f : { ...f, lang: relative };
  });
  const merged = new Map<Lang, FoundLanguage>();
  for (const f of renamed) {
    const seen = merged.get(f.lang);
    merged.set(f.lang, seen ? { lang: f.lang, weight: seen.weight + f.weight, first: Math.min(seen.first, f.first) } : f);
  }
  return [...merged.values()].sort((a, b) => b.weight - a.weight);
}

/** Pieces of a short file read one by one over all of franc's languages when a second language is looked for (a file's first 96 sentences or cells, spread). */
const SHORT_PIECES = 96;

/**
 * The languages found, with a second one looked for when discovery found fewer than two: a file of
 * short sentences (a dialogue switching language mid-line, short alternating lines) has too few
 * pieces of 40 characters for franc over all its languages, and those few may all be in one
 * language. Each short piece is read alone; those not in the first language are read again
 * together, as one text long enough to tell: if that text is surely in another, widely written
 * language, and the first language's pieces together surely in theirs, it is the file's second. One-language files stay refused by the split's own check, which asks each
 * side to hold its language (see `decidePair`).
 */
function withSecondLanguage(found: readonly FoundLanguage[], texts: readonly string[]): FoundLanguage[] {
  if (majorLanguages(found).length >= 2) return [...found];
  const pieces = texts.filter((t) => cleanedLength(t) >= FRANC_MIN_LENGTH);
  const sampled = spread(pieces, SHORT_PIECES);
  const first = found[0]?.lang ?? detectDocument(sampled.join(' ')).lang;
  if (first === UNDETERMINED) return [...found];
  const inFirst = sampled.map((t) => detectDocument(t).lang === first);
  const own = sampled.filter((_, i) => inFirst[i]).join(' ');
  const rest = sampled.filter((_, i) => !inFirst[i]).join(' ');
  // Read together, the pieces of each side need as many characters as a discovery sample.
  if (cleanedLength(rest) < DISCOVERY_MIN_LENGTH || cleanedLength(own) < DISCOVERY_MIN_LENGTH) return [...found];
  const second = detectDocument(rest, PREFERRED_LANGUAGES).lang;
  // Short pieces that franc over all its languages misreads go to minority languages (Scots,
  // Acehnese): a second language found only on them must be a widely written one.
  if (second === first || !PREFERRED_LANGUAGES.includes(second)) return [...found];
  // Each language must hold against the other on its own pieces, as surely as discovery asks of a
  // sample: two misreadings of one language (short English read as Scots here, as something else there) do not.
  const sure = (text: string, lang: Lang, other: Lang): boolean => {
    const check = detectLanguage(text, [lang, other]);
    return check.lang === lang && check.confidence >= DISCOVERY_MIN_CONFIDENCE;
  };
  if (!sure(rest, second, first) || !sure(own, first, second)) return [...found];
  const weight = cleanedLength(rest);
  const firstFound = found[0] ?? { lang: first, weight: cleanedLength(sampled.join(' ')) - weight, first: 0 };
  return [firstFound, { lang: second, weight, first: 0 }, ...found.slice(1)];
}

/**
 * Order of two languages when neither is given: the default source first, the default target last,
 * others by code (see the module comment).
 */
function sourceFirst(a: Lang, b: Lang): number {
  const rank = (l: Lang): number => (l === DEFAULT_FROM ? 0 : l === DEFAULT_TO ? 2 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The two languages of the file: given, or the two most written, in the order of `sourceFirst`.
 *
 * Given ones must be among those written: a file in English and French read as German and French
 * would otherwise fail later as "only French found". Without the check (`langCheck: false`), and
 * for a language franc does not know, a given language the file is not seen to hold is trusted as
 * the name of a written one that no given language names (the first written for the source): its
 * paragraphs are found as that language and labelled as given.
 */
function findPair(texts: readonly string[], options: BilingualOptions): Pair {
  const from = options.from === undefined ? undefined : canonicalLang(options.from);
  const to = options.to === undefined ? undefined : canonicalLang(options.to);
  if (from !== undefined && from === to) {
    throw new InputError(options.name, `the source and target languages are both ${languageName(from)}; a one-file input is split by language and must hold two`, {
      code: 'same-languages-given',
      data: { lang: from },
    });
  }
  const found = preferWidelyWritten(withSecondLanguage(discoverLanguages(texts), texts), texts);
  const major = majorLanguages(found);
  const all = major.map((f) => f.lang).sort(sourceFirst);
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
  // The two most written, in the order of the rule.
  const written = major
    .slice(0, 2)
    .map((f) => f.lang)
    .sort(sourceFirst);
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


/** Characters of one side's text that language discovery reads as one sample, for files of short lines (a UI catalogue in columns). */
const COLUMN_SAMPLE_LENGTH = 400;

/**
 * The texts whose languages are discovered: the sentences of lines without a delimiter, the cells of
 * lines with one (a TAB, ` / `, ` | `: a whole line would hold both languages), and each column of
 * cells strung together (a column of one-word cells is too short to tell cell by cell).
 */
function discoveryTexts(layout: LayoutText): string[] {
  const { text, lines } = layout;
  const texts: string[] = [];
  const columns: string[][] = [];
  // Whole sentences: the atoms of a sentence cut at line ends are put back together.
  let sentence: [number, number] | undefined;
  for (const atom of layout.atoms) {
    if (lines[atom.line]!.delimiters.length > 0) {
      if (sentence) texts.push(text.slice(sentence[0], sentence[1]));
      sentence = undefined;
      continue;
    }
    if (sentence && atom.boundary === 'inside') sentence[1] = atom.span[1];
    else {
      if (sentence) texts.push(text.slice(sentence[0], sentence[1]));
      sentence = [atom.span[0], atom.span[1]];
    }
  }
  if (sentence) texts.push(text.slice(sentence[0], sentence[1]));
  for (const line of lines) {
    if (line.delimiters.length === 0) continue;
    const bounds = [line.span[0], ...line.delimiters.flatMap((d) => [d.span[0], d.span[1]]), line.span[1]];
    for (let k = 0; k < bounds.length; k += 2) {
      const cell = text.slice(bounds[k]!, bounds[k + 1]!);
      texts.push(cell);
      (columns[k / 2] ??= []).push(cell);
    }
  }
  for (const column of columns) {
    let chunk = '';
    for (const cell of column) {
      chunk += (chunk ? ' ' : '') + cell;
      if (chunk.length >= COLUMN_SAMPLE_LENGTH) {
        texts.push(chunk);
        chunk = '';
      }
    }
    if (chunk) texts.push(chunk);
  }
  return texts;
}

/** Log-odds a side's pieces must hold for its language, in all, for the file to hold that language (e^3 ≈ 20 to 1). */
const SIDE_MIN_EVIDENCE = 3;

/** How strongly pieces placed on side s are in its language rather than the other's. */
function sideSupport(pieces: readonly { side: 0 | 1; evidence: Evidence }[], s: 0 | 1): number {
  let sum = 0;
  for (const p of pieces) if (p.side === s) sum += p.evidence.cost[1 - s]! - p.evidence.cost[s];
  return sum;
}

/**
 * The file's languages and its layout decision. Both languages given and only one found (a few
 * short lines, too short for franc over all its languages, or a split that shows one): the file
 * holds the two given if its split between them puts enough evidence of each on its side, as any
 * split must; with `langCheck: false` they are trusted, and the split needs only a piece on each.
 */
function decidePair(layout: LayoutText, options: BilingualOptions): Pair & { decision: LayoutDecision } {
  let failure: InputError;
  // The layout decided for the pair found: the given pair's below when it is the same pair.
  let tried: { by: Pair['by']; decision: LayoutDecision | undefined } | undefined;
  try {
    const pair = findPair(discoveryTexts(layout), options);
    const decision = decideLayout(layout, evidenceScorer(pair.by), options.layout);
    tried = { by: pair.by, decision };
    if (!decision) throw oneLanguage(options.name, undefined);
    const hasSource = sideSupport(decision.pieces, 0) >= SIDE_MIN_EVIDENCE;
    const hasTarget = sideSupport(decision.pieces, 1) >= SIDE_MIN_EVIDENCE;
    if (hasSource && hasTarget) return { ...pair, decision };
    throw oneLanguage(options.name, hasSource ? pair.by[0] : hasTarget ? pair.by[1] : undefined);
  } catch (error) {
    if (options.from === undefined || options.to === undefined || !(error instanceof InputError) || error.code !== 'one-language') throw error;
    failure = error;
  }
  const by = [canonicalLang(options.from), canonicalLang(options.to)] as const;
  const trusted = options.langCheck === false;
  // Checked, a file found to hold another language is not theirs.
  const found = (failure.data as { lang: Lang }).lang;
  if (!trusted && found !== UNDETERMINED && !by.includes(found)) throw failure;
  const decision = tried && tried.by[0] === by[0] && tried.by[1] === by[1] ? tried.decision : decideLayout(layout, evidenceScorer(by), options.layout);
  const holds = (side: 0 | 1): boolean => decision !== undefined && (trusted ? decision.pieces.some((p) => p.side === side) : sideSupport(decision.pieces, side) >= SIDE_MIN_EVIDENCE);
  if (!decision || !holds(0) || !holds(1)) throw failure;
  return { from: by[0], to: by[1], by, decision };
}

/**
 * `decidePair`, and when a forced layout leaves a side without its language, whether the file
 * holds both all the same: read by one of another layout, it is the forced layout that is wrong,
 * not the file (a pairs file forced to `block` would otherwise be "only French found; a one-file
 * input must hold both languages", which sends the user to split a file that is fine).
 */
function decideForced(layout: LayoutText, options: BilingualOptions): Pair & { decision: LayoutDecision } {
  try {
    return decidePair(layout, options);
  } catch (error) {
    const { layout: forced, ...free } = options;
    if (forced === undefined || !(error instanceof InputError) || error.code !== 'one-language') throw error;
    let found: LayoutDecision;
    try {
      found = decidePair(layout, free).decision;
    } catch {
      // Read freely, it holds one language too: that is the problem to report.
      throw error;
    }
    throw new InputError(options.name, `read as ${forced}, one side holds none of its language, though the file holds both: it is laid out as ${found.layout}`, {
      code: 'layout-mismatch',
      data: { forced, found: found.layout },
    });
  }
}

/**
 * Split a one-file bilingual text into its two sides.
 *
 * The two languages are found (or checked) on samples across the file; then every layout reads the
 * file and the one that explains its languages and lengths best is kept (see layout.ts), unless
 * `layout` names one. Untranslated lines stay where the layout puts them (a French marker line
 * inside the English block stays on the English side; its `lang` says French).
 *
 * @param text the whole file
 * @param options the input's name; the languages when known; `langCheck: false` to trust given
 *   languages the file does not seem to hold; `input`; `layout` to force one
 * @returns the two languages, the layout and its pieces
 * @throws InputError when only one language is found (`un.txt: only English found; a one-file input must hold both languages (give the target as a second file)`),
 *   or a given language is not among the file's (`un.txt: no German found; the file holds English and French`),
 *   or `from` and `to` are the same language (`same-languages-given`),
 *   or the file holds two languages but not in the layout `layout` forces (`layout-mismatch`)
 */
export function splitBilingual(text: string, options: BilingualOptions): BilingualSplit {
  const layout = readLayoutText(text, options.input ?? 'text', options.paragraphs);
  const { from, to, by, decision } = decideForced(layout, options);
  const langOf = (l: Lang): Lang => (l === by[0] ? from : l === by[1] ? to : l);
  return {
    from,
    to,
    layout: decision.layout,
    pieces: decision.pieces.map((p) => ({
      span: p.span,
      side: p.side === 0 ? 'source' : 'target',
      probability: p.probability,
      ...(p.parts && { parts: p.parts }),
      lang: langOf(p.evidence.lang),
      confidence: p.evidence.confidence,
      ...(p.row !== undefined && { row: p.row }),
    })),
    facts: decision.facts,
    probability: decision.probability,
    alternatives: decision.alternatives,
    forced: decision.forced,
  };
}
