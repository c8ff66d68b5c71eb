import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullBand, normaliseBand, projectPath, touchedRows } from '../../src/align/band.js';
import { type CostModel, runDp } from '../../src/align/dp.js';
import { noLexicalEvidence } from '../../src/lexical/index.js';
import { beadCost, costModelOf } from './helpers.js';
import { moveSet } from '../../src/align/moves.js';
import { dpWithWidening } from '../../src/align/search.js';

const TYPES = ['1-1', '1-0', '0-1', '2-1', '1-2', '2-2', '1-3', '3-1'];
const PRIORS = { '1-1': 0.7, '1-0': 0.03, '0-1': 0.03, '2-1': 0.08, '1-2': 0.08, '2-2': 0.03, '1-3': 0.02, '3-1': 0.02 };

function model(src: number[], tgt: number[]): CostModel {
  return costModelOf(src, tgt, { moves: moveSet(TYPES, PRIORS, 0.01), length: { c: 1.1, s2: 6.8 }, lexical: noLexicalEvidence(src.length, tgt.length), lexicalWeight: 0 });
}

/** Every path from (0,0) to (n,m) with its beads and cost, by brute force. */
function allPaths(src: number[], tgt: number[], mdl: CostModel): Array<{ beads: string[]; cost: number }> {
  const { di, dj, prior } = mdl.moves;
  const out: Array<{ beads: string[]; cost: number }> = [];
  const walk = (x: number, y: number, beads: string[], cost: number): void => {
    if (x === src.length && y === tgt.length) {
      out.push({ beads, cost });
      return;
    }
    for (let k = 0; k < di.length; k++) {
      const nx = x + di[k]!;
      const ny = y + dj[k]!;
      if (nx > src.length || ny > tgt.length) continue;
      const ls = mdl.srcPrefix[nx]! - mdl.srcPrefix[x]!;
      const lt = mdl.tgtPrefix[ny]! - mdl.tgtPrefix[y]!;
      const c = beadCost(prior[k]!, ls, lt, di[k]! > 0 && dj[k]! > 0, 0, mdl);
      walk(nx, ny, [...beads, `${x},${y}>${nx},${ny}`], cost + c);
    }
  };
  walk(0, 0, [], 0);
  return out;
}

const lengths = (max: number) => fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: max });

describe('runDp', () => {
  it('finds the cheapest path and exact bead posteriors (brute force on small inputs)', () => {
    fc.assert(
      fc.property(lengths(4), lengths(4), fc.constantFrom(0.5, 1, 2), (src, tgt, temperature) => {
        const mdl = model(src, tgt);
        const r = runDp(fullBand(src.length, tgt.length), mdl, { posteriors: true, temperature });
        const paths = allPaths(src, tgt, mdl);
        const best = Math.min(...paths.map((p) => p.cost));
        expect(r.cost).toBeCloseTo(best, 9);
        const z = paths.reduce((a, p) => a + Math.exp(-p.cost / temperature), 0);
        for (let k = 0; k + 1 < r.pathX.length; k++) {
          const key = `${r.pathX[k]},${r.pathY[k]}>${r.pathX[k + 1]},${r.pathY[k + 1]}`;
          const mass = paths.filter((p) => p.beads.includes(key)).reduce((a, p) => a + Math.exp(-p.cost / temperature), 0);
          // Forward scores are stored as row-relative Float32: 5 digits.
          expect(r.beadPosterior![k]).toBeCloseTo(mass / z, 5);
          const point = `${r.pathX[k + 1]},${r.pathY[k + 1]}`;
          const through = paths.filter((p) => p.beads.some((b) => b.endsWith(`>${point}`))).reduce((a, p) => a + Math.exp(-p.cost / temperature), 0);
          expect(r.pointPosterior![k + 1]).toBeCloseTo(k + 2 === r.pathX.length ? 1 : through / z, 5);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('with a gain, returns the path of most expected correct beads (brute force on small inputs)', () => {
    fc.assert(
      fc.property(lengths(4), lengths(4), fc.constantFrom(0, 0.3, 0.5), (src, tgt, gain) => {
        const mdl = model(src, tgt);
        const r = runDp(fullBand(src.length, tgt.length), mdl, { posteriors: true, temperature: 1, gain });
        const paths = allPaths(src, tgt, mdl);
        const z = paths.reduce((a, p) => a + Math.exp(-p.cost), 0);
        const marginal = new Map<string, number>();
        for (const p of paths) for (const b of p.beads) marginal.set(b, (marginal.get(b) ?? 0) + Math.exp(-p.cost) / z);
        const gainOf = (beads: string[]): number => beads.reduce((a, b) => a + marginal.get(b)! - gain, 0);
        const beads: string[] = [];
        for (let k = 0; k + 1 < r.pathX.length; k++) {
          const key = `${r.pathX[k]},${r.pathY[k]}>${r.pathX[k + 1]},${r.pathY[k + 1]}`;
          beads.push(key);
          expect(r.beadPosterior![k]).toBeCloseTo(marginal.get(key)!, 5);
        }
        expect(r.pathX[r.pathX.length - 1]).toBe(src.length);
        expect(r.pathY[r.pathY.length - 1]).toBe(tgt.length);
        expect(gainOf(beads)).toBeCloseTo(Math.max(...paths.map((p) => gainOf(p.beads))), 5);
      }),
      { numRuns: 60 },
    );
  });

  it('with a gain, trades one unsure 2-2 bead of the best path for two likelier 1-1 beads', () => {
    // Best path: 1-1 then 2-2 (posterior .489); the two 1-1 beads in its place have .367 and .467,
    // worth .834 − 2·0.3 = .234 > .489 − 0.3 = .189 expected correct beads beyond the gain.
    const mdl = model([100, 65, 70], [90, 35, 95]);
    const best = runDp(fullBand(3, 3), mdl, { posteriors: true, temperature: 1 });
    const mea = runDp(fullBand(3, 3), mdl, { posteriors: true, temperature: 1, gain: 0.3 });
    expect(Array.from(best.pathX)).toEqual([0, 1, 3]);
    expect(Array.from(mea.pathX)).toEqual([0, 1, 2, 3]);
    expect(Array.from(mea.pathY)).toEqual([0, 1, 2, 3]);
    expect(Array.from(mea.beadPosterior!, (p) => +p.toFixed(3))).toEqual([0.865, 0.367, 0.467]);
    // A high gain keeps fewer, surer beads: here the best path again.
    expect(Array.from(runDp(fullBand(3, 3), mdl, { posteriors: true, temperature: 1, gain: 0.5 }).pathX)).toEqual([0, 1, 3]);
  });

  it('gives the same path in a band holding it as in the full lattice', () => {
    fc.assert(
      fc.property(lengths(40), lengths(40), (src, tgt) => {
        const mdl = model(src, tgt);
        const full = runDp(fullBand(src.length, tgt.length), mdl, { posteriors: false, temperature: 1 });
        const band = projectPath(full.pathX, full.pathY, Int32Array.from({ length: src.length + 1 }, (_, k) => k), Int32Array.from({ length: tgt.length + 1 }, (_, k) => k), src.length, tgt.length, 1);
        const banded = runDp(band, mdl, { posteriors: true, temperature: 1 });
        expect(Array.from(banded.pathX)).toEqual(Array.from(full.pathX));
        expect(Array.from(banded.pathY)).toEqual(Array.from(full.pathY));
        expect(banded.cost).toBeCloseTo(full.cost, 9);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps cells outside the band at +Infinity: a diagonal band forces the diagonal', () => {
    // normalise widens the diagonal to a staircase (rows must overlap), so 1-0/0-1 detours exist,
    // but nothing off the staircase may be used.
    const band = normaliseBand({ n: 5, m: 5, lo: Int32Array.from([0, 1, 2, 3, 4, 5]), hi: Int32Array.from([0, 1, 2, 3, 4, 5]) });
    const r = runDp(band, model([10, 50, 10, 10, 10], [10, 10, 10, 10, 50]), { posteriors: true, temperature: 1 });
    for (let k = 0; k < r.pathX.length; k++) expect(Math.abs(r.pathX[k]! - r.pathY[k]!)).toBeLessThanOrEqual(1);
    expect(Number.isFinite(r.cost)).toBe(true);
    for (const p of r.beadPosterior!) expect(p).toBeGreaterThan(0);
  });
});

describe('bands', () => {
  it('normalise keeps rows monotone and overlapping, pinned at both ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.array(fc.integer({ min: -5, max: 40 }), { minLength: 62, maxLength: 62 }), (n, m, raw) => {
        const lo = Int32Array.from({ length: n + 1 }, (_, x) => raw[x]!);
        const hi = Int32Array.from({ length: n + 1 }, (_, x) => raw[x + 31]!);
        const b = normaliseBand({ n, m, lo, hi });
        expect(b.lo[0]).toBe(0);
        expect(b.hi[n]).toBe(m);
        for (let x = 0; x <= n; x++) {
          expect(b.lo[x]!).toBeLessThanOrEqual(b.hi[x]!);
          expect(b.lo[x]!).toBeGreaterThanOrEqual(0);
          expect(b.hi[x]!).toBeLessThanOrEqual(m);
          if (x < n) {
            expect(b.lo[x + 1]!).toBeGreaterThanOrEqual(b.lo[x]!);
            expect(b.hi[x + 1]!).toBeGreaterThanOrEqual(b.hi[x]!);
            expect(b.lo[x + 1]!).toBeLessThanOrEqual(b.hi[x]!);
          }
        }
      }),
    );
  });
});

describe('widening (Moore 2002) with local repair', () => {
  it('finds a path as good as the full lattice when the band misses a local detour', () => {
    // Source sentences 20–25 have no counterpart: the best path leaves the diagonal there.
    const src = Array.from({ length: 60 }, (_, k) => 40 + ((k * 37) % 90));
    const tgt = src.filter((_, k) => k < 20 || k >= 26).map((l) => Math.round(l * 1.1));
    const mdl = model(src, tgt);
    const full = runDp(fullBand(src.length, tgt.length), mdl, { posteriors: false, temperature: 1 });
    // A band of ±1 around the plain diagonal: the detour's end touches its edge.
    const lo = Int32Array.from({ length: src.length + 1 }, (_, x) => Math.round((x * tgt.length) / src.length) - 1);
    const hi = Int32Array.from({ length: src.length + 1 }, (_, x) => Math.round((x * tgt.length) / src.length) + 1);
    const band = normaliseBand({ n: src.length, m: tgt.length, lo, hi });
    const narrow = runDp(band, mdl, { posteriors: false, temperature: 1 });
    expect(touchedRows(band, narrow.pathX, narrow.pathY, undefined).length).toBeGreaterThan(0);
    expect(narrow.cost).toBeGreaterThan(full.cost + 1e-9);
    const r = dpWithWidening(band, mdl, { buffer: 2, widenRounds: 4 }, undefined, { posteriors: true, temperature: 1 });
    expect(r.cost).toBeCloseTo(full.cost, 9);
    expect(Array.from(r.pathX)).toEqual(Array.from(full.pathX));
  });
});
