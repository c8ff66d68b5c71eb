/**
 * What one document of a corpus gives the corpus's lexicon: the words of the beads its first pass
 * is sure of, read with the same evidence as its alignment will be (dictionaries, cue times,
 * corrections), and the languages they are in.
 */
import { confidentWords } from '../align/index.js';
import type { DocumentPair } from '../document/prepare.js';
import type { WordBeads } from '../lexical/index.js';
import type { Lang } from '../types.js';
import type { PipelineOptions } from './align-pair.js';
import { withCueTimes } from './cue-times.js';
import { userEvidence } from './evidence.js';

/** A document's confident beads as words, its languages, and how many rounds its lexicon would be learned in. */
export interface PairWords {
  readonly sourceLang: Lang;
  readonly targetLang: Lang;
  readonly beads: WordBeads;
  /** Absent: one. */
  readonly rounds?: number;
}

/**
 * The confident beads of a pair read by `readPair`, as words; with a corpus lexicon in the
 * evidence, those of a round after the first (confidentWords).
 * @throws InputError for a dictionary whose languages are not the pair's (as alignPair does)
 */
export function pairWords(documents: DocumentPair, options: PipelineOptions = {}): PairWords {
  const { lexiconFile: _file, ...rest } = options;
  const evidence = userEvidence(documents, rest);
  const { rounds, ...beads } = confidentWords(documents.source, documents.target, withCueTimes(documents, { ...rest, ...evidence.options }));
  return { sourceLang: documents.source.lang, targetLang: documents.target.lang, beads, rounds };
}
