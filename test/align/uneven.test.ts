/**
 * 2-3/3-2 beads in pass 2 where the lexical evidence supports them (src/align/uneven.ts): the
 * document rule, the moves it adds, the bead gate in the DP kernel, and a dev document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CostModel, runDp } from '../../src/align/dp.js';
import { fullBand } from '../../src/align/band.js';
import { alignDocuments } from '../../src/align/index.js';
import { moveSet, withGatedMoves } from '../../src/align/moves.js';
import type { SearchParams } from '../../src/align/search.js';
import { medianSupport, withUnevenShapes } from '../../src/align/uneven.js';
import { parseLadder, scoreAlignments } from '../../src/eval/index.js';
import type { LexicalScorer } from '../../src/lexical/index.js';
import { SHARED } from '../helpers/shared.js';
import { costModelOf, lines, makeDoc } from './helpers.js';

const TYPES = ['1-1', '1-2', '2-1', '2-2', '1-3', '3-1'];
const PRIORS = { '1-1': 0.8, '1-2': 0.05, '2-1': 0.05, '2-2': 0.01, '1-3': 0.01, '3-1': 0.01, '1-0': 0.002, '0-1': 0.002 };

/** A scorer whose similarity is given per span pair ("s0,s1:t0,t1"), 0 elsewhere. */
function stubScorer(n: number, m: number, spans: Record<string, number>): LexicalScorer {
  return {
    sourceUnits: n,
    targetUnits: m,
    score: (s0, s1, t0, t1) => spans[`${s0},${s1}:${t0},${t1}`] ?? 0,
    group: () => {
      throw new Error('not used');
    },
  };
}

const shapes = (moves: { di: Int8Array; dj: Int8Array }): string[] => Array.from(moves.di, (a, k) => `${a}-${moves.dj[k]}`);

describe('withGatedMoves', () => {
  const base = moveSet(TYPES, PRIORS, 0.001);
  const gated = withGatedMoves(base, ['2-3', '3-2', '1-2'], 0.003, 0.7);

  it('adds the new shapes in the fixed order (by source, then target units), leaving the others as they were', () => {
    expect(shapes(gated)).toEqual(['0-1', '1-0', '1-1', '1-2', '1-3', '2-1', '2-2', '2-3', '3-1', '3-2']);
    for (const t of shapes(base)) {
      const k = shapes(gated).indexOf(t);
      expect(gated.prior[k], t).toBe(base.prior[shapes(base).indexOf(t)]);
    }
    expect(gated.maxDi).toBe(3);
    expect(gated.maxDj).toBe(3);
  });

  it('gives only the new shapes a least similarity, and their prior', () => {
    const table: Array<[string, number, number]> = [
      ['2-3', 0.7, -Math.log(0.003)],
      ['3-2', 0.7, -Math.log(0.003)],
      ['1-2', -Infinity, -Math.log(0.05)], // already there: kept, not gated
      ['1-1', -Infinity, -Math.log(0.8)],
      ['1-0', -Infinity, -Math.log(0.002)],
    ];
    for (const [t, min, prior] of table) {
      const k = shapes(gated).indexOf(t);
      expect(gated.minSimilarity![k], t).toBe(min);
      expect(gated.prior[k], t).toBeCloseTo(prior, 12);
    }
    expect(base.minSimilarity).toBeUndefined();
  });
});

describe('withUnevenShapes: which documents get 2-3/3-2', () => {
  const params = { moves: moveSet(TYPES, PRIORS, 0.001) } as unknown as SearchParams;
  const rule = { types: ['2-3', '3-2'], prior: 0.003, documentSupport: 0.45, beadSupport: 0.7 };
  const cases: Array<[string, number, boolean]> = [
    ['evidence explains the first pass well', 0.6, true],
    ['at the threshold', 0.45, true],
    ['just below', 0.449, false],
    ['no evidence at all', 0, false],
    ['not a number (no beads)', Number.NaN, false],
  ];
  it.each(cases)('%s (median %d)', (_name, support, added) => {
    const out = withUnevenShapes(params, support, rule);
    expect(shapes(out.moves).includes('2-3')).toBe(added);
    expect(shapes(out.moves).includes('3-2')).toBe(added);
    if (!added) expect(out).toBe(params);
  });
});

describe('medianSupport', () => {
  const beads = (spans: Array<[number, number, number, number]>) => ({
    s0: Int32Array.from(spans, (b) => b[0]),
    s1: Int32Array.from(spans, (b) => b[1]),
    t0: Int32Array.from(spans, (b) => b[2]),
    t1: Int32Array.from(spans, (b) => b[3]),
    posterior: new Float64Array(spans.length).fill(1),
  });
  const scorer = stubScorer(5, 5, { '0,1:0,1': 0.9, '1,2:1,2': 0.2, '2,3:2,3': 0.5, '3,5:3,4': 0.7, '5,5:4,5': 0 });
  const cases: Array<[string, Array<[number, number, number, number]>, number]> = [
    ['odd count: the middle value', [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3]], 0.5],
    ['even count: the upper middle value', [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3], [3, 5, 3, 4]], 0.7],
    ['a bead with one side empty counts as 0', [[0, 1, 0, 1], [5, 5, 4, 5], [1, 2, 1, 2]], 0.2],
    ['no beads', [], 0],
  ];
  it.each(cases)('%s', (_name, spans, expected) => {
    expect(medianSupport(scorer, beads(spans))).toBe(expected);
  });
});

describe('the bead gate in the DP kernel', () => {
  // Two source sentences against three target sentences whose lengths fit one 2-3 bead best: the
  // 2-3 bead is taken when its similarity reaches the gate, and never below it.
  const src = [40, 60];
  const tgt = [30, 30, 40];
  const model = (sim: number): CostModel =>
    costModelOf(src, tgt, {
      moves: withGatedMoves(moveSet(['1-1', '1-2', '2-1'], { '1-1': 0.5, '1-2': 0.01, '2-1': 0.01 }, 0.001), ['2-3', '3-2'], 0.2, 0.7),
      length: { c: 1, s2: 6.8 },
      lexical: stubScorer(2, 3, { '0,2:0,3': sim }),
      lexicalWeight: 10,
    });
  const beads = (sim: number): string[] => {
    const r = runDp(fullBand(2, 3), model(sim), { temperature: 1, posteriors: false });
    return Array.from(r.pathX.slice(1), (x, b) => `${r.pathX[b]}-${x}:${r.pathY[b]}-${r.pathY[b + 1]}`);
  };
  const cases: Array<[number, boolean]> = [
    [0.9, true],
    [0.7, true],
    [0.69, false],
    [0, false],
  ];
  it.each(cases)('similarity %d: a 2-3 bead %s', (sim, taken) => {
    expect(beads(sim).includes('0-2:0-3')).toBe(taken);
  });
});

describe('on a dev document', () => {
  it('Text+Berg dev: gold 2-3/3-2 beads the rule finds, and no loss (.863 without the rule when this was written)', () => {
    const DIR = join(SHARED, 'eval', 'textberg-dev_de-fr');
    const beads = alignDocuments(makeDoc(lines(join(DIR, 'dev.de')), undefined, 'de'), makeDoc(lines(join(DIR, 'dev.fr')), undefined, 'fr'));
    const gold = parseLadder(readFileSync(join(DIR, 'dev.gold'), 'utf8'));
    const key = (b: { source: readonly number[]; target: readonly number[] }): string => `${b.source.join(',')}:${b.target.join(',')}`;
    const uneven = (b: { source: readonly number[]; target: readonly number[] }): boolean => b.source.length >= 2 && b.target.length >= 2 && b.source.length !== b.target.length;
    const goldUneven = new Set(gold.filter(uneven).map(key));
    const found = beads.filter(uneven).map(key);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((k) => goldUneven.has(k)).length).toBeGreaterThanOrEqual(found.length / 2);
    expect(scoreAlignments([{ gold, test: beads }]).f1Strict).toBeGreaterThanOrEqual(0.87);
  });
});
