#!/usr/bin/env node
/**
 * How often the language check (`resolvePair` with --from/--to) refuses short texts: texts in the
 * language they are said to be in (every refusal is wrong), and the same texts said to be in an
 * unrelated language (every pass is wrong). Short texts full of names (genealogies, lists of
 * places) are where franc goes astray: it judges the names.
 *
 * Texts, cut into pieces of N consecutive verses (default 10):
 *   - scale_en-es (../shared/eval), both sides;
 *   - the New Testaments of bench/languages.mjs when they are in its cache (see
 *     bench/lib/parallel-texts.mjs), in every script.
 * Also the documents of bench/corpus (scale_en-es cut into ~10-verse documents, both sides
 * checked with --from en --to es, as `batch` does), counted over its three 10-verse runs (20 000,
 * 10 000 and 40 000 documents).
 *
 *   npm run build && node bench/refusals.mjs [--verses 10,20] [--list]
 */
import { join } from 'node:path';
import { bibleLanguages, GROUP_FILES, verseTexts } from './lib/parallel-texts.mjs';
import { chunks as verseChunks } from './lib/bible-corpus.mjs';
import { loadBooks } from './lib/scale.mjs';
import { loadEval, ROOT } from './lib/sets.mjs';

const { resolvePair } = await import(join(ROOT, 'dist', 'index.js'));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const SIZES = opt('--verses', '10').split(',').map(Number);
const LIST = args.includes('--list');
/** bench/corpus's runs of ~10-verse documents: --small and the two --memory runs. */
const CORPUS_RUNS = [20000, 10000, 40000];

/** A language said for a text that is not in it: unrelated to the text's own. */
const WRONG = { en: 'es', es: 'en', de: 'fr', fr: 'de', pt: 'en', it: 'en', nl: 'fr', id: 'es', ms: 'en', sv: 'de', da: 'en', no: 'fr', hr: 'en' };
const EMPTY = { name: 'empty', text: '' };

/** Whether the check refuses `text` said to be in `lang` (the other side empty: not checked). */
function refused(text, lang, other) {
  try {
    resolvePair({ name: 'piece', text }, EMPTY, { from: lang, to: other });
    return undefined;
  } catch (error) {
    if (error.code === 'wrong-language') return error.message;
    throw error;
  }
}

const ev = await loadEval();
const books = loadBooks(ev.parseManifest);
const texts = [
  { name: 'scale_en-es en', lang: 'en', verses: books.flatMap((b) => b.src) },
  { name: 'scale_en-es es', lang: 'es', verses: books.flatMap((b) => b.tgt) },
];
const seen = new Set();
for (const [lang, file] of [...bibleLanguages(), ...Object.entries(GROUP_FILES)]) {
  if (seen.has(file)) continue;
  seen.add(file);
  const verses = verseTexts(file);
  if (verses) texts.push({ name: file, lang, verses });
}

const rows = [];
for (const size of SIZES) {
  const row = { size, pieces: 0, rightRefused: 0, wrongChecked: 0, wrongPassed: 0 };
  for (const t of texts) {
    for (let i = 0; i < t.verses.length; i += size) {
      const piece = `${t.verses.slice(i, i + size).join('\n')}\n`;
      row.pieces++;
      const other = t.lang === 'en' ? 'fr' : 'en';
      const why = refused(piece, t.lang, other);
      if (why) {
        row.rightRefused++;
        if (LIST) console.log(`refused in its own language: ${t.name} verses ${i + 1}-${i + size}: ${why}\n  ${piece.slice(0, 160).replace(/\n/g, ' | ')}`);
      }
      const wrong = WRONG[t.lang] ?? 'en';
      if (wrong === t.lang) continue;
      row.wrongChecked++;
      if (!refused(piece, wrong, t.lang === 'fr' ? 'en' : 'fr')) {
        row.wrongPassed++;
        if (LIST) console.log(`passed as ${wrong}: ${t.name} verses ${i + 1}-${i + size}\n  ${piece.slice(0, 160).replace(/\n/g, ' | ')}`);
      }
    }
  }
  rows.push(row);
}

// bench/corpus's documents: both sides as files, checked together.
const chunks = verseChunks(books, 10);
const refusedChunks = [];
chunks.forEach(([en, es], k) => {
  try {
    resolvePair({ name: 'en', text: `${en.join('\n')}\n` }, { name: 'es', text: `${es.join('\n')}\n` }, { from: 'en', to: 'es' });
  } catch (error) {
    if (error.code !== 'wrong-language') throw error;
    refusedChunks.push(k);
    if (LIST) console.log(`bench/corpus document ${k}: ${error.message}`);
  }
});
const inRuns = CORPUS_RUNS.reduce((sum, count) => sum + refusedChunks.reduce((n, k) => n + Math.floor(count / chunks.length) + (k < count % chunks.length ? 1 : 0), 0), 0);

console.log(`Texts: ${texts.map((t) => `${t.name} (${t.lang})`).join(', ')}\n`);
console.log('verses a piece | pieces | refused in their own language | said to be in another language: passed');
for (const r of rows) console.log(`${String(r.size).padEnd(14)} | ${String(r.pieces).padEnd(6)} | ${String(r.rightRefused).padEnd(29)} | ${r.wrongPassed} of ${r.wrongChecked}`);
console.log(`\nbench/corpus ~10-verse documents (--from en --to es): ${refusedChunks.length} of ${chunks.length} distinct documents refused; ${inRuns} of ${CORPUS_RUNS.reduce((a, b) => a + b, 0)} in its runs of ${CORPUS_RUNS.join(', ')}`);
