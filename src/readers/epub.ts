/**
 * EPUB 2 and 3: `META-INF/container.xml` names the package (OPF), whose spine gives the reading
 * order; each XHTML document of the spine goes through the HTML reader, in order. Items marked
 * `linear="no"` (pop-ups, answer keys) are skipped; footnotes (`epub:type="footnote"`) are kept
 * as footnote blocks.
 */
import { InputError } from '../errors.js';
import { append } from '../sequence.js';
import type { Lang } from '../types.js';
import { layOut } from './blocks.js';
import { htmlBlocks } from './html.js';
import type { Block, ReadContext, ReadDocument, Reader } from './types.js';
import { decodeXml, parseXml } from './xml.js';
import { readZipEntries } from './zip.js';

const CONTAINER = 'META-INF/container.xml';
const XHTML_TYPES = new Set(['application/xhtml+xml', 'text/html']);
const NOTE_TYPES = /(?:^|\s)(?:footnote|endnote|rearnote|note)(?:\s|$)/u;

/** Whether an element of a chapter holds a note, by its EPUB type or ARIA role. */
const footnote = (a: Record<string, string>): boolean => NOTE_TYPES.test(a['epub:type'] ?? a.role?.replace('doc-', '') ?? '');

export const epubReader: Reader = {
  format: 'epub',
  extensions: ['epub'],
  read(bytes: Uint8Array, context: ReadContext): ReadDocument {
    const { name } = context;
    const container = readZipEntries(bytes, name, (e) => e === CONTAINER).get(CONTAINER);
    if (!container) throw new InputError(name, `not an EPUB: the archive has no ${CONTAINER}`, { code: 'invalid-document' });
    let packagePath: string | undefined;
    parseXml(decodeXml(container, name, CONTAINER), name, CONTAINER, {
      open(e) {
        if (e.local === 'rootfile' && packagePath === undefined) packagePath = e.attr('', 'full-path');
      },
    });
    if (!packagePath) throw new InputError(name, `not an EPUB: ${CONTAINER} names no package document`, { code: 'invalid-document' });
    const opf = readZipEntries(bytes, name, (e) => e === packagePath).get(packagePath);
    if (!opf) throw new InputError(name, `damaged EPUB: its package document ${packagePath} is missing`, { code: 'invalid-document' });
    const { spine, lang } = readPackage(decodeXml(opf, name, packagePath), name, packagePath);
    const wanted = new Set(spine);
    const documents = readZipEntries(bytes, name, (e) => wanted.has(e));
    const blocks: Block[] = [];
    for (const path of spine) {
      const xhtml = documents.get(path);
      if (!xhtml) throw new InputError(name, `damaged EPUB: ${path}, in the reading order, is missing`, { code: 'invalid-document' });
      append(blocks, htmlBlocks(decodeXml(xhtml, name, path), { name, label: path, footnote }).blocks);
    }
    return layOut('epub', blocks, lang);
  },
};

/** The archive paths of the spine's linear XHTML documents, in reading order, and the book's language. */
function readPackage(xml: string, name: string, path: string): { spine: string[]; lang?: Lang } {
  const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const items = new Map<string, { href: string; type: string }>();
  const order: string[] = [];
  let inLanguage = false;
  let lang = '';
  parseXml(xml, name, path, {
    open(e) {
      if (e.local === 'item') items.set(e.attr('', 'id') ?? '', { href: e.attr('', 'href') ?? '', type: e.attr('', 'media-type') ?? '' });
      else if (e.local === 'itemref' && e.attr('', 'linear') !== 'no') order.push(e.attr('', 'idref') ?? '');
      else if (e.local === 'language') inLanguage = true;
    },
    close(e) {
      if (e.local === 'language') inLanguage = false;
    },
    text(t) {
      if (inLanguage && !lang) lang = t.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
    },
  });
  // Each document once, where it first comes: a book's spine names each chapter once, and a spine
  // naming one chapter thousands of times would read it thousands of times over (a few KB of
  // archive, gigabytes of text).
  const spine = new Set(
    order
      .map((id) => items.get(id))
      .filter((item): item is { href: string; type: string } => item !== undefined && XHTML_TYPES.has(item.type))
      .map((item) => resolve(base, item.href)),
  );
  return { spine: [...spine], ...(lang && { lang }) };
}

/** An href of the package, as an archive path: relative to the package's folder, percent-decoded, `..` resolved. */
function resolve(base: string, href: string): string {
  const path = percentDecoded(href.split('#')[0]!);
  const parts: string[] = [];
  for (const part of `${base}${path}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** `%20` as a space; an href whose escapes do not decode (`%E0%A4%A`) is taken as it is written. */
function percentDecoded(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
