/**
 * A lexicon learned from the document itself (Moore 2002): the beads the first pass is sure of
 * are the training corpus of IBM Model 1, and the model's evidence then joins the evidence the
 * first pass had, for the final pass. Pure.
 */
import { spread } from '../sequence.js';
import { trainModel1 } from './ibm1.js';
import { type Lexicon, lexiconFromModel, OTHER_WORD } from './lexicon.js';
import { lexiconScorers, type LexiconScorerOptions, type SentenceTexts, type UnitRange } from './lexicon-scorer.js';
import type { LexicalScorer } from './scorer.js';
import { differentScripts } from './scripts.js';
import { WordKeys, type WordRows } from './words.js';

/** Beads of a first pass: bead k is source sentences [s0[k], s1[k]) with target sentences [t0[k], t1[k]), of posterior posterior[k]. */
export interface TrainingBeads {
  readonly s0: Int32Array;
  readonly s1: Int32Array;
  readonly t0: Int32Array;
  readonly t1: Int32Array;
  readonly posterior: Float64Array;
}

/**
 * Evidence added to the final pass's, built for the units at hand only: the whole document, or
 * one piece of a long one at a time, so that it never has to be held for all of a long document.
 */
export interface PartialEvidence {
  /** Its weight, added to the first pass's evidence (weight 1). */
  readonly weight: number;
  /** The evidence about units `range` (indexed as in the document), or about all of them. */
  over(range?: UnitRange): LexicalScorer;
}

/** What a learner gives the final pass: its evidence, and the lexicon it learned (to save or reuse). */
export interface LearnedEvidence {
  readonly evidence: PartialEvidence;
  readonly lexicon: Lexicon;
}

/** Evidence learned between the passes of one alignment. */
export interface LexicalLearner {
  /** What the final pass adds from the beads of the first pass; undefined: nothing (too little to learn from). */
  learn(beads: TrainingBeads): LearnedEvidence | undefined;
  /**
   * How many times the evidence is learned (absent: once): after the first, from the first pass
   * searched again with the evidence learned the time before (engine.ts learnEvidence).
   */
  readonly rounds?: number;
}

/** A lexicon's evidence about a document pair, built for the units at hand. */
export function lexiconEvidence(lexicon: Lexicon, source: SentenceTexts, target: SentenceTexts, options: LexiconScorerOptions, weight: number): PartialEvidence {
  return { weight, over: lexiconScorers(lexicon, source, target, options) };
}

export interface LexiconLearnerOptions {
  /** Beads of at least this posterior are trained on. */
  readonly threshold: number;
  /** Largest side of a training bead, in sentences (1: 1-1 beads only). */
  readonly maxSide: number;
  /** Fewer confident beads than this: nothing is learned (the document is too small to learn from). */
  readonly minBeads: number;
  /** At most this many training beads, evenly spaced over the document. */
  readonly maxBeads: number;
  /** Letters kept of each folded word (0: whole words). */
  readonly prefix: number;
  readonly iterations: number;
  /** Words seen fewer times than this in the training beads are OTHER_WORD. */
  readonly minCount: number;
  /** At most this many words a side, the most frequent. */
  readonly maxWords: number;
  /** Pairs less likely than this in both directions are dropped from the lexicon. */
  readonly minProbability: number;
  readonly scorer: LexiconScorerOptions;
  /** Weight of the lexicon's score added to the first pass's (which has weight 1). */
  readonly weight: number;
  /**
   * How many times the lexicon is learned (absent: once); each time after the first, from the
   * beads of the first pass searched again with the lexicon learned the time before.
   */
  readonly rounds?: number;
  /**
   * The training beads of a pair whose sides are written in different scripts (scripts.ts): no
   * cognate backs the first pass there, its posteriors run lower, and its beads are less often
   * 1-1 (Japanese writes some 1.8 sentences per English one); a lexicon learned from beads that
   * only the lengths placed places them better when learned again from the beads it placed; and
   * with next to no cognates, the lexicon is the pair's word evidence, weighed accordingly.
   * Absent: as any pair.
   */
  readonly acrossScripts?: Pick<LexiconLearnerOptions, 'threshold' | 'maxSide' | 'rounds'> & Partial<Pick<LexiconLearnerOptions, 'weight'>>;
}

/**
 * The options a pair's training beads are chosen by: `acrossScripts` where its sides' scripts
 * differ (`across`, when the caller has already read the scripts: prepare.ts reads them once a
 * document; else read here).
 */
export function trainingSelection<T extends Pick<LexiconLearnerOptions, 'threshold' | 'maxSide' | 'rounds' | 'weight' | 'acrossScripts'>>(
  source: SentenceTexts,
  target: SentenceTexts,
  options: T,
  across?: boolean,
): T {
  return options.acrossScripts && (across ?? differentScripts(source, target)) ? { ...options, ...options.acrossScripts } : options;
}

/** Which of the beads to train on: confident, small, at most `maxBeads` evenly spaced. */
export function selectTrainingBeads(beads: TrainingBeads, options: Pick<LexiconLearnerOptions, 'threshold' | 'maxSide' | 'maxBeads'>): number[] {
  const chosen: number[] = [];
  for (let k = 0; k < beads.posterior.length; k++) {
    const a = beads.s1[k]! - beads.s0[k]!;
    const b = beads.t1[k]! - beads.t0[k]!;
    if (a >= 1 && b >= 1 && a <= options.maxSide && b <= options.maxSide && beads.posterior[k]! >= options.threshold) chosen.push(k);
  }
  return spread(chosen, options.maxBeads);
}

/** The words of each chosen bead on one side, as ids of `keys`. */
function beadRows(texts: SentenceTexts, from: Int32Array, to: Int32Array, chosen: readonly number[], keys: WordKeys): WordRows {
  const off = new Int32Array(chosen.length + 1);
  const ids: number[] = [];
  chosen.forEach((k, b) => {
    for (let s = from[k]!; s < to[k]!; s++) {
      for (const w of keys.wordsOf(texts.text(s))) ids.push(w);
    }
    off[b + 1] = ids.length;
  });
  return { off, ids: Int32Array.from(ids) };
}

/**
 * The training vocabulary of one side: words seen at least minCount times, the maxWords most
 * frequent (ties by word), then OTHER_WORD for the rest; rows renumbered to it. The ids of the
 * input do not matter: the same words in the same beads give the same vocabulary.
 */
function vocabulary(rows: WordRows, keys: readonly string[], options: Pick<LexiconLearnerOptions, 'minCount' | 'maxWords'>): { words: string[]; rows: WordRows } {
  const count = new Int32Array(keys.length);
  for (const id of rows.ids) count[id]!++;
  const kept = Array.from(count.keys())
    .filter((id) => count[id]! >= options.minCount)
    .sort((a, b) => count[b]! - count[a]! || (keys[a]! < keys[b]! ? -1 : 1))
    .slice(0, options.maxWords);
  const remap = new Int32Array(keys.length).fill(kept.length);
  kept.forEach((id, k) => {
    remap[id] = k;
  });
  return { words: [...kept.map((id) => keys[id]!), OTHER_WORD], rows: { off: rows.off, ids: rows.ids.map((id) => remap[id]!) } };
}

/** Training beads as words of each side: bead b is source.ids[source.off[b]..) with target.ids[target.off[b]..). */
export interface WordBeads {
  /** The (folded) word of each id, on each side. */
  readonly sourceWords: readonly string[];
  readonly targetWords: readonly string[];
  readonly source: WordRows;
  readonly target: WordRows;
}

/** What training takes of a learner's options: how words are read and counted, EM, pruning. */
export type TrainingOptions = Pick<LexiconLearnerOptions, 'prefix' | 'iterations' | 'minCount' | 'maxWords' | 'minProbability'>;

/** The lexicon IBM Model 1 learns from training beads (vocabulary cut, EM, pairs pruned). */
export function trainLexicon(beads: WordBeads, options: TrainingOptions): Lexicon {
  const src = vocabulary(beads.source, beads.sourceWords, options);
  const tgt = vocabulary(beads.target, beads.targetWords, options);
  const model = trainModel1({ source: src.rows, target: tgt.rows, sourceWords: src.words.length, targetWords: tgt.words.length }, { iterations: options.iterations });
  return lexiconFromModel(model, src.words, tgt.words, options.prefix, options.minProbability);
}

/** Learns a lexicon from the first pass of a document pair (`across`: as `trainingSelection`). */
export function createLexiconLearner(source: SentenceTexts, target: SentenceTexts, options: LexiconLearnerOptions, across?: boolean): LexicalLearner {
  const selection = trainingSelection(source, target, options, across);
  return {
    ...(selection.rounds !== undefined && { rounds: selection.rounds }),
    learn(beads) {
      const chosen = selectTrainingBeads(beads, selection);
      if (chosen.length < options.minBeads) return undefined;
      const lexicon = trainLexicon(wordBeads(source, target, beads, chosen, options.prefix), options);
      return { lexicon, evidence: lexiconEvidence(lexicon, source, target, options.scorer, selection.weight) };
    },
  };
}

/** The words of the chosen beads of a document pair. */
export function wordBeads(source: SentenceTexts, target: SentenceTexts, beads: TrainingBeads, chosen: readonly number[], prefix: number): WordBeads {
  const srcKeys = new WordKeys(prefix);
  const tgtKeys = new WordKeys(prefix);
  const src = beadRows(source, beads.s0, beads.s1, chosen, srcKeys);
  const tgt = beadRows(target, beads.t0, beads.t1, chosen, tgtKeys);
  return { sourceWords: srcKeys.keys, targetWords: tgtKeys.keys, source: src, target: tgt };
}
