import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChange,
  type Change,
  invertChange,
  mergeWithNext,
  moveSentence,
  reviewBeads,
  type ReviewBead,
  reviewedBeads,
  splitBead,
  toBeads,
  toggleConfirmed,
} from '../../src/review/index.js';
import type { Bead } from '../../src/types.js';
import { ladder, ladderProblems } from '../align/helpers.js';

/** Beads from shapes: `[[1,1],[2,1]]` → [0]:[0], [1,2]:[1]. */
function beadsOf(shapes: readonly (readonly [number, number])[]): Bead[] {
  let i = 0;
  let j = 0;
  return shapes.map(([a, b]) => {
    const bead = { source: Array.from({ length: a }, (_, k) => i + k), target: Array.from({ length: b }, (_, k) => j + k), score: 0.5 };
    i += a;
    j += b;
    return bead;
  });
}

const start = (): ReviewBead[] => reviewBeads(beadsOf([[1, 1], [1, 2], [0, 1], [2, 1]]));
const apply = (beads: ReviewBead[], change: Change | undefined): ReviewBead[] => applyChange(beads, change!);

describe('review edits', () => {
  it('merge a bead with the next', () => {
    const out = apply(start(), mergeWithNext(start(), 1));
    expect(ladder(toBeads(out))).toEqual(['[0]:[0]', '[1]:[1,2,3]', '[2,3]:[4]']);
    expect(out[1]).toMatchObject({ edited: true, confirmed: false });
    expect(mergeWithNext(start(), 3)).toBeUndefined();
  });

  it('split a bead where the reviewer chose on each side', () => {
    const out = apply(start(), splitBead(start(), 1, 1, 1));
    expect(ladder(toBeads(out))).toEqual(['[0]:[0]', '[1]:[1]', '[]:[2]', '[]:[3]', '[2,3]:[4]']);
    expect(ladder(toBeads(apply(start(), splitBead(start(), 3, 1, 0))))).toEqual(['[0]:[0]', '[1]:[1,2]', '[]:[3]', '[2]:[]', '[3]:[4]']);
    // Both parts must hold a sentence; cuts must be in range.
    expect(splitBead(start(), 1, 0, 0)).toBeUndefined();
    expect(splitBead(start(), 1, 1, 2)).toBeUndefined();
    expect(splitBead(start(), 1, 2, 0)).toBeUndefined();
  });

  it('move the first sentence to the previous bead, the last to the next', () => {
    expect(ladder(toBeads(apply(start(), moveSentence(start(), 1, 'target', 'previous'))))).toEqual(['[0]:[0,1]', '[1]:[2]', '[]:[3]', '[2,3]:[4]']);
    expect(ladder(toBeads(apply(start(), moveSentence(start(), 1, 'target', 'next'))))).toEqual(['[0]:[0]', '[1]:[1]', '[]:[2,3]', '[2,3]:[4]']);
    // A bead left empty disappears.
    expect(ladder(toBeads(apply(start(), moveSentence(start(), 2, 'target', 'previous'))))).toEqual(['[0]:[0]', '[1]:[1,2,3]', '[2,3]:[4]']);
    expect(moveSentence(start(), 0, 'source', 'previous')).toBeUndefined();
    expect(moveSentence(start(), 2, 'source', 'next')).toBeUndefined();
  });

  it('confirm and unconfirm; reviewed beads are scored 1 and marked confirmed for the writers', () => {
    const once = apply(start(), toggleConfirmed(start(), 0));
    expect(once[0]!.confirmed).toBe(true);
    expect(toBeads(once)[0]).toEqual({ source: [0], target: [0], score: 1, confirmed: true });
    expect(toBeads(once)[1]).toEqual({ source: [1], target: [1, 2], score: 0.5 });
    expect(apply(once, toggleConfirmed(once, 0))[0]!.confirmed).toBe(false);
    expect(reviewedBeads(once)).toHaveLength(1);
  });

  it('keep every sentence exactly once, in order, through any edits, and undo back to the start (property)', () => {
    const shape = fc.constantFrom<[number, number]>([1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [3, 1]);
    const op = fc.record({
      kind: fc.constantFrom('merge', 'split', 'move', 'confirm'),
      at: fc.nat(),
      a: fc.nat(3),
      b: fc.nat(3),
      side: fc.constantFrom('source' as const, 'target' as const),
      direction: fc.constantFrom('previous' as const, 'next' as const),
    });
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 30 }), fc.array(op, { maxLength: 40 }), (shapes, ops) => {
        const initial = reviewBeads(beadsOf(shapes));
        const n = shapes.reduce((s, x) => s + x[0], 0);
        const m = shapes.reduce((s, x) => s + x[1], 0);
        let beads = initial;
        const history: Change[] = [];
        for (const o of ops) {
          const k = o.at % beads.length;
          const change =
            o.kind === 'merge'
              ? mergeWithNext(beads, k)
              : o.kind === 'split'
                ? splitBead(beads, k, o.a, o.b)
                : o.kind === 'move'
                  ? moveSentence(beads, k, o.side, o.direction)
                  : toggleConfirmed(beads, k);
          if (!change) continue;
          beads = applyChange(beads, change);
          history.push(change);
          expect(ladderProblems(toBeads(beads), n, m)).toEqual([]);
        }
        for (const change of history.reverse()) beads = applyChange(beads, invertChange(change));
        expect(beads).toEqual(initial);
      }),
      { numRuns: 300 },
    );
  });
});
