#!/usr/bin/env node
/**
 * Corpus mode against one big pair, in the same run: the scale_en-es Bible cut into documents of
 * about 100 (or 10) verses at verse boundaries, repeated to the wanted count, written as one file
 * per side and document with a TSV manifest (in a temp directory, never into the repo); the same
 * sentences concatenated into one pair for `bitext align`. Pre-split input (`--input sentences`),
 * JSONL output to a file for both. For each run: wall time, sentences per second, CPU seconds
 * (user + system) and peak RSS of the process (`/usr/bin/time -v`, which counts the worker threads:
 * they share the process).
 *
 * Targets (issue 12, 2-core machine): 10k docs × ~100 verses in no more time than the 1M pair
 * through align, peak RSS ≤ 1 GB; 20k × ~10 verses at ≥ 80 % of that rate; peak RSS of 10k and
 * 40k documents of the same size within 10 %. Peak RSS moves by several percent from one run to
 * the next (when each thread's garbage collections fall), so the memory pair runs `--memory-runs`
 * times (alternating): each run's ratio is printed, and their median.
 * usage: npm run bench:corpus [-- --docs 10000 --small 20000 --memory 10000,40000 --memory-verses 10 --memory-runs 3] [--no-align] [--keep]
 *   --lexicon-rows: the ~100-verse documents again with --no-corpus-lexicon and with --no-lexicon
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEval } from './lib/sets.mjs';
import { writeCorpus as writeBibleCorpus } from './lib/bible-corpus.mjs';
import { loadBooks } from './lib/scale.mjs';
import { HAS_TIME, measured } from './lib/timed-cli.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const DOCS = Number(opt('--docs', '10000'));
const SMALL = Number(opt('--small', '20000'));
const MEMORY = opt('--memory', '10000,40000').split(',').map(Number);
const MEMORY_VERSES = Number(opt('--memory-verses', '10'));
const MEMORY_RUNS = Number(opt('--memory-runs', '3'));

const ev = await loadEval();
const books = loadBooks(ev.parseManifest);
const dir = mkdtempSync(join(tmpdir(), 'bitext-corpus-'));

/** A corpus of `count` documents of about `verses` verses: files, a manifest; its sentence count. */
const writeCorpus = (name, count, verses) => writeBibleCorpus(books, dir, name, count, verses);

const rows = [];
const COMMON = ['--input', 'sentences', '--from', 'en', '--to', 'es', '-f', 'jsonl'];

const big = writeCorpus('docs100', DOCS, 100);
console.error(`written: ${big.docs} documents, ${big.sentences} sentences`);
if (!args.includes('--no-align')) {
  // The same sentences, one pair: every document's lines in manifest order.
  const en = [];
  const es = [];
  for (const line of readFileSync(big.manifest, 'utf8').trimEnd().split('\n')) {
    const [, s, t] = line.split('\t');
    en.push(readFileSync(join(big.base, s), 'utf8'));
    es.push(readFileSync(join(big.base, t), 'utf8'));
  }
  writeFileSync(join(dir, 'pair.en'), en.join(''));
  writeFileSync(join(dir, 'pair.es'), es.join(''));
  en.length = 0;
  es.length = 0;
  const m = measured(['align', ...COMMON, '-o', join(dir, 'pair.jsonl'), join(dir, 'pair.en'), join(dir, 'pair.es')]);
  rows.push({ what: 'align, one pair', docs: 1, sentences: big.sentences, ...m });
}
rows.push({ what: 'batch, ~100 verses a document', docs: big.docs, sentences: big.sentences, ...measured(['batch', big.manifest, ...COMMON, '-o', join(dir, 'big.jsonl')]) });
if (args.includes('--lexicon-rows')) {
  // What the lexicon costs a corpus: one lexicon per document, and none, on the same documents.
  for (const flag of ['--no-corpus-lexicon', '--no-lexicon']) {
    rows.push({ what: `batch ${flag}, ~100 verses`, docs: big.docs, sentences: big.sentences, ...measured(['batch', big.manifest, ...COMMON, flag, '-o', join(dir, 'big-variant.jsonl')]) });
  }
}
rmSync(big.base, { recursive: true, force: true });

const small = writeCorpus('docs10', SMALL, 10);
rows.push({ what: 'batch, ~10 verses a document', docs: small.docs, sentences: small.sentences, ...measured(['batch', small.manifest, ...COMMON, '-o', join(dir, 'small.jsonl')]) });
rmSync(small.base, { recursive: true, force: true });

const memoryCorpora = MEMORY.map((count) => writeCorpus(`memory${count}`, count, MEMORY_VERSES));
for (let run = 1; run <= MEMORY_RUNS; run++) {
  for (const c of memoryCorpora) {
    const m = measured(['batch', c.manifest, ...COMMON, '-o', join(dir, `memory${c.docs}.jsonl`)]);
    rows.push({ what: `batch, ~${MEMORY_VERSES} verses, memory run ${run}`, memoryRun: run, docs: c.docs, sentences: c.sentences, ...m });
  }
}
for (const c of memoryCorpora) rmSync(c.base, { recursive: true, force: true });

const pad = (c, w) => String(c).padEnd(w);
const widths = [32, 8, 12, 9, 12, 10, 10, 8];
console.log(`Pre-split scale_en-es cut into documents at verse boundaries; -f jsonl to a file; ${HAS_TIME ? 'peak RSS from /usr/bin/time -v' : 'no /usr/bin/time: RSS not measured'}\n`);
console.log(['run', 'docs', 'sentences', 'wall', 'sent/s', 'CPU', 'peak RSS', 'failed'].map((c, k) => pad(c, widths[k])).join(' '));
for (const r of rows) {
  console.log([r.what, r.docs, r.sentences, `${r.seconds.toFixed(1)} s`, Math.round(r.sentences / r.seconds), `${r.cpu.toFixed(1)} s`, `${Math.round(r.rss)} MB`, r.failed].map((c, k) => pad(c, widths[k])).join(' '));
}
const align = rows.find((r) => r.what.startsWith('align'));
const batch100 = rows.find((r) => r.what.startsWith('batch, ~100'));
const batch10 = rows.find((r) => r.what.includes('~10 ') && r.docs === SMALL && r.memoryRun === undefined);
console.log('');
if (align) console.log(`batch ${DOCS} docs / align one pair, time: ${(batch100.seconds / align.seconds).toFixed(2)} (target ≤ 1), CPU time: ${(batch100.cpu / align.cpu).toFixed(2)}; batch peak RSS ${Math.round(batch100.rss)} MB (target ≤ 1024)`);
if (align) for (const r of rows.filter((x) => x.what.startsWith('batch --'))) console.log(`${r.what.replace(', ~100 verses', '')} / align one pair, time: ${(r.seconds / align.seconds).toFixed(2)}`);
if (batch10) {
  const rate = (time) => ((batch10.sentences / batch10[time]) / (batch100.sentences / batch100[time])).toFixed(2);
  console.log(`~10-verse documents / ~100-verse documents, sentences per second: ${rate('seconds')} (target ≥ 0.8), per CPU second: ${rate('cpu')}`);
}
if (MEMORY.length === 2 && MEMORY_RUNS > 0) {
  const ratios = [];
  for (let run = 1; run <= MEMORY_RUNS; run++) {
    const [a, b] = MEMORY.map((count) => rows.find((r) => r.memoryRun === run && r.docs === count));
    ratios.push(b.rss / a.rss);
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  console.log(`peak RSS ${MEMORY[1]} docs / ${MEMORY[0]} docs, each run: ${ratios.map((x) => x.toFixed(2)).join(', ')}; median ${median.toFixed(2)} (target ≤ 1.10)`);
}
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
else console.log(`kept in ${dir}`);
