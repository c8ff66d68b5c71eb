/**
 * DOCX (Office Open XML): the body of `word/document.xml` paragraph by paragraph, then the
 * footnotes and endnotes. Text split across runs is joined; a soft line break (`<w:br/>`) is a
 * line break inside its paragraph; tracked changes are read as accepted (deleted and moved-away
 * text skipped, inserted text kept); field codes are skipped and their results kept. Headings and
 * captions are told by their style, list items by their numbering, table cells by the table.
 */
import { InputError } from '../errors.js';
import { append } from '../sequence.js';
import { BlockBuilder, layOut } from './blocks.js';
import type { Block, ReadContext, ReadDocument, Reader } from './types.js';
import { decodeXml, NS, parseXml, type XmlElement } from './xml.js';
import { readZipEntries } from './zip.js';

const DOCUMENT = 'word/document.xml';
const NOTES = ['word/footnotes.xml', 'word/endnotes.xml'] as const;
const STYLES = 'word/styles.xml';

/** Elements whose content is not part of the accepted text: tracked deletions and moves away, field codes, VML copies of drawings. */
const SKIPPED = new Set(['del', 'moveFrom', 'instrText', 'delInstrText', 'fldData']);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** What a paragraph style makes a paragraph. */
interface StyleKinds {
  readonly headings: ReadonlySet<string>;
  readonly captions: ReadonlySet<string>;
  readonly lists: ReadonlySet<string>;
}

export const docxReader: Reader = {
  format: 'docx',
  extensions: ['docx', 'docm', 'dotx'],
  read(bytes: Uint8Array, context: ReadContext): ReadDocument {
    const { name } = context;
    const entries = readZipEntries(bytes, name, (entry) => entry === DOCUMENT || entry === STYLES || (NOTES as readonly string[]).includes(entry));
    const body = entries.get(DOCUMENT);
    if (!body) throw new InputError(name, `not a Word document: the archive has no ${DOCUMENT}`, { code: 'invalid-document' });
    const styles = readStyles(entries.get(STYLES), name);
    const blocks = readParts(decodeXml(body, name, DOCUMENT), name, DOCUMENT, styles, false);
    for (const part of NOTES) {
      const notes = entries.get(part);
      if (notes) append(blocks, readParts(decodeXml(notes, name, part), name, part, styles, true));
    }
    return layOut('docx', blocks);
  },
};

/** Blocks of one part (the body, or the notes); in the notes every block is a footnote. */
function readParts(xml: string, name: string, label: string, styles: StyleKinds, notes: boolean): Block[] {
  const builder = new BlockBuilder();
  let skipped = 0;
  let inText = false;
  let inRun = 0;
  // The paragraph being read: its kind is known from its properties, which come first.
  let paragraph: { kind: 'heading' | 'caption' | 'list-item' | 'paragraph'; numbered: boolean; opened: boolean; markDeleted: boolean } | undefined;
  let inParagraphProperties = false;
  let separatorNote = false;

  const openParagraph = () => {
    if (!paragraph || paragraph.opened) return;
    paragraph.opened = true;
    // Numbering makes a list item of a plain paragraph (a numbered heading stays a heading).
    builder.open(notes ? 'footnote' : paragraph.numbered && paragraph.kind === 'paragraph' ? 'list-item' : paragraph.kind);
  };

  parseXml(xml, name, label, {
    open(e: XmlElement) {
      if (e.uri === MC && e.local === 'Fallback') skipped++;
      if (e.uri !== NS.w) return;
      if (SKIPPED.has(e.local)) {
        // A deleted paragraph mark (w:pPr/w:rPr/w:del) joins the paragraph to the next one.
        if (e.local === 'del' && inParagraphProperties && paragraph) paragraph.markDeleted = true;
        else skipped++;
        return;
      }
      if (skipped) return;
      switch (e.local) {
        case 'footnote':
        case 'endnote': {
          const type = e.attr(NS.w, 'type');
          separatorNote = type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice';
          return;
        }
        case 'tc':
          builder.open('table-cell');
          return;
        case 'p':
          if (!paragraph) paragraph = { kind: 'paragraph', numbered: false, opened: false, markDeleted: false };
          return;
        case 'pPr':
          inParagraphProperties = true;
          return;
        case 'pStyle': {
          const style = e.attr(NS.w, 'val') ?? '';
          if (paragraph && inParagraphProperties) paragraph.kind = styleKind(style, styles);
          return;
        }
        case 'outlineLvl':
          if (paragraph && inParagraphProperties && Number(e.attr(NS.w, 'val')) < 9) paragraph.kind = 'heading';
          return;
        case 'numPr':
          if (paragraph && inParagraphProperties) paragraph.numbered = true;
          return;
        case 'r':
          inRun++;
          return;
        case 't':
          if (inRun && !separatorNote) {
            openParagraph();
            inText = true;
          }
          return;
        case 'tab':
        case 'ptab':
          if (inRun && !separatorNote) {
            openParagraph();
            builder.text(' ');
          }
          return;
        case 'noBreakHyphen':
          if (inRun) builder.text('-');
          return;
        case 'br':
        case 'cr': {
          const type = e.attr(NS.w, 'type');
          if (!inRun || separatorNote) return;
          openParagraph();
          // Page and column breaks are layout; a text-wrapping break is a line break in the paragraph.
          if (type === 'page' || type === 'column') builder.text(' ');
          else builder.lineBreak();
          return;
        }
        default:
          return;
      }
    },
    close(e: XmlElement) {
      if (e.uri === MC && e.local === 'Fallback') skipped--;
      if (e.uri !== NS.w) return;
      if (SKIPPED.has(e.local)) {
        if (!(e.local === 'del' && inParagraphProperties)) skipped--;
        return;
      }
      if (skipped) return;
      switch (e.local) {
        case 'footnote':
        case 'endnote':
          separatorNote = false;
          return;
        case 'tc':
          builder.close();
          return;
        case 'pPr':
          inParagraphProperties = false;
          return;
        case 'r':
          inRun--;
          return;
        case 't':
          inText = false;
          return;
        case 'p':
          if (paragraph?.markDeleted) {
            paragraph.markDeleted = false;
            return;
          }
          if (paragraph?.opened) builder.close();
          paragraph = undefined;
          return;
        default:
          return;
      }
    },
    text(text: string) {
      if (inText && !skipped) builder.text(text);
    },
  });
  return builder.finish();
}

function styleKind(style: string, styles: StyleKinds): 'heading' | 'caption' | 'list-item' | 'paragraph' {
  if (styles.headings.has(style) || /^(?:heading\s?\d|title|subtitle)$/iu.test(style)) return 'heading';
  if (styles.captions.has(style) || /^caption$/iu.test(style)) return 'caption';
  if (styles.lists.has(style)) return 'list-item';
  return 'paragraph';
}

/**
 * Paragraph styles by what they make: headings (a built-in heading name, whatever the style id is
 * in the document's language, or an outline level), captions, and list styles (numbered by the
 * style). Styles based on one of those are the same kind.
 */
function readStyles(bytes: Uint8Array | undefined, name: string): StyleKinds {
  const headings = new Set<string>();
  const captions = new Set<string>();
  const lists = new Set<string>();
  if (!bytes) return { headings, captions, lists };
  const basedOn = new Map<string, string>();
  let id: string | undefined;
  parseXml(decodeXml(bytes, name, STYLES), name, STYLES, {
    open(e) {
      if (e.uri !== NS.w) return;
      if (e.local === 'style') id = e.attr(NS.w, 'type') === 'paragraph' ? e.attr(NS.w, 'styleId') : undefined;
      if (id === undefined) return;
      const val = e.attr(NS.w, 'val') ?? '';
      if (e.local === 'name' && /^(?:heading \d|title|subtitle)$/iu.test(val)) headings.add(id);
      if (e.local === 'name' && /^caption$/iu.test(val)) captions.add(id);
      if (e.local === 'outlineLvl' && Number(val) < 9) headings.add(id);
      if (e.local === 'numPr') lists.add(id);
      if (e.local === 'basedOn') basedOn.set(id, val);
    },
  });
  for (const [style] of basedOn) {
    const seen = new Set<string>();
    for (let s: string | undefined = style; s !== undefined && !seen.has(s); s = basedOn.get(s)) {
      seen.add(s);
      for (const set of [headings, captions, lists]) if (set.has(s)) set.add(style);
    }
  }
  return { headings, captions, lists };
}
