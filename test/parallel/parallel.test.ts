import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments, planDocuments } from '../../src/align/index.js';
import { combineScorers, createCognateScorer, type LexicalScorer } from '../../src/lexical/index.js';
import { createThreadExecutor, type ThreadOptions } from '../../src/parallel/executor.js';
import { alignPair } from '../../src/pipeline/align-pair.js';
import type { AlignOptions } from '../../src/align/index.js';
import type { Bead, Document } from '../../src/types.js';
import { lines, makeDoc } from '../align/helpers.js';
import { SHARED } from '../helpers/shared.js';
import { workerScript } from '../helpers/bundle.js';

const SCALE = join(SHARED, 'eval', 'scale_en-es');
const en = lines(join(SCALE, '01_Genesis.en'));
const es = lines(join(SCALE, '01_Genesis.es'));
const docs = () => [makeDoc(en), makeDoc(es, undefined, 'es')] as const;

/** The beads of the pipeline on an executor with these thread options (closed afterwards). */
async function onThreads(source: Document, target: Document, options: AlignOptions, threads: ThreadOptions): Promise<Bead[]> {
  const executor = createThreadExecutor({ workerScript: await workerScript(), ...threads });
  try {
    return [...(await alignPair({ source, target, diagnostics: [] }, options, executor)).alignment.beads];
  } finally {
    await executor.close();
  }
}

describe('alignment on worker threads', () => {
  it('gives exactly the single-threaded beads and scores, whatever the number of threads', async () => {
    const expected = alignDocuments(...docs(), { pieceRows: 300 });
    for (const threads of [1, 2, 3]) {
      expect(await onThreads(...docs(), { pieceRows: 300 }, { threads, parallelMinRows: 0 })).toEqual(expected);
    }
  });

  it('with the lexicon learned from the text, which each piece builds for its own sentences, on the thread that solves it', async () => {
    const part = () => [makeDoc(en.slice(0, 700)), makeDoc(es.slice(0, 710), undefined, 'es')] as const;
    const plan = planDocuments(...part(), { pieceRows: 200 });
    expect(plan.lexicon).toBeDefined();
    expect(plan.jobs.length).toBeGreaterThan(1);
    expect(plan.jobs.every((job) => job.local !== undefined)).toBe(true);
    const expected = alignDocuments(...part(), { pieceRows: 200 });
    expect(await onThreads(...part(), { pieceRows: 200 }, { threads: 2, parallelMinRows: 0 })).toEqual(expected);
  });

  it('keeps one pool for every document it aligns', async () => {
    const executor = createThreadExecutor({ workerScript: await workerScript(), threads: 2, parallelMinRows: 0 });
    try {
      for (let k = 0; k < 3; k++) {
        const [source, target] = docs();
        const { alignment } = await alignPair({ source, target, diagnostics: [] }, { pieceRows: 300 + 50 * k }, executor);
        expect(alignment.beads).toEqual(alignDocuments(...docs(), { pieceRows: 300 + 50 * k }));
      }
    } finally {
      await executor.close();
    }
  });

  it('with a lexical scorer combined from parts, shared with the workers', async () => {
    const lexical = (s: readonly string[], t: readonly string[]) =>
      combineScorers([
        { scorer: createCognateScorer(s, t), weight: 2 },
        { scorer: createCognateScorer(s, t, { smoothing: 2 }), weight: 1 },
      ]);
    const expected = alignDocuments(...docs(), { pieceRows: 500, lexical });
    expect(await onThreads(...docs(), { pieceRows: 500, lexical }, { threads: 2, parallelMinRows: 0 })).toEqual(expected);
  });

  it('reports a failure on a worker as an error', async () => {
    // A scorer whose shared form names a module no worker can load.
    const broken = (s: readonly string[], t: readonly string[]): LexicalScorer => {
      const inner = createCognateScorer(s, t);
      return {
        ...inner,
        group: inner.group.bind(inner),
        cursor: inner.cursor!.bind(inner),
        score: inner.score.bind(inner),
        share: () => ({ kind: 'unheard-of', module: 'file:///nowhere/scorer.js' }),
      };
    };
    await expect(onThreads(...docs(), { pieceRows: 300, lexical: broken }, { threads: 2, parallelMinRows: 0 })).rejects.toThrow(/worker thread: .*nowhere/);
  });

  it('stays on the calling thread for short inputs, and with a scorer that cannot be shared', async () => {
    const unsharable = (s: readonly string[], t: readonly string[]): LexicalScorer => {
      const inner = createCognateScorer(s, t);
      return { sourceUnits: inner.sourceUnits, targetUnits: inner.targetUnits, score: inner.score.bind(inner), group: inner.group.bind(inner) };
    };
    const expected = alignDocuments(...docs(), { pieceRows: 300, lexical: unsharable });
    expect(await onThreads(...docs(), { pieceRows: 300, lexical: unsharable }, { threads: 2, parallelMinRows: 0 })).toEqual(expected);
    expect(await onThreads(...docs(), {}, { threads: 2 })).toEqual(alignDocuments(...docs()));
  });

  it('one-shot: stops its workers once a plan is solved (no thread left before the beads are made), and starts them again for the next', async () => {
    const script = await workerScript();
    // Threads of this process named as Node names its own (Linux): a worker is one, and its exit
    // joins it. Others (the bundler's, which come and go) have names of their own.
    const threadCount = () => readdirSync('/proc/self/task').filter((t) => readFileSync(`/proc/self/task/${t}/comm`, 'utf8').trim() === 'node').length;
    const executor = createThreadExecutor({ workerScript: script, threads: 2, parallelMinRows: 0, oneShot: true });
    try {
      const before = threadCount();
      for (const pieceRows of [300, 400]) {
        const { alignment } = await alignPair({ ...pair(), diagnostics: [] }, { pieceRows }, executor);
        expect(alignment.beads).toEqual(alignDocuments(...docs(), { pieceRows }));
        expect(threadCount()).toBe(before);
      }
    } finally {
      await executor.close();
    }
  });
});

function pair(): { source: Document; target: Document } {
  const [source, target] = docs();
  return { source, target };
}
