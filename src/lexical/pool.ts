/**
 * The training beads of a corpus: the confident beads of many documents pooled in corpus order,
 * so that one lexicon is learned for all of them and documents too short to teach one of their
 * own learn from the others. Bounded: a bead is numbered as it is offered, and the pool keeps the
 * beads whose number is a multiple of a stride, which doubles (every other bead let go) whenever
 * the pool holds more beads or words than its limits. What is kept is spread evenly over the
 * corpus and depends only on the beads offered and their order, never on how they were batched.
 * Pure.
 */
import type { WordBeads } from './learn.js';
import { WordKeys } from './words.js';

/** How much a pool holds at most. */
export interface PoolLimits {
  /** Beads. */
  readonly beads: number;
  /** Cells of IBM Model 1's EM: source words × target words, summed over the beads (its time and memory). */
  readonly cells: number;
  /** A bead with more words than this on a side is not pooled (a run-on "sentence": its EM cells grow as the square). */
  readonly beadWords: number;
}

/** One side of the pool: words by id (keys as the documents folded them), and each kept bead's ids. */
class PoolSide {
  words = new WordKeys(0);
  /** Bead k's words are ids[off[k]..off[k+1]). */
  off: number[] = [0];
  ids: number[] = [];

  get keys(): string[] {
    return this.words.keys;
  }

  push(words: readonly string[], rows: { readonly off: Int32Array; readonly ids: Int32Array }, bead: number): void {
    for (let k = rows.off[bead]!; k < rows.off[bead + 1]!; k++) this.ids.push(this.words.id(words[rows.ids[k]!]!));
    this.off.push(this.ids.length);
  }

  /** Keep the beads `kept` (ascending), and only the words they use. */
  keep(kept: readonly number[]): void {
    const { keys, off, ids } = this;
    this.words = new WordKeys(0);
    this.off = [0];
    this.ids = [];
    for (const b of kept) {
      for (let k = off[b]!; k < off[b + 1]!; k++) this.ids.push(this.words.id(keys[ids[k]!]!));
      this.off.push(this.ids.length);
    }
  }
}

/** Beads of many documents, pooled for one lexicon within limits. */
export class BeadPool {
  private readonly source = new PoolSide();
  private readonly target = new PoolSide();
  /** The number of each kept bead among all beads offered, and its cells. */
  private numbers: number[] = [];
  private beadCells: number[] = [];
  private cells = 0;
  private offered = 0;
  private stride = 1;

  constructor(private readonly limits: PoolLimits) {}

  /**
   * Offer the beads of one document (in corpus order).
   * @param reversed the document's sides are this pool's the other way round
   */
  add(beads: WordBeads, reversed = false): void {
    const [src, tgt] = reversed ? [beads.target, beads.source] : [beads.source, beads.target];
    const [srcWords, tgtWords] = reversed ? [beads.targetWords, beads.sourceWords] : [beads.sourceWords, beads.targetWords];
    const count = src.off.length - 1;
    for (let b = 0; b < count; b++) {
      const wide = src.off[b + 1]! - src.off[b]! > this.limits.beadWords || tgt.off[b + 1]! - tgt.off[b]! > this.limits.beadWords;
      if (wide) continue;
      const number = this.offered++;
      if (number % this.stride !== 0) continue;
      this.source.push(srcWords, src, b);
      this.target.push(tgtWords, tgt, b);
      this.numbers.push(number);
      const cells = (src.off[b + 1]! - src.off[b]!) * (tgt.off[b + 1]! - tgt.off[b]!);
      this.beadCells.push(cells);
      this.cells += cells;
      while (this.full()) this.thin();
    }
  }

  private full(): boolean {
    return this.numbers.length > this.limits.beads || this.cells > this.limits.cells;
  }

  /** Double the stride: let go of the beads whose number is not a multiple of it. */
  private thin(): void {
    this.stride *= 2;
    const kept: number[] = [];
    this.numbers.forEach((n, k) => {
      if (n % this.stride === 0) kept.push(k);
    });
    this.source.keep(kept);
    this.target.keep(kept);
    this.numbers = kept.map((k) => this.numbers[k]!);
    this.beadCells = kept.map((k) => this.beadCells[k]!);
    this.cells = this.beadCells.reduce((a, c) => a + c, 0);
  }

  /** How many times the pool has let go of every other bead it held (0 while it has kept every bead offered). */
  get halvings(): number {
    return Math.log2(this.stride);
  }

  /** Beads held. */
  get size(): number {
    return this.numbers.length;
  }

  /** The beads held, as training takes them. */
  beads(): WordBeads {
    return {
      sourceWords: this.source.keys,
      targetWords: this.target.keys,
      source: { off: Int32Array.from(this.source.off), ids: Int32Array.from(this.source.ids) },
      target: { off: Int32Array.from(this.target.off), ids: Int32Array.from(this.target.ids) },
    };
  }
}
