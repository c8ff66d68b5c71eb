/**
 * The data a review page carries: both sides' sentences (with paragraph starts and untranslated
 * sentences), the beads, and the search band when there is one. The HTML writer (formats/html.ts)
 * writes it as JSON into the page; the page reads it back into Documents and beads with
 * `reviewDocuments`, so that its exports go through the same writers as the command line.
 */
import type { Bead, Document, Sentence } from '../types.js';

export const REVIEW_DATA_VERSION = 1;

/** A side's name, language and format (the TMX header names it) as its Document has them. */
export interface ReviewSideData extends Pick<Document, 'name' | 'lang' | 'format'> {
  readonly sentences: readonly string[];
  /** The first sentence index of each paragraph, ascending. */
  readonly paragraphs: readonly number[];
  /** Sentences not in the side's language, as [index, language] pairs. */
  readonly mismatched: readonly (readonly [number, string])[];
}

/** A bead as the page stores it: source count, target count, score, 1 when confirmed. Beads run in order over all sentences. */
export type ReviewDataBead = readonly [sourceCount: number, targetCount: number, score: number, confirmed: 0 | 1];

/** The search band over source positions 0..n: target positions lo[x]..hi[x] were searched. */
export interface SearchBand {
  readonly lo: ArrayLike<number>;
  readonly hi: ArrayLike<number>;
}

export interface ReviewData {
  readonly version: typeof REVIEW_DATA_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  readonly source: ReviewSideData;
  readonly target: ReviewSideData;
  readonly beads: readonly ReviewDataBead[];
  readonly band?: { readonly lo: readonly number[]; readonly hi: readonly number[] };
}

/** The first sentence of each paragraph of a document. */
export function paragraphStarts(document: Document): number[] {
  return document.paragraphs.filter((p) => p.sentences[1] > p.sentences[0]).map((p) => p.sentences[0]);
}

/** Untranslated sentences of a document as [index, language] pairs. */
export function mismatchedSentences(document: Document): [number, string][] {
  const out: [number, string][] = [];
  for (const s of document.sentences) if (s.lang !== undefined) out.push([s.index, s.lang]);
  return out;
}

/**
 * True when the beads hold every sentence of both documents exactly once, in order, each side of
 * each bead consecutive: the only alignments a review page can edit and export whole.
 */
export function coversInOrder(beads: readonly Pick<Bead, 'source' | 'target'>[], n: number, m: number): boolean {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    if (!b.source.length && !b.target.length) return false;
    for (const s of b.source) if (s !== i++) return false;
    for (const t of b.target) if (t !== j++) return false;
  }
  return i === n && j === m;
}

/** A Document rebuilt from the page's data (spans are not kept: no writer reads them). */
function sideDocument(side: ReviewSideData): Document {
  const starts = side.paragraphs.length && side.paragraphs[0] === 0 ? side.paragraphs : [0, ...side.paragraphs];
  const langs = new Map(side.mismatched);
  let p = -1;
  const sentences: Sentence[] = side.sentences.map((text, index) => {
    while (p + 1 < starts.length && starts[p + 1]! <= index) p++;
    const lang = langs.get(index);
    return { index, paragraph: Math.max(0, p), text, span: [0, 0], ...(lang !== undefined && { lang }) };
  });
  const paragraphs = side.sentences.length
    ? starts.map((first, index) => ({ index, span: [0, 0] as const, sentences: [first, starts[index + 1] ?? side.sentences.length] as const }))
    : [];
  return { name: side.name, lang: side.lang, ...(side.format !== undefined && { format: side.format }), paragraphs, sentences };
}

/** The Documents and beads of a page's data. */
export function reviewDocuments(data: ReviewData): { source: Document; target: Document; beads: Bead[] } {
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  for (const [ns, nt, score, confirmed] of data.beads) {
    const source = Array.from({ length: ns }, (_, k) => i + k);
    const target = Array.from({ length: nt }, (_, k) => j + k);
    i += ns;
    j += nt;
    beads.push(confirmed ? { source, target, score, confirmed: true } : { source, target, score });
  }
  return { source: sideDocument(data.source), target: sideDocument(data.target), beads };
}
