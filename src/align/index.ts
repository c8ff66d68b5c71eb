/**
 * align: two Documents → beads with a confidence each.
 * CONTRACT (owned by the engine work): signatures here are what the rest of bitext calls.
 */
import type { Bead, BeadType, Document } from '../types.js';

export interface AlignOptions {
  /** Bead shapes allowed; 0-1 and 1-0 must stay allowed for every sentence to be placed. */
  readonly beadTypes?: readonly BeadType[];
}

const MOVES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.0099)],
  [0, 1, -Math.log(0.0099)],
  [2, 1, -Math.log(0.089)],
  [1, 2, -Math.log(0.089)],
  [2, 2, -Math.log(0.011)],
];

/** Align the sentences of two documents (quadratic Gale-Church placeholder). */
export function alignDocuments(source: Document, target: Document, _options: AlignOptions = {}): Bead[] {
  const ls = source.sentences.map((s) => s.text.length);
  const lt = target.sentences.map((s) => s.text.length);
  const n = ls.length;
  const m = lt.length;
  const c = (lt.reduce((a, b) => a + b, 0) + 1) / (ls.reduce((a, b) => a + b, 0) + 1);
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  const back = new Uint8Array((n + 1) * (m + 1));
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let k = 0; k < MOVES.length; k++) {
        const [di, dj, prior] = MOVES[k]!;
        if (i < di || j < dj) continue;
        const prev = cost[(i - di) * (m + 1) + j - dj]!;
        if (prev === Infinity) continue;
        let a = 0;
        let b = 0;
        for (let x = 1; x <= di; x++) a += ls[i - x]!;
        for (let y = 1; y <= dj; y++) b += lt[j - y]!;
        const mean = (a + b / c) / 2;
        const delta = di && dj ? (a * c - b) / Math.sqrt(Math.max(mean, 1) * 6.8) : 0;
        const total = prev + prior + (delta * delta) / 2;
        if (total < cost[i * (m + 1) + j]!) {
          cost[i * (m + 1) + j] = total;
          back[i * (m + 1) + j] = k;
        }
      }
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = MOVES[back[i * (m + 1) + j]!]!;
    const src = Array.from({ length: di }, (_, x) => i - di + x);
    const tgt = Array.from({ length: dj }, (_, y) => j - dj + y);
    beads.push({ source: src, target: tgt, score: 1 });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
