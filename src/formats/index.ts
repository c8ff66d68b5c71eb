/** formats: an Alignment → the bytes its consumers read. Pure: writers yield strings, the CLI writes them. */
export {
  type CorpusInfo,
  type CorpusWriter,
  extensionOf,
  FORMATS,
  type Format,
  type WriteOptions,
  type Writer,
  type WriterOutput,
  WRITERS,
  writerForPath,
} from './writers.js';
export { writeTsv, escapeTsv, CORPUS_TSV_HEADER, type TsvOptions } from './tsv.js';
export { writeTmx, writeCorpusTmxUnits, tmxCorpusHead, corpusSourceLang, TMX_TAIL } from './tmx.js';
export { writeJson, writeJsonl, writeCorpusJsonl, beadObject, countBeads, type BeadObject, type JsonOptions, type RecordedOptions } from './json.js';
export { writeBeads, formatBead } from './beads.js';
export { writeMoses } from './moses.js';
export { writeHtml, type HtmlOptions } from './html.js';
export { selectBeads, type SelectOptions, type Selection } from './select.js';
export { sideText, formatScore, isUnaligned } from './text.js';
export { escapeXml, removeXmlIllegal } from './xml.js';
export { writeSentences } from './sentences.js';
export { writeLanguageRows, type LanguageRow, PREVIEW_WORDS } from './languages.js';
