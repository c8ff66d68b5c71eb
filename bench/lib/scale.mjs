/**
 * Scale inputs for bench/speed: the scale_en-es Bible books (pre-split, verse-level gold)
 * repeated until a side reaches the wanted size, with the gold and verse keys offset to match.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL, readLines } from './sets.mjs';

/** Books of scale_en-es in manifest order: { src, tgt, srcUnits, tgtUnits, gold (text) }. */
export function loadBooks(parseManifest) {
  const dir = join(EVAL, 'scale_en-es');
  return parseManifest(readFileSync(join(dir, 'manifest.tsv'), 'utf8')).map((e) => ({
    doc: e.doc,
    src: readLines(join(dir, e.srcFile)),
    tgt: readLines(join(dir, e.tgtFile)),
    srcUnits: readLines(join(dir, `${e.doc}.verses.${e.srcLang}`)),
    tgtUnits: readLines(join(dir, `${e.doc}.verses.${e.tgtLang}`)),
    gold: readFileSync(join(dir, e.goldFile), 'utf8'),
  }));
}

/**
 * Whole books, repeated, until the source side has at least `size` sentences. Verse keys get the
 * repetition number so that merge-by-units never joins two copies.
 */
export function buildScale(books, size, parseLadder) {
  const src = [];
  const tgt = [];
  const srcUnits = [];
  const tgtUnits = [];
  const gold = [];
  for (let rep = 0; src.length < size; rep++) {
    for (const b of books) {
      if (src.length >= size) break;
      const so = src.length;
      const to = tgt.length;
      src.push(...b.src);
      tgt.push(...b.tgt);
      srcUnits.push(...b.srcUnits.slice(0, b.src.length).map((u) => `${rep}:${u}`));
      tgtUnits.push(...b.tgtUnits.slice(0, b.tgt.length).map((u) => `${rep}:${u}`));
      for (const bead of parseLadder(b.gold)) gold.push({ source: bead.source.map((i) => i + so), target: bead.target.map((j) => j + to) });
    }
  }
  return { src, tgt, srcUnits, tgtUnits, gold };
}
