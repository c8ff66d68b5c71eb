import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import type { LexicalScorer } from '../../src/align/lexical.js';
import { lines, makeDoc } from '../align/helpers.js';
// The worker threads run the built aligner (dist/parallel/worker.js), which `npm test` builds
// first; from the TypeScript sources there would be no worker script to start.
import { alignDocumentsParallel } from '../../dist/parallel/align.js';
import { createCognateScorer } from '../../dist/align/lexical.js';

const SCALE = join(import.meta.dirname, '../../../shared/eval/scale_en-es');
const en = lines(join(SCALE, '01_Genesis.en'));
const es = lines(join(SCALE, '01_Genesis.es'));
const docs = () => [makeDoc(en), makeDoc(es, undefined, 'es')] as const;

describe('alignment on worker threads', () => {
  it('gives exactly the single-threaded beads and scores, whatever the number of threads', async () => {
    const expected = alignDocuments(...docs(), { pieceRows: 300 });
    for (const threads of [1, 2, 3]) {
      const beads = await alignDocumentsParallel(...docs(), { pieceRows: 300, threads, parallelMinRows: 0 });
      expect(beads).toEqual(expected);
    }
  });

  it('with a lexical scorer combined from parts, shared with the workers', async () => {
    const { combineScorers } = await import('../../dist/align/lexical.js');
    const lexical = (s: readonly string[], t: readonly string[]) =>
      combineScorers([
        { scorer: createCognateScorer(s, t), weight: 2 },
        { scorer: createCognateScorer(s, t, { smoothing: 2 }), weight: 1 },
      ]);
    const expected = alignDocuments(...docs(), { pieceRows: 500, lexical });
    expect(await alignDocumentsParallel(...docs(), { pieceRows: 500, lexical, threads: 2, parallelMinRows: 0 })).toEqual(expected);
  });

  it('reports a failure on a worker as an error, and stops the workers', async () => {
    // A scorer whose shared form no worker can rebuild.
    const broken = (s: readonly string[], t: readonly string[]): LexicalScorer => {
      const inner = createCognateScorer(s, t);
      return { ...inner, group: inner.group.bind(inner), cursor: inner.cursor!.bind(inner), score: inner.score.bind(inner), share: () => ({ kind: 'unheard-of' }) as never };
    };
    await expect(alignDocumentsParallel(...docs(), { pieceRows: 300, lexical: broken, threads: 2, parallelMinRows: 0 })).rejects.toThrow(/worker thread: no lexical scorer of kind 'unheard-of'/);
  });

  it('stays on the calling thread for short inputs, with a scorer that cannot be shared', async () => {
    const unsharable = (s: readonly string[], t: readonly string[]): LexicalScorer => {
      const inner = createCognateScorer(s, t);
      return { sourceUnits: inner.sourceUnits, targetUnits: inner.targetUnits, score: inner.score.bind(inner), group: inner.group.bind(inner) };
    };
    const expected = alignDocuments(...docs(), { pieceRows: 300, lexical: unsharable });
    expect(await alignDocumentsParallel(...docs(), { pieceRows: 300, lexical: unsharable, threads: 2, parallelMinRows: 0 })).toEqual(expected);
    expect(await alignDocumentsParallel(...docs(), { threads: 2 })).toEqual(alignDocuments(...docs()));
  });
});
