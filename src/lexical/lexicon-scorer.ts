/**
 * Lexical evidence from a lexicon (lexicon.ts). Each word keeps one translation: the word of the
 * other side it is most likely linked to, when that word's likeliest link is it too (mutual best,
 * in either direction's probability, at least `threshold`). Such a pair is a shared feature of
 * the two sentences that hold its words, weighted by its rarity, and spans are compared as the
 * cognates are (IDF-weighted Dice, cognates.ts): a sentence has about as many of these features as
 * it has content words, so the evidence costs what the cognates cost, and can be built for a piece
 * of a long document at a time (`range`).
 */
import { createDiceScorer } from './cognates.js';
import type { FeatureRows } from './features.js';
import { wordKey } from './fold.js';
import { type Lexicon, OTHER_WORD } from './lexicon.js';
import { offsetScorer } from './offset.js';
import type { LexicalScorer } from './scorer.js';
import { forEachLexiconPiece, readInPieces, SurfaceTable, TokenScanner, WORD } from './tokens.js';

/** The sentence texts of one side, read one at a time (NFC), so that nobody holds them all. */
export interface SentenceTexts {
  readonly count: number;
  text(k: number): string;
}

/** Sentence texts from an array. */
export function textsOf(texts: readonly string[]): SentenceTexts {
  return { count: texts.length, text: (k) => texts[k]! };
}

export interface LexiconScorerOptions {
  /** A pair is linked when t(target | source) or t(source | target) is at least this (and it is mutual best). */
  readonly threshold: number;
  /** Pseudo-weight added to the Dice denominator (see CognateScorerOptions.smoothing). */
  readonly smoothing: number;
  /** Pairs whose words are in more than this share of their side's sentences are left out: they tell sentences apart too little. */
  readonly maxShare: number;
}

/** Units [s0, s1) of the source and [t0, t1) of the target. */
export interface UnitRange {
  readonly s0: number;
  readonly s1: number;
  readonly t0: number;
  readonly t1: number;
}

/** The pair (concept) of each word of each side, or −1: mutual best links, numbered by source word. */
export function lexiconConcepts(lexicon: Lexicon, threshold: number): { source: Int32Array; target: Int32Array; count: number } {
  const S = lexicon.sourceWords.length;
  const T = lexicon.targetWords.length;
  const okS = (s: number): boolean => lexicon.sourceWords[s] !== OTHER_WORD;
  const okT = (t: number): boolean => lexicon.targetWords[t] !== OTHER_WORD;
  // Each word's best partner by the larger of the pair's two probabilities (ties: the smaller id).
  const bestS = new Int32Array(S).fill(-1);
  const bestSp = new Float64Array(S);
  const bestT = new Int32Array(T).fill(-1);
  const bestTp = new Float64Array(T);
  const consider = (s: number, t: number, p: number): void => {
    if (p < threshold || !okS(s) || !okT(t)) return;
    if (p > bestSp[s]! || (p === bestSp[s] && t < bestS[s]!)) {
      bestSp[s] = p;
      bestS[s] = t;
    }
    if (p > bestTp[t]! || (p === bestTp[t] && s < bestT[t]!)) {
      bestTp[t] = p;
      bestT[t] = s;
    }
  };
  const { forward, backward } = lexicon;
  for (let s = 0; s < S; s++) for (let k = forward.off[s]!; k < forward.off[s + 1]!; k++) consider(s, forward.ids[k]!, forward.p[k]!);
  for (let t = 0; t < T; t++) for (let k = backward.off[t]!; k < backward.off[t + 1]!; k++) consider(backward.ids[k]!, t, backward.p[k]!);
  const source = new Int32Array(S).fill(-1);
  const target = new Int32Array(T).fill(-1);
  let count = 0;
  for (let s = 0; s < S; s++) {
    const t = bestS[s]!;
    if (t >= 0 && bestT[t] === s) {
      source[s] = count;
      target[t] = count++;
    }
  }
  return { source, target, count };
}

/** Sentences read to weigh the lexicon's pairs by their rarity: every sentence of a document up to this many, else evenly spaced ones. */
export const WEIGHT_SAMPLE = 20_000;

/**
 * Each side's words that have a pair, → its number: what reading a text needs of a lexicon; and
 * a reader of each side's texts, which keeps the surface forms it has looked up for the next
 * document.
 */
interface ConceptIndex {
  readonly count: number;
  readonly source: ConceptReader;
  readonly target: ConceptReader;
}

/**
 * The concept index of a lexicon, made once per lexicon and threshold: a lexicon learned from a
 * corpus serves each of its documents, most of them far smaller than the lexicon.
 */
const conceptIndexes = new WeakMap<Lexicon, Map<number, ConceptIndex>>();

function conceptIndex(lexicon: Lexicon, threshold: number): ConceptIndex {
  let byThreshold = conceptIndexes.get(lexicon);
  if (!byThreshold) conceptIndexes.set(lexicon, (byThreshold = new Map()));
  let index = byThreshold.get(threshold);
  if (!index) {
    const concepts = lexiconConcepts(lexicon, threshold);
    const words = (list: readonly string[], concept: Int32Array): Map<string, number> => {
      const out = new Map<string, number>();
      list.forEach((w, k) => {
        if (concept[k]! >= 0) out.set(w, concept[k]!);
      });
      return out;
    };
    index = {
      count: concepts.count,
      source: new ConceptReader(words(lexicon.sourceWords, concepts.source), lexicon.prefix),
      target: new ConceptReader(words(lexicon.targetWords, concepts.target), lexicon.prefix),
    };
    byThreshold.set(threshold, index);
  }
  return index;
}

/**
 * Surface forms a reader keeps at most (some 10 MB): a corpus lexicon's reader serves every
 * document of a run, whose vocabulary keeps growing with names and numbers. Past this it starts
 * afresh; it only saves work, so what it holds changes no result.
 */
const SURFACE_CACHE_WORDS = 1 << 17;

/** A side's words → pair numbers, read from texts (surface forms cached). */
class ConceptReader {
  private table = new SurfaceTable();
  private readonly scanner = new TokenScanner();

  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly prefix: number,
  ) {}

  /** The pairs of sentence s, appended to `out` from `at`, each once; returns the new end. */
  read(text: string, out: { ids: Int32Array }, at: number): number {
    if (this.table.size >= SURFACE_CACHE_WORDS) this.table = new SurfaceTable();
    const { scanner, table } = this;
    const rowStart = at;
    scanner.reset(text);
    const add = (c: number): void => {
      if (c < 0) return;
      for (let k = rowStart; k < at; k++) if (out.ids[k] === c) return;
      if (at === out.ids.length) {
        const grown = new Int32Array(out.ids.length * 2);
        grown.set(out.ids);
        out.ids = grown;
      }
      out.ids[at++] = c;
    };
    const addPiece = (start: number, end: number): void => add(this.conceptOf(text.slice(start, end)));
    while (scanner.next()) {
      if (scanner.kind !== WORD) continue;
      const { start, end, hash } = scanner;
      if (readInPieces(text, start)) {
        forEachLexiconPiece(text, start, end, addPiece);
        continue;
      }
      let c = table.get(text, start, end, hash);
      if (c === undefined) {
        const w = text.slice(start, end);
        c = this.conceptOf(w);
        table.set(w, hash, c);
      }
      add(c);
    }
    return at;
  }

  /** The pair a word (or piece) belongs to, or −1. */
  private conceptOf(word: string): number {
    return this.index.get(wordKey(word, this.prefix)) ?? -1;
  }

  /** The pairs of sentences [from, to), rows from 0. */
  rows(texts: SentenceTexts, from: number, to: number): FeatureRows {
    const off = new Int32Array(to - from + 1);
    const out = { ids: new Int32Array(Math.max(16, (to - from) * 8)) };
    let at = 0;
    for (let s = from; s < to; s++) {
      at = this.read(texts.text(s), out, at);
      off[s - from + 1] = at;
    }
    return { off, ids: out.ids.slice(0, at) };
  }

  /**
   * In how many of the sampled sentences of a side each pair occurs, and how many were sampled;
   * with the rows of every sentence when every sentence was sampled (a document up to
   * WEIGHT_SAMPLE sentences is read once).
   */
  documentFrequency(texts: SentenceTexts, concepts: number): { df: Int32Array; sampled: number; rows?: FeatureRows } {
    const df = new Int32Array(concepts);
    const step = Math.max(1, Math.ceil(texts.count / WEIGHT_SAMPLE));
    if (step === 1) {
      const rows = this.rows(texts, 0, texts.count);
      for (const c of rows.ids) df[c]!++;
      return { df, sampled: texts.count, rows };
    }
    const out = { ids: new Int32Array(64) };
    let sampled = 0;
    for (let s = 0; s < texts.count; s += step, sampled++) {
      const n = this.read(texts.text(s), out, 0);
      for (let k = 0; k < n; k++) df[out.ids[k]!]!++;
    }
    return { df, sampled };
  }
}

/** Rows without the features of weight 0 (in place: the rows are not used again). */
function withWeight(rows: FeatureRows, weight: Float64Array): FeatureRows {
  const { off, ids } = rows;
  let at = 0;
  let k = 0;
  for (let u = 0; u + 1 < off.length; u++) {
    for (; k < off[u + 1]!; k++) if (weight[ids[k]!]! > 0) ids[at++] = ids[k]!;
    off[u + 1] = at;
  }
  return { off, ids: ids.slice(0, at) };
}

/**
 * The lexicon's evidence about a document pair, to be built for some of its units at a time. The
 * pairs are weighed once for the whole document (by their rarity in a sample of its sentences),
 * so that the evidence about a piece is the whole document's evidence restricted to that piece.
 */
export function lexiconScorers(lexicon: Lexicon, source: SentenceTexts, target: SentenceTexts, options: LexiconScorerOptions): (range?: UnitRange) => LexicalScorer {
  const concepts = conceptIndex(lexicon, options.threshold);
  const { source: srcReader, target: tgtReader } = concepts;
  const src: { df: Int32Array; sampled: number; rows?: FeatureRows | undefined } = srcReader.documentFrequency(source, concepts.count);
  const tgt: { df: Int32Array; sampled: number; rows?: FeatureRows | undefined } = tgtReader.documentFrequency(target, concepts.count);
  const weight = new Float64Array(concepts.count);
  for (let c = 0; c < concepts.count; c++) {
    const [a, b] = [src.df[c]!, tgt.df[c]!];
    if (!a || !b || a > options.maxShare * src.sampled || b > options.maxShare * tgt.sampled) continue;
    weight[c] = Math.log((src.sampled + tgt.sampled) / (a + b));
  }
  return (range) => {
    const { s0, s1, t0, t1 } = range ?? { s0: 0, s1: source.count, t0: 0, t1: target.count };
    const whole = !range && src.rows && tgt.rows;
    // withWeight compacts rows in place: rows read for the weights serve one scorer only.
    const rowsS = withWeight(whole ? src.rows! : srcReader.rows(source, s0, s1), weight);
    const rowsT = withWeight(whole ? tgt.rows! : tgtReader.rows(target, t0, t1), weight);
    if (whole) {
      src.rows = undefined;
      tgt.rows = undefined;
    }
    const inner = createDiceScorer(rowsS, rowsT, weight, options.smoothing);
    return range ? offsetScorer(inner, s0, t0, source.count, target.count) : inner;
  };
}

/** The lexicon's evidence about the sentences of a document pair (or about units `range` of it only). */
export function createLexiconScorer(lexicon: Lexicon, source: SentenceTexts, target: SentenceTexts, options: LexiconScorerOptions, range?: UnitRange): LexicalScorer {
  return lexiconScorers(lexicon, source, target, options)(range);
}
