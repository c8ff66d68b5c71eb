import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments, alignLengths } from '../../src/align/index.js';
import { fullBand } from '../../src/align/band.js';
import { moveSet } from '../../src/align/moves.js';
import { PRIORS } from '../../src/align/params.js';
import { splitIntoPieces } from '../../src/align/pieces.js';
import { type SearchParams, searchBand, type SearchProblem } from '../../src/align/search.js';
import { noLexicalEvidence } from '../../src/lexical/index.js';
import { SHARED } from '../helpers/shared.js';
import { ladder, ladderProblems, lines, makeDoc } from './helpers.js';

const SCALE = join(SHARED, 'eval', 'scale_en-es');

function lengthProblem(src: number[], tgt: number[]): { problem: SearchProblem; params: SearchParams } {
  const moves = moveSet(Object.keys(PRIORS), PRIORS, 0.001);
  return {
    problem: { srcLen: Float64Array.from(src), tgtLen: Float64Array.from(tgt), lexical: noLexicalEvidence(src.length, tgt.length), srcOffset: 0, tgtOffset: 0 },
    params: {
      moves,
      coarseMoves: moveSet(['1-1'], PRIORS, 0.001),
      length: { c: 1, s2: 6.8 },
      lexicalWeight: 0,
      deletionSlope: 0.1,
      maxFullCells: 2500,
      buffer: 5,
      widenRounds: 4,
      temperature: 2,
    },
  };
}

describe('pass 2 in pieces', () => {
  const en = lines(join(SCALE, '01_Genesis.en'));
  const es = lines(join(SCALE, '01_Genesis.es'));

  it('cuts a band into chained pieces of about pieceRows rows, each point inside the band', () => {
    const src = en.map((t) => t.length);
    const tgt = es.map((t) => t.length);
    const { problem, params } = lengthProblem(src, tgt);
    const band = searchBand(problem, params);
    const pieces = splitIntoPieces(problem, params, band, 400, 200);
    expect(pieces).toHaveLength(Math.ceil(src.length / 400));
    expect([pieces[0]!.x0, pieces[0]!.y0]).toEqual([0, 0]);
    expect([pieces.at(-1)!.x1, pieces.at(-1)!.y1]).toEqual([src.length, tgt.length]);
    for (const [k, p] of pieces.entries()) {
      if (k > 0) expect([p.x0, p.y0]).toEqual([pieces[k - 1]!.x1, pieces[k - 1]!.y1]);
      expect(Math.abs(p.x1 - p.x0 - src.length / pieces.length)).toBeLessThan(100);
      expect(p.band.n).toBe(p.x1 - p.x0);
      expect(p.band.m).toBe(p.y1 - p.y0);
      expect(p.problem.srcLen.length).toBe(p.x1 - p.x0);
      expect(p.problem.srcOffset).toBe(p.x0);
      for (const [x, y] of [[p.x0, p.y0], [p.x1, p.y1]] as const) {
        expect(y).toBeGreaterThanOrEqual(band.lo[x]!);
        expect(y).toBeLessThanOrEqual(band.hi[x]!);
      }
    }
  });

  it('leaves one piece when the problem is not longer than pieceRows', () => {
    const { problem, params } = lengthProblem([10, 20, 30], [10, 20, 30]);
    const band = fullBand(3, 3);
    const pieces = splitIntoPieces(problem, params, band, 3, 200);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.band).toBe(band);
  });

  it('gives the beads of the whole-document run on a real text, scores within 0.001', () => {
    const whole = alignDocuments(makeDoc(en), makeDoc(es, undefined, 'es'));
    const cut = alignDocuments(makeDoc(en), makeDoc(es, undefined, 'es'), { pieceRows: 300 });
    expect(ladder(cut)).toEqual(ladder(whole));
    for (const [k, b] of cut.entries()) expect(Math.abs(b.score - whole[k]!.score)).toBeLessThan(1e-3);
  });

  it('keeps every sentence once, in order, for random lengths cut into tiny pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 1, max: 30 }),
        (src, tgt, pieceRows) => {
          const beads = alignLengths(src, tgt, { pieceRows });
          expect(ladderProblems(beads, src.length, tgt.length)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
