/**
 * Blocks as readers build them: text comes in pieces (runs, text nodes, inline elements) inside
 * nested block elements (a paragraph inside a list item inside a table cell), and goes out as a
 * flat list of blocks, then as one text with a span per block.
 */
import type { BlockKind, InputFormat, Lang, TimeSpan } from '../types.js';
import type { Block, BlockSpan, ReadText } from './types.js';

/** Kinds a nested paragraph takes over from the block around it: a `<p>` inside an `<li>` is a list item. */
const CONTAINER_KINDS: ReadonlySet<BlockKind> = new Set(['list-item', 'table-cell', 'footnote', 'caption', 'heading']);

/**
 * Collects blocks from a walk over a document tree: `open` on entering a block element, `text`
 * and `lineBreak` inside it, `close` on leaving it. Text outside any block element is a paragraph.
 * Whitespace inside a block is collapsed as HTML and XML documents render it (`preserve` keeps it,
 * for code).
 */
export class BlockBuilder {
  private readonly blocks: Block[] = [];
  private readonly stack: { kind: BlockKind; lang: Lang | undefined; time: TimeSpan | undefined }[] = [];
  private parts: string[] = [];

  /** Enter a block element; text already gathered becomes a block of its own. */
  open(kind: BlockKind, options: { lang?: Lang | undefined; time?: TimeSpan } = {}): void {
    this.flush();
    const outer = this.stack[this.stack.length - 1];
    const inherited = kind === 'paragraph' && outer && CONTAINER_KINDS.has(outer.kind) ? outer.kind : kind;
    this.stack.push({ kind: inherited, lang: options.lang ?? outer?.lang, time: options.time ?? outer?.time });
  }

  /** Leave the innermost block element. */
  close(): void {
    this.flush();
    this.stack.pop();
  }

  text(piece: string): void {
    this.parts.push(piece);
  }

  /** A line break inside the block. */
  lineBreak(): void {
    this.parts.push('\n');
  }

  /** Whether text has been gathered since the last block ended. */
  get pending(): boolean {
    return this.parts.some((p) => /\S/u.test(p));
  }

  /** The blocks, in document order; no empty block. */
  finish(): Block[] {
    this.flush();
    return this.blocks;
  }

  private flush(): void {
    if (!this.parts.length) return;
    const top = this.stack[this.stack.length - 1];
    const kind = top?.kind ?? 'paragraph';
    const text = kind === 'code' ? tidyCode(this.parts.join('')) : tidyBlockText(this.parts.join(''));
    this.parts = [];
    if (!text) return;
    this.blocks.push({ kind, text, ...(top?.time && { time: top.time }), ...(top?.lang && { lang: top.lang }) });
  }
}

/** A block's text as rendered: whitespace runs (line ends of the source markup included) are one space, line breaks kept, lines trimmed. */
export function tidyBlockText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u200b]+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Code keeps its lines and indentation; only blank lines at either end go. */
function tidyCode(text: string): string {
  return text.replace(/^\s*\n/u, '').replace(/\s+$/u, '');
}

/** Blocks stand apart in the laid-out text by a blank line, so that the text alone reads as they do. */
const BLOCK_SEPARATOR = '\n\n';

/** Lay blocks out as one text with a span per block. */
export function layOut(format: InputFormat, blocks: readonly Block[], lang?: Lang): ReadText {
  const spans: BlockSpan[] = [];
  let text = '';
  for (const block of blocks) {
    if (text) text += BLOCK_SEPARATOR;
    // A blank line inside a block (code) would read as a block boundary in the laid-out text.
    const body = block.text.replace(/\n[ \t]*(?=\n)/gu, '\n');
    const start = text.length;
    text += body;
    spans.push({
      kind: block.kind,
      span: [start, text.length],
      ...(block.time && { time: block.time }),
      ...(block.lang && { lang: block.lang }),
    });
  }
  return { format, text, blocks: spans, ...(lang && { lang }) };
}
