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
 * Options:
 *   --list        each missed gold 1-0 / 0-1 bead of one sentence: glued to the gold bead before
 *                 or after it, shifted (the output leaves a neighbour of it unmatched instead), or
 *                 elsewhere; whether the document learned a lexicon; for a glued one, its share and
 *                 split cost as in 2.
 *   --model1      the same end sentences tested with the learned lexicon's IBM Model 1
 *                 probabilities (documents that learn one): the sentence's words given the bead's
 *                 other side against their frequency in the document (mean log ratio a word), and
 *                 whether the sentence lowers the bead's log ratio a word (both directions).
 *   --split S,C[,SIDES]  the dev figures after splitting off, in every n-m bead, the end sentence
 *                 of least split cost among those with share ≤ S and split cost ≤ C (SIDES:
 *                 both, source or target); strict F1 per set, 1-0 / 0-1 recall, 1-1 precision.
 * usage: npm run bench:deletions [-- --sets a,b] [--list] [--model1] [--split 0.1,2]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_SETS, loadEval, loadSet, makeDocument, readLines, ROOT } from './lib/sets.mjs';

const args = process.argv.slice(2);
const sets = args.includes('--sets') ? args[args.indexOf('--sets') + 1].split(',') : DEV_SETS;
const list = args.includes('--list');
const model1 = args.includes('--model1');
const split = args.includes('--split') ? args[args.indexOf('--split') + 1].split(',') : undefined;
const splitRule = split && { share: Number(split[0]), cost: Number(split[1]), sides: split[2] ?? 'both' };
const { assembleLadder, ladderBeads, planDocuments, solvePlan } = await import(join(ROOT, 'dist', 'align', 'index.js'));
const { jobLexical } = await import(join(ROOT, 'dist', 'align', 'engine.js'));
const { lengthCost } = await import(join(ROOT, 'dist', 'align', 'length.js'));
const { WordKeys } = await import(join(ROOT, 'dist', 'lexical', 'words.js'));
const ev = await loadEval();

const key = (s, t) => `${s.join(',')}:${t.join(',')}`;
const range = (a, b) => Array.from({ length: b - a }, (_, k) => a + k);
const SHARES = [0, 0.1, 0.25, Infinity];
const COSTS = [1, 2, 4, Infinity];
/** Thresholds of the Model 1 test (mean log ratio a word of the sentence's words given the other side). */
const RATIOS = [-1, -0.5, 0, 0.5];
/** Probability floor of a word under Model 1 (the lexicon is pruned at 0.01 and knows few words). */
const FLOOR = 1e-4;

/** The final pass of a document: its results, and each bead with what is needed to price alternatives. */
function solvedWithCosts(plan) {
  const P = plan.params;
  const priorOf = new Map();
  for (let k = 0; k < P.moves.di.length; k++) priorOf.set(`${P.moves.di[k]}-${P.moves.dj[k]}`, P.moves.prior[k]);
  const results = solvePlan(plan);
  const beads = [];
  for (const [k, job] of plan.jobs.entries()) {
    const r = results[k];
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
      beads.push({ x0: r.pathX[b], x1: r.pathX[b + 1], y0: r.pathY[b], y1: r.pathY[b + 1], so: srcOffset, to: tgtOffset, cost, lexical });
    }
  }
  return { results, beads };
}

/** The end sentences of an n-m bead, each with its share of evidence found in the bead and the cost of splitting it off. */
function endsOf(bead) {
  const { x0, x1, y0, y1, so, to, cost, lexical } = bead;
  const whole = cost(x0, x1, y0, y1);
  const ends = [];
  if (x1 - x0 > 1) ends.push(['source', x0, [x0 + 1, x1, y0, y1], true], ['source', x1 - 1, [x0, x1 - 1, y0, y1], false]);
  if (y1 - y0 > 1) ends.push(['target', y0, [x0, x1, y0 + 1, y1], true], ['target', y1 - 1, [x0, x1, y0, y1 - 1], false]);
  return ends.map(([side, u, rest, first]) => {
    const alone = side === 'source' ? cost(u, u + 1, 0, 0) : cost(0, 0, u, u + 1);
    const [found, total] = side === 'source' ? lexical.found('source', u + so, y0 + to, y1 + to) : lexical.found('target', u + to, x0 + so, x1 + so);
    return {
      side,
      unit: side === 'source' ? u + so : u + to,
      first,
      share: total > 0 ? found / total : 0,
      delta: cost(...rest) + alone - whole,
      rest: { source: range(rest[0] + so, rest[1] + so), target: range(rest[2] + to, rest[3] + to) },
    };
  });
}

/**
 * IBM Model 1 log ratios over a document pair from a learned lexicon: words(side, units) are the
 * lexicon's ids of the units' words; ratio(from, to, dir) the summed log of P(word | words of
 * `from`, NULL included) over P_bg(word) for the words of `to`, P_bg the word's share in the
 * document (add-½).
 */
function modelOne(lexicon, src, tgt) {
  const side = (words, texts) => {
    const id = new Map(words.map((w, k) => [w, k]));
    const keys = new WordKeys(lexicon.prefix);
    const other = id.get('(other)');
    const rows = texts.map((t) => keys.wordsOf(t).map((w) => id.get(keys.keys[w]) ?? other));
    const count = new Float64Array(words.length);
    let n = 0;
    for (const r of rows) for (const w of r) (count[w]++, n++);
    return { rows, bg: count.map((c) => (c + 0.5) / (n + 0.5 * words.length)) };
  };
  const S = side(lexicon.sourceWords, src);
  const T = side(lexicon.targetWords, tgt);
  const p = (table, a, b) => {
    for (let k = table.off[a]; k < table.off[a + 1]; k++) if (table.ids[k] === b) return table.p[k];
    return 0;
  };
  const words = (s, units) => units.flatMap((u) => s.rows[u]);
  /** Summed log ratio of the words of units `y` (side Y) given those of units `x` (side X). */
  const ratio = (X, x, Y, y, table, nul) => {
    const from = words(X, x);
    let sum = 0;
    for (const w of words(Y, y)) {
      let q = nul[w];
      for (const v of from) q += p(table, v, w);
      sum += Math.log(Math.max(q / (from.length + 1), FLOOR)) - Math.log(Y.bg[w]);
    }
    return sum;
  };
  const forward = (s, t) => ratio(S, s, T, t, lexicon.forward, lexicon.forwardNull);
  const backward = (s, t) => ratio(T, t, S, s, lexicon.backward, lexicon.backwardNull);
  const size = (s, t) => words(S, s).length + words(T, t).length;
  return {
    /** Mean log ratio a word of unit u (of `side`) given the other side's units. */
    given(side, u, other) {
      const n = side === 'source' ? S.rows[u].length : T.rows[u].length;
      return n ? (side === 'source' ? backward([u], other) : forward(other, [u])) / n : 0;
    },
    /** Mean log ratio a word of a bead, both directions. */
    perWord: (s, t) => (forward(s, t) + backward(s, t)) / Math.max(1, size(s, t)),
  };
}

const fmt = (c) => `${String(c.SPLIT ?? 0).padStart(5)} ${String(c.KEEP ?? 0).padStart(5)} ${String(c.other ?? 0).padStart(5)}`;
const tally = (rows, keep) => {
  const n = {};
  for (const e of rows) if (keep(e)) n[e.label] = (n[e.label] ?? 0) + 1;
  return fmt(n);
};

for (const set of sets) {
  const outcome = { exact: 0, 'split-off': 0, elsewhere: 0 };
  const edges = [];
  const runs = { joined: 0, separate: 0 };
  const missed = [];
  const pairs = [];
  const counts = { '1-0': [0, 0], '0-1': [0, 0], oneToOne: [0, 0] };
  for (const d of await loadSet(set, ev)) {
    const src = readLines(d.srcFile);
    const tgt = readLines(d.tgtFile);
    const plan = planDocuments(makeDocument(d.srcFile, d.srcLang, src), makeDocument(d.tgtFile, d.tgtLang, tgt));
    const gold = ev.parseLadder(readFileSync(d.goldFile, 'utf8'));
    const goldKeys = new Set(gold.map((g) => key(g.source, g.target)));
    const m1 = model1 && plan.lexicon ? modelOne(plan.lexicon, src, tgt) : undefined;
    const beadOf = { source: new Map(), target: new Map() };
    const { results, beads } = solvedWithCosts(plan);
    const splits = new Map();
    for (const bead of beads) {
      const { x0, x1, y0, y1, so, to } = bead;
      const S = range(x0 + so, x1 + so);
      const T = range(y0 + to, y1 + to);
      for (const i of S) beadOf.source.set(i, [S, T]);
      for (const j of T) beadOf.target.set(j, [S, T]);
      if (!S.length || !T.length || (S.length < 2 && T.length < 2)) continue;
      const kept = goldKeys.has(key(S, T));
      const ends = endsOf(bead);
      for (const e of ends) {
        const aloneKey = e.side === 'source' ? key([e.unit], []) : key([], [e.unit]);
        const label = goldKeys.has(key(e.rest.source, e.rest.target)) && goldKeys.has(aloneKey) ? 'SPLIT' : kept ? 'KEEP' : 'other';
        const edge = { label, share: e.share, delta: e.delta, unit: e.unit, side: e.side, bead: [S, T] };
        if (m1) {
          edge.given = m1.given(e.side, e.unit, e.side === 'source' ? T : S);
          edge.lowers = m1.perWord(S, T) < m1.perWord(e.rest.source, e.rest.target);
        }
        edges.push(edge);
      }
      if (!splitRule) continue;
      const sides = (e) => splitRule.sides === 'both' || splitRule.sides === e.side;
      const best = ends.filter((e) => sides(e) && e.share <= splitRule.share && e.delta <= splitRule.cost).sort((a, b) => a.delta - b.delta)[0];
      if (best) splits.set(key(S, T), best);
    }
    for (const g of gold) {
      const side = g.source.length ? 'source' : 'target';
      if (g.source.length && g.target.length) continue;
      const k = gold.indexOf(g);
      const prev = gold[k - 1];
      if (prev && !(prev.source.length && prev.target.length) && prev[side].length) runs.separate++;
      if (g[side].length > 1) runs.joined += g[side].length - 1;
      if (g[side].length !== 1) continue;
      const u = g[side][0];
      const [S, T] = beadOf[side].get(u);
      const found = key(S, T) === key(g.source, g.target);
      const restKey = side === 'source' ? key(S.filter((i) => i !== u), T) : key(S, T.filter((j) => j !== u));
      const glued = S.length && T.length && goldKeys.has(restKey);
      outcome[found ? 'exact' : glued ? 'split-off' : 'elsewhere']++;
      if (found || !list) continue;
      const near = [u - 2, u - 1, u + 1, u + 2].some((v) => {
        const b = beadOf[side].get(v);
        return b && !(b[0].length && b[1].length);
      });
      const before = prev && key(prev.source, prev.target) === restKey;
      const kind = glued ? (before ? 'glued to the bead before' : 'glued to the bead after') : near ? 'shifted' : 'elsewhere';
      const edge = glued && edges.find((e) => e.side === side && e.unit === u && key(...e.bead) === key(S, T));
      const text = (side === 'source' ? src : tgt)[u];
      missed.push(
        `  ${d.doc} ${side === 'source' ? '1-0' : '0-1'} ${u}: ${kind}, output ${key(S, T)}, lexicon ${plan.lexicon ? 'learned' : 'none'}` +
          (edge ? `, share ${edge.share.toFixed(2)}, split cost ${edge.delta.toFixed(1)}` : '') +
          `\n      ${text.length > 70 ? `${text.slice(0, 70)}…` : text}`,
      );
    }
    if (!splitRule) continue;
    const test = [];
    for (const bead of ladderBeads(assembleLadder(plan, results))) {
      const s = splits.get(key(bead.source, bead.target));
      if (!s) {
        test.push(bead);
        continue;
      }
      const alone = s.side === 'source' ? { source: [s.unit], target: [], score: bead.score } : { source: [], target: [s.unit], score: bead.score };
      const rest = { ...s.rest, score: bead.score };
      test.push(...(s.first ? [alone, rest] : [rest, alone]));
    }
    pairs.push({ name: d.doc, gold, test });
    const testKeys = new Set(test.map((b) => key(b.source, b.target)));
    for (const g of gold) {
      const shape = g.source.length === 1 && !g.target.length ? '1-0' : !g.source.length && g.target.length === 1 ? '0-1' : undefined;
      if (shape) (counts[shape][0] += testKeys.has(key(g.source, g.target)) ? 1 : 0), counts[shape][1]++;
    }
    for (const b of test) if (b.source.length === 1 && b.target.length === 1) (counts.oneToOne[0] += goldKeys.has(key(b.source, b.target)) ? 1 : 0), counts.oneToOne[1]++;
  }
  const singles = outcome.exact + outcome['split-off'] + outcome.elsewhere;
  console.log(`\n${set}: ${singles} gold 1-0/0-1 beads of one sentence: exact ${outcome.exact}, split-off ${outcome['split-off']}, elsewhere ${outcome.elsewhere}`);
  if (missed.length) console.log(missed.join('\n'));
  console.log(`  runs of untranslated sentences in the gold: ${runs.joined} sentences joined to the one before in one bead, ${runs.separate} in a bead of their own`);
  console.log('  end sentences of n-m beads, split off when (own-bead share ≤ s) and (cost of the split ≤ c nats): SPLIT KEEP other');
  console.log(`  ${'share \\ cost'.padEnd(14)}${COSTS.map((c) => (c === Infinity ? 'any' : `≤ ${c}`).padStart(18)).join('')}`);
  for (const s of SHARES) {
    const cells = COSTS.map((c) => tally(edges, (e) => e.share <= s && e.delta <= c).padStart(18));
    console.log(`  ${(s === Infinity ? 'any' : `≤ ${s}`).padEnd(14)}${cells.join('')}`);
  }
  if (model1) {
    const tested = edges.filter((e) => e.given !== undefined);
    console.log(`  the same end sentences under the learned lexicon's Model 1 (documents with a lexicon: ${tested.length}): SPLIT KEEP other`);
    console.log(`  ${'all'.padEnd(44)}${tally(tested, () => true)}`);
    for (const r of RATIOS) console.log(`  ${`words given the other side ≤ ${r} a word`.padEnd(44)}${tally(tested, (e) => e.given <= r)}`);
    console.log(`  ${'lowers the bead’s log ratio a word'.padEnd(44)}${tally(tested, (e) => e.lowers)}`);
    console.log(`  ${'both (≤ 0 a word and lowers)'.padEnd(44)}${tally(tested, (e) => e.lowers && e.given <= 0)}`);
  }
  if (splitRule) {
    const r = ev.scoreAlignments(pairs);
    const c = (x) => `${x[0]}/${x[1]}`;
    console.log(`  split off (share ≤ ${splitRule.share}, cost ≤ ${splitRule.cost}, ${splitRule.sides}): strict F1 ${r.f1Strict.toFixed(4)}, 1-0 ${c(counts['1-0'])}, 0-1 ${c(counts['0-1'])}, 1-1 precision ${(counts.oneToOne[0] / counts.oneToOne[1]).toFixed(4)}`);
    console.log(`    per document: ${r.perDocument.map((p) => `${p.name} ${p.f1Strict.toFixed(3)}`).join(', ')}`);
  }
}
