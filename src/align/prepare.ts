/**
 * From Documents (or bare lengths) to the numbers the engine works on: lengths, heading cues,
 * paragraph bounds, lexical features, the lexical scorer, anchors and fixed beads.
 */
import {
  combineScorers,
  createCognateScorerFromRows,
  createDictionaryScorer,
  createLexiconLearner,
  differentScripts,
  lexiconEvidence,
  type DictionaryEntries,
  type DictionaryScorerOptions,
  type Lexicon,
  type LexiconLearnerOptions,
  type LexiconScorerOptions,
  type SentenceTexts,
  extractFeatures,
  FeatureVocabulary,
  type LexicalScorer,
  type LexicalScorerFactory,
  noLexicalEvidence,
  type PartialEvidence,
} from '../lexical/index.js';
import type { Bead, Document } from '../types.js';
import { nfc } from '../unicode.js';
import { findAnchors } from './anchors.js';
import { isHeadingLike } from './headings.js';
import type { AlignmentProblem, FixedBead, ProblemSide, UnmatchedRun } from './problem.js';
import { UsageError } from '../errors.js';

export interface PrepareSettings {
  readonly lexical: LexicalScorerFactory | false | undefined;
  readonly paragraphs: boolean;
  readonly anchors: boolean;
  /** Beads that must be in the alignment, ascending (see AlignOptions.fixed). */
  readonly fixed: readonly Pick<Bead, 'source' | 'target'>[];
  /** Evidence beyond the cognates (ignored when `lexical` is given). */
  readonly evidence: LexicalEvidence;
}

/** Evidence beyond the cognates: a dictionary, and a lexicon given or one to learn between the passes. */
export interface LexicalEvidence {
  readonly dictionary?: { readonly entries: DictionaryEntries; readonly weight: number; readonly scorer: DictionaryScorerOptions };
  /** A lexicon given, with its weight, and its weight where the sides are written in different scripts (absent: the same). */
  readonly lexicon?: { readonly lexicon: Lexicon; readonly weight: number; readonly acrossScripts?: number; readonly scorer: LexiconScorerOptions };
  readonly learn?: LexiconLearnerOptions;
}

/** The weight of a lexicon given to a pair: its weight across scripts where the pair's sides are written in two (`across`). */
function givenWeight(lexicon: NonNullable<LexicalEvidence['lexicon']>, across: boolean): number {
  const w = lexicon.acrossScripts;
  return w !== undefined && across ? w : lexicon.weight;
}

/** The evidence of a lexicon given about a document pair (`across`: its sides are written in two scripts). */
export function givenLexiconEvidence(lexicon: NonNullable<LexicalEvidence['lexicon']>, texts: { source: SentenceTexts; target: SentenceTexts }, across: boolean): PartialEvidence {
  return lexiconEvidence(lexicon.lexicon, texts.source, texts.target, lexicon.scorer, givenWeight(lexicon, across));
}

/** A document's sentences as a learner reads them (NFC), one at a time: the Documents hold the text. */
export function sentenceTexts(doc: Document): SentenceTexts {
  return { count: doc.sentences.length, text: (k) => nfc(doc.sentences[k]!.text) };
}

/** Sentence bounds of a document's paragraphs, or undefined if they do not tile its sentences in order. */
export function paragraphBounds(doc: Document): Int32Array | undefined {
  const ps = doc.paragraphs;
  const b = new Int32Array(ps.length + 1);
  let at = 0;
  for (let k = 0; k < ps.length; k++) {
    const [first, end] = ps[k]!.sentences;
    if (first !== at || end <= first) return undefined;
    at = end;
    b[k + 1] = end;
  }
  return at === doc.sentences.length ? b : undefined;
}

function side(texts: readonly string[], doc: Document, withParagraphs: boolean): ProblemSide {
  // Sentences detection marked as in another language than their document's (the other side's).
  const foreign = doc.sentences.some((s) => s.lang !== undefined) ? Uint8Array.from(doc.sentences, (s) => (s.lang !== undefined ? 1 : 0)) : undefined;
  return {
    len: Float64Array.from(texts, (t) => t.length),
    heading: Uint8Array.from(texts, (t) => (isHeadingLike(t) ? 1 : 0)),
    paragraphs: withParagraphs ? paragraphBounds(doc) : undefined,
    ...(foreign && { foreign }),
  };
}

/** Prepare two documents for the engine. Scoring reads the NFC form of each sentence. */
export function prepareDocuments(source: Document, target: Document, settings: PrepareSettings): AlignmentProblem {
  const srcTexts = source.sentences.map((s) => nfc(s.text));
  const tgtTexts = target.sentences.map((s) => nfc(s.text));
  // Paragraph-first only when both sides have several paragraphs.
  const both = settings.paragraphs && source.paragraphs.length > 1 && target.paragraphs.length > 1;
  const needFeatures = settings.lexical === undefined || settings.anchors;
  const texts = { source: sentenceTexts(source), target: sentenceTexts(target) };
  // Read once a document: the names' skeletons, the given lexicon's weight, the learner and the final pass's decoding all ask it.
  const across = differentScripts(texts.source, texts.target);
  const vocab = new FeatureVocabulary();
  const featureOptions = { nameSkeletons: across };
  const srcRows = needFeatures ? extractFeatures(srcTexts, vocab, undefined, featureOptions) : undefined;
  const tgtRows = needFeatures ? extractFeatures(tgtTexts, vocab, undefined, featureOptions) : undefined;
  // Anchors first: the cognate scorer takes the feature rows over.
  const anchors =
    settings.anchors && srcRows && tgtRows && srcTexts.length && tgtTexts.length ? findAnchors(srcRows, tgtRows, vocab, tgtTexts.length / srcTexts.length) : [];
  let lexical: LexicalScorer =
    settings.lexical === false
      ? noLexicalEvidence(srcTexts.length, tgtTexts.length)
      : settings.lexical
        ? settings.lexical(srcTexts, tgtTexts)
        : createCognateScorerFromRows(vocab, srcRows!, tgtRows!);
  const { dictionary, lexicon, learn } = settings.lexical === false ? {} : settings.evidence;
  const add = (scorer: LexicalScorer, weight: number): LexicalScorer => combineScorers([{ scorer: lexical, weight: 1 }, { scorer, weight }], { sum: true });
  if (dictionary) lexical = add(createDictionaryScorer(texts.source, texts.target, dictionary.entries, dictionary.scorer), dictionary.weight);
  return {
    source: side(srcTexts, source, both),
    target: side(tgtTexts, target, both),
    lexical,
    anchors,
    ...fixedBeads(settings.fixed),
    ...(lexicon && { evidence: givenLexiconEvidence(lexicon, texts, across) }),
    ...(learn && !lexicon && { learner: createLexiconLearner(texts.source, texts.target, learn, across) }),
    ...(across && { acrossScripts: true }),
  };
}

/**
 * Fixed beads as the problem takes them: beads with two sides as sentence ranges, the sentences
 * of one-sided beads as sentences to leave unmatched. Indices must be consecutive integers: a bead
 * that skips a sentence cannot be a rung of the ladder.
 */
export function fixedBeads(beads: readonly Pick<Bead, 'source' | 'target'>[]): Pick<AlignmentProblem, 'fixed' | 'unmatched'> {
  const fixed: FixedBead[] = [];
  const unmatched = { source: [] as number[], target: [] as number[], runs: [] as UnmatchedRun[] };
  for (const bead of beads) {
    for (const ids of [bead.source, bead.target]) {
      ids.forEach((id, k) => {
        if (!Number.isInteger(id) || id < 0 || (k > 0 && id !== ids[k - 1]! + 1)) {
          throw new UsageError(`fixed bead [${bead.source.join(',')}]:[${bead.target.join(',')}]: sentence indices must be consecutive integers`, {
            code: 'invalid-fixed-bead',
          });
        }
      });
    }
    if (bead.source.length && bead.target.length) {
      fixed.push({ s0: bead.source[0]!, s1: bead.source[bead.source.length - 1]! + 1, t0: bead.target[0]!, t1: bead.target[bead.target.length - 1]! + 1 });
    } else {
      unmatched.source.push(...bead.source);
      unmatched.target.push(...bead.target);
      const [side, ids] = bead.source.length ? (['source', bead.source] as const) : (['target', bead.target] as const);
      if (ids.length > 1) unmatched.runs.push({ side, first: ids[0]!, end: ids[ids.length - 1]! + 1 });
    }
  }
  fixed.sort((a, b) => a.s0 - b.s0 || a.t0 - b.t0);
  unmatched.source.sort((a, b) => a - b);
  unmatched.target.sort((a, b) => a - b);
  return { fixed, unmatched };
}

/** Prepare bare sentence lengths: no text, so no lexical evidence, headings or paragraphs. */
export function prepareLengths(sourceLengths: readonly number[], targetLengths: readonly number[]): AlignmentProblem {
  const bare = (lengths: readonly number[]): ProblemSide => ({
    len: Float64Array.from(lengths),
    heading: new Uint8Array(lengths.length),
    paragraphs: undefined,
  });
  return {
    source: bare(sourceLengths),
    target: bare(targetLengths),
    lexical: noLexicalEvidence(sourceLengths.length, targetLengths.length),
    anchors: [],
    fixed: [],
    unmatched: { source: [], target: [] },
  };
}
