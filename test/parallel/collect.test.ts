import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/parallel/collect.js';

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
