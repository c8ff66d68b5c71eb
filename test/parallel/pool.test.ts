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

  it('starts a worker only when every started one is busy, and never more than its size', async () => {
    const pool = new WorkerPool(50, ECHO, 2);
    try {
      expect(pool.started).toBe(0);
      // Two tasks at once: the second finds the first worker busy.
      await Promise.all([pool.run(0, task({ id: 0, value: 1, wait: 20 })), pool.run(1, task({ id: 1, value: 2, wait: 20 }))]);
      expect(pool.started).toBe(2);
      // One at a time: the started workers are idle again, so none is added.
      for (let id = 2; id < 6; id++) await pool.run(id, task({ id, value: id }));
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
    const small = new WorkerPool(2, ECHO, 2);
    try {
      await Promise.all(Array.from({ length: 9 }, (_, id) => small.run(id, task({ id, value: id, wait: 5 }))));
      expect(small.started).toBe(2);
    } finally {
      await small.close();
    }
  });

  it('gives a worker started late every message broadcast before, ahead of its tasks', async () => {
    const pool = new WorkerPool(3, ECHO, 1);
    try {
      pool.broadcast({ share: 'a' });
      const first = pool.run<{ shared: string }>(0, task({ id: 0, value: 0, wait: 30 }));
      pool.broadcast({ share: 'b' });
      // Both later tasks find the started workers busy: each starts a worker, which must see 'b'.
      const later = [1, 2].map((id) => pool.run<{ shared: string }>(id, task({ id, value: id, wait: 30 })));
      expect(pool.started).toBe(3);
      expect((await first).shared).toBe('a');
      expect((await Promise.all(later)).map((r) => r.shared)).toEqual(['b', 'b']);
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
