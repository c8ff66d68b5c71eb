/**
 * ODT (OpenDocument text): the body of `content.xml`. `text:h` are headings, `text:p` paragraphs,
 * list items and table cells are blocks of their own; `text:s`, `text:tab` and `text:line-break`
 * are spaces and line breaks; footnotes and endnotes (inline in ODF) come after the body; tracked
 * changes are read as accepted (ODF keeps deleted text apart, in `text:tracked-changes`).
 */
import { InputError } from '../errors.js';
import { BlockBuilder, layOut } from './blocks.js';
import type { ReadContext, ReadDocument, Reader } from './types.js';
import { decodeXml, NS, parseXml } from './xml.js';
import { readZipEntries } from './zip.js';

const CONTENT = 'content.xml';
const SVG = 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0';

/** Elements whose content is not the document's text: deleted text of tracked changes, comments, note numbers, declarations. */
const SKIPPED: ReadonlySet<string> = new Set([
  `${NS.text} tracked-changes`,
  `${NS.text} note-citation`,
  `${NS.text} sequence-decls`,
  `${NS.office} annotation`,
  `${NS.office} forms`,
  `${SVG} title`,
  `${SVG} desc`,
]);

export const odtReader: Reader = {
  format: 'odt',
  extensions: ['odt', 'ott'],
  read(bytes: Uint8Array, context: ReadContext): ReadDocument {
    const { name } = context;
    const content = readZipEntries(bytes, name, (entry) => entry === CONTENT).get(CONTENT);
    if (!content) throw new InputError(name, `not an OpenDocument text: the archive has no ${CONTENT}`, { code: 'invalid-document' });
    const body = new BlockBuilder();
    const notes = new BlockBuilder();
    let builder = body;
    let skipped = 0;
    let inBody = false;
    let noteDepth = 0;
    parseXml(decodeXml(content, name, CONTENT), name, CONTENT, {
      open(e) {
        const key = `${e.uri} ${e.local}`;
        if (SKIPPED.has(key)) {
          skipped++;
          return;
        }
        if (e.uri === NS.office && e.local === 'text') inBody = true;
        if (skipped || !inBody) return;
        if (e.uri === NS.text) {
          switch (e.local) {
            case 'note':
              noteDepth++;
              builder = notes;
              return;
            case 'note-body':
              builder.open('footnote');
              return;
            case 'h':
              builder.open('heading');
              return;
            case 'p':
              builder.open('paragraph');
              return;
            case 'list-item':
            case 'list-header':
              builder.open('list-item');
              return;
            case 's':
              builder.text(' '.repeat(Math.min(Number(e.attr(NS.text, 'c') ?? 1) || 1, 80)));
              return;
            case 'tab':
              builder.text(' ');
              return;
            case 'line-break':
              builder.lineBreak();
              return;
            default:
              return;
          }
        }
        if (e.uri === NS.table && (e.local === 'table-cell' || e.local === 'covered-table-cell')) builder.open('table-cell');
      },
      close(e) {
        const key = `${e.uri} ${e.local}`;
        if (SKIPPED.has(key)) {
          skipped--;
          return;
        }
        if (e.uri === NS.office && e.local === 'text') inBody = false;
        if (skipped || !inBody) return;
        if (e.uri === NS.text) {
          switch (e.local) {
            case 'note':
              if (--noteDepth === 0) builder = body;
              return;
            case 'note-body':
            case 'h':
            case 'p':
            case 'list-item':
            case 'list-header':
              builder.close();
              return;
            default:
              return;
          }
        }
        if (e.uri === NS.table && (e.local === 'table-cell' || e.local === 'covered-table-cell')) builder.close();
      },
      text(text) {
        if (!skipped && inBody) builder.text(text);
      },
    });
    return layOut('odt', [...body.finish(), ...notes.finish()]);
  },
};
