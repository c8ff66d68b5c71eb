/**
 * Alignment chunk by chunk: in a one-file input laid out in rows (pairs, columns), each row's cells
 * translate each other by the layout itself, so each row is aligned on its own (a row of two
 * sentences against one is a 2-1 bead, never merged with the next row), and so are the lines
 * between two rows.
 */
import { type AlignOptions, alignDocuments } from '../align/index.js';
import type { Chunk } from '../document/bilingual-sides.js';
import type { Bead, Document, Paragraph, Sentence } from '../types.js';

/** Sentences `[first, end)` of a document as a document of their own, numbered from 0. */
function subDocument(document: Document, first: number, end: number): Document {
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let from = -1;
  for (let k = first; k < end; k++) {
    const s = document.sentences[k]!;
    const i = k - first;
    if (s.paragraph !== from) {
      from = s.paragraph;
      paragraphs.push({ index: paragraphs.length, span: document.paragraphs[from]!.span, sentences: [i, i + 1] });
    } else {
      const last = paragraphs[paragraphs.length - 1]!;
      paragraphs[paragraphs.length - 1] = { ...last, sentences: [last.sentences[0], i + 1] };
    }
    sentences.push({ index: i, paragraph: paragraphs.length - 1, text: s.text, span: s.span, ...(s.lang !== undefined && { lang: s.lang }) });
  }
  return { name: document.name, lang: document.lang, paragraphs, sentences };
}

/**
 * Align two documents chunk by chunk.
 *
 * @param source the source document
 * @param target the target document
 * @param chunks stretches of both, in order, covering both (see `rowChunks`)
 * @param options the engine's options
 * @returns the beads, every sentence in exactly one, in order
 */
export function alignChunks(source: Document, target: Document, chunks: readonly Chunk[], options: AlignOptions): Bead[] {
  const beads: Bead[] = [];
  for (const { source: [s0, s1], target: [t0, t1] } of chunks) {
    // A chunk with one side empty holds lines with nothing to translate them: certain 1-0 or 0-1 beads.
    if (t1 === t0) for (let i = s0; i < s1; i++) beads.push({ source: [i], target: [], score: 1 });
    else if (s1 === s0) for (let j = t0; j < t1; j++) beads.push({ source: [], target: [j], score: 1 });
    else {
      for (const b of alignDocuments(subDocument(source, s0, s1), subDocument(target, t0, t1), options)) {
        beads.push({ ...b, source: b.source.map((i) => i + s0), target: b.target.map((j) => j + t0) });
      }
    }
  }
  return beads;
}
