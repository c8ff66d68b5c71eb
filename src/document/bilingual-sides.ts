/**
 * The two Documents of a one-file bilingual input, built from the pieces its layout placed on each
 * side, and what the pipeline reports about that layout. Pure.
 */
import type { BilingualSplit } from '../detect/index.js';
import type { DiagnosticData } from '../diagnostics.js';
import type { Document, Lang, SideName, Span } from '../types.js';
import { numberDocument, type ParagraphSpans } from './build.js';

/** For each sentence of each side (by index), the probability that it is on the right side. */
export interface Placement {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

/**
 * A stretch of both sides that is aligned on its own: a row of a pairs or columns file (its cells
 * translate each other), or the lines between two rows. Sentence index ranges `[first, end)`.
 */
export interface Chunk {
  readonly source: readonly [first: number, end: number];
  readonly target: readonly [first: number, end: number];
}

/**
 * One side of a bilingual input: each of its pieces is a paragraph, made into sentences by `paragraph`
 * (running text by the side's language, pre-split input one sentence a line, code as one unit).
 *
 * @returns the Document, each sentence's probability of being on the right side (its piece's), and its row
 */
export function bilingualSide(
  text: string,
  name: string,
  split: BilingualSplit,
  side: SideName,
  paragraph: (span: Span, lang: Lang) => ParagraphSpans,
): { document: Document; placement: number[]; rows: (number | undefined)[] } {
  const lang = side === 'source' ? split.from : split.to;
  const pieces = split.pieces.filter((p) => p.side === side);
  const paragraphs: ParagraphSpans[] = pieces.map((p) => paragraph(p.span, lang));
  const document = numberDocument(text, paragraphs, name, lang);
  let piece = 0;
  const pieceOf = document.sentences.map((sentence) => {
    const start = sentence.span[0];
    while (piece + 1 < pieces.length && pieces[piece + 1]!.span[0] <= start) piece++;
    return pieces[piece];
  });
  const placement = document.sentences.map((sentence, k) => {
    const p = pieceOf[k];
    if (!p) return 1;
    if (!p.parts) return p.probability;
    const [start, end] = sentence.span;
    return p.parts.reduce((m, part) => (part.span[0] < end && part.span[1] > start ? Math.min(m, part.probability) : m), 1);
  });
  return { document, placement, rows: pieceOf.map((p) => p?.row) };
}

/**
 * The chunks of a rows layout: each row alone, and the sentences between two rows together.
 *
 * @param source the row of each source sentence (undefined outside rows)
 * @param target the same for the target side
 * @returns chunks covering both sides in order; a row whose cells are on one side only joins the lines around it
 */
export function rowChunks(source: readonly (number | undefined)[], target: readonly (number | undefined)[]): Chunk[] {
  const spans = (rows: readonly (number | undefined)[]): Map<number, [number, number]> => {
    const out = new Map<number, [number, number]>();
    rows.forEach((row, i) => {
      if (row === undefined) return;
      const span = out.get(row);
      if (span) span[1] = i + 1;
      else out.set(row, [i, i + 1]);
    });
    return out;
  };
  const s = spans(source);
  const t = spans(target);
  const chunks: Chunk[] = [];
  let at: [number, number] = [0, 0];
  for (const [row, sourceSpan] of s) {
    const targetSpan = t.get(row);
    if (!targetSpan || sourceSpan[0] < at[0] || targetSpan[0] < at[1]) continue;
    if (sourceSpan[0] > at[0] || targetSpan[0] > at[1]) chunks.push({ source: [at[0], sourceSpan[0]], target: [at[1], targetSpan[0]] });
    chunks.push({ source: sourceSpan, target: targetSpan });
    at = [sourceSpan[1], targetSpan[1]];
  }
  if (at[0] < source.length || at[1] < target.length) chunks.push({ source: [at[0], source.length], target: [at[1], target.length] });
  return chunks;
}

/** The facts of the `layout` diagnostic. */
export function layoutData(split: BilingualSplit): DiagnosticData['layout'] {
  const { facts } = split;
  return {
    layout: split.layout,
    from: split.from,
    to: split.to,
    first: facts.first === 0 ? 'source' : 'target',
    probability: split.probability,
    alternatives: split.alternatives,
    forced: split.forced,
    ...(facts.cuts && { cuts: facts.cuts }),
    ...(facts.units && { units: facts.units }),
    ...(facts.delimiter && { delimiter: facts.delimiter }),
    ...(facts.rows !== undefined && { rows: facts.rows }),
    ...(facts.columns && { columns: facts.columns }),
    ...(facts.columnCount !== undefined && { columnCount: facts.columnCount }),
    ...(facts.pairLines !== undefined && { pairLines: facts.pairLines }),
  };
}

/** The plain message of the `layout` diagnostic: the layout and its probability. */
export function layoutMessage(split: BilingualSplit): string {
  const how = split.forced ? 'given' : `probability ${split.probability.toFixed(2)}`;
  return `layout: ${split.layout} (${how}), ${split.from} to ${split.to}`;
}

/** Weigh bead scores by the probability that their sentences were put on the right side. */
export function weighByPlacement<B extends { readonly source: readonly number[]; readonly target: readonly number[]; readonly score: number }>(
  beads: readonly B[],
  placement: Placement,
): B[] {
  const least = (ids: readonly number[], p: readonly number[]): number => ids.reduce((m, i) => Math.min(m, p[i] ?? 1), 1);
  return beads.map((b) => {
    const factor = least(b.source, placement.source) * least(b.target, placement.target);
    return factor >= 1 ? b : { ...b, score: b.score * factor };
  });
}

