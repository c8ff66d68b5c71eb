/**
 * Bead shapes as DP moves: a move (di, dj) consumes di source and dj target units. Move codes are
 * stored one byte per cell in the back-pointer arrays, so a move set holds at most 255 moves.
 */
import type { BeadType } from '../types.js';

/** A set of moves with their prior costs (−log probability), indexed by move code. */
export interface MoveSet {
  readonly di: Int8Array;
  readonly dj: Int8Array;
  /** −log prior of each move. */
  readonly prior: Float64Array;
  /** Largest di and dj of any move. */
  readonly maxDi: number;
  readonly maxDj: number;
  /** Per move, the least lexical similarity a bead of that move needs (absent: no move needs any). */
  readonly minSimilarity?: Float64Array;
}

/** Parse `'2-1'` into [2, 1]. */
export function parseBeadType(type: BeadType | string): [number, number] {
  const m = /^(\d)-(\d)$/.exec(type);
  if (!m) throw new Error(`not a bead type: ${type}`);
  return [Number(m[1]), Number(m[2])];
}

/** One move: di, dj, −log prior, least similarity (−Infinity: none needed). */
type MoveRow = readonly [di: number, dj: number, prior: number, minSimilarity: number];

/**
 * The move set of these rows, in a fixed order (by di, then dj) so that ties in the DP break the
 * same way whatever the option order; `minSimilarity` only when some move needs one.
 */
function fromRows(rows: MoveRow[]): MoveSet {
  rows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  if (rows.length > 255) throw new Error('too many bead types');
  const di = new Int8Array(rows.map((r) => r[0]));
  const dj = new Int8Array(rows.map((r) => r[1]));
  const moves = { di, dj, prior: new Float64Array(rows.map((r) => r[2])), maxDi: Math.max(...di), maxDj: Math.max(...dj) };
  return rows.some((r) => r[3] > -Infinity) ? { ...moves, minSimilarity: new Float64Array(rows.map((r) => r[3])) } : moves;
}

/**
 * Build a move set from bead types and their prior probabilities. Types missing from `priors`
 * get `fallback`. 1-0 and 0-1 are always added: without them some sentence pairs have no path.
 */
export function moveSet(types: readonly string[], priors: Readonly<Record<string, number>>, fallback: number): MoveSet {
  const all = [...new Set(['1-0', '0-1', ...types])].map(parseBeadType).filter(([a, b]) => a + b > 0);
  return fromRows(all.map(([a, b]) => [a, b, -Math.log(priors[`${a}-${b}`] ?? fallback), -Infinity]));
}

/**
 * `moves` with more moves of the same prior, each allowed only for a bead whose lexical similarity
 * is at least `minSimilarity`; moves already in the set are kept as they are.
 */
export function withGatedMoves(moves: MoveSet, types: readonly string[], prior: number, minSimilarity: number): MoveSet {
  const rows: MoveRow[] = [];
  for (let k = 0; k < moves.di.length; k++) rows.push([moves.di[k]!, moves.dj[k]!, moves.prior[k]!, moves.minSimilarity?.[k] ?? -Infinity]);
  for (const t of types) {
    const [a, b] = parseBeadType(t);
    if (!rows.some(([x, y]) => x === a && y === b)) rows.push([a, b, -Math.log(prior), minSimilarity]);
  }
  return fromRows(rows);
}
