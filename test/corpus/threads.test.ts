/** The corpus pool: documents waiting for a busy worker go out several to a message, and each outcome comes back to its document. */
import { describe, expect, it } from 'vitest';
import { DocumentPool } from '../../src/corpus/threads.js';
import { bundled } from '../helpers/bundle.js';

const job = (k: number) => ({ id: `doc${k}`, source: { path: `${k}.en` }, target: { path: `${k}.fr` } });

describe('DocumentPool', () => {
  it('sends what waits for a busy worker in messages of up to four documents, and answers each document with its own outcome', async () => {
    const pool = new DocumentPool(2, await bundled('../corpus/document-worker.ts'), { wait: 20 });
    try {
      const outcomes = await Promise.all(Array.from({ length: 20 }, (_, k) => (k % 3 ? pool.align(job(k)) : pool.words(job(k)))));
      expect(outcomes.map((o) => o.id)).toEqual(Array.from({ length: 20 }, (_, k) => `doc${k}`));
      // Per thread, the messages it had received when its last document was done.
      const seen = new Map<string, number>();
      for (const o of outcomes) {
        const [thread, messages] = (o as { message: string }).message.split(' ');
        seen.set(thread!, Math.max(seen.get(thread!) ?? 0, Number(messages)));
      }
      expect(seen.size).toBe(2);
      // Two documents each to the idle workers, one a message; the other 16 four to a message.
      expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(8);
    } finally {
      await pool.close();
    }
  });

  it('gives the documents sent after a share the shared settings, and those sent before it the old ones', async () => {
    const pool = new DocumentPool(1, await bundled('../corpus/document-worker.ts'), { wait: 5, tag: 'old' });
    try {
      const before = Array.from({ length: 6 }, (_, k) => pool.align(job(k)));
      await before[0];
      pool.share({ tag: 'new' });
      const after = Array.from({ length: 3 }, (_, k) => pool.align(job(10 + k)));
      const tags = async (list: Promise<unknown>[]) => (await Promise.all(list)).map((o) => (o as { message: string }).message.split(' ')[2]);
      expect(await tags(before.slice(0, 2))).toEqual(['old', 'old']);
      expect(await tags(after)).toEqual(['new', 'new', 'new']);
    } finally {
      await pool.close();
    }
  });

  it("moves each output's bytes to the main thread instead of copying them: the worker's array is left empty", async () => {
    const pool = new DocumentPool(1, await bundled('../corpus/document-worker.ts'), { wait: 0, bytes: true });
    try {
      const outcomes = await Promise.all(Array.from({ length: 3 }, (_, k) => pool.align(job(k))));
      const texts = outcomes.map((o) => (o.status === 'ok' && o.output.kind === 'stream' ? new TextDecoder().decode(o.output.chunks[0]) : o.status));
      // The first document's output as sent; each later one finds the array before it detached (0 bytes long).
      expect(texts).toEqual(['doc0 é first', 'doc1 é 0', 'doc2 é 0']);
    } finally {
      await pool.close();
    }
  });
});
