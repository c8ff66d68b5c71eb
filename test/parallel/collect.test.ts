import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { collectGarbage, limitHeapGrowth } from '../../src/parallel/collect.js';

/** A WeakRef to an object nothing else holds (made in its own frame, so no local keeps it). */
function unreachable(): WeakRef<object> {
  return new WeakRef({ payload: new Float64Array(1 << 16) });
}

describe('collectGarbage', () => {
  it('collects what nothing holds any more, at once and again', async () => {
    for (let round = 0; round < 2; round++) {
      const ref = unreachable();
      // A WeakRef's target is kept until the current job ends.
      await new Promise((resolve) => setTimeout(resolve, 0));
      collectGarbage();
      expect(ref.deref()).toBeUndefined();
    }
  });

  it('leaves what is still held', () => {
    const held = { payload: new Float64Array(16) };
    const ref = new WeakRef(held);
    collectGarbage();
    expect(ref.deref()).toBe(held);
  });
});

/**
 * The largest heap a new worker thread reaches after a full collection, while it holds 48 MB and
 * makes small arrays that live long enough to reach the old generation, then die there (as the
 * outputs a corpus run's main thread receives do).
 */
function peakHeapOfAWorker(): Promise<number> {
  // collectGarbage() has exposed gc() to the process, workers included.
  const code = `
    const { getHeapStatistics } = require('node:v8');
    const { parentPort } = require('node:worker_threads');
    const held = Array.from({ length: 48 }, () => new Array(1 << 17).fill(1));
    require('node:vm').runInNewContext('gc')();
    const ring = new Array(1 << 17);
    let peak = 0;
    for (let k = 0; k < 6e6; k++) {
      ring[k & ((1 << 17) - 1)] = [k, k + 1, k + 2];
      if ((k & 4095) === 0) peak = Math.max(peak, getHeapStatistics().used_heap_size);
    }
    parentPort.postMessage({ peak, held: held.length });
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', ({ peak }: { peak: number }) => {
      void worker.terminate();
      resolve(peak);
    });
    worker.once('error', reject);
  });
}

describe('limitHeapGrowth', () => {
  afterAll(() => limitHeapGrowth(0));

  it('makes a heap collect sooner after a full collection: a thread reaches a lower peak', { timeout: 60_000 }, async () => {
    collectGarbage();
    limitHeapGrowth(300);
    const loose = await peakHeapOfAWorker();
    limitHeapGrowth(10);
    const tight = await peakHeapOfAWorker();
    // Some 0.65 alone, 0.77 with 24 MB held while the whole suite ran: V8 may collect earlier than the limit under load.
    expect(tight).toBeLessThan(0.85 * loose);
  });
});
