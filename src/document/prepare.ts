/**
 * From decoded input texts to the two Documents the aligner takes: the composition of
 * segment (paragraphs, sentences) and detect (languages, sides). Pure.
 */
import { detectDocument, isDetectable, languageName, markMismatches, markPlacedAgainst, type NamedText, resolvePair, splitBilingual } from '../detect/index.js';
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import { InputError, inputLabel } from '../errors.js';
import type { BlockSpan } from '../readers/index.js';
import { readSentenceLines, sentenceText, splitParagraphs, splitSentences } from '../segment/index.js';
import { partitionPoint } from '../sequence.js';
import { type Document, type InputFormat, type InputKind, type Lang, type Layout, type Span, UNDETERMINED } from '../types.js';
import { type BlockParagraph, blockParagraphs, lineSpans } from './blocks.js';
import { bilingualSide, type Chunk, layoutData, layoutMessage, type Placement, rowChunks } from './bilingual-sides.js';
import { buildDocument, countMismatched, numberDocument, type ParagraphSpans, spanOfLines } from './build.js';

export type { NamedText };

/**
 * An input text, and for a structured document (src/readers) its format and blocks: each block is
 * a paragraph of its own, instead of the paragraphs segmentation would find in plain text.
 */
export interface InputText extends NamedText {
  readonly format?: InputFormat;
  readonly blocks?: readonly BlockSpan[];
  /** The language the document declares (`<html lang>`, XLIFF `srcLang`): used where the text is too short to tell. */
  readonly lang?: Lang;
}

/**
 * Detection confidence under which a document's declared language is taken instead: a guess of
 * confidence c is right about (1 + c) / 2 of the time (README, Language detection), so under .5
 * the detector is right less than 3 times in 4, less often than a `lang` attribute is.
 */
const HINT_MAX_CONFIDENCE = 0.5;

/**
 * The language to read `input` in: the one given, else the one the document declares when its text
 * is too short for detection to be sure (a declaration is a hint, sometimes left from a template,
 * never trusted over a text that says otherwise), else undefined (detect it).
 */
function hintedLang(input: InputText, given: Lang | undefined): Lang | undefined {
  if (given !== undefined || input.lang === undefined || !isDetectable(input.lang)) return given;
  const guess = detectDocument(input.text);
  return guess.lang === UNDETERMINED || guess.confidence < HINT_MAX_CONFIDENCE ? input.lang : undefined;
}

export interface PrepareOptions {
  /** Source language (ISO 639-1); detected when absent. */
  readonly from?: Lang;
  /** Target language (ISO 639-1); detected when absent. */
  readonly to?: Lang;
  /** `text` (running text, default) or `sentences` (one per line, blank line = paragraph break). */
  readonly input?: InputKind;
  /** Refuse a side that is confidently in another language than `from`/`to` say (default true). */
  readonly langCheck?: boolean;
  /** A one-file bilingual input: the layout to read it by (found when absent). */
  readonly layout?: Layout;
}

/** Two documents ready to align, and what the user should be told about how they were read. */
export interface DocumentPair {
  readonly source: Document;
  readonly target: Document;
  /** Swapped inputs, untranslated sentences, languages that could not be checked, a bilingual file's layout. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * A one-file bilingual input: for each sentence of each side (by index), the probability that
   * the split put it on the right side; the aligner's bead scores are weighed by it.
   */
  readonly placement?: Placement;
  /**
   * A one-file input in rows (pairs, columns): stretches of both sides to align one by one (each
   * row alone, its cells translating each other), in order, covering both sides.
   */
  readonly chunks?: readonly Chunk[];
}

/** Read one monolingual input as a Document; its language is `lang`, or detected. */
export function prepareDocument(input: InputText, options: { lang?: Lang; input?: InputKind } = {}): Document {
  const kind = options.input ?? 'text';
  // Pre-split lines need no sentence rules, so an undetermined language is no reason to stop there.
  const lang = hintedLang(input, options.lang) ?? detectDocumentLanguage(input, kind);
  if (!input.blocks) return requireSentences(buildDocument(input.text, kind, lang, input.name));
  const paragraphs = blockParagraphs(input.text, input.blocks, kind).map((p) => segmentBlockParagraph(input.text, spanOfLines(p.lines), p, kind, lang, p.lines));
  return requireSentences(withFormat(numberDocument(input.text, paragraphs, input.name, lang), input.format));
}

/**
 * A paragraph with its sentences, taking the kind and time of the block it is in: pre-split lines
 * as they are (`lines`, else those of `span`), code as one unit, else split by `lang`'s rules.
 */
function segmentBlockParagraph(
  text: string,
  span: Span,
  block: BlockParagraph | undefined,
  input: InputKind,
  lang: Lang,
  lines?: readonly Span[],
): ParagraphSpans {
  const extra = block ? { kind: block.kind, ...(block.time && { time: block.time }) } : {};
  if (input === 'sentences') return { span, sentences: lines ?? lineSpans(text, span[0], span[1]), ...extra };
  if (block?.kind === 'code') return { span, sentences: [span], ...extra };
  return { span, sentences: splitSentences(text, span, lang), ...extra };
}

function withFormat(document: Document, format: InputFormat | undefined): Document {
  return format === undefined || format === 'text' ? document : { ...document, format };
}

/** Two inputs, one per language: check (or detect) their languages, swap them if they were given the wrong way round. */
export function preparePair(source: InputText, target: InputText, options: PrepareOptions = {}): DocumentPair {
  const from = hintedLang(source, options.from);
  const to = hintedLang(target, options.to);
  const pair = resolvePair(source, target, {
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    langCheck: options.langCheck ?? true,
  });
  const [s, t] = pair.swapped ? [target, source] : [source, target];
  const input = options.input ?? 'text';
  return finish(prepareDocument(s, { lang: pair.from, input }), prepareDocument(t, { lang: pair.to, input }), pair.diagnostics);
}

/** One input holding both languages (as UN and EU messages often do): split it into its two sides, by the layout found or given. */
export function prepareBilingual(bilingual: InputText, options: PrepareOptions = {}): DocumentPair {
  const { text, name } = bilingual;
  const input = options.input ?? 'text';
  // A structured document's blocks are its paragraphs; a block holding both languages is split like any paragraph.
  const blocks = bilingual.blocks ? blockParagraphs(text, bilingual.blocks, input) : undefined;
  const split = splitBilingual(text, {
    name,
    input,
    langCheck: options.langCheck ?? true,
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
    ...(options.layout !== undefined && { layout: options.layout }),
    ...(blocks && { paragraphs: blocks.map((p) => spanOfLines(p.lines)) }),
  });
  const starts = blocks?.map((p) => spanOfLines(p.lines)[0]) ?? [];
  // The block holding a piece, for its kind (code stays one unit) and its time (subtitles).
  const blockAt = (offset: number): BlockParagraph | undefined => {
    const after = partitionPoint(starts.length, (k) => starts[k]! <= offset);
    return after === 0 ? undefined : blocks![after - 1];
  };
  const segment = (span: Span, lang: Lang): ParagraphSpans => segmentBlockParagraph(text, span, blockAt(span[0]), input, lang);
  const source = bilingualSide(text, name, split, 'source', segment);
  const target = bilingualSide(text, name, split, 'target', segment);
  const report = diagnostic('layout', 'info', layoutMessage(split), layoutData(split), { input: name });
  const pair = finish(withFormat(source.document, bilingual.format), withFormat(target.document, bilingual.format), [report], (d, other) =>
    markPlacedAgainst(markMismatches(d, other), other),
  );
  const rows = split.layout === 'pairs' || split.layout === 'columns';
  return {
    ...pair,
    placement: { source: source.placement, target: target.placement },
    ...(rows && { chunks: rowChunks(source.rows, target.rows) }),
  };
}

/** Mark untranslated sentences on both sides (by `mark`) and say how many there are. */
function finish(
  source: Document,
  target: Document,
  diagnostics: readonly Diagnostic[],
  mark: (document: Document, other: Lang) => Document = markMismatches,
): DocumentPair {
  const markedSource = mark(source, target.lang);
  const markedTarget = mark(target, source.lang);
  const out = [...diagnostics];
  for (const d of [markedSource, markedTarget]) {
    const count = countMismatched(d);
    if (!count) continue;
    const message = `${inputLabel(d.name)}: ${count} sentence${count === 1 ? '' : 's'} not in ${languageName(d.lang)} (left as they are)`;
    out.push(diagnostic('untranslated-sentences', 'warning', message, { count, lang: d.lang }, { input: d.name }));
  }
  return { source: markedSource, target: markedTarget, diagnostics: out };
}

/** A unit whose language is detected: a paragraph (or, in pre-split input without paragraphs, a line). */
export interface DetectionUnit {
  /** Its text, whitespace collapsed. */
  readonly text: string;
  /** The language a structured document declares for its block. */
  readonly lang?: Lang;
}

/**
 * The units `bitext detect` reports: paragraphs of running text (a structured document's block
 * paragraphs); paragraphs of pre-split input, or its lines when it has no blank line at all.
 */
export function detectionUnits(text: string, input: InputKind, blocks?: readonly BlockSpan[]): DetectionUnit[] {
  const unit = (lines: readonly Span[]): DetectionUnit => ({ text: sentenceText(text, spanOfLines(lines)) });
  if (blocks) return blockParagraphs(text, blocks, input).map((p) => ({ ...unit(p.lines), ...(p.lang && { lang: p.lang }) }));
  if (input === 'text') return splitParagraphs(text).map((p) => unit([p]));
  const paragraphs = readSentenceLines(text);
  if (paragraphs.length === 1) return paragraphs[0]!.map((line) => unit([line]));
  return paragraphs.map((lines) => unit(lines));
}

function detectDocumentLanguage(input: InputText, kind: InputKind): Lang {
  const guess = detectDocument(input.text);
  if (guess.lang === UNDETERMINED && kind === 'text') {
    // No paragraph at all (a file of separator lines) is the problem to report, not its language: `--lang` would not help.
    if (detectionUnits(input.text, kind, input.blocks).length === 0) throw noSentences(input.name);
    throw new InputError(input.name, 'cannot tell which language the text is in', { code: 'undetermined-language' });
  }
  return guess.lang;
}

/** The error of an input with no sentence at all: a file of separator lines, which would give an empty, silent output. */
export function noSentences(name: string): InputError {
  return new InputError(name, 'no sentences (only separator lines)', { code: 'no-sentences' });
}

function requireSentences(document: Document): Document {
  if (document.sentences.length === 0) throw noSentences(document.name);
  return document;
}
