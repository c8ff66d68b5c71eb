/**
 * lexical: evidence that two spans of sentences translate each other, behind one interface
 * (LexicalScorer) so that the aligner never knows where it comes from: cognates and other cues
 * that need no dictionary, user dictionaries, a learned lexicon, or a combination.
 */
export type { LexicalScorer, LexicalScorerFactory, Side, SpanCursor } from './scorer.js';
export { noLexicalEvidence } from './scorer.js';
export { onShared, type SharedLexical, sharedInt32 } from './share.js';
export { restoreLexical } from './restore.js';
export { COGNATE_DEFAULTS, type CognateScorerOptions, createCognateScorer, createCognateScorerFromRows } from './cognates.js';
export { combineScorers, type WeightedScorer } from './combine.js';
export { createTimingScorer } from './timing.js';
export { COGNATE_PREFIX, extractFeatures, type FeatureOptions, type FeatureRows, FeatureVocabulary } from './features.js';
export { fold, normaliseNumber } from './fold.js';
export { charClasses, NUMBER, PUNCTUATION, TokenScanner, type TokenKind, tokenize, WORD } from './tokens.js';
export { type BeadCorpus, type Model1, type Model1Options, trainModel1 } from './ibm1.js';
export { type Lexicon, lexiconFromModel, NULL_WORD, OTHER_WORD, type SparseRows } from './lexicon.js';
export { createLexiconScorer, lexiconConcepts, lexiconScorers, type LexiconScorerOptions, type SentenceTexts, textsOf, type UnitRange } from './lexicon-scorer.js';
export { offsetScorer } from './offset.js';
export {
  createLexiconLearner,
  type LearnedEvidence,
  type LexicalLearner,
  lexiconEvidence,
  type LexiconLearnerOptions,
  type PartialEvidence,
  selectTrainingBeads,
  trainLexicon,
  type TrainingBeads,
  type TrainingOptions,
  trainingSelection,
  type WordBeads,
  wordBeads,
} from './learn.js';
export { WordKeys, type WordRows } from './words.js';
export { differentScripts, mainScript, scriptOf } from './scripts.js';
export { createCoverageScorer, type Links } from './coverage.js';
export { createDictionaryScorer, DICTIONARY_DEFAULTS, type DictionaryScorerOptions } from './dictionary/scorer.js';
export { type DictionarySource, parseDictionary, sniffFormat } from './dictionary/read.js';
export { DICTIONARY_FORMATS, type DictionaryFormat, type ParsedDictionary } from './dictionary/types.js';
export { orientDictionary, type OrientedDictionary } from './dictionary/orient.js';
export { entryCount, entryList, type EntryRows, packDictionary } from './dictionary/entries.js';
export { countEntries, type DictionaryEntries, type DictionaryPairs, pairList, packPairs, type TermKeys, type TermPairs, type TermTable } from './dictionary/packed.js';
export { keyDictionary } from './dictionary/keys.js';
export { formatLexicon, LEXICON_MAGIC, type LexiconLanguages, parseLexicon, reverseLexicon } from './lexicon-tsv.js';
export { BeadPool, type PoolLimits } from './pool.js';
