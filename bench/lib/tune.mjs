#!/usr/bin/env node
/**
 * Coordinate search of the aligner's weights on ALL dev sets together (never per document):
 * objective = mean over the dev sets of strict F1 (each set counts once). Prints every
 * improvement; the founding example's exactness is reported alongside, not optimised.
 * usage: node bench/lib/tune.mjs [rounds]    (after npm run build)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_SETS, foundingExample, loadEval, loadSet, makeDocument, readLines, ROOT } from './sets.mjs';

const { alignDocuments, createCognateScorer } = await import(join(ROOT, 'dist', 'align', 'index.js'));
const ev = await loadEval();
const docs = [];
for (const set of DEV_SETS) for (const d of await loadSet(set, ev)) docs.push(d);
docs.push(foundingExample());
const loaded = docs.map((d) => ({
  ...d,
  source: makeDocument(d.srcFile, d.srcLang, readLines(d.srcFile)),
  target: makeDocument(d.tgtFile, d.tgtLang, readLines(d.tgtFile)),
  gold: ev.parseLadder(readFileSync(d.goldFile, 'utf8')),
}));

/** Parameter vector → AlignOptions. */
export function toOptions(p) {
  const cognate = {
    smoothing: p.smoothing,
    kindWeights: { '#': p.wNum, '%': p.wNum, p: 1, n: p.wName, punct: p.wPunct },
    oneSidedWeights: { '#': p.oneNum, n: p.oneName },
  };
  return {
    lexicalWeight: p.lambda,
    deletionSlope: p.delSlope,
    headingDeletionBoost: p.heading,
    headingGlue: p.glue,
    priorAdaptation: p.adapt,
    priors: { '1-0': p.del, '0-1': p.del, '3-1': p.p31, '1-3': p.p31 },
    lexical: (s, t) => createCognateScorer(s, t, cognate),
  };
}

export function evaluate(p) {
  const options = toOptions(p);
  const bySet = {};
  let founding = false;
  for (const d of loaded) {
    const beads = alignDocuments(d.source, d.target, options);
    if (d.set === 'founding') {
      const r = ev.scoreAlignments([{ gold: d.gold, test: beads }]);
      founding = r.f1Strict === 1;
      continue;
    }
    (bySet[d.set] ??= []).push({ gold: d.gold, test: beads });
  }
  const f = Object.fromEntries(Object.entries(bySet).map(([s, pairs]) => [s, ev.scoreAlignments(pairs).f1Strict]));
  const objective = DEV_SETS.reduce((a, s) => a + f[s], 0) / DEV_SETS.length;
  return { objective, f, founding };
}

const START = { lambda: 34, smoothing: 8, wNum: 1.5, wName: 0.3, wPunct: 2, oneNum: 0, oneName: 1, del: 0.0018, delSlope: 0.1, p31: 0.0075, heading: 4.5, glue: 13, adapt: 10 };
const STEPS = {
  lambda: [0.7, 0.85, 1.2, 1.4],
  smoothing: [0, 0.5, 2, 4],
  wNum: [0.6, 0.8, 1.25, 1.6],
  wName: [0.5, 0.75, 1.5, 2],
  wPunct: [0, 0.5, 1.5, 2],
  oneNum: [0, 0.5, 2],
  oneName: [0, 0.5, 2],
  del: [0.3, 0.6, 1.6, 3],
  delSlope: ['+0.05', '+0.1', '-0.05'],
  p31: [0.5, 0.75, 1.5, 2],
  heading: [0.3, 0.6, 1.6, 3],
  glue: [0.5, 2, 4],
  adapt: [0.25, 0.5, 2, 4],
};

function step(value, s) {
  if (typeof s === 'string') return Math.max(0, +(value + Number(s)).toFixed(4));
  if (value === 0 && s > 1) return s - 1; // from zero, try a small positive value
  return +(value * s).toFixed(5);
}

const isMain = process.argv[1] && process.argv[1].endsWith('tune.mjs');
if (isMain) {
  const rounds = Number(process.argv[2] ?? 3);
  let best = { ...START };
  let bestR = evaluate(best);
  const show = (p, r) => `${r.objective.toFixed(4)} ${JSON.stringify(r.f, (k, v) => (typeof v === 'number' ? +v.toFixed(3) : v))} founding=${r.founding} ${JSON.stringify(p)}`;
  console.log('start', show(best, bestR));
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (const key of Object.keys(STEPS)) {
      for (const s of STEPS[key]) {
        const cand = { ...best, [key]: step(best[key], s) };
        if (cand[key] === best[key]) continue;
        const r = evaluate(cand);
        if (r.objective > bestR.objective + 1e-4) {
          best = cand;
          bestR = r;
          improved = true;
          console.log(`round ${round} ${key}`, show(best, bestR));
        }
      }
    }
    if (!improved) break;
  }
  console.log('best', show(best, bestR));
}
