#!/usr/bin/env node
/**
 * Accuracy of `bitext align` on every document of every set in ../shared/eval, from pre-split
 * input, next to the Gale-Church and hunalign reference rows of issue 4 and to hunalign (wasm, no
 * dictionary) run on the same documents in the same run.
 *   - fulltext_en-fr: the gold covers a prefix; test beads are clipped to it (tools/clip_align.py).
 *   - scale_en-es: the gold is verse-level; test beads are merged by verse (tools/merge_by_units.py).
 * Also: the founding example (must be exact), recall by bead type (1-0 and 0-1 per set too) and
 * 1-1 precision, and a reliability table of the scores on the dev sets.
 *   --no-lexicon        a column of the same runs without the lexicon learned from the text
 *   --dict SET=FILE     a column of SET aligned with the dictionary FILE too (repeatable), e.g.
 *                       --dict textberg-dev_de-fr=/usr/share/dictd/freedict-deu-fra.index
 * usage: npm run bench:accuracy [-- --sets a,b] [--no-hunalign] [--jobs N] [--no-lexicon] [--dict SET=FILE]
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hunalignBeads } from './lib/hunalign.mjs';
import { ALL_SETS, DEV_SETS, foundingExample, loadEval, loadSet, prepareTest, readLines, ROOT } from './lib/sets.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sets = opt('--sets')?.split(',') ?? ALL_SETS;
const withHunalign = !args.includes('--no-hunalign');
const jobs = Number(opt('--jobs') ?? 2);
const compareLexicon = args.includes('--no-lexicon');
/** Dictionaries by set, from every --dict SET=FILE. */
const dicts = new Map(args.flatMap((a, k) => (a === '--dict' ? [args[k + 1].split('=')] : [])).map(([set, file]) => [set, file]));
const ev = await loadEval();

/** Reference rows (strict / lax F1) measured for issue 4 and shared/eval/README.md. */
const REFERENCE = {
  'transread_en-fr': { gc: [0.775, 0.905], hun: [0.785, 0.91] },
  'alibi_en-fr': { gc: [0.928, 0.989], hun: [0.902, 0.962] },
  'textberg-dev_de-fr': { gc: [0.525, 0.708], hun: [0.661, 0.877] },
};
const TARGETS = { 'transread_en-fr': 0.88, 'alibi_en-fr': 0.95, 'textberg-dev_de-fr': 0.78 };

/** `bitext align --input sentences --format beads` through the built CLI, with extra options. */
function bitext(doc, extra = []) {
  const cli = join(ROOT, 'bin', 'bitext.js');
  const argv = [cli, 'align', '-q', '--input', 'sentences', '--format', 'beads', '--from', doc.srcLang, '--to', doc.tgtLang, ...extra, doc.srcFile, doc.tgtFile];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    execFile(process.execPath, argv, { maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`bitext failed on ${doc.doc}: ${stderr || err.message}`));
      else resolve({ beads: ev.parseLadder(stdout), ms: performance.now() - t0 });
    });
  });
}

/** Run `fn` over items, `jobs` at a time, results in input order. */
async function pool(items, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      while (next < items.length) {
        const k = next++;
        out[k] = await fn(items[k]);
      }
    }),
  );
  return out;
}

const f3 = (x) => x.toFixed(3);
const rows = [];
const devPairs = [];
const devBare = [];
let founding;
for (const set of [...sets, 'founding']) {
  const docs = set === 'founding' ? [foundingExample()] : await loadSet(set, ev);
  const t0 = performance.now();
  const results = await pool(docs, (d) => bitext(d));
  const wall = performance.now() - t0;
  const bare = compareLexicon && set !== 'founding' ? await pool(docs, (d) => bitext(d, ['--no-lexicon'])) : undefined;
  const withDict = dicts.has(set) ? await pool(docs, (d) => bitext(d, ['--dict', dicts.get(set)])) : undefined;
  const ours = [];
  const hun = [];
  const without = [];
  const dicted = [];
  for (const [k, d] of docs.entries()) {
    const gold = ev.parseLadder(readFileSync(d.goldFile, 'utf8'));
    ours.push({ name: d.doc, gold, test: prepareTest(d, results[k].beads, gold, ev) });
    if (bare) without.push({ name: d.doc, gold, test: prepareTest(d, bare[k].beads, gold, ev) });
    if (withDict) dicted.push({ name: d.doc, gold, test: prepareTest(d, withDict[k].beads, gold, ev) });
    if (withHunalign && set !== 'founding') {
      hun.push({ name: d.doc, gold, test: prepareTest(d, await hunalignBeads(readLines(d.srcFile), readLines(d.tgtFile)), gold, ev) });
    }
  }
  const r = ev.scoreAlignments(ours);
  if (set === 'founding') {
    founding = { exact: r.f1Strict === 1 && r.counts.testBeads === r.counts.testStrictHits, r, beads: results[0].beads };
    continue;
  }
  if (DEV_SETS.includes(set)) devPairs.push(...ours);
  if (DEV_SETS.includes(set) && bare) devBare.push(...without);
  const h = withHunalign ? ev.scoreAlignments(hun) : undefined;
  rows.push({
    set,
    docs: docs.length,
    r,
    h,
    wall,
    ...(bare && { bare: ev.scoreAlignments(without) }),
    ...(withDict && { dict: ev.scoreAlignments(dicted), dictFile: dicts.get(set) }),
  });
}

const line = (cells, widths) => cells.map((c, k) => String(c).padEnd(widths[k])).join(' ');
const W = [20, 5, 15, 15, 15, 15, 8, 8];
console.log('Strict / lax F1 from pre-split input (`bitext align --input sentences --format beads`)\n');
console.log(line(['set', 'docs', 'bitext', 'hunalign (run)', 'Gale-Church ref', 'hunalign ref', 'target', 'time'], W));
for (const { set, docs, r, h, wall } of rows) {
  const ref = REFERENCE[set];
  console.log(
    line(
      [
        set,
        docs,
        `${f3(r.f1Strict)} / ${f3(r.f1Lax)}`,
        h ? `${f3(h.f1Strict)} / ${f3(h.f1Lax)}` : '-',
        ref ? `${f3(ref.gc[0])} / ${f3(ref.gc[1])}` : '-',
        ref ? `${f3(ref.hun[0])} / ${f3(ref.hun[1])}` : '-',
        TARGETS[set] ? `≥ ${TARGETS[set]}` : '-',
        `${(wall / 1000).toFixed(1)} s`,
      ],
      W,
    ),
  );
}
if (compareLexicon || dicts.size) {
  console.log('\nThe lexicon learned from the text and user dictionaries (strict / lax F1, same run)');
  for (const { set, r, bare, dict, dictFile } of rows) {
    const cells = [`${set.padEnd(20)} default ${f3(r.f1Strict)} / ${f3(r.f1Lax)}`];
    if (bare) cells.push(`--no-lexicon ${f3(bare.f1Strict)} / ${f3(bare.f1Lax)} (lexicon ${r.f1Strict >= bare.f1Strict ? '+' : ''}${(100 * (r.f1Strict - bare.f1Strict)).toFixed(1)} points)`);
    if (dict) cells.push(`--dict ${dictFile}: ${f3(dict.f1Strict)} / ${f3(dict.f1Lax)} (dictionary ${dict.f1Strict >= r.f1Strict ? '+' : ''}${(100 * (dict.f1Strict - r.f1Strict)).toFixed(1)} points)`);
    console.log(cells.join('   '));
  }
}
for (const { set, r } of rows) {
  const t = (type) => r.byType.find((x) => x.type === type);
  const recall = (type) => (t(type) ? `${type} ${t(type).strictHits}/${t(type).gold} = ${f3(t(type).recallStrict)}` : `${type} -`);
  if (DEV_SETS.includes(set)) console.log(`${set.padEnd(20)} recall ${recall('1-0')}, ${recall('0-1')}, ${recall('1-1')}`);
}
console.log(`\nfounding example (fixtures/un-sg-trafficking-2020, pre-split): ${founding.exact ? 'EXACT' : 'NOT exact'} (strict F1 ${f3(founding.r.f1Strict)})`);
if (!founding.exact) console.log(founding.beads.map((b) => `[${b.source}]:[${b.target}]`).join(' '));

if (devPairs.length) {
  const dev = ev.scoreAlignments(devPairs);
  console.log(`\nDev sets pooled (${DEV_SETS.join(', ')}): strict ${f3(dev.f1Strict)}, lax ${f3(dev.f1Lax)}`);
  const precision11 = (pairs) => {
    let hits = 0;
    let all = 0;
    for (const { gold, test } of pairs) {
      const keys = new Set(gold.map((b) => `${b.source}:${b.target}`));
      for (const b of test) {
        if (b.source.length !== 1 || b.target.length !== 1) continue;
        all++;
        if (keys.has(`${b.source}:${b.target}`)) hits++;
      }
    }
    return hits / all;
  };
  console.log(`1-1 precision (share of the 1-1 beads output that are gold beads): ${f3(precision11(devPairs))}${devBare.length ? ` (--no-lexicon ${f3(precision11(devBare))})` : ''}`);
  if (devBare.length) {
    const b = ev.scoreAlignments(devBare);
    const line = (r) => ['1-0', '0-1', '1-1'].map((type) => `${type} ${f3(r.byType.find((x) => x.type === type)?.recallStrict ?? 0)}`).join(', ');
    console.log(`recall by type, default: ${line(dev)}; --no-lexicon: ${line(b)}`);
  }
  console.log('recall by gold bead type (types with ≥ 5 gold beads; shapes outside BEAD_TYPES, and 1-4/4-1 in documents not given them, can only be lax hits)');
  console.log('type    gold   strict   lax');
  for (const t of dev.byType.filter((t) => t.gold >= 5)) {
    console.log(`${t.type.padEnd(6)} ${String(t.gold).padStart(5)}   ${f3(t.recallStrict)}    ${f3(t.recallLax)}`);
  }
  console.log('\nReliability of the scores on the dev sets (strict correctness per score bin)');
  console.log(ev.formatReliability(ev.reliability(devPairs)));
}
const missed = rows.filter(({ set, r }) => TARGETS[set] && r.f1Strict < TARGETS[set]);
if (missed.length || !founding.exact) process.exitCode = 1;
