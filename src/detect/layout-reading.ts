/**
 * A reading of a bilingual file: which side each piece of text belongs to under one layout, how
 * sure the layout is of each piece, and what it costs (−log likelihood of the file's evidence under
 * that layout, its structure included), so that layouts can be compared on the whole file.
 */
import type { LayoutFacts as DiagnosticFacts } from '../diagnostics.js';
import type { Layout, Span } from '../types.js';
import type { Evidence, Side } from './layout-evidence.js';
import type { Boundary, ContentLine } from './layout-text.js';

/** A stretch of text placed on one side. */
export interface Placed {
  readonly span: Span;
  readonly side: Side;
  /** Probability, under its reading, that the piece is on the right side: the lowest of its parts'. */
  readonly probability: number;
  /** The piece's units and their own probabilities, when they differ (a sentence near a cut is less sure than the rest of its paragraph). */
  readonly parts?: readonly Part[];
  /** What the piece's own text says of its language. */
  readonly evidence: Evidence;
  /**
   * Pieces sharing this number are one row of a pairs or columns file (or one bilingual line): the
   * layout says they translate each other.
   */
  readonly row?: number;
}

/** A stretch of a piece with its own probability of being on the right side. */
export interface Part {
  readonly span: Span;
  readonly probability: number;
}

/** Where a block, sections or alternating reading changes language. */
export type LayoutCut = NonNullable<DiagnosticFacts['cuts']>[number];

/** What the decision rests on, and the side written first (block, sections, alternating) or on the left (pairs, columns). */
export interface LayoutFacts extends DiagnosticFacts {
  readonly first: Side;
}

/**
 * The cut before unit i (i ≥ 1), at the line where the language changes: the unit's own line for a
 * change inside a line, else the last line of the unit before.
 */
export function cutBefore(lines: readonly ContentLine[], units: readonly Unit[], i: number): LayoutCut {
  const u = units[i]!;
  return { line: lines[u.boundary === 'sentence' ? u.firstLine : units[i - 1]!.lastLine]!.number, at: u.boundary };
}

/** One layout's reading of the file. */
export interface Reading {
  readonly layout: Layout;
  /** −log likelihood of the file's evidence under this reading (lower is better). */
  readonly cost: number;
  /** The pieces in text order. */
  readonly pieces: readonly Placed[];
  readonly facts: LayoutFacts;
}

/** A unit of a block, sections or alternating reading: consecutive text whose language is judged as a whole. */
export interface Unit {
  readonly span: Span;
  /** Paragraph of the file holding it. */
  readonly paragraph: number;
  /** Content lines (indices) of its first and last character. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** What separates it from the unit before: a line holding both languages in between counts as `pair`. */
  readonly boundary: Boundary | 'pair';
  readonly evidence: Evidence;
  /** Characters (without surrounding whitespace). */
  readonly length: number;
}

/**
 * Pieces of units labelled with sides: consecutive units of one paragraph on one side make one
 * piece, each unit a part with its own probability.
 */
export function piecesOf(units: readonly Unit[], sides: ArrayLike<Side>, probabilities: ArrayLike<number>, evidenceOf: (span: Span) => Evidence): Placed[] {
  const out: Placed[] = [];
  let open: { side: Side; paragraph: number; parts: Part[] } | undefined;
  const close = (): void => {
    if (!open) return;
    const { parts } = open;
    const span: Span = [parts[0]!.span[0], parts[parts.length - 1]!.span[1]];
    out.push(placed(span, open.side, parts, evidenceOf(span)));
    open = undefined;
  };
  units.forEach((u, i) => {
    const side = sides[i]!;
    if (open && (open.side !== side || open.paragraph !== u.paragraph || u.boundary === 'pair')) close();
    open ??= { side, paragraph: u.paragraph, parts: [] };
    open.parts.push({ span: u.span, probability: probabilities[i]! });
  });
  close();
  return out;
}

/** A placed piece of parts: its probability is the lowest of theirs; parts are kept only when they differ. */
export function placed(span: Span, side: Side, parts: readonly Part[], evidence: Evidence): Placed {
  const probability = parts.reduce((m, p) => Math.min(m, p.probability), 1);
  const differ = parts.some((p) => p.probability !== probability);
  return { span, side, probability, ...(differ && { parts }), evidence };
}

/** Pieces of several origins (a reading's own and the bilingual lines it keeps) merged in text order. */
export function inTextOrder(...lists: readonly (readonly Placed[])[]): Placed[] {
  return lists.flat().sort((a, b) => a.span[0] - b.span[0]);
}

/** Logarithm of a sum of exponentials of `values` (the log of a total probability from log terms), without overflow. */
export function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i]! - max);
  return max + Math.log(sum);
}
