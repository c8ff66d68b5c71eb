/**
 * Where one language turns into the other inside a paragraph ("…sur moi, et je fus emportée. Four
 * hands were laid upon me…"): the cut that makes the text before it most likely in the first
 * language and the text after it most likely in the second, under a character-trigram model of
 * each, weighed by a prior on what the cut falls after (a sentence end far more than a comma, a
 * comma more than a bare space). Every place is scored over the whole paragraph, not over a window
 * around it, so a short stretch of words that reads like the other language does not move the cut.
 *
 * The models are franc's (each language's 300 most frequent trigrams, ranked, read as a Zipf
 * distribution over them with the rest of the probability spread over unseen trigrams) and the
 * language's function words (the `stopword` lists): a short sentence's few trigrams say little
 * ("Some people" reads French to the trigrams), its "the", "you", "vous", "les" say much.
 */
import { data } from 'franc/data.js';
import stopwords from 'stopword';
import type { Lang, Span } from '../types.js';
import { partitionPoint } from '../sequence.js';
import { toFrancCodes } from './iso.js';
import { isFrancSeparator } from './trigram-scorer.js';

/** Ranks are read as probabilities ∝ 1 / (rank + ZIPF_OFFSET): Zipf's law, flattened at the top as frequency lists are. */
const ZIPF_OFFSET = 10;
/** Share of a text's trigram occurrences outside its language's 300 most frequent (about a half in running English or French). */
const UNSEEN_MASS = 0.5;
/** Trigrams among which that share is spread: the letter trigrams a Latin-script language uses, in order of magnitude. */
const UNSEEN_TRIGRAMS = 10000;
/**
 * Weight of one trigram's log-likelihood ratio in the posterior of a cut: overlapping trigrams
 * share two letters of three, so they are far from independent (tuned on the dev documents of
 * bench/layouts.mjs: 0.05 to 0.3 place the cut alike, 0.2 gives the most beads scored 0.9 or more right).
 */
const TRIGRAM_WEIGHT = 0.2;
/**
 * Prior weight of a cut at a sentence start (as the sentence rules find them: "Mr. Weston" is no
 * end), after a final mark the rules read as none ("Oh dear! is it true?", "…berdiers.\" — « Arrêtez"),
 * after a clause mark (`,` `;` `:` a dash), and after a bare space: people switch language between
 * sentences, now and then between clauses, and almost never inside one.
 */
const CUT_PRIOR = { sentence: 1, final: 0.2, clause: 0.05, word: 0.002 } as const;

/**
 * Log-odds a function word of one language only ("the", "vous") adds for its language: such words
 * are most of a short sentence's evidence, and turn up in the other language's text only as a
 * quotation or a name (on the dev documents of bench/layouts.mjs 1 to 4 place the cut alike).
 */
const FUNCTION_WORD_LOG_ODDS = 2;
/** A word, for function-word lookup (an elided French article is a word: "l'", "qu'"). */
const WORD = /\p{L}+/gu;

/** A final mark before the space, then closing quotes and brackets. */
const AFTER_FINAL = /[.!?…]["'”’»)\]]*$|[.!?…]\s+["'”’»)\]]+$/u;
/** A clause mark before the space, then closing quotes and brackets. */
const AFTER_CLAUSE = /[,;:—–-]["'”’»)\]]*$/u;

/** Log-probability of every trigram of a language's model, and of an unseen one. */
interface Model {
  readonly logp: ReadonlyMap<string, number>;
  readonly unseen: number;
  /** The language's function words (empty when none are known). */
  readonly words: ReadonlySet<string>;
}

const MODELS = new Map<string, Model | undefined>();

/** The model of a language: its franc trigram list read as a distribution; undefined when franc has none. */
function modelOf(lang: Lang): Model | undefined {
  if (MODELS.has(lang)) return MODELS.get(lang);
  let list: string[] | undefined;
  const words = new Set<string>();
  for (const code of toFrancCodes(lang)) {
    const known = (stopwords as unknown as Record<string, unknown>)[code];
    if (Array.isArray(known)) for (const w of known) words.add(String(w).toLowerCase());
    for (const languages of Object.values(data)) {
      const trigrams = (languages as Record<string, string>)[code];
      if (trigrams) list ??= trigrams.split('|');
    }
  }
  let model: Model | undefined;
  if (list) {
    let z = 0;
    for (let r = 0; r < list.length; r++) z += 1 / (r + ZIPF_OFFSET);
    const logp = new Map<string, number>();
    list.forEach((t, r) => logp.set(t, Math.log(((1 - UNSEEN_MASS) * (1 / (r + ZIPF_OFFSET))) / z)));
    model = { logp, unseen: Math.log(UNSEEN_MASS / UNSEEN_TRIGRAMS), words };
  }
  MODELS.set(lang, model);
  return model;
}

/** The change of language in a paragraph: the best cut and the probability of every stretch's side. */
export interface ChangePoint {
  /** Offset of the best cut (the start of the first word in the second language). */
  readonly at: number;
  /** Probability that a stretch ending at or before the best cut is in the first language (all of it). */
  before(end: number): number;
  /** Probability that a stretch starting at or after the best cut is in the second language (all of it). */
  after(start: number): number;
}

/**
 * The change point of a span from language `langs[0]` to `langs[1]`.
 *
 * @param text the file
 * @param span the stretch holding the change (a paragraph)
 * @param langs the language before the change and the one after
 * @param sentences the sentences of the span, as the sentence rules find them
 * @returns the cut and its posterior, or undefined when either language has no trigram model or the span has no place to cut
 */
export function changePoint(text: string, span: Span, langs: readonly [Lang, Lang], sentences: readonly Span[]): ChangePoint | undefined {
  const models = [modelOf(langs[0]), modelOf(langs[1])];
  if (!models[0] || !models[1]) return undefined;
  const [a, b] = models as [Model, Model];
  // The span as franc reads it (lower case, separators collapsed, a space at each end), with the
  // offset in the file of each character kept; each trigram counts at its middle character.
  const chars: string[] = [' '];
  const offsets: number[] = [span[0]];
  for (let i = span[0]; i < span[1]; i++) {
    if (isFrancSeparator(text.charCodeAt(i))) {
      if (chars[chars.length - 1] !== ' ') {
        chars.push(' ');
        offsets.push(i);
      }
      continue;
    }
    const c = text[i]!;
    const lower = c.toLowerCase();
    chars.push(lower.length === 1 ? lower : c);
    offsets.push(i);
  }
  if (chars[chars.length - 1] !== ' ') {
    chars.push(' ');
    offsets.push(span[1]);
  }
  const trigrams: { t: string; offset: number }[] = [];
  for (let j = 1; j + 1 < chars.length; j++) {
    const t = chars[j - 1]! + chars[j]! + chars[j + 1]!;
    if (t !== '   ') trigrams.push({ t, offset: offsets[j]! });
  }
  // Candidate cuts: every word start inside the span, weighed by what comes before it.
  const starts = new Set(sentences.map((sentence) => sentence[0]));
  const at: number[] = [];
  const logPrior: number[] = [];
  for (const m of text.slice(span[0], span[1]).matchAll(/(?<=\s)\S/gu)) {
    const offset = span[0] + m.index;
    const before = text.slice(Math.max(span[0], offset - 8), offset).trimEnd();
    at.push(offset);
    logPrior.push(Math.log(starts.has(offset) ? CUT_PRIOR.sentence : AFTER_FINAL.test(before) ? CUT_PRIOR.final : AFTER_CLAUSE.test(before) ? CUT_PRIOR.clause : CUT_PRIOR.word));
  }
  if (at.length === 0) return undefined;
  // Log-likelihood ratio (first language over second) of the trigrams counted before each offset.
  const ratio = new Float64Array(span[1] - span[0] + 1);
  for (const { t, offset } of trigrams) ratio[offset - span[0] + 1]! += TRIGRAM_WEIGHT * ((a.logp.get(t) ?? a.unseen) - (b.logp.get(t) ?? b.unseen));
  for (const m of text.slice(span[0], span[1]).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const inA = a.words.has(w);
    if (inA !== b.words.has(w)) ratio[m.index + 1]! += inA ? FUNCTION_WORD_LOG_ODDS : -FUNCTION_WORD_LOG_ODDS;
  }
  for (let i = 1; i < ratio.length; i++) ratio[i]! += ratio[i - 1]!;
  const logPost = at.map((offset, k) => logPrior[k]! + ratio[offset - span[0]]!);
  let best = 0;
  logPost.forEach((l, k) => {
    if (l > logPost[best]!) best = k;
  });
  const max = logPost[best]!;
  const mass = logPost.map((l) => Math.exp(l - max));
  const total = mass.reduce((s, x) => s + x, 0);
  // Mass of cuts at or after each candidate, for the stretches' probabilities.
  const from = new Float64Array(at.length + 1);
  for (let k = at.length - 1; k >= 0; k--) from[k] = from[k + 1]! + mass[k]! / total;
  const firstAtOrAfter = (offset: number): number => partitionPoint(at.length, (k) => at[k]! < offset);
  return {
    at: at[best]!,
    before: (end) => Math.min(1, from[firstAtOrAfter(end)]!),
    after: (start) => Math.min(1, 1 - from[firstAtOrAfter(start + 1)]!),
  };
}
