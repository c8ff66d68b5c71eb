/**
 * The edits a reviewer makes to an alignment, as pure functions over a list of beads: merge a bead
 * with the next, split one, move a sentence to the previous or next bead, confirm one. Each edit is
 * a Change (beads removed and inserted at one place), so that it can be undone, redone, and shown
 * by redrawing only the rows it touched. The review page runs this code; every edit keeps the
 * ladder whole: every sentence of both sides in exactly one bead, in order.
 */
import type { Bead, SideName } from '../types.js';

/** A bead under review: its sentences, the aligner's confidence, and what the reviewer did to it. */
export interface ReviewBead {
  readonly source: readonly number[];
  readonly target: readonly number[];
  /** The aligner's confidence (1 for a bead confirmed in an earlier round). */
  readonly score: number;
  /** Made or reshaped by the reviewer (merge, split, move). */
  readonly edited: boolean;
  /** Marked as right by the reviewer, or fixed by an anchor in the alignment it came from. */
  readonly confirmed: boolean;
}

/** Beads `removed` (as they were) replaced by `inserted` at position `at`. */
export interface Change {
  readonly at: number;
  readonly removed: readonly ReviewBead[];
  readonly inserted: readonly ReviewBead[];
}

/** Where a sentence moves: to the bead before (the first sentence of a side) or after (the last). */
export type Direction = 'previous' | 'next';

/** Beads of an alignment as the review starts: nothing edited, confirmed beads as the aligner marked them. */
export function reviewBeads(beads: readonly Bead[]): ReviewBead[] {
  return beads.map((b) => ({ source: b.source, target: b.target, score: b.score, edited: false, confirmed: b.confirmed === true }));
}

/** A bead the reviewer has shaped. */
function edited(source: readonly number[], target: readonly number[], score: number): ReviewBead {
  return { source, target, score, edited: true, confirmed: false };
}

/** Merge bead `k` with bead `k + 1`; undefined when `k` is the last bead. */
export function mergeWithNext(beads: readonly ReviewBead[], k: number): Change | undefined {
  const a = beads[k];
  const b = beads[k + 1];
  if (!a || !b) return undefined;
  return { at: k, removed: [a, b], inserted: [edited([...a.source, ...b.source], [...a.target, ...b.target], Math.min(a.score, b.score))] };
}

/**
 * Split bead `k` in two: its first `sourceAt` source and `targetAt` target sentences, then the
 * rest. Undefined when one of the two parts would be empty or a cut is out of range.
 */
export function splitBead(beads: readonly ReviewBead[], k: number, sourceAt: number, targetAt: number): Change | undefined {
  const b = beads[k];
  if (!b) return undefined;
  const ok = (at: number, n: number): boolean => Number.isInteger(at) && at >= 0 && at <= n;
  if (!ok(sourceAt, b.source.length) || !ok(targetAt, b.target.length)) return undefined;
  const first = sourceAt + targetAt;
  const second = b.source.length - sourceAt + (b.target.length - targetAt);
  if (first === 0 || second === 0) return undefined;
  return {
    at: k,
    removed: [b],
    inserted: [edited(b.source.slice(0, sourceAt), b.target.slice(0, targetAt), b.score), edited(b.source.slice(sourceAt), b.target.slice(targetAt), b.score)],
  };
}

/**
 * Move one sentence of bead `k` on one side to the neighbouring bead: the first sentence to the
 * bead before, the last to the bead after (any other would break the order). A bead left with no
 * sentence disappears. Undefined when there is no neighbour or no sentence on that side.
 */
export function moveSentence(beads: readonly ReviewBead[], k: number, side: SideName, direction: Direction): Change | undefined {
  const b = beads[k];
  const n = beads[direction === 'previous' ? k - 1 : k + 1];
  if (!b || !n || b[side].length === 0) return undefined;
  const ids = b[side];
  const moved = direction === 'previous' ? ids[0]! : ids[ids.length - 1]!;
  const rest = direction === 'previous' ? ids.slice(1) : ids.slice(0, -1);
  const grown = direction === 'previous' ? [...n[side], moved] : [moved, ...n[side]];
  const with_ = (bead: ReviewBead, ids: readonly number[]): ReviewBead =>
    edited(side === 'source' ? ids : bead.source, side === 'target' ? ids : bead.target, bead.score);
  const shrunk = with_(b, rest);
  const neighbour = with_(n, grown);
  const keep = shrunk.source.length + shrunk.target.length > 0 ? [shrunk] : [];
  return direction === 'previous'
    ? { at: k - 1, removed: [n, b], inserted: [neighbour, ...keep] }
    : { at: k, removed: [b, n], inserted: [...keep, neighbour] };
}

/** Mark bead `k` as confirmed, or take the mark back. */
export function toggleConfirmed(beads: readonly ReviewBead[], k: number): Change | undefined {
  const b = beads[k];
  if (!b) return undefined;
  return { at: k, removed: [b], inserted: [{ ...b, confirmed: !b.confirmed }] };
}

/** The beads after a change (a new array; the beads themselves are shared). */
export function applyChange(beads: readonly ReviewBead[], change: Change): ReviewBead[] {
  const out = beads.slice();
  out.splice(change.at, change.removed.length, ...change.inserted);
  return out;
}

/** The change that undoes `change`. */
export function invertChange(change: Change): Change {
  return { at: change.at, removed: change.inserted, inserted: change.removed };
}

/** The reviewer's beads: confirmed or edited, the ones a corrections file keeps. */
export function reviewedBeads(beads: readonly ReviewBead[]): ReviewBead[] {
  return beads.filter((b) => b.confirmed || b.edited);
}

/**
 * The beads as the writers take them: a bead the reviewer confirmed or shaped is scored 1 and
 * marked confirmed, as the aligner marks the beads an anchor fixed.
 */
export function toBeads(beads: readonly ReviewBead[]): Bead[] {
  return beads.map((b) => (b.confirmed || b.edited ? { source: b.source, target: b.target, score: 1, confirmed: true } : { source: b.source, target: b.target, score: b.score }));
}
