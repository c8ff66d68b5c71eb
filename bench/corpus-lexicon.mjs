#!/usr/bin/env node
/**
 * The corpus lexicon of `bitext batch` against one lexicon per document, in the same run.
 *
 * Accuracy: the documents of the dev sets (transread_en-fr, alibi_en-fr, textberg-dev_de-fr) and
 * of the Bible (scale_en-es, verse-level gold) cut by their gold into documents of 20-50 beads
 * (bench/lib/short-docs.mjs), each too short to learn a lexicon of its own, aligned by one
 * `bitext batch` run (pre-split, -f jsonl, each manifest line naming its languages, so that each
 * language pair gets its own pool) with the corpus lexicon (--corpus-lexicon), with one lexicon
 * per document (--no-corpus-lexicon) and with none (--no-lexicon); strict / lax F1 against the
 * gold cut the same way, per set and over all. Then the same sets' whole documents as a corpus,
 * to check that documents long enough to learn their own lose nothing by the corpus lexicon.
 *
 * Cost: wall time and peak RSS of --corpus-lexicon and of --no-corpus-lexicon (the plain run) on the scale_en-es Bible
 * cut into documents of ~100 verses and of ~10 verses (bench/corpus's 10k × 100 and 20k × 10
 * corpora), run one after the other.
 * usage: npm run bench:corpus-lexicon [-- --sets a,b] [--docs 10000] [--small 20000] [--no-whole] [--no-scale] [--threads N]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './lib/bible-corpus.mjs';
import { loadBooks } from './lib/scale.mjs';
import { DEV_SETS, loadEval, loadSet, prepareTest } from './lib/sets.mjs';
import { shortDocuments } from './lib/short-docs.mjs';
import { HAS_TIME, measured } from './lib/timed-cli.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const SETS = opt('--sets', [...DEV_SETS, 'scale_en-es'].join(',')).split(',');
const DOCS = Number(opt('--docs', '10000'));
const SMALL = Number(opt('--small', '20000'));
const THREADS = opt('--threads', undefined);
const ev = await loadEval();
const dir = mkdtempSync(join(tmpdir(), 'bitext-corpus-lexicon-'));

const VARIANTS = [
  ['corpus lexicon', ['--corpus-lexicon']],
  ['one per document', ['--no-corpus-lexicon']],
  ['none', ['--no-lexicon']],
];

/** Beads of a `batch -f jsonl` output by document. */
function beadsByDoc(path) {
  const out = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    if (!out.has(r.doc)) out.set(r.doc, []);
    out.get(r.doc).push({ source: r.source, target: r.target });
  }
  return out;
}

/** Run each variant on a manifest of `docs` ({ id, set, mode, gold, units? }); F1 per set and over all. */
function scoreVariants(name, manifest, docs) {
  const rows = [];
  for (const [variant, extra] of VARIANTS) {
    const out = join(dir, `${name}-${rows.length}.jsonl`);
    const m = measured(['batch', manifest, '--input', 'sentences', '-f', 'jsonl', '-o', out, ...(THREADS ? ['--threads', THREADS] : []), ...extra]);
    const beads = beadsByDoc(out);
    const pairs = docs.map((d) => ({ set: d.set, name: d.id, gold: d.gold, test: prepareTest(d, beads.get(d.id) ?? [], d.gold, ev) }));
    const score = (ps) => ev.scoreAlignments(ps);
    const bySet = Object.fromEntries(SETS.map((s) => [s, score(pairs.filter((p) => p.set === s))]));
    rows.push({ variant, all: score(pairs), bySet, ...m, note: [...m.stderr.matchAll(/corpus lexicon [^\n]*/gu)].map((x) => x[0]).join('; ') });
  }
  return rows;
}

const f3 = (x) => x.toFixed(3);
const pad = (c, w) => String(c).padEnd(w);
function table(title, rows, count) {
  console.log(`${title}\n`);
  const widths = [26, ...SETS.map((s) => Math.max(15, s.length + 1)), 16, 8, 9];
  console.log([pad('lexicon', 26), ...SETS.map((s, k) => pad(s, widths[k + 1])), pad('all', 16), pad('wall', 8), 'peak RSS'].join(' '));
  for (const r of rows) {
    const cell = (x) => `${f3(x.f1Strict)} / ${f3(x.f1Lax)}`;
    console.log(
      [pad(r.variant, widths[0]), ...SETS.map((s, k) => pad(cell(r.bySet[s]), widths[k + 1])), pad(cell(r.all), 16), pad(`${r.seconds.toFixed(1)} s`, 8), `${Math.round(r.rss)} MB`].join(' '),
    );
  }
  const [pooled, own] = rows;
  const points = (a, b) => `${a - b >= 0 ? '+' : ''}${(100 * (a - b)).toFixed(1)}`;
  console.log(`\nstrict / lax F1 per set; ${count}`);
  console.log(`corpus lexicon − one per document, strict F1 points: ${SETS.map((s) => `${s} ${points(pooled.bySet[s].f1Strict, own.bySet[s].f1Strict)}`).join(', ')}; all ${points(pooled.all.f1Strict, own.all.f1Strict)}`);
  if (pooled.note) console.log(`(${pooled.note})`);
  console.log('');
}

// Short documents, with their gold.
const short = await shortDocuments(SETS, ev);
const shortDir = join(dir, 'short');
mkdirSync(shortDir);
const manifest = [];
for (const d of short) {
  writeFileSync(join(shortDir, `${d.id}.src`), `${d.src.join('\n')}\n`);
  writeFileSync(join(shortDir, `${d.id}.tgt`), `${d.tgt.join('\n')}\n`);
  manifest.push(`${d.id}\t${d.id}.src\t${d.id}.tgt\t${d.srcLang}\t${d.tgtLang}\n`);
}
writeFileSync(join(shortDir, 'manifest.tsv'), manifest.join(''));
const beadCount = short.reduce((n, d) => n + d.gold.length, 0);
const perSet = SETS.map((s) => `${s} ${short.filter((d) => d.set === s).length}`).join(', ');
table(
  `Short documents: ${SETS.join(', ')} cut by their gold into documents of 20-50 beads (one batch run, pre-split, -f jsonl)`,
  scoreVariants('short', join(shortDir, 'manifest.tsv'), short),
  `${short.length} documents (${perSet}), ${beadCount} gold beads`,
);

// The same sets' whole documents as one corpus.
if (!args.includes('--no-whole')) {
  const whole = [];
  for (const set of SETS) {
    for (const d of await loadSet(set, ev)) whole.push({ ...d, id: `${set}/${d.doc}`, gold: ev.parseLadder(readFileSync(d.goldFile, 'utf8')) });
  }
  writeFileSync(join(dir, 'whole.tsv'), whole.map((d) => `${d.id}\t${d.srcFile}\t${d.tgtFile}\t${d.srcLang}\t${d.tgtLang}\n`).join(''));
  table(`Whole documents of the same sets as one corpus`, scoreVariants('whole', join(dir, 'whole.tsv'), whole), `${whole.length} documents`);
}

// Cost on the Bible corpus, documents of ~100 and ~10 verses.
if (!args.includes('--no-scale')) {
  const books = loadBooks(ev.parseManifest);
  console.log(`Cost: scale_en-es cut into documents, pre-split, -f jsonl to a file, ${HAS_TIME ? 'peak RSS from /usr/bin/time -v' : 'RSS not measured'}\n`);
  console.log([pad('corpus', 32), pad('lexicon', 26), pad('wall', 10), pad('sent/s', 10), 'peak RSS'].join(' '));
  const ratios = [];
  for (const [count, verses] of [
    [DOCS, 100],
    [SMALL, 10],
  ]) {
    if (!count) continue;
    const c = writeCorpus(books, dir, `docs${verses}`, count, verses);
    const common = ['batch', c.manifest, '--input', 'sentences', '--from', 'en', '--to', 'es', '-f', 'jsonl', ...(THREADS ? ['--threads', THREADS] : [])];
    const own = measured([...common, '--no-corpus-lexicon', '-o', join(dir, 'own.jsonl')]);
    const pooled = measured([...common, '--corpus-lexicon', '-o', join(dir, 'pooled.jsonl')]);
    rmSync(c.base, { recursive: true, force: true });
    const what = `${c.docs} docs × ~${verses} verses`;
    for (const [name, m] of [
      ['corpus lexicon', pooled],
      ['one per document', own],
    ]) {
      console.log([pad(what, 32), pad(name, 26), pad(`${m.seconds.toFixed(1)} s`, 10), pad(Math.round(c.sentences / m.seconds), 10), `${Math.round(m.rss)} MB`].join(' '));
    }
    const note = /corpus lexicon [^\n]*/u.exec(pooled.stderr)?.[0];
    ratios.push(`${what}: corpus lexicon / one per document, time ${(pooled.seconds / own.seconds).toFixed(2)}, peak RSS ${(pooled.rss / own.rss).toFixed(2)}${note ? ` (${note})` : ''}`);
  }
  console.log(`\n${ratios.join('\n')}`);
}
rmSync(dir, { recursive: true, force: true });
