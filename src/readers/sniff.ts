/**
 * Which format a document is in: by its content first (a ZIP archive's entries, `%PDF-`, an XML
 * root, a subtitle header), then by its name's extension, else plain text.
 */
import { InputError } from '../errors.js';
import type { InputFormat } from '../types.js';
import { isZip, readZipEntries, zipEntryNames } from './zip.js';

/** Characters of the start of a file that sniffing reads. */
const SNIFF_CHARS = 4096;

const ZIP_MIMETYPES: Readonly<Record<string, InputFormat>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.text-template': 'odt',
  'application/epub+zip': 'epub',
};

/**
 * The format of a document's bytes.
 * @param extension the extension of its name (lower case, no dot), `''` for stdin
 * @param byExtension the format each known extension names
 */
export function sniffFormat(bytes: Uint8Array, name: string, extension: string, byExtension: ReadonlyMap<string, InputFormat>): InputFormat {
  if (isZip(bytes)) return zipFormat(bytes, name);
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  const head = mayBeMarkedUp(bytes) ? headText(bytes) : undefined;
  if (head !== undefined) {
    const start = head.replace(/^\uFEFF/u, '').trimStart();
    if (/^WEBVTT(?:[ \t]|\r?\n|$)/u.test(start)) return 'webvtt';
    if (/^\d+[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]+-->/u.test(start)) return 'srt';
    const root = xmlRoot(start);
    if (root === 'xliff') return 'xliff';
    if (root === 'html' || /^<!doctype html/iu.test(start) || /^<html[\s>]/iu.test(start)) return 'html';
  }
  return byExtension.get(extension) ?? 'text';
}

function zipFormat(bytes: Uint8Array, name: string): InputFormat {
  const names = zipEntryNames(bytes, name);
  if (names.includes('mimetype')) {
    const mimetype = new TextDecoder().decode(readZipEntries(bytes, name, (e) => e === 'mimetype').get('mimetype')).trim();
    const format = ZIP_MIMETYPES[mimetype];
    if (format) return format;
  }
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('META-INF/container.xml')) return 'epub';
  if (names.includes('content.xml')) return 'odt';
  throw new InputError(name, 'a ZIP archive, but not a DOCX, ODT or EPUB document', { code: 'invalid-document' });
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether the start of a file could be one that the content decides (WebVTT, SubRip, XML, HTML):
 * each begins, past a BOM and white space, with `W`, a digit or `<`. A UTF-8 file that begins with
 * another ASCII character is read by its extension without decoding its start (a corpus reads two
 * small files a document); anything else (UTF-16, a non-ASCII start) is decoded and looked at.
 */
function mayBeMarkedUp(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  const c = bytes[i];
  return c === undefined || c >= 0x80 || c === 0x57 /* W */ || c === 0x3c /* < */ || (c >= 0x30 && c <= 0x39);
}

/** The start of a text file (UTF-8, or UTF-16 with a BOM), or undefined for binary data. */
function headText(bytes: Uint8Array): string | undefined {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  const head = bytes.subarray(0, SNIFF_CHARS);
  if (encoding === 'utf-8' && head.includes(0)) return undefined;
  return new TextDecoder(encoding).decode(head);
}

/** The local name of an XML document's root element, past its declaration, comments and DOCTYPE. */
function xmlRoot(start: string): string | undefined {
  const rest = start.replace(/^(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[^]*?\])?\s*>\s*)*/iu, '');
  const m = /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/u.exec(rest);
  return m?.[1]?.toLowerCase();
}
