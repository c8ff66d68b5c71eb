#!/usr/bin/env node
/**
 * Time to a usable review page in headless Chromium: pages written by `bitext align -o page.html`
 * for real alignments of growing size (the scale_en-es Bible books, cut at a gold bead boundary
 * near each size), from navigation start to the moment the page has drawn its rows and laid them
 * out (the page records it in body[data-ready]). Baseline in the same run and the same browser:
 * the same beads' texts as a plain static page (three cells a row, no script, no style), which is
 * what the browser alone needs to show that much text. Runs alternate page and baseline; the
 * median of each is printed with its range. Up to ALL_ROWS_LIMIT beads every bead is a DOM row;
 * beyond, rows are drawn as they are scrolled to. The plain page is measured up to --baseline-max
 * beads (a plain page of 100,000 rows takes Chromium minutes to lay out).
 * usage: npm run bench:review [-- --sizes 1000,5000,7500,20000,100000] [--runs 5] [--baseline-max 25000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { buildScale, loadBooks } from './lib/scale.mjs';
import { loadEval, ROOT } from './lib/sets.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (opt('--sizes') ?? '1000,5000,7500,20000,100000').split(',').map(Number);
const runs = Number(opt('--runs') ?? 5);
const baselineMax = Number(opt('--baseline-max') ?? 25_000);
const ev = await loadEval();
const books = loadBooks(ev.parseManifest);
const dir = mkdtempSync(join(tmpdir(), 'bitext-review-bench-'));
const escape = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

/** Sentences of the first `beads` gold beads: an input whose alignment has about that many beads. */
function input(beads) {
  const scale = buildScale(books, beads * 1.2, ev.parseLadder);
  const last = scale.gold[Math.min(beads, scale.gold.length) - 1];
  const n = Math.max(...last.source) + 1;
  const m = Math.max(...last.target) + 1;
  return { src: scale.src.slice(0, n), tgt: scale.tgt.slice(0, m) };
}

function page(size) {
  const { src, tgt } = input(size);
  const en = join(dir, `${size}.en`);
  const es = join(dir, `${size}.es`);
  writeFileSync(en, `${src.join('\n')}\n`);
  writeFileSync(es, `${tgt.join('\n')}\n`);
  const html = join(dir, `${size}.html`);
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'bitext.js'), 'align', '-q', '--input', 'sentences', '--from', 'en', '--to', 'es', en, es, '-o', html], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const beads = spawnSync(process.execPath, [join(ROOT, 'bin', 'bitext.js'), 'align', '-q', '--input', 'sentences', '--from', 'en', '--to', 'es', en, es, '-f', 'beads'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  }).stdout;
  // The baseline: the same rows as plain HTML, and the same "ready" mark after a forced layout.
  const rows = ev.parseLadder(beads).map((b, k) => `<div class="r"><div>${k}</div><div>${escape(b.source.map((i) => src[i]).join(' '))}</div><div>${escape(b.target.map((j) => tgt[j]).join(' '))}</div></div>`);
  const plain = join(dir, `${size}.plain.html`);
  writeFileSync(
    plain,
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>.r{display:grid;grid-template-columns:80px 1fr 1fr}</style></head><body>${rows.join('\n')}` +
      '<script>void document.body.offsetHeight;document.body.dataset.ready=String(Math.round(performance.now()))</script></body></html>',
  );
  return { html, plain, beads: rows.length, sentences: [src.length, tgt.length] };
}

async function readyMs(browser, file) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
  await tab.waitForSelector('body[data-ready]', { timeout: 120_000 });
  const out = await tab.evaluate(() => ({ ready: Number(document.body.dataset.ready), rows: document.querySelectorAll('.row, .r').length }));
  await tab.close();
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { browser, close } = await launchChromium();
console.log(`| beads | sentences (en / es) | page size | rows in the DOM at first | ready (median, range of ${runs}) | plain HTML baseline | ratio |`);
console.log('|---|---|---|---|---|---|---|');
try {
  for (const size of sizes) {
    const p = page(size);
    const mine = [];
    const base = [];
    let rows = 0;
    for (let r = 0; r < runs; r++) {
      const a = await readyMs(browser, p.html);
      mine.push(a.ready);
      rows = a.rows;
      if (p.beads <= baselineMax) base.push((await readyMs(browser, p.plain)).ready);
    }
    const mb = (statSync(p.html).size / 1048576).toFixed(1);
    const baseline = base.length ? `${median(base)} ms (${Math.min(...base)}-${Math.max(...base)})` : 'not measured';
    const ratio = base.length ? (median(mine) / median(base)).toFixed(2) : '';
    console.log(
      `| ${p.beads.toLocaleString('en')} | ${p.sentences.map((s) => s.toLocaleString('en')).join(' / ')} | ${mb} MB | ${rows.toLocaleString('en')} | ` +
        `${median(mine)} ms (${Math.min(...mine)}-${Math.max(...mine)}) | ${baseline} | ${ratio} |`,
    );
  }
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
