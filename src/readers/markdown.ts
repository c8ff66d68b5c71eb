/**
 * Markdown (CommonMark with GFM tables, through markdown-it): headings, paragraphs, list items,
 * block quotes and table cells are blocks; code blocks are blocks of their own (not translated,
 * but present on both sides); link text is kept and URLs dropped; images and raw HTML are skipped.
 */
import MarkdownIt from 'markdown-it';
import type { BlockKind } from '../types.js';
import { BlockBuilder, layOut } from './blocks.js';
import { decodeText } from './text.js';
import type { ReadContext, ReadDocument, Reader } from './types.js';

/** markdown-it's block tokens (`<name>_open` … `<name>_close`) by the kind of block they make. */
const KINDS: Readonly<Record<string, BlockKind>> = {
  heading: 'heading',
  paragraph: 'paragraph',
  list_item: 'list-item',
  blockquote: 'paragraph',
  th: 'table-cell',
  td: 'table-cell',
};

/** CommonMark as the spec says (no typographic replacements, no linkify), plus GFM tables. */
const parser = new MarkdownIt('commonmark').enable('table');

type Token = ReturnType<typeof parser.parse>[number];

export const markdownReader: Reader = {
  format: 'markdown',
  extensions: ['md', 'markdown', 'mdown', 'mkd'],
  read(bytes: Uint8Array, context: ReadContext): ReadDocument {
    const builder = new BlockBuilder();
    for (const token of parser.parse(decodeText(bytes, context), {})) {
      if (token.type === 'inline') inline(token.children ?? [], builder);
      else if (token.type === 'fence' || token.type === 'code_block') {
        builder.open('code');
        builder.text(token.content);
        builder.close();
      } else if (token.nesting !== 0 && KINDS[token.type.replace(/_(?:open|close)$/u, '')]) {
        if (token.nesting === 1) builder.open(KINDS[token.type.replace(/_open$/u, '')]!);
        else builder.close();
      }
    }
    return layOut('markdown', builder.finish());
  },
};

/** Inline content: text and code spans kept, a soft line end a space, a hard break a line break; images and raw HTML dropped. */
function inline(tokens: readonly Token[], builder: BlockBuilder): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        builder.text(token.content);
        break;
      case 'softbreak':
        builder.text(' ');
        break;
      case 'hardbreak':
        builder.lineBreak();
        break;
      default:
        break;
    }
  }
}
