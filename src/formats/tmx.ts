/**
 * TMX 1.4b, the translation-memory exchange format CAT tools import (OmegaT, Trados, memoQ).
 * Valid against the TMX 1.4b DTD; no DOCTYPE line, because tools that see one try to fetch the DTD.
 */
import type { Alignment, Bead, Document, InputFormat, Lang } from '../types.js';
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
  yield tmxHead(source.lang, source.format ?? 'text', [
    ['x-bitext-source', source.name],
    ['x-bitext-target', target.name],
  ]);
  let id = 0;
  for (const bead of alignment.beads) yield tu(String(++id), bead, source, target, '');
  yield TMX_TAIL;
}

/**
 * The language a corpus's TMX header names as the source: the one given for the whole run, else
 * `*all*` (TMX 1.4b's value for units whose source language varies).
 */
export function corpusSourceLang(given: Lang | undefined): string {
  return given ?? '*all*';
}

/**
 * The head of a corpus's TMX: the XML declaration, the `tmx` element and the header.
 * @param format the documents' format when the run gives one (their formats may differ otherwise: plain text is said)
 */
export function tmxCorpusHead(srclang: string, format: InputFormat = 'text'): string {
  return tmxHead(srclang, format, []);
}

/**
 * The units of one document of a corpus's TMX: each carries the document in a
 * `<prop type="x-bitext-doc">`, a `tuid` unique in the corpus (`<doc>:<n>`), and its own `srclang`
 * when the document's source language is not the header's.
 */
export function* writeCorpusTmxUnits(alignment: Alignment, doc: string, headerLang: string): Generator<string> {
  const { source, target } = alignment;
  const srclang = source.lang === headerLang ? '' : ` srclang="${escapeXml(source.lang)}"`;
  const prop = `      <prop type="x-bitext-doc">${escapeXml(doc)}</prop>\n`;
  let id = 0;
  for (const bead of alignment.beads) yield tu(`${doc}:${++id}`, bead, source, target, prop, srclang);
}

/** What closes a TMX file. */
export const TMX_TAIL = '  </body>\n</tmx>\n';

function tmxHead(srclang: string, format: InputFormat, props: readonly (readonly [type: string, value: string])[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tmx version="1.4">\n' +
    `  <header creationtool="${TOOL_NAME}" creationtoolversion="${VERSION}" segtype="sentence"` +
    ` o-tmf="${ORIGINAL_FORMAT[format]}" adminlang="${ADMIN_LANG}" srclang="${escapeXml(srclang)}" datatype="${DATATYPE[format]}">\n` +
    props.map(([type, value]) => `    <prop type="${type}">${escapeXml(value)}</prop>\n`).join('') +
    '  </header>\n' +
    '  <body>\n'
  );
}

function tu(id: string, bead: Bead, source: Document, target: Document, props: string, attributes = ''): string {
  let out = `    <tu tuid="${escapeXml(id)}"${attributes}>\n${props}      <prop type="x-bitext-score">${formatScore(bead.score)}</prop>\n`;
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
