/** bitext as a library: every stage, pure, plus the CLI's run(). */
export * from './types.js';
export * from './errors.js';
export { splitParagraphs, splitSentences, readSentenceLines, sentenceText } from './segment/index.js';
export { detectLanguage, splitBilingual, type LanguageGuess, type BilingualSplit } from './detect/index.js';
export { alignDocuments, type AlignOptions } from './align/index.js';
export { numberDocument, segmentParagraphs, type ParagraphSpans } from './document/build.js';
