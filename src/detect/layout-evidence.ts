/**
 * What a piece of a bilingual file says about its language, as costs: −log P(the piece is in the
 * source language), −log P(it is in the target language), from franc's calibrated confidence
 * between the two (a guess of confidence c is right with probability (1 + c) / 2, see
 * `confidenceOf`). A short piece that is only a language's name ("Français", "English version")
 * says which language it is written in more surely than its trigrams.
 */
import { type Lang, type Span, UNDETERMINED } from '../types.js';
import { type ContentLine, type DelimiterAt, firstEndingAfter } from './layout-text.js';
import { canonicalLang } from './iso.js';
import { guessFromRanking, type LanguageGuess, scorerFor, UNDETERMINED_GUESS } from './language.js';

/** Side indices inside the layout search: 0 is the source language, 1 the target language. */
export type Side = 0 | 1;

/** A piece's evidence. */
export interface Evidence {
  /**
   * What placing the piece on the source side, and on the target side, overrules: 0 for the side its
   * language gives, the log-odds of the guess for the other (log((1 + c) / (1 − c)) for a guess of
   * confidence c). Readings that cut the file into different pieces (sentences, paragraphs, halves
   * of lines) are compared by the evidence they overrule, which pieces agreeing with them do not add
   * to however finely they are cut. Both 0 when the piece says nothing.
   */
  readonly cost: readonly [number, number];
  /** The language franc gives between the two, or `und`. */
  readonly lang: Lang;
  /** Its calibrated confidence (0 for `und`). */
  readonly confidence: number;
}

/** Nothing to go by. */
export const NO_EVIDENCE: Evidence = Object.freeze({ cost: [0, 0] as const, lang: UNDETERMINED, confidence: 0 });

/**
 * Highest probability given to a guess. franc between two languages is wrong about once in a
 * thousand sentences even at confidence 0.99 or more (alibi, 703 of 704 right; see also
 * `confidenceOf`): in a long block, a few lines misread that surely are to be expected, and must
 * not cost the block reading more than carving them out as sections would.
 */
const MAX_RIGHT = 0.999;
/** Characters of a piece read: at 256 a paragraph's confidence is about 1 already (see `confidenceOf`). */
const SAMPLE_LENGTH = 256;
/**
 * Cost a language-name cue adds to the other language: "Français" alone is French whatever its
 * trigrams say (franc calls it English at 0.3). e^4 ≈ 55 to 1.
 */
const NAME_CUE_COST = 4;
/** Words a piece may have for a language name in it to say the piece's language ("Version française", "Read in English"). */
const NAME_CUE_MAX_WORDS = 4;
/** Words a line may have to be a marker pointing at the other language ("Skip to the English description"). */
const MARKER_MAX_WORDS = 8;

/**
 * Words naming a language, and the language they are written in: "Anglais" is French, "English"
 * English. Only the languages bilingual files most often pair, and only unambiguous words
 * ("italiano" is Italian, Spanish and Portuguese alike).
 */
const NAME_WORDS: Readonly<Record<string, Lang>> = {
  english: 'en', french: 'en', german: 'en', spanish: 'en', dutch: 'en', portuguese: 'en', italian: 'en',
  anglais: 'fr', français: 'fr', francais: 'fr', française: 'fr', francaise: 'fr', allemand: 'fr', espagnol: 'fr',
  néerlandais: 'fr', portugais: 'fr', italien: 'fr',
  englisch: 'de', deutsch: 'de', französisch: 'de', spanisch: 'de', niederländisch: 'de', italienisch: 'de',
  inglés: 'es', francés: 'es', alemán: 'es', español: 'es', castellano: 'es', neerlandés: 'es',
  engels: 'nl', frans: 'nl', duits: 'nl', nederlands: 'nl', spaans: 'nl',
  inglês: 'pt', francês: 'pt', alemão: 'pt', espanhol: 'pt', português: 'pt',
  inglese: 'it', francese: 'it', tedesco: 'it', spagnolo: 'it',
};

const WORD = /[\p{L}\p{M}]+/gu;
/** Link targets and bracketed addresses say nothing about the language: `[English](#english)`. */
const LINK_TARGET = /\]\([^)]*\)|https?:\/\/\S+|#[\w-]+/gu;

/** Whether a text is short and names a language: a marker pointing at one side of the file. */
export function isMarker(text: string): boolean {
  const words = text.replace(LINK_TARGET, ' ').match(WORD) ?? [];
  return words.length > 0 && words.length <= MARKER_MAX_WORDS && words.some((w) => NAME_WORDS[w.toLowerCase()] !== undefined);
}

/**
 * The language a short piece is written in by the language names it holds, if they agree.
 *
 * @param text a piece of text
 * @returns a language, or undefined when the piece is long or names none (or several, written in different ones)
 */
export function nameCue(text: string): Lang | undefined {
  const words = text.replace(LINK_TARGET, ' ').match(WORD) ?? [];
  if (words.length === 0 || words.length > NAME_CUE_MAX_WORDS) return undefined;
  const langs = new Set(words.map((w) => NAME_WORDS[w.toLowerCase()]).filter((l): l is Lang => l !== undefined));
  return langs.size === 1 ? [...langs][0] : undefined;
}

/** Evidence of pieces of one file between its two languages. */
export interface EvidenceScorer {
  /** The languages franc tells the pieces apart by, source first. */
  readonly by: readonly [Lang, Lang];
  /** Franc's guess between the two for a text (its first 256 characters). */
  guess(text: string): LanguageGuess;
  /** The evidence of a text, a language name in a short one deciding (the half of a bilingual line: "Français / English"). */
  of(text: string): Evidence;
  /**
   * The evidence of a text standing alone, for its place in the file: a short text naming a
   * language ("([Français](#…))", "La version française suit.", "Skip to the English description")
   * points at the other block; whatever its own language, it belongs where it stands, so it weighs
   * nothing (its language is still reported).
   */
  unit(text: string): Evidence;
}

/**
 * A scorer for one file.
 *
 * @param by the languages to tell apart (franc knows them), source first
 */
export function evidenceScorer(by: readonly [Lang, Lang]): EvidenceScorer {
  const scorer = scorerFor(by);
  const canonical = by.map(canonicalLang) as [Lang, Lang];
  const guess = (text: string): LanguageGuess => {
    if (!scorer) return UNDETERMINED_GUESS;
    const { ranked, length } = scorer.rank(text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text);
    return guessFromRanking(ranked, length);
  };
  const of = (text: string): Evidence => {
      const g = guess(text);
      const cue = nameCue(text);
      const cueSide = cue === undefined ? -1 : canonical.indexOf(canonicalLang(cue));
      let cost: [number, number] = [0, 0];
      if (g.lang !== UNDETERMINED) {
        const right = Math.min(MAX_RIGHT, (1 + g.confidence) / 2);
        const side = canonical.indexOf(g.lang);
        const odds = Math.log(right / (1 - right));
        if (side >= 0) cost = side === 0 ? [0, odds] : [odds, 0];
      }
      if (cueSide === 0) cost = [0, NAME_CUE_COST];
      else if (cueSide === 1) cost = [NAME_CUE_COST, 0];
      const lang = cueSide >= 0 ? canonical[cueSide]! : g.lang;
    return { cost, lang, confidence: cueSide >= 0 ? Math.max(g.lang === lang ? g.confidence : 0, 1 - 2 * Math.exp(-NAME_CUE_COST)) : g.confidence };
  };
  // The readings judge the same stretches again and again (a sentence as an atom, in its paragraph, in a piece).
  const ofCache = new Map<string, Evidence>();
  const unitCache = new Map<string, Evidence>();
  const cached = (cache: Map<string, Evidence>, text: string, compute: (text: string) => Evidence): Evidence => {
    let e = cache.get(text);
    if (e === undefined) {
      e = compute(text);
      cache.set(text, e);
    }
    return e;
  };
  const unit = (text: string): Evidence => {
    if (!isMarker(text)) return cached(ofCache, text, of);
    const g = guess(text);
    return { cost: [0, 0], lang: g.lang, confidence: g.confidence };
  };
  return {
    by: canonical,
    guess,
    of: (text) => cached(ofCache, text, of),
    unit: (text) => cached(unitCache, text, unit),
  };
}

/**
 * The evidence of a span of a file standing alone. Across delimiters (a TAB, ` / `, ` | `) its
 * parts are judged apart and their costs added: "Save<TAB>Enregistrer" is not French, it is a line
 * no side can take whole.
 *
 * @param text the file
 * @param span the span
 * @param lines the file's content lines (their delimiters are looked up)
 * @param scorer the file's scorer
 */
export function spanEvidence(text: string, span: Span, lines: readonly ContentLine[], scorer: EvidenceScorer): Evidence {
  const cuts = delimitersWithin(lines, span);
  if (cuts.length === 0) return scorer.unit(text.slice(span[0], span[1]));
  const bounds = [span[0], ...cuts.flatMap((d) => [d.span[0], d.span[1]]), span[1]];
  const cost: [number, number] = [0, 0];
  let lang: Lang | undefined;
  let confidence = 1;
  for (let k = 0; k < bounds.length; k += 2) {
    const e = scorer.of(text.slice(bounds[k]!, bounds[k + 1]!));
    cost[0] += e.cost[0];
    cost[1] += e.cost[1];
    lang = lang === undefined || lang === e.lang ? e.lang : UNDETERMINED;
    confidence = Math.min(confidence, e.confidence);
  }
  return { cost, lang: lang ?? UNDETERMINED, confidence: lang === UNDETERMINED ? 0 : confidence };
}

/** Delimiters inside a span, from the lines it covers. */
function delimitersWithin(lines: readonly ContentLine[], span: Span): DelimiterAt[] {
  const out: DelimiterAt[] = [];
  for (let i = firstEndingAfter(lines, span[0]); i < lines.length && lines[i]!.span[0] < span[1]; i++) {
    for (const d of lines[i]!.delimiters) if (d.span[0] >= span[0] && d.span[1] <= span[1]) out.push(d);
  }
  return out;
}
