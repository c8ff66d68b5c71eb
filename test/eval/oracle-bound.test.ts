/**
 * The oracle bound of bench/languages.mjs (bench/lib/oracle.mjs): on small random documents, the
 * best strict F1 over every monotone bead sequence, each projected by the bench's own projection
 * and scored by scoreAlignments, equals what the dynamic programme finds.
 */
import { describe, expect, it } from 'vitest';
import { random } from '../../bench/lib/layouts.mjs';
import { oracleF1 } from '../../bench/lib/oracle.mjs';
import { project, sentenceGroups, type ProjectedAlignment, type Range } from '../../bench/lib/projection.mjs';
import { scoreAlignments } from '../../src/eval/index.js';

interface Side {
  readonly ranges: Range[];
  readonly sentences: Array<{ span: [number, number] }>;
}
interface Doc {
  readonly source: Side;
  readonly target: Side;
  readonly units: number;
}
type Bead = { source: number[]; target: number[] };

/** One side: each unit has 1-3 pieces of text, and sentences are runs of pieces (some across units). */
function side(rand: () => number, units: number): Side {
  const ranges: Range[] = [];
  const pieces: Array<[number, number]> = [];
  for (let u = 0; u < units; u++) {
    ranges.push([10 * u, 10 * u + 9, u]);
    const k = 1 + Math.floor(rand() * 3);
    for (let a = 0; a < k; a++) pieces.push([10 * u + 3 * a, 10 * u + 3 * a + 2]);
  }
  const sentences: Array<{ span: [number, number] }> = [];
  for (const [start, end] of pieces) {
    const last = sentences[sentences.length - 1];
    if (last && rand() >= 0.55) last.span = [last.span[0], end];
    else sentences.push({ span: [start, end] });
  }
  return { ranges, sentences };
}

/** Every monotone sequence of beads (any shape but 0-0) over n source and m target sentences. */
function* sequences(n: number, m: number, i = 0, j = 0, acc: Bead[] = []): Generator<Bead[]> {
  if (i === n && j === m) {
    yield acc;
    return;
  }
  for (let a = 0; a <= n - i; a++) {
    for (let b = 0; b <= m - j; b++) {
      if (a + b === 0) continue;
      acc.push({ source: Array.from({ length: a }, (_, k) => i + k), target: Array.from({ length: b }, (_, k) => j + k) });
      yield* sequences(n, m, i + a, j + b, acc);
      acc.pop();
    }
  }
}

const alignmentOf = (doc: Doc, beads: Bead[]): ProjectedAlignment => ({ source: { sentences: doc.source.sentences }, target: { sentences: doc.target.sentences }, beads });

/** (strict hits, test beads) of every sequence, as the bench projects and scores it. */
function reachable(doc: Doc, joined: boolean): Array<[number, number]> {
  const seen = new Map<string, [number, number]>();
  for (const beads of sequences(doc.source.sentences.length, doc.target.sentences.length)) {
    const p = project(alignmentOf(doc, beads), doc.source.ranges, doc.target.ranges, doc.units, joined);
    const c = scoreAlignments([{ gold: p.gold, test: p.test }]).counts;
    seen.set(`${c.testStrictHits},${c.testBeads}`, [c.testStrictHits, c.testBeads]);
  }
  return [...seen.values()];
}

/** The best strict F1 by brute force: every combination of one sequence per document, counts summed. */
function bruteForce(docs: Doc[], joined: boolean): number {
  const gold = docs.reduce((k, d) => k + sentenceGroups(alignmentOf(d, []), d.source.ranges, d.target.ranges, d.units, joined).groups, 0);
  let combos: Array<[number, number]> = [[0, 0]];
  for (const d of docs) combos = combos.flatMap(([h, t]) => reachable(d, joined).map(([h2, t2]): [number, number] => [h + h2, t + t2]));
  return Math.max(...combos.map(([h, t]) => (t + gold ? (2 * h) / (t + gold) : 0)));
}

function randomDocs(seed: number): Doc[] {
  const rand = random(seed);
  const count = seed % 3 === 0 ? 2 : 1;
  return Array.from({ length: count }, () => {
    const units = 1 + Math.floor(rand() * (count === 2 ? 3 : 4));
    for (;;) {
      const doc = { source: side(rand, units), target: side(rand, units), units };
      if (doc.source.sentences.length + doc.target.sentences.length <= (count === 2 ? 6 : 8)) return doc;
    }
  });
}

describe('oracle bound of the languages bench', () => {
  it('equals the best F1 over every bead sequence, units joined and not (random documents)', () => {
    let below = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const docs = randomDocs(seed);
      for (const joined of [true, false]) {
        const best = bruteForce(docs, joined);
        const groups = docs.map((d) => sentenceGroups(alignmentOf(d, []), d.source.ranges, d.target.ranges, d.units, joined));
        expect(oracleF1(groups).f1, `seed ${seed}, joined ${joined}`).toBeCloseTo(best, 12);
        if (best < 1) below++;
      }
    }
    // The cases are not all trivial: many are below 1 (units that sentences run across).
    expect(below).toBeGreaterThan(100);
  });

  it('counts an identical one-sided bead once, as the scorer does', () => {
    // Source: units 0 | 1 1 1 | 2; target: 0 | one sentence over 0-2 | 2. Beads 0-0, 1-nothing,
    // nothing-(0..2), 1-nothing, 2-2 give the test beads {0}-{0}, {1}-∅, ∅-{0,1,2}, {1}-∅ again, {2}-{2}:
    // four distinct, two hits, F1 2·2/(4+3).
    const doc = { source: [[0], [1], [1], [1], [2]], target: [[0], [0, 1, 2], [2]], groups: 3 };
    expect(oracleF1([doc])).toMatchObject({ hits: 2, beads: 4, gold: 3 });
  });

  it('is 1 when every group has sentences on both sides and none runs across groups', () => {
    const doc = { source: [[0], [0], [1], [2]], target: [[0], [1], [1], [1], [2]], groups: 3 };
    expect(oracleF1([doc])).toEqual({ f1: 1, hits: 3, beads: 3, gold: 3 });
  });

  it('refuses a sentence that overlaps no unit', () => {
    expect(() => oracleF1([{ source: [[0], []], target: [[0]], groups: 1 }])).toThrow(/overlaps no unit/);
  });
});
