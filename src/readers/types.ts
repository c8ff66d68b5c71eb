/**
 * What readers give: a document's blocks (its paragraphs, with their kind), laid out as one text
 * whose spans the later stages point into. A reader takes bytes and does no I/O.
 */
import type { BlockKind, InputFormat, Lang, Span, TimeSpan } from '../types.js';

/** One block as a reader finds it: a heading, a paragraph, a list item, a table cell, a cue… */
export interface Block {
  readonly kind: BlockKind;
  /** Its text; `\n` marks a line break inside the block (`<br>`, `<w:br/>`, `<text:line-break/>`). */
  readonly text: string;
  /** A subtitle cue's time span. */
  readonly time?: TimeSpan;
  /** The language the document declares for it (`lang`, `xml:lang`), a hint only. */
  readonly lang?: Lang;
}

/** A block laid out in the document's text. */
export interface BlockSpan {
  readonly kind: BlockKind;
  readonly span: Span;
  readonly time?: TimeSpan;
  readonly lang?: Lang;
}

/** A document as read: its text, and its blocks unless it is plain text (whose paragraphs segmentation finds). */
export interface ReadText {
  readonly format: InputFormat;
  readonly text: string;
  readonly blocks?: readonly BlockSpan[];
  /** The language the document declares (`<html lang>`, XLIFF `srcLang`), a hint only. */
  readonly lang?: Lang;
}

/** A document as read; a bilingual one (XLIFF with targets) also holds its translation, unit by unit. */
export interface ReadDocument extends ReadText {
  /** The targets, one block per source block (an empty target is an empty block). */
  readonly translation?: ReadText;
}

/** What every reader is told besides the bytes. */
export interface ReadContext {
  /** The input's name as the user gave it, for messages. */
  readonly name: string;
  /** A legacy encoding for text formats (`windows-1252`, `iso-8859-2`…), as `--encoding` names it. */
  readonly encoding?: string;
}

/** One format's reader. */
export interface Reader {
  readonly format: InputFormat;
  /** File extensions that name the format, lower case without the dot. */
  readonly extensions: readonly string[];
  read(bytes: Uint8Array, context: ReadContext): ReadDocument | Promise<ReadDocument>;
}
