/**
 * lexical: evidence that two spans of sentences translate each other, behind one interface
 * (LexicalScorer) so that the aligner never knows where it comes from: cognates and other cues
 * that need no dictionary, user dictionaries, a learned lexicon, or a combination.
 */
export type { LexicalScorer, LexicalScorerFactory, SpanCursor } from './scorer.js';
export { noLexicalEvidence } from './scorer.js';
export { onShared, type SharedLexical, sharedInt32 } from './share.js';
export { restoreLexical } from './restore.js';
export { COGNATE_DEFAULTS, type CognateScorerOptions, createCognateScorer, createCognateScorerFromRows } from './cognates.js';
export { combineScorers, type WeightedScorer } from './combine.js';
export { createDictionaryScorer } from './dictionary.js';
export { createTimingScorer } from './timing.js';
export { COGNATE_PREFIX, extractFeatures, type FeatureRows, FeatureVocabulary } from './features.js';
export { fold, normaliseNumber } from './fold.js';
export { charClasses, NUMBER, PUNCTUATION, TokenScanner, type TokenKind, tokenize, WORD } from './tokens.js';
