#!/usr/bin/env node
/**
 * What five corrections are worth: on every document of the dev sets, a reviewer simulated from
 * the gold fixes the 5 least confident wrong beads (src/eval/corrections.ts), and strict F1 is
 * measured three ways: the alignment as it was; the corrections pasted in with nothing else moved
 * ("those beads alone"); and the alignment redone with the corrections as anchors (what
 * `align --anchors` does). Realigning wins where one wrong bead had pushed its neighbours wrong.
 * usage: npm run bench:anchors [-- --count 5]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_SETS, loadEval, loadSet, ROOT } from './lib/sets.mjs';

const args = process.argv.slice(2);
const count = Number(args.includes('--count') ? args[args.indexOf('--count') + 1] : 5);
const ev = await loadEval();
const { alignPairSync } = await import(join(ROOT, 'dist', 'index.js'));

const f1 = (test, gold) => ev.scoreAlignments([{ gold, test }]).f1Strict;
const fmt = (x) => x.toFixed(3);
const signed = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;

console.log(`| set | document | gold beads | wrong beads | fixed | anchors | strict F1 | pasted in | realigned with anchors | gain pasted / realigned (points) |`);
console.log('|---|---|---|---|---|---|---|---|---|---|');
const pooled = { pairs: [], pasted: [], realigned: [] };
let realignBetter = 0;
let documents = 0;
for (const set of DEV_SETS) {
  for (const d of await loadSet(set, ev)) {
    const inputs = { source: { name: d.srcFile, text: readFileSync(d.srcFile, 'utf8') }, target: { name: d.tgtFile, text: readFileSync(d.tgtFile, 'utf8') } };
    const options = { input: 'sentences', from: d.srcLang, to: d.tgtLang };
    const gold = ev.parseLadder(readFileSync(d.goldFile, 'utf8'));
    const test = alignPairSync(inputs, options).alignment.beads;
    const { fixed, anchors } = ev.simulateCorrections(test, gold, count);
    const pasted = ev.pasteCorrections(test, anchors);
    const realigned = alignPairSync(inputs, { ...options, fixed: anchors }).alignment.beads;
    const goldKeys = new Set(gold.map((b) => `${b.source}:${b.target}`));
    const wrong = test.filter((b) => !goldKeys.has(`${b.source}:${b.target}`)).length;
    const [base, p, r] = [f1(test, gold), f1(pasted, gold), f1(realigned, gold)];
    pooled.pairs.push({ gold, test });
    pooled.pasted.push({ gold, test: pasted });
    pooled.realigned.push({ gold, test: realigned });
    documents++;
    if (r > p) realignBetter++;
    console.log(`| ${set} | ${d.doc} | ${gold.length} | ${wrong} | ${fixed.length} | ${anchors.length} | ${fmt(base)} | ${fmt(p)} | ${fmt(r)} | ${signed(p - base)} / ${signed(r - base)} |`);
  }
}
const total = (pairs) => ev.scoreAlignments(pairs).f1Strict;
const [b, p, r] = [total(pooled.pairs), total(pooled.pasted), total(pooled.realigned)];
console.log(`| all dev sets | ${documents} documents, pooled | | | | | ${fmt(b)} | ${fmt(p)} | ${fmt(r)} | ${signed(p - b)} / ${signed(r - b)} |`);
console.log(`\nRealigning with the anchors beat pasting the same corrections on ${realignBetter} of ${documents} documents.`);
