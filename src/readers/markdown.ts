/**
 * Markdown (CommonMark with GFM tables, through markdown-it): headings, paragraphs, list items,
 * block quotes and table cells are blocks; code blocks are blocks of their own (not translated,
 * but present on both sides); link text is kept and URLs dropped; images and raw HTML are skipped.
 */
import MarkdownIt from 'markdown-it';
import { InputError } from '../errors.js';
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

/**
 * Levels of block nesting read (a list item in a list is two): markdown-it's default preset's.
 * The commonmark preset's 20 is nine nested lists, and past its limit markdown-it skips the rest
 * of the document without a word, so a document that goes deeper is refused instead.
 */
export const MAX_MARKDOWN_NESTING = 100;

/** CommonMark as the spec says (no typographic replacements, no linkify), plus GFM tables. */
const parser = new MarkdownIt('commonmark', { maxNesting: MAX_MARKDOWN_NESTING }).enable('table');

/** Thrown where markdown-it would skip text for nesting too deep. */
class TooDeep extends Error {}

{
  // markdown-it's block tokenizer stops at the limit when a block remains (state.level is the
  // nesting); every nested block is read through this method, so it sees each place it would.
  const tokenize = parser.block.tokenize.bind(parser.block);
  parser.block.tokenize = (state, startLine, endLine) => {
    const line = state.skipEmptyLines(startLine);
    if (state.level >= MAX_MARKDOWN_NESTING && line < endLine && state.sCount[line]! >= state.blkIndent) throw new TooDeep();
    tokenize(state, startLine, endLine);
  };
}

type Token = ReturnType<typeof parser.parse>[number];

export const markdownReader: Reader = {
  format: 'markdown',
  extensions: ['md', 'markdown', 'mdown', 'mkd'],
  read(bytes: Uint8Array, context: ReadContext): ReadDocument {
    const builder = new BlockBuilder();
    for (const token of parse(decodeText(bytes, context), context.name)) {
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

/** @throws InputError when blocks nest deeper than MAX_MARKDOWN_NESTING (markdown-it would drop the text past them) */
function parse(text: string, name: string): Token[] {
  try {
    return parser.parse(text, {});
  } catch (error) {
    if (error instanceof TooDeep) {
      throw new InputError(name, `Markdown blocks nested over ${MAX_MARKDOWN_NESTING} levels deep (lists, block quotes); refused`, { code: 'unsafe-document' });
    }
    throw error;
  }
}

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
