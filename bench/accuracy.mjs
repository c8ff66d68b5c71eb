#!/usr/bin/env node
/**
 * Accuracy of `bitext align` on every document of every set in ../shared/eval, from pre-split
 * input, next to the Gale-Church and hunalign reference rows of issue 4 and to hunalign (wasm, no
 * dictionary) run on the same documents in the same run.
 *   - fulltext_en-fr: the gold covers a prefix; test beads are clipped to it (tools/clip_align.py).
 *   - scale_en-es: the gold is verse-level; test beads are merged by verse (tools/merge_by_units.py).
 * Also: the founding example (must be exact), recall by bead type and a reliability table of the
 * scores on the dev sets.
 * usage: npm run bench:accuracy [-- --sets a,b] [--no-hunalign] [--jobs N]
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
const ev = await loadEval();

/** Reference rows (strict / lax F1) measured for issue 4 and shared/eval/README.md. */
const REFERENCE = {
  'transread_en-fr': { gc: [0.775, 0.905], hun: [0.785, 0.91] },
  'alibi_en-fr': { gc: [0.928, 0.989], hun: [0.902, 0.962] },
  'textberg-dev_de-fr': { gc: [0.525, 0.708], hun: [0.661, 0.877] },
};
const TARGETS = { 'transread_en-fr': 0.88, 'alibi_en-fr': 0.95, 'textberg-dev_de-fr': 0.78 };

/** `bitext align --input sentences --format beads` through the built CLI. */
function bitext(doc) {
  const cli = join(ROOT, 'bin', 'bitext.js');
  const argv = [cli, 'align', '--input', 'sentences', '--format', 'beads', '--from', doc.srcLang, '--to', doc.tgtLang, doc.srcFile, doc.tgtFile];
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
let founding;
for (const set of [...sets, 'founding']) {
  const docs = set === 'founding' ? [foundingExample()] : await loadSet(set, ev);
  const t0 = performance.now();
  const results = await pool(docs, bitext);
  const wall = performance.now() - t0;
  const ours = [];
  const hun = [];
  for (const [k, d] of docs.entries()) {
    const gold = ev.parseLadder(readFileSync(d.goldFile, 'utf8'));
    ours.push({ name: d.doc, gold, test: prepareTest(d, results[k].beads, gold, ev) });
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
  const h = withHunalign ? ev.scoreAlignments(hun) : undefined;
  rows.push({ set, docs: docs.length, r, h, wall });
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
console.log(`\nfounding example (fixtures/un-sg-trafficking-2020, pre-split): ${founding.exact ? 'EXACT' : 'NOT exact'} (strict F1 ${f3(founding.r.f1Strict)})`);
if (!founding.exact) console.log(founding.beads.map((b) => `[${b.source}]:[${b.target}]`).join(' '));

if (devPairs.length) {
  const dev = ev.scoreAlignments(devPairs);
  console.log(`\nDev sets pooled (${DEV_SETS.join(', ')}): strict ${f3(dev.f1Strict)}, lax ${f3(dev.f1Lax)}`);
  console.log('recall by gold bead type (types with ≥ 5 gold beads; shapes outside BEAD_TYPES can only be lax hits)');
  console.log('type    gold   strict   lax');
  for (const t of dev.byType.filter((t) => t.gold >= 5)) {
    console.log(`${t.type.padEnd(6)} ${String(t.gold).padStart(5)}   ${f3(t.recallStrict)}    ${f3(t.recallLax)}`);
  }
  console.log('\nReliability of the scores on the dev sets (strict correctness per score bin)');
  console.log(ev.formatReliability(ev.reliability(devPairs)));
}
const missed = rows.filter(({ set, r }) => TARGETS[set] && r.f1Strict < TARGETS[set]);
if (missed.length || !founding.exact) process.exitCode = 1;
