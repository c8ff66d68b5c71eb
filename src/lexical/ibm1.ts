/**
 * IBM Model 1 (Brown et al. 1993), trained by EM in both directions at once on beads of word
 * ids: t(target | source) with a NULL source word, and t(source | target) with a NULL target word.
 * Everything is in typed arrays indexed by word pair: the pairs are those seen together in some
 * bead, numbered once, and each bead keeps the pair number of each of its (source, target) cells,
 * so that an iteration is a few passes over flat arrays. A word repeated within one side of a
 * bead is counted once with its multiplicity. Pure.
 */
import type { WordRows } from './words.js';

/** Beads of word ids: bead b has source words source.ids[source.off[b]..) and target words likewise. */
export interface BeadCorpus {
  readonly source: WordRows;
  readonly target: WordRows;
  /** Ids on each side are below these. */
  readonly sourceWords: number;
  readonly targetWords: number;
}

export interface Model1Options {
  /** EM iterations (Moore 2002: 4). */
  readonly iterations: number;
  /** Whether each side has a NULL word that words of the other side may come from (default true). */
  readonly nullWord?: boolean;
}

/** Both directions of a trained model over the word pairs seen together. */
export interface Model1 {
  readonly sourceWords: number;
  readonly targetWords: number;
  /** The word pairs seen together in some bead, ascending by source word then target word. */
  readonly pairSource: Int32Array;
  readonly pairTarget: Int32Array;
  /** t(target | source) and t(source | target) of each pair. */
  readonly forward: Float64Array;
  readonly backward: Float64Array;
  /** t(target | NULL) by target word and t(source | NULL) by source word (all 0 without NULL). */
  readonly forwardNull: Float64Array;
  readonly backwardNull: Float64Array;
}

/** One side of the corpus as distinct words per bead, with their multiplicities, ascending by id. */
interface DistinctRows {
  readonly off: Int32Array;
  readonly ids: Int32Array;
  readonly mult: Float64Array;
}

function distinct(rows: WordRows, words: number): DistinctRows {
  const beads = rows.off.length - 1;
  const off = new Int32Array(beads + 1);
  const ids = new Int32Array(rows.ids.length);
  const mult = new Float64Array(rows.ids.length);
  const count = new Int32Array(words);
  let at = 0;
  for (let b = 0; b < beads; b++) {
    const row = Array.from(rows.ids.subarray(rows.off[b]!, rows.off[b + 1]!));
    for (const w of row) count[w]!++;
    row.sort((x, y) => x - y);
    for (let k = 0; k < row.length; k++) {
      const w = row[k]!;
      if (k > 0 && row[k - 1] === w) continue;
      ids[at] = w;
      mult[at++] = count[w]!;
      count[w] = 0;
    }
    off[b + 1] = at;
  }
  return { off, ids: ids.slice(0, at), mult: mult.slice(0, at) };
}

/**
 * The (source word, target word) cells of every bead, source-major, each with the number of its
 * word pair; pairs numbered in (source, target) order. The cells are bucketed by source word
 * (a counting sort), and each source word's distinct target words found with a stamp per target
 * word: linear in the cells, three integers a cell. A function of its own, so that its buckets
 * are garbage before EM allocates its arrays.
 */
function cellsOf(src: DistinctRows, tgt: DistinctRows, S: number, T: number): { cellStart: Float64Array; cellPair: Int32Array; pairSource: Int32Array; pairTarget: Int32Array } {
  const beads = src.off.length - 1;
  let cells = 0;
  for (let b = 0; b < beads; b++) cells += (src.off[b + 1]! - src.off[b]!) * (tgt.off[b + 1]! - tgt.off[b]!);
  const cellStart = new Float64Array(beads + 1);
  // Where each source word's cells go in `bySource`.
  const start = new Float64Array(S + 1);
  for (let b = 0; b < beads; b++) {
    const nj = tgt.off[b + 1]! - tgt.off[b]!;
    for (let i = src.off[b]!; i < src.off[b + 1]!; i++) start[src.ids[i]! + 1]! += nj;
  }
  for (let s = 0; s < S; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, S);
  const bySource = new Int32Array(cells);
  const cellTarget = new Int32Array(cells);
  let c = 0;
  for (let b = 0; b < beads; b++) {
    cellStart[b] = c;
    for (let i = src.off[b]!; i < src.off[b + 1]!; i++) {
      const s = src.ids[i]!;
      for (let j = tgt.off[b]!; j < tgt.off[b + 1]!; j++) {
        cellTarget[c] = tgt.ids[j]!;
        bySource[fill[s]!++] = c++;
      }
    }
  }
  cellStart[beads] = c;
  const stamp = new Int32Array(T).fill(-1);
  const pairOf = new Int32Array(T);
  const targets = new Int32Array(T);
  const pairSource: number[] = [];
  const pairTarget: number[] = [];
  const cellPair = new Int32Array(cells);
  for (let s = 0; s < S; s++) {
    const [from, to] = [start[s]!, start[s + 1]!];
    let n = 0;
    for (let k = from; k < to; k++) {
      const t = cellTarget[bySource[k]!]!;
      if (stamp[t] !== s) {
        stamp[t] = s;
        targets[n++] = t;
      }
    }
    const sorted = targets.subarray(0, n).sort();
    for (const t of sorted) {
      pairOf[t] = pairSource.length;
      pairSource.push(s);
      pairTarget.push(t);
    }
    for (let k = from; k < to; k++) {
      const cell = bySource[k]!;
      cellPair[cell] = pairOf[cellTarget[cell]!]!;
    }
  }
  return { cellStart, cellPair, pairSource: Int32Array.from(pairSource), pairTarget: Int32Array.from(pairTarget) };
}

/**
 * Train IBM Model 1 in both directions. Starts uniform (every word equally likely to translate
 * every word seen with it), so the result depends on the corpus only.
 */
export function trainModel1(corpus: BeadCorpus, options: Model1Options): Model1 {
  const { sourceWords: S, targetWords: T } = corpus;
  const withNull = options.nullWord ?? true;
  const src = distinct(corpus.source, S);
  const tgt = distinct(corpus.target, T);
  const beads = src.off.length - 1;

  const { cellStart, cellPair, pairSource, pairTarget } = cellsOf(src, tgt, S, T);
  const cells = cellPair.length;
  const pairs = pairSource.length;
  const forward = new Float64Array(pairs).fill(1);
  const backward = new Float64Array(pairs).fill(1);
  const forwardNull = new Float64Array(T).fill(withNull ? 1 : 0);
  const backwardNull = new Float64Array(S).fill(withNull ? 1 : 0);
  const countF = new Float64Array(pairs);
  const countB = new Float64Array(pairs);
  const nullF = new Float64Array(T);
  const nullB = new Float64Array(S);
  const totalS = new Float64Array(S);
  const totalT = new Float64Array(T);
  let widest = 1;
  for (let b = 0; b < beads; b++) widest = Math.max(widest, tgt.off[b + 1]! - tgt.off[b]!);
  const denom = new Float64Array(widest);

  // Per cell, in bead order: the pair's probabilities (gathered once an iteration, so that the
  // E-step reads memory in order) and the expected counts (scattered to the pairs after it).
  const cellF = new Float64Array(cells);
  const cellB = new Float64Array(cells);
  for (let it = 0; it < options.iterations; it++) {
    countF.fill(0);
    countB.fill(0);
    nullF.fill(0);
    nullB.fill(0);
    for (let c = 0; c < cells; c++) {
      const p = cellPair[c]!;
      cellF[c] = forward[p]!;
      cellB[c] = backward[p]!;
    }
    for (let b = 0; b < beads; b++) {
      const i0 = src.off[b]!;
      const ni = src.off[b + 1]! - i0;
      const j0 = tgt.off[b]!;
      const nj = tgt.off[b + 1]! - j0;
      const base = cellStart[b]!;
      // Forward: each target word comes from one of the source words or NULL.
      for (let j = 0; j < nj; j++) {
        let d = forwardNull[tgt.ids[j0 + j]!]!;
        for (let i = 0; i < ni; i++) d += src.mult[i0 + i]! * cellF[base + i * nj + j]!;
        denom[j] = d > 0 ? tgt.mult[j0 + j]! / d : 0;
        if (withNull) nullF[tgt.ids[j0 + j]!]! += forwardNull[tgt.ids[j0 + j]!]! * denom[j]!;
      }
      // Backward: each source word comes from one of the target words or NULL.
      for (let i = 0; i < ni; i++) {
        const row = base + i * nj;
        const ms = src.mult[i0 + i]!;
        let d = backwardNull[src.ids[i0 + i]!]!;
        for (let j = 0; j < nj; j++) d += tgt.mult[j0 + j]! * cellB[row + j]!;
        const r = d > 0 ? ms / d : 0;
        if (withNull) nullB[src.ids[i0 + i]!]! += backwardNull[src.ids[i0 + i]!]! * r;
        for (let j = 0; j < nj; j++) {
          cellF[row + j] = ms * cellF[row + j]! * denom[j]!;
          cellB[row + j] = tgt.mult[j0 + j]! * cellB[row + j]! * r;
        }
      }
    }
    for (let c = 0; c < cells; c++) {
      const p = cellPair[c]!;
      countF[p]! += cellF[c]!;
      countB[p]! += cellB[c]!;
    }
    // M-step: normalise the counts per conditioning word (and NULL).
    totalS.fill(0);
    totalT.fill(0);
    for (let p = 0; p < pairs; p++) {
      totalS[pairSource[p]!]! += countF[p]!;
      totalT[pairTarget[p]!]! += countB[p]!;
    }
    for (let p = 0; p < pairs; p++) {
      const ts = totalS[pairSource[p]!]!;
      const tt = totalT[pairTarget[p]!]!;
      forward[p] = ts > 0 ? countF[p]! / ts : 0;
      backward[p] = tt > 0 ? countB[p]! / tt : 0;
    }
    if (withNull) {
      const sumF = nullF.reduce((a, v) => a + v, 0);
      const sumB = nullB.reduce((a, v) => a + v, 0);
      for (let t = 0; t < T; t++) forwardNull[t] = sumF > 0 ? nullF[t]! / sumF : 0;
      for (let s = 0; s < S; s++) backwardNull[s] = sumB > 0 ? nullB[s]! / sumB : 0;
    }
  }
  return { sourceWords: S, targetWords: T, pairSource, pairTarget, forward, backward, forwardNull, backwardNull };
}
