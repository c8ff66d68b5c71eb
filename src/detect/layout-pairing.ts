/**
 * Sides of the units of a sections or alternating file, decoded with their lengths. A two-state
 * Markov chain over the units alone (language evidence, how often the language changes) misplaces a
 * short line at the edge of a run whenever franc misreads it; a reading of the file also claims
 * that each run is followed by its translation, so the runs come in groups: a run paired with the
 * next one (which must be about as long, by the file's length ratio), or a run alone (a title, an
 * untranslated line), which costs more. The best labelling and each unit's probability are exact,
 * by dynamic programming over the groups (a semi-Markov model), in O(units × L²) for paired runs of
 * up to L units; a run alone may be of any length.
 */
import type { Side } from './layout-evidence.js';
import { pairingGain } from './layout-lengths.js';

/** What the decoding reads. Boundary i lies between unit i − 1 and unit i (i ≥ 1). */
export interface PairingModel {
  /** Cost of each unit on side 0 and on side 1. */
  readonly cost: readonly [Float64Array, Float64Array];
  /** Characters of each unit. */
  readonly length: Float64Array;
  /** Cost of each boundary when the side stays, and when it changes. */
  readonly stay: Float64Array;
  readonly change: Float64Array;
  /** Expected target/source length ratio of a pair. */
  readonly ratio: number;
}

/** Cost of a run that no neighbouring run translates (see layout-lengths.ts). */
export const LONE_RUN_COST = 3;
/** Most units a paired run may hold; files of many units get fewer, to stay within WORK_BUDGET. */
const MAX_PAIRED_RUN = 24;
/** Pair candidates examined per unit at most (units × L² ≤ this × units): the decoding stays linear in practice. */
const WORK_BUDGET = 500_000;

/** Prefix sums of a model, so that a run's cost is O(1). */
interface Prefix {
  readonly n: number;
  readonly e: readonly [Float64Array, Float64Array];
  readonly stays: Float64Array;
  readonly chars: Float64Array;
  readonly maxRun: number;
}

function prefix(model: PairingModel): Prefix {
  const n = model.length.length;
  const e: [Float64Array, Float64Array] = [new Float64Array(n + 1), new Float64Array(n + 1)];
  const stays = new Float64Array(n + 1);
  const chars = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    e[0][i + 1] = e[0][i]! + model.cost[0][i]!;
    e[1][i + 1] = e[1][i]! + model.cost[1][i]!;
    chars[i + 1] = chars[i]! + model.length[i]!;
    stays[i + 1] = stays[i]! + (i + 1 < n ? model.stay[i + 1]! : 0);
  }
  const maxRun = Math.max(2, Math.min(MAX_PAIRED_RUN, Math.floor(Math.sqrt(WORK_BUDGET / Math.max(1, n)))));
  return { n, e, stays, chars, maxRun };
}

/** Cost of units [i, j) on side s as one run: their evidence and the stays inside. */
function runCost(p: Prefix, i: number, j: number, s: Side): number {
  return p.e[s][j]! - p.e[s][i]! + p.stays[j - 1]! - p.stays[i]!;
}

/** Cost of entering a run at unit i: a change of side, nothing at the start of the file. */
function entry(model: PairingModel, i: number): number {
  return i > 0 ? model.change[i]! : 0;
}

/** Length gain of a pair: run [i, j) on side 1 − s followed by run [j, k) on side s. */
function gain(model: PairingModel, p: Prefix, i: number, j: number, k: number, s: Side): number {
  const first = p.chars[j]! - p.chars[i]!;
  const second = p.chars[k]! - p.chars[j]!;
  return s === 1 ? pairingGain(first, second, model.ratio) : pairingGain(second, first, model.ratio);
}

/** Cost of a pair group: run [i, j) on side 1 − s, run [j, k) on side s, entered at i. */
function pairCost(model: PairingModel, p: Prefix, i: number, j: number, k: number, s: Side): number {
  const other = (1 - s) as Side;
  return entry(model, i) + runCost(p, i, j, other) + model.change[j]! + runCost(p, j, k, s) - gain(model, p, i, j, k, s);
}

/**
 * The cheapest labelling (min over groups).
 *
 * @returns each unit's side and the labelling's cost
 */
export function decodeRuns(model: PairingModel): { sides: Uint8Array; cost: number } {
  const p = prefix(model);
  const { n, maxRun } = p;
  // best[k * 2 + s]: cheapest labelling of units [0, k) whose last run ends at k on side s.
  const best = new Float64Array((n + 1) * 2).fill(Infinity);
  best[0] = 0;
  best[1] = 0;
  // Back pointers: start of the group (i), and for a pair the start of its second run (j); j = -1 for a lone run.
  const fromI = new Int32Array((n + 1) * 2);
  const fromJ = new Int32Array((n + 1) * 2).fill(-1);
  // Lone runs: min over j of best[j][1 − s] + entry(j) − E_s[j] − STAYS[j], kept as a running minimum.
  const lone = [Infinity, Infinity];
  const loneAt = [0, 0];
  for (let k = 1; k <= n; k++) {
    for (const s of [0, 1] as const) {
      const j = k - 1;
      const g = best[j * 2 + 1 - s]! + entry(model, j) - p.e[s][j]! - p.stays[j]!;
      if (g < lone[s]!) {
        lone[s] = g;
        loneAt[s] = j;
      }
      let cost = lone[s]! + p.e[s][k]! + p.stays[k - 1]! + LONE_RUN_COST;
      let ci = loneAt[s]!;
      let cj = -1;
      for (let jj = k - 1; jj >= Math.max(1, k - maxRun); jj--) {
        for (let i = jj - 1; i >= Math.max(0, jj - maxRun); i--) {
          const before = best[i * 2 + s]!;
          if (before === Infinity) continue;
          const c = before + pairCost(model, p, i, jj, k, s);
          if (c < cost) {
            cost = c;
            ci = i;
            cj = jj;
          }
        }
      }
      best[k * 2 + s] = cost;
      fromI[k * 2 + s] = ci;
      fromJ[k * 2 + s] = cj;
    }
  }
  const sides = new Uint8Array(n);
  let s: Side = best[n * 2]! <= best[n * 2 + 1]! ? 0 : 1;
  const cost = best[n * 2 + s]!;
  for (let k = n; k > 0; ) {
    const i = fromI[k * 2 + s]!;
    const j = fromJ[k * 2 + s]!;
    if (j < 0) {
      sides.fill(s, i, k);
      k = i;
      s = (1 - s) as Side;
    } else {
      sides.fill(s, j, k);
      sides.fill(1 - s, i, j);
      k = i;
    }
  }
  return { sides, cost };
}

/** log(e^a + e^b) without overflow. */
function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * The total likelihood of the file over all labellings, and each unit's probability of side 0
 * (forward-backward over groups).
 */
export function runPosteriors(model: PairingModel): { logLikelihood: number; first: Float64Array } {
  const p = prefix(model);
  const { n, maxRun } = p;
  const alpha = new Float64Array((n + 1) * 2).fill(-Infinity);
  alpha[0] = 0;
  alpha[1] = 0;
  const lone = [-Infinity, -Infinity];
  for (let k = 1; k <= n; k++) {
    for (const s of [0, 1] as const) {
      const j = k - 1;
      lone[s] = logAdd(lone[s]!, alpha[j * 2 + 1 - s]! - entry(model, j) + p.e[s][j]! + p.stays[j]!);
      let total = lone[s]! - p.e[s][k]! - p.stays[k - 1]! - LONE_RUN_COST;
      for (let jj = k - 1; jj >= Math.max(1, k - maxRun); jj--) {
        for (let i = jj - 1; i >= Math.max(0, jj - maxRun); i--) {
          const before = alpha[i * 2 + s]!;
          if (before === -Infinity) continue;
          total = logAdd(total, before - pairCost(model, p, i, jj, k, s));
        }
      }
      alpha[k * 2 + s] = total;
    }
  }
  const beta = new Float64Array((n + 1) * 2).fill(-Infinity);
  beta[n * 2] = 0;
  beta[n * 2 + 1] = 0;
  // Lone runs from k on side t = 1 − s: logsumexp over m > k of beta[m][t] − E_t[m] − STAYS[m − 1], from the right.
  const loneBack = [-Infinity, -Infinity];
  for (let k = n - 1; k >= 0; k--) {
    for (const t of [0, 1] as const) loneBack[t] = logAdd(loneBack[t]!, beta[(k + 1) * 2 + t]! - p.e[t][k + 1]! - p.stays[k]!);
    for (const s of [0, 1] as const) {
      const t = (1 - s) as Side;
      let total = loneBack[t]! - entry(model, k) + p.e[t][k]! + p.stays[k]! - LONE_RUN_COST;
      // Pairs starting at k: run [k, j) on side t, run [j, m) on side s.
      for (let j = k + 1; j <= Math.min(n - 1, k + maxRun); j++) {
        for (let m = j + 1; m <= Math.min(n, j + maxRun); m++) {
          total = logAdd(total, beta[m * 2 + s]! - pairCost(model, p, k, j, m, s));
        }
      }
      beta[k * 2 + s] = total;
    }
  }
  const logLikelihood = logAdd(alpha[n * 2]!, alpha[n * 2 + 1]!);
  // Probability of each unit on each side: lone runs as a product of a prefix and a suffix sum,
  // pairs spread over their units with difference arrays.
  const onSide: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
  const diff: [Float64Array, Float64Array] = [new Float64Array(n + 1), new Float64Array(n + 1)];
  for (let i = 0; i < n; i++) {
    // Pairs starting at i: run [i, j) on side 1 − s, run [j, m) on side s.
    for (const s of [0, 1] as const) {
      const before = alpha[i * 2 + s]!;
      if (before === -Infinity) continue;
      const firstSide = diff[1 - s]!;
      const secondSide = diff[s];
      for (let j = i + 1; j <= Math.min(n - 1, i + maxRun); j++) {
        for (let m = j + 1; m <= Math.min(n, j + maxRun); m++) {
          const mass = Math.exp(before - pairCost(model, p, i, j, m, s) + beta[m * 2 + s]! - logLikelihood);
          firstSide[i] = firstSide[i]! + mass;
          firstSide[j] = firstSide[j]! - mass;
          secondSide[j] = secondSide[j]! + mass;
          secondSide[m] = secondSide[m]! - mass;
        }
      }
    }
  }
  for (const t of [0, 1] as const) {
    const head = new Float64Array(n);
    let acc = -Infinity;
    for (let k = 0; k < n; k++) {
      acc = logAdd(acc, alpha[k * 2 + 1 - t]! - entry(model, k) + p.e[t][k]! + p.stays[k]!);
      head[k] = acc;
    }
    let tail = -Infinity;
    for (let u = n - 1; u >= 0; u--) {
      tail = logAdd(tail, beta[(u + 1) * 2 + t]! - p.e[t][u + 1]! - p.stays[u]! - LONE_RUN_COST - logLikelihood);
      onSide[t][u] = Math.exp(head[u]! + tail);
    }
    let running = 0;
    for (let u = 0; u < n; u++) {
      running += diff[t][u]!;
      onSide[t][u] = onSide[t][u]! + running;
    }
  }
  const first = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const a = onSide[0][u]!;
    const b = onSide[1][u]!;
    first[u] = a + b > 0 ? a / (a + b) : 0.5;
  }
  return { logLikelihood, first };
}
