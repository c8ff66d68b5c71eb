/**
 * The data every stage shares: segment produces Documents, detect labels them,
 * align turns two of them into Beads, formats write an Alignment.
 * This file holds types and constants only, no logic.
 */

/** ISO 639-1 language code, e.g. `'en'`, `'fr'`, `'de'`. */
export type Lang = string;

/** Marker for "language could not be determined" (franc's convention). */
export const UNDETERMINED = 'und' as const;

/** UTF-16 offsets `[start, end)` into the decoded input text. */
export type Span = readonly [start: number, end: number];

/** How an input file is read. */
export const INPUT_KINDS = ['text', 'sentences'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface Sentence {
  /** 0-based position in its document: the line number `bitext split` gives it, blank lines not counted. */
  readonly index: number;
  /** 0-based index of the paragraph that holds it, in the same document. */
  readonly paragraph: number;
  /** The input text of the sentence, whitespace runs collapsed to one space and trimmed. */
  readonly text: string;
  /** Where the sentence sits in the input text. */
  readonly span: Span;
  /**
   * Set only when the sentence itself is confidently in another language than its document
   * (an untranslated sentence left in a translation).
   */
  readonly lang?: Lang;
}

/**
 * Formats documents are read from (src/readers): `text` is plain text, whose paragraphs
 * segmentation finds; every other format gives its paragraphs (blocks) itself.
 */
export const INPUT_FORMATS = ['text', 'html', 'markdown', 'docx', 'odt', 'epub', 'pdf', 'srt', 'webvtt', 'xliff'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** What a block of a structured document is; each is a paragraph of its own, never merged with the next. */
export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'table-cell', 'caption', 'footnote', 'cue', 'code'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A subtitle cue's time span `[start, end)` in milliseconds. */
export type TimeSpan = readonly [start: number, end: number];

export interface Paragraph {
  /** 0-based position in its document. */
  readonly index: number;
  /** Where the paragraph sits in the input text. */
  readonly span: Span;
  /** Its sentences as a range of sentence indices `[first, end)`. */
  readonly sentences: readonly [first: number, end: number];
  /** What block of a structured document it comes from; absent for plain text. */
  readonly kind?: BlockKind;
  /** A subtitle cue's time span. */
  readonly time?: TimeSpan;
}

/** One side of a bitext: the sentences of one language, in reading order. */
export interface Document {
  /** Input name as the user gave it (a path, or `-` for stdin). */
  readonly name: string;
  readonly lang: Lang;
  /** The format it was read from, when not plain text. */
  readonly format?: InputFormat;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

/**
 * Bead shapes the aligner may use, written `source-target` in sentences.
 * 1-3/3-1 absorb segmentation differences between the sides (worth +3 strict F1, see notes/prior art).
 */
export const BEAD_TYPES = ['0-1', '1-0', '1-1', '1-2', '2-1', '2-2', '1-3', '3-1'] as const;
export type BeadType = (typeof BEAD_TYPES)[number];

/** A rung of the alignment ladder: consecutive source sentences matched with consecutive target sentences. */
export interface Bead {
  /** Source sentence indices, ascending and consecutive; empty for a 0-1 bead. */
  readonly source: readonly number[];
  /** Target sentence indices, ascending and consecutive; empty for a 1-0 bead. */
  readonly target: readonly number[];
  /** Confidence in [0, 1]: the posterior probability of this bead (1 for a confirmed bead). */
  readonly score: number;
  /** Set (true) only on a bead fixed in advance, e.g. confirmed by a reviewer (see AlignOptions.fixed). */
  readonly confirmed?: true;
}

export interface Alignment {
  readonly source: Document;
  readonly target: Document;
  /** Every sentence of both documents appears in exactly one bead, in order. */
  readonly beads: readonly Bead[];
}

/**
 * How a one-file bilingual input is laid out (see src/detect/layout.ts): two blocks, sections,
 * alternating lines or paragraphs, line pairs split at ` / ` or ` | `, columns split at a TAB.
 */
export const LAYOUTS = ['block', 'sections', 'alternating', 'pairs', 'columns'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The two sides of a bitext, as options and outputs name them. */
export const SIDES = ['source', 'target'] as const;
export type SideName = (typeof SIDES)[number];

/** A bead's shape as `source-target` sentence counts; wider than BeadType, since gold files hold any shape. */
export type BeadShape = `${number}-${number}`;

/** The shape of a bead, e.g. `'2-1'`. */
export function beadType(bead: Pick<Bead, 'source' | 'target'>): BeadShape {
  return `${bead.source.length}-${bead.target.length}`;
}
