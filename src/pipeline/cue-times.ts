/**
 * Subtitles on both sides: the cues' time spans join the lexical evidence (lexical/timing.ts),
 * through the same LexicalScorer interface as cognates and dictionaries, so that the aligner
 * takes overlapping time spans as strong evidence without a path of its own.
 */
import type { AlignOptions } from '../align/index.js';
import type { DocumentPair } from '../document/prepare.js';
import { combineScorers, createCognateScorer, createTimingScorer, type LexicalScorer } from '../lexical/index.js';
import type { Document } from '../types.js';

/**
 * Weight of the time overlap against the text's own lexical evidence (weight 1) in the combined
 * similarity. Timing is the stronger cue: two subtitle tracks of one film are cut to the same
 * shots, while short lines share few cognates. 2 puts the fixture pairs' 1-1 beads above .95
 * and keeps the length model in charge where cue times disagree (test/readers/subtitles.test.ts).
 */
export const TIMING_WEIGHT = 2;

/** `options` with time evidence added when both Documents are timed subtitles; unchanged otherwise. */
export function withCueTimes(documents: Pick<DocumentPair, 'source' | 'target'>, options: AlignOptions): AlignOptions {
  const source = sentenceTimes(documents.source);
  const target = sentenceTimes(documents.target);
  if (!source || !target) return options;
  const words = options.lexical;
  return {
    ...options,
    lexical: (sourceTexts, targetTexts): LexicalScorer => {
      const timing = createTimingScorer(source.starts, source.ends, target.starts, target.ends);
      if (words === false) return timing;
      const text = words ? words(sourceTexts, targetTexts) : createCognateScorer(sourceTexts, targetTexts);
      return combineScorers([
        { scorer: text, weight: 1 },
        { scorer: timing, weight: TIMING_WEIGHT },
      ]);
    },
  };
}

/**
 * Each sentence's time span, or undefined unless every paragraph (cue) has one. A cue holding
 * several sentences shares its time among them by their length, as a viewer reads them.
 */
function sentenceTimes(document: Document): { starts: Float64Array; ends: Float64Array } | undefined {
  const n = document.sentences.length;
  if (!n || !document.paragraphs.every((p) => p.time)) return undefined;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (const p of document.paragraphs) {
    const [first, end] = p.sentences;
    const [t0, t1] = p.time!;
    let total = 0;
    for (let k = first; k < end; k++) total += document.sentences[k]!.text.length;
    let at = 0;
    for (let k = first; k < end; k++) {
      starts[k] = t0 + ((t1 - t0) * at) / total;
      at += document.sentences[k]!.text.length;
      ends[k] = t0 + ((t1 - t0) * at) / total;
    }
  }
  return { starts, ends };
}
