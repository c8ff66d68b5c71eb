/**
 * A bilingual lexicon: translation probabilities between folded words in both directions, as a
 * trained IBM Model 1 gives them (ibm1.ts), pruned of the pairs too unlikely to matter. The unit a
 * learned lexicon is saved as (lexicon-tsv.ts) and loaded from. Pure.
 */
import type { Model1 } from './ibm1.js';

/** The word standing for every word the lexicon has no entry of its own for (Moore 2002's "(other)"). */
export const OTHER_WORD = '(other)';
/** The empty word of IBM Model 1, as the saved table names it. */
export const NULL_WORD = 'NULL';

/** Rows of a sparse table: row r has columns ids[off[r]..off[r+1]) ascending, with values p. */
export interface SparseRows {
  readonly off: Int32Array;
  readonly ids: Int32Array;
  readonly p: Float64Array;
}

export interface Lexicon {
  /** Letters kept of each folded word (0: whole words): how texts must be read to use it. */
  readonly prefix: number;
  /** Words by id on each side; OTHER_WORD among them. */
  readonly sourceWords: readonly string[];
  readonly targetWords: readonly string[];
  /** t(target | source), rows by source word. */
  readonly forward: SparseRows;
  /** t(source | target), rows by target word. */
  readonly backward: SparseRows;
  /** t(target | NULL) by target word, t(source | NULL) by source word. */
  readonly forwardNull: Float64Array;
  readonly backwardNull: Float64Array;
}

/** Rows of (row, column, value) triples: rows ascending, columns ascending within a row. */
export function sparseRows(rows: number, row: Int32Array, col: Int32Array, value: Float64Array): SparseRows {
  const order = Array.from(row.keys()).sort((a, b) => row[a]! - row[b]! || col[a]! - col[b]!);
  const off = new Int32Array(rows + 1);
  for (const k of order) off[row[k]! + 1]!++;
  for (let r = 0; r < rows; r++) off[r + 1]! += off[r]!;
  return { off, ids: Int32Array.from(order, (k) => col[k]!), p: Float64Array.from(order, (k) => value[k]!) };
}

/**
 * The lexicon of a trained model: pairs kept in a direction where their probability is at least
 * `minProbability`.
 */
export function lexiconFromModel(model: Model1, sourceWords: readonly string[], targetWords: readonly string[], prefix: number, minProbability: number): Lexicon {
  const keep = (values: Float64Array): number[] => {
    const out: number[] = [];
    for (let p = 0; p < values.length; p++) if (values[p]! >= minProbability) out.push(p);
    return out;
  };
  const f = keep(model.forward);
  const b = keep(model.backward);
  return {
    prefix,
    sourceWords,
    targetWords,
    forward: sparseRows(
      model.sourceWords,
      Int32Array.from(f, (p) => model.pairSource[p]!),
      Int32Array.from(f, (p) => model.pairTarget[p]!),
      Float64Array.from(f, (p) => model.forward[p]!),
    ),
    backward: sparseRows(
      model.targetWords,
      Int32Array.from(b, (p) => model.pairTarget[p]!),
      Int32Array.from(b, (p) => model.pairSource[p]!),
      Float64Array.from(b, (p) => model.backward[p]!),
    ),
    forwardNull: model.forwardNull,
    backwardNull: model.backwardNull,
  };
}
