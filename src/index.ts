/**
 * bitext as a library. Every stage is a pure function over the shared types. The CLI is
 * `import { run } from 'bitext/cli'`, kept apart so that the library does not load commander.
 * @example
 *   import { align, writeTmx } from 'bitext';
 *   const bitext = align(englishText, frenchText, { from: 'en', to: 'fr' });
 */
export * from './types.js';
export * from './errors.js';
export { VERSION } from './version.js';
export { align, type BitextOptions, type BitextResult } from './bitext.js';
export { alignDocumentsParallel, alignParallel, type ParallelOptions } from './parallel/align.js';
export * from './segment/index.js';
export * from './detect/index.js';
export * from './align/index.js';
export * from './formats/index.js';
export * from './eval/index.js';
export { decodeInput, type DecodedText, ENCODINGS, type Encoding } from './input/decode.js';
export { numberDocument, segmentParagraphs, type ParagraphSpans } from './document/build.js';
export { prepareBilingual, prepareDocument, preparePair, type PrepareOptions, type PreparedPair } from './document/prepare.js';
