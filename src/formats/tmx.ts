/**
 * TMX 1.4b, the translation-memory exchange format CAT tools import (OmegaT, Trados, memoQ).
 * Valid against the TMX 1.4b DTD; no DOCTYPE line, because tools that see one try to fetch the DTD.
 */
import type { Alignment, Bead, Document, InputFormat } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { formatScore, sideLangs, sideText } from './text.js';
import { escapeXml } from './xml.js';

/** `o-tmf`, the original format the units come from: the source document's format. */
const ORIGINAL_FORMAT: Readonly<Record<InputFormat, string>> = {
  text: 'plaintext',
  html: 'html',
  markdown: 'markdown',
  docx: 'docx',
  odt: 'odt',
  epub: 'epub',
  pdf: 'pdf',
  srt: 'srt',
  webvtt: 'webvtt',
  xliff: 'xliff',
};

/** `datatype`, from the TMX 1.4b list of recommended values: what kind of data the segments were in. */
const DATATYPE: Readonly<Record<InputFormat, string>> = {
  text: 'plaintext',
  html: 'html',
  markdown: 'plaintext',
  docx: 'xml',
  odt: 'xml',
  epub: 'html',
  pdf: 'plaintext',
  srt: 'plaintext',
  webvtt: 'plaintext',
  xliff: 'xml',
};

/** The language the TMX's own administrative text (props, notes) is in. */
const ADMIN_LANG = 'en';

/** TMX lines of an alignment: one `tu` per bead, 1-0/0-1 beads as a `tu` with one `tuv` if they were kept. */
export function* writeTmx(alignment: Alignment): Generator<string> {
  const { source, target } = alignment;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<tmx version="1.4">\n';
  const format = source.format ?? 'text';
  yield `  <header creationtool="${TOOL_NAME}" creationtoolversion="${VERSION}" segtype="sentence"` +
    ` o-tmf="${ORIGINAL_FORMAT[format]}" adminlang="${ADMIN_LANG}" srclang="${escapeXml(source.lang)}" datatype="${DATATYPE[format]}">\n`;
  yield `    <prop type="x-bitext-source">${escapeXml(source.name)}</prop>\n`;
  yield `    <prop type="x-bitext-target">${escapeXml(target.name)}</prop>\n`;
  yield '  </header>\n';
  yield '  <body>\n';
  let id = 0;
  for (const bead of alignment.beads) yield tu(++id, bead, source, target);
  yield '  </body>\n';
  yield '</tmx>\n';
}

function tu(id: number, bead: Bead, source: Document, target: Document): string {
  let out = `    <tu tuid="${id}">\n      <prop type="x-bitext-score">${formatScore(bead.score)}</prop>\n`;
  if (bead.confirmed) out += '      <prop type="x-bitext-confirmed">yes</prop>\n';
  if (bead.source.length) out += tuv(source, bead.source);
  if (bead.target.length) out += tuv(target, bead.target);
  return `${out}    </tu>\n`;
}

function tuv(document: Document, ids: readonly number[]): string {
  const langs = sideLangs(document, ids);
  const mismatch = langs
    ? `<prop type="x-bitext-lang-mismatch">${escapeXml([...new Set(langs.filter((l) => l !== document.lang))].join(' '))}</prop>`
    : '';
  return `      <tuv xml:lang="${escapeXml(document.lang)}">${mismatch}<seg>${escapeXml(sideText(document, ids))}</seg></tuv>\n`;
}
