/**
 * Strict and lax precision, recall and F1 of sentence-alignment beads, computed exactly as
 * `shared/eval/tools/score.py` does (the metric of Vecalign's score.py and Sennrich & Volk 2010):
 * - beads are sets per document: duplicates count once, beads empty on both sides are ignored;
 * - a test bead is a strict hit if it is exactly a gold bead, else a lax hit if it shares a
 *   (source, target) sentence link with some gold bead;
 * - precision is over all test beads (1-0/0-1 included); recall is over the gold beads with both
 *   sides non-empty, matched against the test beads with both sides non-empty;
 * - counts are summed over documents before dividing (micro-average); 0/0 gives 0.
 */
import type { LadderBead } from './ladder.js';

/** One document: its gold alignment and the alignment under test. */
export interface AlignmentPair {
  readonly gold: readonly LadderBead[];
  readonly test: readonly LadderBead[];
  /** Shown in per-document rows. */
  readonly name?: string;
}

/** The raw counts behind the metrics (same names as score.py's `counts`, camel-cased). */
export interface ScoreCounts {
  readonly testBeads: number;
  readonly testStrictHits: number;
  readonly testLaxHits: number;
  readonly goldBeads2Sided: number;
  readonly goldStrictHits: number;
  readonly goldLaxHits: number;
}

export interface Metrics {
  readonly precisionStrict: number;
  readonly recallStrict: number;
  readonly f1Strict: number;
  readonly precisionLax: number;
  readonly recallLax: number;
  readonly f1Lax: number;
  readonly counts: ScoreCounts;
}

/**
 * Recall of the gold beads of one shape, e.g. `'2-1'`. Unlike the headline recall, 1-0 and 0-1
 * gold beads are included here (hit only by the identical test bead), so deletions can be tracked.
 */
export interface TypeRecall {
  readonly type: string;
  readonly gold: number;
  readonly strictHits: number;
  readonly laxHits: number;
  readonly recallStrict: number;
  readonly recallLax: number;
}

export interface ScoreReport extends Metrics {
  readonly documents: number;
  /** Gold bead shapes, most frequent first (ties by name). */
  readonly byType: readonly TypeRecall[];
  readonly perDocument: ReadonlyArray<{ readonly name: string } & Metrics>;
}

type Side = readonly number[];
const key = (s: Side, t: Side): string => `${s.join(',')}:${t.join(',')}`;
const linkKey = (s: number, t: number): string => `${s}:${t}`;

interface BeadSet {
  readonly keys: Set<string>;
  readonly beads: ReadonlyArray<readonly [Side, Side]>;
}

function beadSet(beads: readonly LadderBead[], twoSidedOnly: boolean): BeadSet {
  const keys = new Set<string>();
  const out: Array<readonly [Side, Side]> = [];
  for (const b of beads) {
    if (!b.source.length && !b.target.length) continue;
    if (twoSidedOnly && !(b.source.length && b.target.length)) continue;
    const k = key(b.source, b.target);
    if (keys.has(k)) continue;
    keys.add(k);
    out.push([b.source, b.target]);
  }
  return { keys, beads: out };
}

function links(set: BeadSet): Set<string> {
  const out = new Set<string>();
  for (const [s, t] of set.beads) for (const x of s) for (const y of t) out.add(linkKey(x, y));
  return out;
}

function matchCounts(candidates: BeadSet, reference: BeadSet): [strict: number, lax: number, n: number] {
  const refLinks = links(reference);
  let strict = 0;
  let lax = 0;
  for (const [s, t] of candidates.beads) {
    if (reference.keys.has(key(s, t))) {
      strict++;
      lax++;
    } else if (s.some((x) => t.some((y) => refLinks.has(linkKey(x, y))))) {
      lax++;
    }
  }
  return [strict, lax, candidates.beads.length];
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);

function metrics(c: ScoreCounts): Metrics {
  const precisionStrict = ratio(c.testStrictHits, c.testBeads);
  const precisionLax = ratio(c.testLaxHits, c.testBeads);
  const recallStrict = ratio(c.goldStrictHits, c.goldBeads2Sided);
  const recallLax = ratio(c.goldLaxHits, c.goldBeads2Sided);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: f1(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: f1(precisionLax, recallLax),
    counts: c,
  };
}

function documentCounts(pair: AlignmentPair): ScoreCounts {
  const [testStrictHits, testLaxHits, testBeads] = matchCounts(beadSet(pair.test, false), beadSet(pair.gold, false));
  const [goldStrictHits, goldLaxHits, goldBeads2Sided] = matchCounts(beadSet(pair.gold, true), beadSet(pair.test, true));
  return { testBeads, testStrictHits, testLaxHits, goldBeads2Sided, goldStrictHits, goldLaxHits };
}

/**
 * Score documents (each a gold/test pair) and sum them, as `score.py -t TEST... -g GOLD...` does.
 * Also gives recall per gold bead shape and per-document metrics.
 */
export function scoreAlignments(pairs: readonly AlignmentPair[]): ScoreReport {
  const total = { testBeads: 0, testStrictHits: 0, testLaxHits: 0, goldBeads2Sided: 0, goldStrictHits: 0, goldLaxHits: 0 };
  const perDocument: Array<{ readonly name: string } & Metrics> = [];
  const types = new Map<string, { gold: number; strictHits: number; laxHits: number }>();
  pairs.forEach((pair, index) => {
    const c = documentCounts(pair);
    for (const k of Object.keys(total) as Array<keyof ScoreCounts>) total[k] += c[k];
    perDocument.push({ name: pair.name ?? `#${index + 1}`, ...metrics(c) });

    const test = beadSet(pair.test, false);
    const testLinks = links(test);
    for (const [s, t] of beadSet(pair.gold, false).beads) {
      const type = `${s.length}-${t.length}`;
      const row = types.get(type) ?? { gold: 0, strictHits: 0, laxHits: 0 };
      row.gold++;
      if (test.keys.has(key(s, t))) {
        row.strictHits++;
        row.laxHits++;
      } else if (s.some((x) => t.some((y) => testLinks.has(linkKey(x, y))))) {
        row.laxHits++;
      }
      types.set(type, row);
    }
  });
  const byType = [...types.entries()]
    .map(([type, r]) => ({ type, ...r, recallStrict: ratio(r.strictHits, r.gold), recallLax: ratio(r.laxHits, r.gold) }))
    .sort((a, b) => b.gold - a.gold || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  return { documents: pairs.length, ...metrics(total), byType, perDocument };
}
