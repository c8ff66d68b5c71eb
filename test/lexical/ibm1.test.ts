import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trainModel1, type BeadCorpus, type Model1 } from '../../src/lexical/index.js';

/** Beads of word ids as a corpus. */
function corpus(beads: ReadonlyArray<readonly [readonly number[], readonly number[]]>, sourceWords: number, targetWords: number): BeadCorpus {
  const rows = (side: 0 | 1) => {
    const off = [0];
    const ids: number[] = [];
    for (const b of beads) {
      ids.push(...b[side]);
      off.push(ids.length);
    }
    return { off: Int32Array.from(off), ids: Int32Array.from(ids) };
  };
  return { source: rows(0), target: rows(1), sourceWords, targetWords };
}

/** t(target | source) of a trained model, 0 when the pair was never seen. */
function forward(model: Model1, s: number, t: number): number {
  for (let p = 0; p < model.pairSource.length; p++) if (model.pairSource[p] === s && model.pairTarget[p] === t) return model.forward[p]!;
  return 0;
}

function backward(model: Model1, s: number, t: number): number {
  for (let p = 0; p < model.pairSource.length; p++) if (model.pairSource[p] === s && model.pairTarget[p] === t) return model.backward[p]!;
  return 0;
}

// Koehn (2010), Statistical Machine Translation, §4.2: "das Haus" / "the house", "das Buch" /
// "the book", "ein Buch" / "a book", EM from uniform translation probabilities, no NULL word.
const [das, haus, buch, ein] = [0, 1, 2, 3];
const [the, house, book, a] = [0, 1, 2, 3];
const koehn = corpus(
  [
    [[das, haus], [the, house]],
    [[das, buch], [the, book]],
    [[ein, buch], [a, book]],
  ],
  4,
  4,
);

describe('IBM Model 1 EM', () => {
  it('gives the worked example of the textbook after one iteration', () => {
    // E-step from uniform: each target word is split evenly between the two source words of its
    // bead; das collects the 1/2+1/2 (the), 1/2 (house), 1/2 (book): 2 in all.
    const m = trainModel1(koehn, { iterations: 1, nullWord: false });
    expect(forward(m, das, the)).toBeCloseTo(1 / 2, 6);
    expect(forward(m, das, house)).toBeCloseTo(1 / 4, 6);
    expect(forward(m, das, book)).toBeCloseTo(1 / 4, 6);
    expect(forward(m, buch, book)).toBeCloseTo(1 / 2, 6);
    expect(forward(m, buch, the)).toBeCloseTo(1 / 4, 6);
    expect(forward(m, buch, a)).toBeCloseTo(1 / 4, 6);
    expect(forward(m, ein, a)).toBeCloseTo(1 / 2, 6);
    expect(forward(m, haus, house)).toBeCloseTo(1 / 2, 6);
    expect(forward(m, das, a)).toBe(0);
  });

  it('gives the worked example after two and three iterations', () => {
    // Iteration 2, das: c(the) = 1/2 (bead 1: .5 / (.5 + .5)) + 2/3 (bead 2: .5 / (.5 + .25)),
    // c(house) = 1/3, c(book) = 1/3; total 11/6, so t(the | das) = 7/11. ein: c(a) = 2/3,
    // c(book) = 1/2, t(a | ein) = 4/7. The third iteration is the textbook's table (4 digits).
    const m2 = trainModel1(koehn, { iterations: 2, nullWord: false });
    expect(forward(m2, das, the)).toBeCloseTo(7 / 11, 6);
    expect(forward(m2, das, book)).toBeCloseTo(2 / 11, 6);
    expect(forward(m2, das, house)).toBeCloseTo(2 / 11, 6);
    expect(forward(m2, buch, book)).toBeCloseTo(7 / 11, 6);
    expect(forward(m2, ein, a)).toBeCloseTo(4 / 7, 6);
    expect(forward(m2, ein, book)).toBeCloseTo(3 / 7, 6);
    expect(forward(m2, haus, house)).toBeCloseTo(4 / 7, 6);
    const m3 = trainModel1(koehn, { iterations: 3, nullWord: false });
    expect(forward(m3, das, the)).toBeCloseTo(0.7479, 4);
    expect(forward(m3, das, book)).toBeCloseTo(0.1208, 4);
    expect(forward(m3, das, house)).toBeCloseTo(0.1313, 4);
    expect(forward(m3, ein, a)).toBeCloseTo(0.6534, 4);
    expect(forward(m3, haus, the)).toBeCloseTo(0.3466, 4);
  });

  it('converges towards the translation the corpus implies', () => {
    const m = trainModel1(koehn, { iterations: 50, nullWord: false });
    expect(forward(m, das, the)).toBeGreaterThan(0.99);
    expect(forward(m, buch, book)).toBeGreaterThan(0.99);
    expect(forward(m, ein, a)).toBeGreaterThan(0.9);
  });

  it('has a NULL word each target word may come from', () => {
    // Iteration 1 from uniform: each target word of bead 1 is split in three (das, Haus, NULL).
    // das: the 1/3 + 1/3, house 1/3, book 1/3, total 4/3: t(the | das) = 1/2, t(house | das) = 1/4.
    // NULL: the 2/3, house 1/3, book 2/3, a 1/3, total 2: t(the | NULL) = 1/3, t(house | NULL) = 1/6.
    const m = trainModel1(koehn, { iterations: 1 });
    expect(forward(m, das, the)).toBeCloseTo(1 / 2, 6);
    expect(forward(m, das, house)).toBeCloseTo(1 / 4, 6);
    expect(m.forwardNull[the]).toBeCloseTo(1 / 3, 6);
    expect(m.forwardNull[house]).toBeCloseTo(1 / 6, 6);
    expect(m.forwardNull[book]).toBeCloseTo(1 / 3, 6);
    expect(m.forwardNull[a]).toBeCloseTo(1 / 6, 6);
  });

  it('trains the other direction on the same beads: t(source | target) is the mirrored corpus forward', () => {
    const mirrored = corpus(
      [
        [[the, house], [das, haus]],
        [[the, book], [das, buch]],
        [[a, book], [ein, buch]],
      ],
      4,
      4,
    );
    const m = trainModel1(koehn, { iterations: 4 });
    const r = trainModel1(mirrored, { iterations: 4 });
    for (const s of [das, haus, buch, ein]) for (const t of [the, house, book, a]) expect(backward(m, s, t)).toBeCloseTo(forward(r, t, s), 12);
    expect(Array.from(m.backwardNull)).toEqual(Array.from(r.forwardNull));
  });

  it('equals a plain token-by-token EM on random corpora, repeated words included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(fc.nat(5), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(4), { minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (beads, nullWord) => {
          const m = trainModel1(corpus(beads, 6, 5), { iterations: 3, nullWord });
          const ref = plainModel1(beads, 6, 5, 3, nullWord);
          for (let p = 0; p < m.pairSource.length; p++) {
            expect(m.forward[p]).toBeCloseTo(ref.f[m.pairSource[p]!]![m.pairTarget[p]!]!, 10);
            expect(m.backward[p]).toBeCloseTo(ref.b[m.pairTarget[p]!]![m.pairSource[p]!]!, 10);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

/**
 * IBM Model 1 as the textbook writes it, over tokens, dense tables, both directions: the
 * reference the typed-array implementation is checked against.
 */
function plainModel1(beads: ReadonlyArray<readonly [readonly number[], readonly number[]]>, S: number, T: number, iterations: number, nullWord: boolean) {
  const seen = (b: typeof beads[number], s: number, t: number) => b[0].includes(s) && b[1].includes(t);
  const table = (rows: number, cols: number, fill: (r: number, c: number) => number) => Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fill(r, c)));
  const cooc = (s: number, t: number) => beads.some((b) => seen(b, s, t));
  let f = table(S, T, (s, t) => (cooc(s, t) ? 1 : 0));
  let b = table(T, S, (t, s) => (cooc(s, t) ? 1 : 0));
  let fNull: number[] = Array.from({ length: T }, () => (nullWord ? 1 : 0));
  let bNull: number[] = Array.from({ length: S }, () => (nullWord ? 1 : 0));
  const step = (prob: number[][], nul: number[], pairs: Array<[readonly number[], readonly number[]]>, R: number, C: number) => {
    const count = table(R, C, () => 0);
    const nullCount = Array.from({ length: C }, () => 0);
    for (const [from, to] of pairs) {
      for (const y of to) {
        const d = nul[y]! + from.reduce((a, x) => a + prob[x]![y]!, 0);
        for (const x of from) count[x]![y]! += prob[x]![y]! / d;
        nullCount[y]! += nul[y]! / d;
      }
    }
    const next = count.map((row) => {
      const tot = row.reduce((a, v) => a + v, 0);
      return row.map((v) => (tot > 0 ? v / tot : 0));
    });
    const nt = nullCount.reduce((a, v) => a + v, 0);
    return { next, nul: nullWord ? nullCount.map((v) => v / nt) : nul };
  };
  for (let it = 0; it < iterations; it++) {
    const fw = step(f, fNull, beads.map((x) => [x[0], x[1]]), S, T);
    const bw = step(b, bNull, beads.map((x) => [x[1], x[0]]), T, S);
    f = fw.next;
    fNull = fw.nul;
    b = bw.next;
    bNull = bw.nul;
  }
  return { f, b, fNull, bNull };
}
