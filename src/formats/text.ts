/** How beads become text: shared by every writer so that all formats show the same strings. */
import { LADDER_SCORE_DECIMALS } from '../eval/ladder.js';
import type { Bead, BlockKind, Document, Lang } from '../types.js';

/** The text of one side of a bead: its sentences joined with one space. */
export function sideText(document: Document, ids: readonly number[]): string {
  return ids.map((i) => document.sentences[i]!.text).join(' ');
}

/**
 * The language of each sentence of one side of a bead, when at least one of them differs from its
 * document's language (an untranslated sentence); `undefined` when all are in the document's language.
 */
export function sideLangs(document: Document, ids: readonly number[]): Lang[] | undefined {
  if (!ids.some((i) => document.sentences[i]!.lang !== undefined)) return undefined;
  return ids.map((i) => document.sentences[i]!.lang ?? document.lang);
}

/**
 * The block kind of each sentence of one side of a bead (heading, list item, table cell…), when its
 * document was read from a structured format; `undefined` for plain text.
 */
export function sideKinds(document: Document, ids: readonly number[]): BlockKind[] | undefined {
  if (document.format === undefined) return undefined;
  return ids.map((i) => document.paragraphs[document.sentences[i]!.paragraph]!.kind ?? 'paragraph');
}

/** The score as written in text formats (fixed decimals, so output bytes do not depend on float printing). */
export function formatScore(score: number): string {
  return score.toFixed(LADDER_SCORE_DECIMALS);
}

/** The score as a JSON number, rounded like `formatScore`. */
export function roundScore(score: number): number {
  return Number(score.toFixed(LADDER_SCORE_DECIMALS));
}

/** True for 1-0 and 0-1 beads. */
export function isUnaligned(bead: Bead): boolean {
  return bead.source.length === 0 || bead.target.length === 0;
}
