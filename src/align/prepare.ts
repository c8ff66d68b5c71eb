/**
 * From Documents (or bare lengths) to the numbers the engine works on: lengths, heading cues,
 * paragraph bounds, lexical features, the lexical scorer and anchors.
 */
import type { Document } from '../types.js';
import { findAnchors } from './anchors.js';
import type { PreparedPair, PreparedSide } from './engine.js';
import { extractFeatures, FeatureVocabulary, isHeadingLike, nfc } from './features.js';
import { createCognateScorerFromRows, type LexicalScorer, type LexicalScorerFactory, noLexicalEvidence } from './lexical.js';

export interface PrepareSettings {
  readonly lexical: LexicalScorerFactory | false | undefined;
  readonly paragraphs: boolean;
  readonly anchors: boolean;
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

function side(texts: readonly string[], doc: Document, withParagraphs: boolean): PreparedSide {
  return {
    len: Float64Array.from(texts, (t) => t.length),
    heading: Uint8Array.from(texts, (t) => (isHeadingLike(t) ? 1 : 0)),
    paragraphs: withParagraphs ? paragraphBounds(doc) : undefined,
  };
}

/** Prepare two documents for the engine. Scoring reads the NFC form of each sentence. */
export function prepareDocuments(source: Document, target: Document, settings: PrepareSettings): PreparedPair {
  const srcTexts = source.sentences.map((s) => nfc(s.text));
  const tgtTexts = target.sentences.map((s) => nfc(s.text));
  // Paragraph-first only when both sides have several paragraphs.
  const both = settings.paragraphs && source.paragraphs.length > 1 && target.paragraphs.length > 1;
  const needFeatures = settings.lexical === undefined || settings.anchors;
  const vocab = new FeatureVocabulary();
  const srcRows = needFeatures ? extractFeatures(srcTexts, vocab) : undefined;
  const tgtRows = needFeatures ? extractFeatures(tgtTexts, vocab) : undefined;
  // Anchors first: the cognate scorer takes the feature rows over.
  const anchors =
    settings.anchors && srcRows && tgtRows && srcTexts.length && tgtTexts.length ? findAnchors(srcRows, tgtRows, vocab, tgtTexts.length / srcTexts.length) : [];
  const lexical: LexicalScorer =
    settings.lexical === false
      ? noLexicalEvidence(srcTexts.length, tgtTexts.length)
      : settings.lexical
        ? settings.lexical(srcTexts, tgtTexts)
        : createCognateScorerFromRows(vocab, srcRows!, tgtRows!);
  return {
    source: side(srcTexts, source, both),
    target: side(tgtTexts, target, both),
    lexical,
    anchors,
  };
}

/** Prepare bare sentence lengths: no text, so no lexical evidence, headings or paragraphs. */
export function prepareLengths(sourceLengths: readonly number[], targetLengths: readonly number[]): PreparedPair {
  const bare = (lengths: readonly number[]): PreparedSide => ({
    len: Float64Array.from(lengths),
    heading: new Uint8Array(lengths.length),
    paragraphs: undefined,
  });
  return {
    source: bare(sourceLengths),
    target: bare(targetLengths),
    lexical: noLexicalEvidence(sourceLengths.length, targetLengths.length),
    anchors: [],
  };
}
