/**
 * Exports of the current alignment, made in the browser: TMX and TSV by the command line's own
 * writers (bundled into the page, so the rules are the same: TMX valid against the DTD with the
 * characters XML forbids removed, TSV escaped), and the corrections file for `align --anchors`.
 */
import { selectBeads } from '../src/formats/select.js';
import { writeTmx } from '../src/formats/tmx.js';
import { writeTsv } from '../src/formats/tsv.js';
import { anchorFile, formatAnchorFile } from '../src/review/anchors.js';
import { reviewedBeads, toBeads } from '../src/review/edits.js';
import type { Alignment, Document } from '../src/types.js';
import type { Review } from './model.js';

export interface Documents {
  readonly source: Document;
  readonly target: Document;
}

function alignment(documents: Documents, review: Review): Alignment {
  return { source: documents.source, target: documents.target, beads: toBeads(review.beads) };
}

/** TMX as `bitext align -f tmx` writes it: translation pairs only unless `unaligned`. */
export function tmxText(documents: Documents, review: Review, unaligned: boolean): string {
  return [...writeTmx(selectBeads(alignment(documents, review), { unaligned }).alignment)].join('');
}

/** TSV as `bitext align -f tsv` writes it: every bead, 1-0/0-1 with an empty column. */
export function tsvText(documents: Documents, review: Review): string {
  return [...writeTsv(alignment(documents, review))].join('');
}

/** The corrections file: the confirmed and edited beads, with both sides' fingerprints. */
export function anchorsText(documents: Documents, review: Review): string {
  const side = (d: Document) => ({ name: d.name, lang: d.lang, texts: d.sentences.map((s) => s.text) });
  const anchors = reviewedBeads(review.beads).map((b) => ({ source: b.source, target: b.target, status: b.confirmed ? ('confirmed' as const) : ('edited' as const) }));
  return formatAnchorFile(anchorFile(side(documents.source), side(documents.target), anchors));
}

/** The stem of the exported files' names: the source input's name without folders and extension. */
export function fileStem(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem && stem !== '-' ? stem : 'bitext';
}

/** Hand a text to the browser as a download (a blob URL: nothing leaves the machine). */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
