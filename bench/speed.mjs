#!/usr/bin/env node
/**
 * Speed and memory of `bitext align` on pre-split input with no paragraph marks: the
 * scale_en-es Bible books repeated to 10k, 100k and 1M sentences a side (written to a temp
 * directory, never into the repo). For each size: wall time, sentences per second, peak RSS of
 * the CLI process, and strict/lax F1 against the repeated verse-level gold (merge by verse), so
 * that speed never hides a loss of accuracy. Baselines in the same run: the same CLI with
 * `--no-lexicon` at every size (what the lexicon learned from the text costs), hunalign (wasm, no
 * dictionary) at the smallest size, and `--threads 1` at sizes where the final pass runs on worker
 * threads (over PIECE_ROWS = 100k sentences), to show what the second core gives.
 * Targets (2-core machine): 1M pairs < 60 s and < 1 GB; time(1M) ≤ 12 × time(100k); the default
 * (lexicon learned) ≤ 1.5 × the `--no-lexicon` time of the same size in the same run.
 * usage: npm run bench:speed [-- --sizes 10000,100000,1000000] [--no-baseline] [--no-single] [--no-lexicon-row] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildScale, loadBooks } from './lib/scale.mjs';
import { loadEval, ROOT } from './lib/sets.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (opt('--sizes') ?? '10000,100000,1000000').split(',').map(Number);
const ev = await loadEval();
const books = loadBooks(ev.parseManifest);
const dir = mkdtempSync(join(tmpdir(), 'bitext-speed-'));
const TIME = '/usr/bin/time';

/**
 * Run `node script args` and measure it: with GNU time -v when present (peak RSS of the process),
 * else through bench/lib/measure.mjs, which runs the script in-process and reports maxRSS.
 */
function measured(script, scriptArgs) {
  const t0 = performance.now();
  let r;
  let rssKb;
  if (existsSync(TIME)) {
    r = spawnSync(TIME, ['-v', process.execPath, script, ...scriptArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
    rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  } else {
    const report = join(dir, 'rss.json');
    r = spawnSync(process.execPath, [join(ROOT, 'bench', 'lib', 'measure.mjs'), report, script, ...scriptArgs], { encoding: 'utf8' });
    rssKb = JSON.parse(readFileSync(report, 'utf8')).maxRSS;
  }
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return { seconds, rssMb: rssKb / 1024 };
}

function score(beadsText, s) {
  const test = ev.mergeByUnits(ev.parseLadder(beadsText), s.srcUnits, s.tgtUnits);
  return ev.scoreAlignments([{ gold: s.gold, test }]);
}

const rows = [];
for (const [k, size] of sizes.entries()) {
  const s = buildScale(books, size, ev.parseLadder);
  const src = join(dir, `${size}.en`);
  const tgt = join(dir, `${size}.es`);
  const out = join(dir, `${size}.beads`);
  writeFileSync(src, `${s.src.join('\n')}\n`);
  writeFileSync(tgt, `${s.tgt.join('\n')}\n`);
  const cli = join(ROOT, 'bin', 'bitext.js');
  const alignArgs = ['align', '--input', 'sentences', '--format', 'beads', '--from', 'en', '--to', 'es', '-o', out, src, tgt];
  const m = measured(cli, alignArgs);
  // The default run's beads, kept before the rows below write theirs to the same file.
  const defaultBeads = readFileSync(out, 'utf8');
  const r = score(defaultBeads, s);
  rows.push({ name: 'bitext', n: s.src.length, m: s.tgt.length, ...m, r });
  if (!args.includes('--no-lexicon-row')) {
    const bare = measured(cli, [...alignArgs, '--no-lexicon']);
    rows.push({ name: 'bitext --no-lexicon', n: s.src.length, m: s.tgt.length, ...bare, r: score(readFileSync(out, 'utf8'), s), ratio: m.seconds / bare.seconds });
  }
  if (size > 100_000 && !args.includes('--no-single')) {
    const one = measured(cli, [...alignArgs, '--threads', '1']);
    const same = readFileSync(out, 'utf8') === defaultBeads;
    rows.push({ name: `bitext --threads 1${same ? '' : ' (DIFFERENT OUTPUT)'}`, n: s.src.length, m: s.tgt.length, ...one, r: score(readFileSync(out, 'utf8'), s) });
  }
  if (k === 0 && !args.includes('--no-baseline')) {
    const hout = join(dir, `${size}.hunalign`);
    const h = measured(join(ROOT, 'bench', 'lib', 'hunalign.mjs'), [src, tgt, hout]);
    rows.push({ name: 'hunalign (wasm)', n: s.src.length, m: s.tgt.length, ...h, r: score(readFileSync(hout, 'utf8'), s) });
  }
  console.error(`done: ${size}`);
}

const pad = (c, w) => String(c).padEnd(w);
console.log(`Pre-split scale_en-es repeated, no paragraphs; ${existsSync(TIME) ? 'peak RSS from /usr/bin/time -v' : 'peak RSS from process.resourceUsage()'}\n`);
console.log(['aligner', 'sentences (src/tgt)', 'wall', 'sent/s', 'peak RSS', 'strict F1', 'lax F1'].map((c, k) => pad(c, [20, 20, 9, 10, 10, 10, 8][k])).join(' '));
for (const x of rows) {
  console.log(
    [
      x.name,
      `${x.n} / ${x.m}`,
      `${x.seconds.toFixed(1)} s`,
      Math.round((x.n + x.m) / 2 / x.seconds),
      `${Math.round(x.rssMb)} MB`,
      x.r.f1Strict.toFixed(3),
      x.r.f1Lax.toFixed(3),
    ]
      .map((c, k) => pad(c, [20, 20, 9, 10, 10, 10, 8][k]))
      .join(' '),
  );
}
for (const x of rows.filter((x) => x.ratio !== undefined)) console.log(`\n${x.n}: default / --no-lexicon time = ${x.ratio.toFixed(2)} (target ≤ 1.5)`);
const ours = rows.filter((x) => x.name === 'bitext');
const big = ours.find((x) => x.n >= 1_000_000);
const mid = ours.find((x) => x.n >= 100_000 && x.n < 1_000_000);
if (big && mid) console.log(`\ntime(1M) / time(100k) = ${(big.seconds / mid.seconds).toFixed(1)} (target ≤ 12)`);
if (big) console.log(`1M: ${big.seconds.toFixed(1)} s (target < 60 s), ${Math.round(big.rssMb)} MB (target < 1024 MB)`);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
else console.log(`inputs kept in ${dir}`);
