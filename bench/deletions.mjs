#!/usr/bin/env node
/**
 * Where the untranslated and added sentences of the dev gold go (issue 13), through the library
 * on pre-split files, default options:
 *   1. each gold 1-0 / 0-1 bead of one sentence: found exactly, or inside a bead of the output that
 *      would be a gold bead without it ("split-off": the aligner glued it to its neighbour's
 *      translation), or elsewhere (the beads around it are shifted too);
 *   2. the test a final pass could make to split such beads: for every end sentence of every
 *      n-m bead of the output, the share of its lexical evidence found in the bead's other side,
 *      and what splitting it off as a 1-0 / 0-1 bead costs in the document's own bead costs (prior,
 *      length, lexical similarity, deletion slope and cues; nats); counted by what the gold says:
 *      SPLIT (the split gives two gold beads), KEEP (the bead is a gold bead), other;
 *   3. how each set's gold writes runs of untranslated sentences (one bead, or one bead each).
 * usage: npm run bench:deletions [-- --sets a,b]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_SETS, loadEval, loadSet, makeDocument, readLines, ROOT } from './lib/sets.mjs';

const args = process.argv.slice(2);
const sets = args.includes('--sets') ? args[args.indexOf('--sets') + 1].split(',') : DEV_SETS;
const { planDocuments, solveJob } = await import(join(ROOT, 'dist', 'align', 'index.js'));
const { jobLexical } = await import(join(ROOT, 'dist', 'align', 'engine.js'));
const { lengthCost } = await import(join(ROOT, 'dist', 'align', 'length.js'));
const ev = await loadEval();

const key = (s, t) => `${s.join(',')}:${t.join(',')}`;
const range = (a, b) => Array.from({ length: b - a }, (_, k) => a + k);
const SHARES = [0, 0.1, 0.25, Infinity];
const COSTS = [1, 2, 4, Infinity];

/** The beads of a document as the final pass makes them, with what is needed to price alternatives. */
function* solvedBeads(plan) {
  const P = plan.params;
  const priorOf = new Map();
  for (let k = 0; k < P.moves.di.length; k++) priorOf.set(`${P.moves.di[k]}-${P.moves.dj[k]}`, P.moves.prior[k]);
  for (const job of plan.jobs) {
    const r = solveJob(job, P);
    const lexical = jobLexical(job.problem.lexical, job.local?.scorer(), job.local?.weight ?? 0);
    const { srcLen, tgtLen, srcOffset, tgtOffset, srcDeletionBonus, tgtDeletionBonus } = job.problem;
    const sum = (len, a, b) => len.subarray(a, b).reduce((x, y) => x + y, 0);
    /** The final pass's cost of a bead over local units [x0, x1) × [y0, y1) (glue left out). */
    const cost = (x0, x1, y0, y1) => {
      const prior = priorOf.get(`${x1 - x0}-${y1 - y0}`) ?? Infinity;
      if (x1 === x0) return prior + P.deletionSlope * Math.sqrt(tgtLen[y0]) - (tgtDeletionBonus?.[y0] ?? 0);
      if (y1 === y0) return prior + P.deletionSlope * Math.sqrt(srcLen[x0]) - (srcDeletionBonus?.[x0] ?? 0);
      return prior + lengthCost(sum(srcLen, x0, x1), sum(tgtLen, y0, y1), P.length) - P.lexicalWeight * lexical.score(x0 + srcOffset, x1 + srcOffset, y0 + tgtOffset, y1 + tgtOffset);
    };
    for (let b = 0; b + 1 < r.pathX.length; b++) {
      yield { x0: r.pathX[b], x1: r.pathX[b + 1], y0: r.pathY[b], y1: r.pathY[b + 1], so: srcOffset, to: tgtOffset, cost, lexical };
    }
  }
}

const fmt = (c) => `${String(c.SPLIT ?? 0).padStart(5)} ${String(c.KEEP ?? 0).padStart(5)} ${String(c.other ?? 0).padStart(5)}`;

for (const set of sets) {
  const outcome = { exact: 0, 'split-off': 0, elsewhere: 0 };
  const edges = [];
  const runs = { joined: 0, separate: 0 };
  for (const d of await loadSet(set, ev)) {
    const src = readLines(d.srcFile);
    const tgt = readLines(d.tgtFile);
    const plan = planDocuments(makeDocument(d.srcFile, d.srcLang, src), makeDocument(d.tgtFile, d.tgtLang, tgt));
    const gold = ev.parseLadder(readFileSync(d.goldFile, 'utf8'));
    const goldKeys = new Set(gold.map((g) => key(g.source, g.target)));
    const beadOf = { source: new Map(), target: new Map() };
    for (const bead of solvedBeads(plan)) {
      const { x0, x1, y0, y1, so, to, cost, lexical } = bead;
      const S = range(x0 + so, x1 + so);
      const T = range(y0 + to, y1 + to);
      for (const i of S) beadOf.source.set(i, [S, T]);
      for (const j of T) beadOf.target.set(j, [S, T]);
      if (!S.length || !T.length || (S.length < 2 && T.length < 2)) continue;
      const whole = cost(x0, x1, y0, y1);
      const kept = goldKeys.has(key(S, T));
      const ends = [];
      if (S.length > 1) ends.push(['source', x0, [x0 + 1, x1, y0, y1]], ['source', x1 - 1, [x0, x1 - 1, y0, y1]]);
      if (T.length > 1) ends.push(['target', y0, [x0, x1, y0 + 1, y1]], ['target', y1 - 1, [x0, x1, y0, y1 - 1]]);
      for (const [side, u, rest] of ends) {
        const alone = side === 'source' ? cost(u, u + 1, 0, 0) : cost(0, 0, u, u + 1);
        const delta = cost(...rest) + alone - whole;
        const [found, total] = side === 'source' ? lexical.found('source', u + so, y0 + to, y1 + to) : lexical.found('target', u + to, x0 + so, x1 + so);
        const restKey = key(range(rest[0] + so, rest[1] + so), range(rest[2] + to, rest[3] + to));
        const aloneKey = side === 'source' ? key([u + so], []) : key([], [u + to]);
        const label = goldKeys.has(restKey) && goldKeys.has(aloneKey) ? 'SPLIT' : kept ? 'KEEP' : 'other';
        edges.push({ label, share: total > 0 ? found / total : 0, delta });
      }
    }
    gold.forEach((g, k) => {
      const side = g.source.length ? 'source' : 'target';
      if (g.source.length && g.target.length) return;
      const prev = gold[k - 1];
      if (prev && !(prev.source.length && prev.target.length) && prev[side].length) runs.separate++;
      if (g[side].length > 1) runs.joined += g[side].length - 1;
      if (g[side].length !== 1) return;
      const [S, T] = beadOf[side].get(g[side][0]);
      if (!(S.length && T.length)) outcome[key(S, T) === key(g.source, g.target) ? 'exact' : 'elsewhere']++;
      else {
        const rest = side === 'source' ? key(S.filter((i) => i !== g.source[0]), T) : key(S, T.filter((j) => j !== g.target[0]));
        outcome[goldKeys.has(rest) ? 'split-off' : 'elsewhere']++;
      }
    });
  }
  const singles = outcome.exact + outcome['split-off'] + outcome.elsewhere;
  console.log(`\n${set}: ${singles} gold 1-0/0-1 beads of one sentence: exact ${outcome.exact}, split-off ${outcome['split-off']}, elsewhere ${outcome.elsewhere}`);
  console.log(`  runs of untranslated sentences in the gold: ${runs.joined} sentences joined to the one before in one bead, ${runs.separate} in a bead of their own`);
  console.log('  end sentences of n-m beads, split off when (own-bead share ≤ s) and (cost of the split ≤ c nats): SPLIT KEEP other');
  console.log(`  ${'share \\ cost'.padEnd(14)}${COSTS.map((c) => (c === Infinity ? 'any' : `≤ ${c}`).padStart(18)).join('')}`);
  for (const s of SHARES) {
    const cells = COSTS.map((c) => {
      const n = {};
      for (const e of edges) if (e.share <= s && e.delta <= c) n[e.label] = (n[e.label] ?? 0) + 1;
      return fmt(n).padStart(18);
    });
    console.log(`  ${(s === Infinity ? 'any' : `≤ ${s}`).padEnd(14)}${cells.join('')}`);
  }
}
