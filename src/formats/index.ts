/** formats: an Alignment → the bytes its consumers read. Pure: writers yield strings, the CLI writes them. */
export const FORMATS = ['tmx', 'tsv', 'json', 'jsonl', 'beads', 'moses'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Formats whose consumers want translation pairs only, so 1-0/0-1 beads are left out unless asked:
 * CAT tools warn on one-language units, and Moses training drops empty lines anyway.
 */
export const PAIRS_ONLY_FORMATS: ReadonlySet<Format> = new Set(['tmx', 'moses']);

/** The format an output path's extension names, if any (`out.tmx` → tmx). */
export function formatFromPath(path: string): Format | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'ndjson') return 'jsonl';
  return (FORMATS as readonly string[]).includes(ext ?? '') ? (ext as Format) : undefined;
}

export { writeTsv, escapeTsv, type TsvOptions } from './tsv.js';
export { writeTmx } from './tmx.js';
export { writeJson, writeJsonl, beadObject, countBeads, type BeadObject, type JsonOptions, type RecordedOptions } from './json.js';
export { writeBeads, formatBead } from './beads.js';
export { writeMoses } from './moses.js';
export { selectBeads, type SelectOptions, type Selection } from './select.js';
export { sideText, formatScore, isUnaligned } from './text.js';
export { escapeXml, removeXmlIllegal } from './xml.js';
export { writeSentences } from './sentences.js';
export { writeLanguageRows, type LanguageRow, PREVIEW_WORDS } from './languages.js';
