/**
 * Shared bench helpers: the eval sets of ../shared/eval, documents built from pre-split files,
 * and scoring with the semantics each set needs (clip for prefix gold, merge for verse gold).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
export const SHARED = join(ROOT, '..', 'shared');
export const EVAL = join(SHARED, 'eval');

/** Dev sets used for tuning (as a whole), then the others. */
export const DEV_SETS = ['transread_en-fr', 'alibi_en-fr', 'textberg-dev_de-fr'];
export const ALL_SETS = [...DEV_SETS, 'fulltext_en-fr', 'scale_en-es'];

export async function loadEval() {
  return import(join(ROOT, 'dist', 'eval', 'index.js'));
}

/** Lines of a pre-split file (one sentence per line, final newline optional). */
export function readLines(path) {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Documents of a set, from its manifest: { set, doc, srcFile, tgtFile, goldFile, src, tgt, gold text, units? }. */
export async function loadSet(set, { parseManifest }) {
  const dir = join(EVAL, set);
  return parseManifest(readFileSync(join(dir, 'manifest.tsv'), 'utf8')).map((e) => {
    const doc = {
      set,
      doc: e.doc,
      srcLang: e.srcLang,
      tgtLang: e.tgtLang,
      srcFile: join(dir, e.srcFile),
      tgtFile: join(dir, e.tgtFile),
      goldFile: join(dir, e.goldFile),
      mode: set.startsWith('fulltext') ? 'clip' : set.startsWith('scale') ? 'verses' : 'plain',
    };
    if (doc.mode === 'verses') {
      doc.srcUnits = readFileSync(join(dir, `${e.doc}.verses.${e.srcLang}`), 'utf8').split('\n');
      doc.tgtUnits = readFileSync(join(dir, `${e.doc}.verses.${e.tgtLang}`), 'utf8').split('\n');
    }
    return doc;
  });
}

/** The founding example as a pseudo-set entry. */
export function foundingExample() {
  const base = join(ROOT, 'fixtures', 'un-sg-trafficking-2020');
  return { set: 'founding', doc: 'un-sg-trafficking-2020', srcLang: 'en', tgtLang: 'fr', srcFile: `${base}.en`, tgtFile: `${base}.fr`, goldFile: `${base}.gold`, mode: 'plain' };
}

/** A Document (src/types.ts) from sentence lines, one paragraph, or one paragraph per block when `paragraphEnds` is given. */
export function makeDocument(name, lang, lines, paragraphEnds) {
  let offset = 0;
  const ends = paragraphEnds ?? [lines.length];
  let p = 0;
  const sentences = lines.map((text, index) => {
    while (index >= ends[p]) p++;
    const span = [offset, offset + text.length];
    offset += text.length + 1;
    return { index, paragraph: p, text: text.replace(/\s+/gu, ' ').trim(), span };
  });
  const paragraphs = [];
  let first = 0;
  for (const end of ends) {
    if (end > first) paragraphs.push({ index: paragraphs.length, span: [sentences[first].span[0], sentences[end - 1].span[1]], sentences: [first, end] });
    first = end;
  }
  return { name, lang, paragraphs, sentences };
}

/** Test beads of a document ready to score against its gold (clip / merge applied). */
export function prepareTest(doc, testBeads, goldBeads, { clipToGold, mergeByUnits }) {
  if (doc.mode === 'clip') return clipToGold(testBeads, goldBeads);
  if (doc.mode === 'verses') return mergeByUnits(testBeads, doc.srcUnits, doc.tgtUnits);
  return testBeads;
}
