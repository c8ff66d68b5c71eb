#!/usr/bin/env node
/**
 * Document readers on a long document, with real converters (pandoc, LibreOffice: Debian packages
 * `pandoc`, `libreoffice-writer-nogui`). Data stays in a temp folder, never in the repository.
 *
 * 1. Fidelity: a novel of ../shared/eval (its raw text: the gold sentences rejoined into paragraphs)
 *    made into HTML (one <p> per paragraph), DOCX (pandoc) and PDF (LibreOffice from the DOCX);
 *    `bitext split` of each against `bitext split` of the text: sentences identical after
 *    whitespace normalisation, matched in order (longest common subsequence); the rest printed.
 * 2. Speed: a ~300-page document (the novel repeated) in every format, each read by its reader
 *    (bytes to blocks, no segmentation), against segmenting the plain text (paragraphs and
 *    sentences, in this process) in the same run: the work every format is followed by.
 *
 * Usage: npm run build && node bench/readers.mjs [--novel <path to a .raw.en>] [--copies n] [--runs n] [--speed-only]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lcs } from './lib/lcs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    novel: { type: 'string', default: join(ROOT, '../shared/eval/transread_en-fr/Candide.raw.en') },
    copies: { type: 'string', default: '4' },
    runs: { type: 'string', default: '5' },
    'speed-only': { type: 'boolean', default: false },
  },
});
const { readDocument } = await import(join(ROOT, 'dist/readers/index.js'));
const { prepareDocument } = await import(join(ROOT, 'dist/document/prepare.js'));
const dir = mkdtempSync(join(tmpdir(), 'bitext-readers-bench-'));
const profile = join(dir, 'office-profile');

const run = (command, args) => execFileSync(command, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 }).toString();
const bitext = (...args) => run(process.execPath, [join(ROOT, 'bin/bitext.js'), ...args]);
const toHtml = (txt, html) => writeFileSync(join(dir, html), run(process.execPath, [join(ROOT, 'scripts/text-to-html.mjs'), join(dir, txt)]));
const pandoc = (from, to) => run('pandoc', ['-f', 'html', ...(to.endsWith('.md') ? ['-t', 'markdown-smart'] : []), ...(to.endsWith('.epub') ? ['--metadata', 'pagetitle=bench'] : []), '-o', to, from]);
const soffice = (from, format) => run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', dir, from]);

function make(base, text) {
  writeFileSync(join(dir, `${base}.txt`), text);
  toHtml(`${base}.txt`, `${base}.html`);
  pandoc(`${base}.html`, `${base}.docx`);
  soffice(`${base}.docx`, 'pdf');
}

const sentences = (path) =>
  bitext('split', '--lang', 'en', path)
    .split('\n')
    .map((s) => s.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);


/** Where two sentences differ: `…common [text part → document part] common…`. */
function difference(a, b) {
  let p = 0;
  while (p < a.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const around = 25;
  return `…${a.slice(Math.max(0, p - around), p)}[${a.slice(p, a.length - q)} → ${b.slice(p, b.length - q)}]${a.slice(a.length - q, a.length - q + around)}…`;
}

async function fidelity(novel) {
  console.log(`## Fidelity: ${values.novel.replace(ROOT, '')} (${novel.length} characters)\n`);
  make('novel', novel);
  const reference = sentences('novel.txt');
  console.log('| format | sentences | identical, in order | share | other |');
  console.log('|---|---|---|---|---|');
  for (const format of ['html', 'docx', 'pdf']) {
    const got = sentences(`novel.${format}`);
    const same = lcs(reference, got);
    console.log(`| ${format} | ${got.length} (text: ${reference.length}) | ${same} | ${((100 * same) / reference.length).toFixed(2)} % | ${got.length - same} |`);
    if (same < reference.length) {
      // The sentences that differ, side by side in order, shown where they differ.
      const seen = new Set(got);
      const known = new Set(reference);
      const missing = reference.filter((x) => !seen.has(x));
      const extra = got.filter((x) => !known.has(x));
      for (let k = 0; k < Math.max(missing.length, extra.length); k++) console.log(`    ${difference(missing[k] ?? '', extra[k] ?? '')}`);
    }
  }
}

/** Median milliseconds of `runs` calls of `f`, after one call to warm up. */
async function median(f, runs) {
  await f();
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function speed(novel) {
  const copies = Number(values.copies);
  const long = Array.from({ length: copies }, () => novel).join('\n\n');
  make('long', long);
  run('pandoc', ['-f', 'html', '-t', 'odt', '-o', 'long.odt', 'long.html']);
  pandoc('long.html', 'long.epub');
  pandoc('long.html', 'long.md');
  const { getDocumentProxy } = await import('unpdf');
  const pages = (await getDocumentProxy(new Uint8Array(readFileSync(join(dir, 'long.pdf'))))).numPages;
  const runs = Number(values.runs);
  console.log(`\n## Speed: the novel ${copies} times, ${long.length} characters, ${pages} pages as PDF (median of ${runs} runs)\n`);
  const segmentation = await median(() => prepareDocument({ name: 'long.txt', text: long }, { lang: 'en' }), runs);
  console.log(`Baseline, same run: segmenting the plain text into paragraphs and sentences takes ${segmentation.toFixed(0)} ms.\n`);
  console.log('| format | file size | read (ms) | MB of text/s | ÷ segmentation |');
  console.log('|---|---|---|---|---|');
  for (const format of ['txt', 'md', 'html', 'docx', 'odt', 'epub', 'pdf']) {
    const bytes = readFileSync(join(dir, `long.${format}`));
    let text = '';
    const ms = await median(async () => {
      text = (await readDocument(bytes, { name: `long.${format}` })).text;
    }, runs);
    console.log(`| ${format} | ${(bytes.length / 1e6).toFixed(2)} MB | ${ms.toFixed(0)} | ${(text.length / 1e6 / (ms / 1000)).toFixed(1)} | ${(ms / segmentation).toFixed(2)} |`);
  }
}

try {
  const novel = readFileSync(values.novel, 'utf8');
  if (!values['speed-only']) await fidelity(novel);
  await speed(novel);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
