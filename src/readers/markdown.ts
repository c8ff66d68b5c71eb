/**
 * Markdown (CommonMark with GFM tables, through mdast-util-from-markdown): headings, paragraphs,
 * list items, block quotes and table cells are blocks; code blocks are blocks of their own (not
 * translated, but present on both sides); link text is kept and URLs dropped; raw HTML is skipped.
 */
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { BlockKind } from '../types.js';
import { BlockBuilder, layOut } from './blocks.js';
import { decodeText } from './text.js';
import type { ReadContext, ReadDocument, Reader } from './types.js';

/** mdast block nodes by the kind of block they make. */
const KINDS: Readonly<Partial<Record<Nodes['type'], BlockKind>>> = {
  heading: 'heading',
  paragraph: 'paragraph',
  listItem: 'list-item',
  tableCell: 'table-cell',
  blockquote: 'paragraph',
};

export const markdownReader: Reader = {
  format: 'markdown',
  extensions: ['md', 'markdown', 'mdown', 'mkd'],
  read(bytes: Uint8Array, context: ReadContext): ReadDocument {
    const tree = fromMarkdown(decodeText(bytes, context), { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
    const builder = new BlockBuilder();
    visit(tree, builder);
    return layOut('markdown', builder.finish());
  },
};

function visit(node: Nodes, builder: BlockBuilder): void {
  switch (node.type) {
    case 'text':
      // A soft line ending inside a paragraph is a space.
      builder.text(node.value.replace(/\n/gu, ' '));
      return;
    case 'inlineCode':
      builder.text(node.value);
      return;
    case 'break':
      builder.lineBreak();
      return;
    case 'code':
      builder.open('code');
      builder.text(node.value);
      builder.close();
      return;
    case 'html':
    case 'definition':
    case 'image':
    case 'imageReference':
    case 'thematicBreak':
      return;
    default:
      break;
  }
  if (!('children' in node)) return;
  const kind = KINDS[node.type];
  if (kind) builder.open(kind);
  for (const child of (node as Parents).children) visit(child, builder);
  if (kind) builder.close();
}
