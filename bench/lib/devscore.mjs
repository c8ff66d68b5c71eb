#!/usr/bin/env node
/**
 * Library-level accuracy run (no CLI): aligns every dev document with dist/align and prints
 * strict/lax F1 per set. Options as JSON in argv[2] are passed to alignDocuments; used by tune.mjs.
 * usage: node bench/lib/devscore.mjs ['{"lexicalWeight":24}'] [--sets a,b] [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_SETS, foundingExample, loadEval, loadSet, makeDocument, prepareTest, readLines, ROOT } from './sets.mjs';

const args = process.argv.slice(2);
const options = args[0] && args[0].startsWith('{') ? JSON.parse(args[0]) : {};
const setsArg = args.indexOf('--sets');
const sets = setsArg >= 0 ? args[setsArg + 1].split(',') : DEV_SETS;
const json = args.includes('--json');
const { alignDocuments } = await import(join(ROOT, 'dist', 'align', 'index.js'));
const ev = await loadEval();

export async function scoreSets() {
  const out = {};
  const allPairs = [];
  const rows = [];
  for (const set of [...sets, 'founding']) {
    const docs = set === 'founding' ? [foundingExample()] : await loadSet(set, ev);
    const pairs = [];
    let time = 0;
    for (const d of docs) {
      const src = readLines(d.srcFile);
      const tgt = readLines(d.tgtFile);
      const t0 = performance.now();
      const beads = alignDocuments(makeDocument(d.srcFile, d.srcLang, src), makeDocument(d.tgtFile, d.tgtLang, tgt), options);
      time += performance.now() - t0;
      const gold = ev.parseLadder(readFileSync(d.goldFile, 'utf8'));
      pairs.push({ name: d.doc, gold, test: prepareTest(d, beads, gold, ev) });
    }
    const r = ev.scoreAlignments(pairs);
    out[set] = { strict: r.f1Strict, lax: r.f1Lax, ms: Math.round(time), byType: r.byType, perDocument: r.perDocument.map((p) => [p.name, +p.f1Strict.toFixed(3)]) };
    if (set !== 'founding') allPairs.push(...pairs);
    rows.push(`${set.padEnd(22)} strict ${r.f1Strict.toFixed(3)}  lax ${r.f1Lax.toFixed(3)}  (${Math.round(time)} ms)`);
  }
  const rel = ev.reliability(allPairs);
  return { out, rows, rel };
}

const { out, rows, rel } = await scoreSets();
if (json) {
  console.log(JSON.stringify({ sets: out, ece: rel.ece, brier: rel.brier }));
} else {
  console.log(rows.join('\n'));
  console.log(ev.formatReliability(rel));
  for (const s of Object.keys(out)) console.log(s, JSON.stringify(out[s].perDocument));
}
