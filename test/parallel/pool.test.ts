import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/parallel/pool.js';

const ECHO = new URL('./echo-worker.mjs', import.meta.url);

/** A task for the echo worker: its message, moving no buffers. */
const task = (message: { id: number; value?: number; wait?: number; crash?: boolean }) => () => ({ message, transfer: [] });

describe('WorkerPool', () => {
  it('answers every task by its id, with at most `depth` tasks sent to each worker at a time', async () => {
    const pool = new WorkerPool(2, ECHO, 2);
    const made: number[] = [];
    try {
      const replies = Array.from({ length: 7 }, (_, id) =>
        pool.run<{ id: number; doubled: number }>(id, () => {
          made.push(id);
          return task({ id, value: id + 10, wait: 30 })();
        }),
      );
      // Two workers, two tasks each: four messages made at once, the rest as replies come back.
      expect(made).toEqual([0, 1, 2, 3]);
      const results = await Promise.all(replies);
      expect(results.map((r) => r.doubled)).toEqual([20, 22, 24, 26, 28, 30, 32]);
      expect(results.map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(made.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    } finally {
      await pool.close();
    }
  });

  it('fails every open task, and later ones, when a worker exits', async () => {
    const pool = new WorkerPool(1, ECHO, 2);
    try {
      const crash = pool.run(0, task({ id: 0, crash: true }));
      const queued = pool.run(1, task({ id: 1, value: 1 }));
      await expect(crash).rejects.toThrow(/worker thread exited \(code 3\)/);
      await expect(queued).rejects.toThrow(/worker thread exited/);
      await expect(pool.run(2, task({ id: 2, value: 1 }))).rejects.toThrow(/worker thread exited/);
    } finally {
      await pool.close();
    }
  });
});
