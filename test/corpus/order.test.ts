import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/corpus/order.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<R>(results: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('inOrder', () => {
  it('hands results on in item order, whatever order they finish in, never starting more than the window (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(5), { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), async (delays, documents) => {
        let running = 0;
        let most = 0;
        const results = await collect(
          inOrder(
            delays.map((d, i) => [d, i] as const),
            async ([d, i]) => {
              running++;
              most = Math.max(most, running);
              await delay(d);
              running--;
              return i;
            },
            { documents, bytes: Infinity },
          ),
        );
        expect(results).toEqual(delays.map((_, i) => i));
        expect(most).toBeLessThanOrEqual(documents);
      }),
      { numRuns: 30 },
    );
  });

  it('hands a result on before the items have all arrived (a manifest still being written)', async () => {
    const input = new PassThrough({ objectMode: true });
    input.write(1);
    const results = inOrder(input as AsyncIterable<number>, async (n) => n * 10, { documents: 8, bytes: Infinity });
    const first = await results.next();
    expect(first.value).toBe(10);
    input.end(2);
    expect(await collect(results)).toEqual([20]);
  });

  it('stops taking items while finished results wait for a slow earlier one past the byte limit', async () => {
    let started = 0;
    const results = inOrder(
      [0, 1, 2, 3, 4, 5],
      async (i) => {
        started++;
        if (i === 0) await delay(50);
        return i;
      },
      { documents: 100, bytes: 2 },
      () => 1,
    );
    await delay(20);
    const first = await results.next();
    expect(first.value).toBe(0);
    // While 0 ran, 1 and 2 finished and filled the byte budget: 3 was started at most.
    expect(started).toBeLessThanOrEqual(4);
    expect(await collect(results)).toEqual([1, 2, 3, 4, 5]);
  });

  it('ends with the error of a failed item', async () => {
    const results = inOrder([1, 2, 3], async (n) => {
      if (n === 2) throw new Error('worker died');
      return n;
    }, { documents: 2, bytes: Infinity });
    await expect(collect(results)).rejects.toThrow('worker died');
  });
});
