/**
 * bitext as a library. Every stage is a pure function over the shared types; `alignPair` is the
 * whole pipeline. The CLI is `import { run } from 'bitext/cli'`, kept apart so that the library
 * does not load commander.
 * @example
 *   import { align, writeTmx } from 'bitext';
 *   const { alignment } = align(englishText, frenchText, { from: 'en', to: 'fr' });
 */
export * from './types.js';
export * from './errors.js';
export * from './diagnostics.js';
export { VERSION } from './version.js';
export { align, alignPair, alignPairSync, type PairResult, type PairTexts, type PipelineOptions, readPair } from './pipeline/align-pair.js';
export { createThreadExecutor, PARALLEL_MIN_ROWS, type ThreadExecutor, type ThreadOptions } from './parallel/executor.js';
export * from './segment/index.js';
export * from './detect/index.js';
export * from './align/index.js';
export * from './lexical/index.js';
export * from './formats/index.js';
export * from './eval/index.js';
export { decodeInput, type DecodedText, ENCODINGS, type Encoding } from './input/decode.js';
export {
  type Block,
  type BlockSpan,
  formatOfExtension,
  MAX_ARCHIVE_TEXT_BYTES,
  MAX_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES,
  type ReadDocument,
  readDocument,
  type Reader,
  READERS,
  type ReadOptions,
  type ReadText,
} from './readers/index.js';
export { numberDocument, segmentParagraphs, type ParagraphSpans } from './document/build.js';
export { type DocumentPair, type InputText, prepareBilingual, prepareDocument, preparePair, type PrepareOptions } from './document/prepare.js';
export { alignGivenPairs, type GivenPairs, readGivenPairs } from './pipeline/given-pairs.js';
export * from './review/index.js';
