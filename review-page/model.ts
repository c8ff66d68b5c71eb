/**
 * The review's state: the beads with the reviewer's edits, the undo and redo stacks, the selected
 * bead, the doubt threshold and the search query. Edits are the core's (src/review/edits.ts);
 * this class only keeps them in order and says what changed.
 */
import { type Change, invertChange, type ReviewBead } from '../src/review/edits.js';
import type { Side } from './sides.js';

export class Review {
  readonly beads: ReviewBead[];
  private readonly done: Change[] = [];
  private readonly undone: Change[] = [];
  /** Index of the selected bead, or −1. */
  selected = -1;
  /** Beads below this confidence are doubtful (unless confirmed or edited). */
  threshold = 0.9;
  /** Show doubtful beads only. */
  onlyDoubtful = false;
  /** The folded search query ('' for none). */
  query = '';
  /** Edits since the corrections were last exported. */
  unsaved = 0;

  constructor(
    beads: readonly ReviewBead[],
    readonly source: Side,
    readonly target: Side,
  ) {
    this.beads = beads.slice();
  }

  /** Apply an edit; undefined (nothing done) when the edit was not possible. */
  edit(change: Change | undefined): Change | undefined {
    if (!change) return undefined;
    this.splice(change);
    this.done.push(change);
    this.undone.length = 0;
    return change;
  }

  undo(): Change | undefined {
    const change = this.done.pop();
    if (!change) return undefined;
    const inverse = invertChange(change);
    this.splice(inverse);
    this.undone.push(change);
    return inverse;
  }

  redo(): Change | undefined {
    const change = this.undone.pop();
    if (!change) return undefined;
    this.splice(change);
    this.done.push(change);
    return change;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  private splice(change: Change): void {
    this.beads.splice(change.at, change.removed.length, ...change.inserted);
    this.unsaved++;
  }

  isDoubtful(bead: ReviewBead): boolean {
    return bead.score < this.threshold && !bead.confirmed && !bead.edited;
  }

  isHidden(bead: ReviewBead): boolean {
    return this.onlyDoubtful && !this.isDoubtful(bead);
  }

  matches(bead: ReviewBead): boolean {
    const q = this.query;
    if (!q) return false;
    return bead.source.some((i) => this.source.folded[i]!.includes(q)) || bead.target.some((j) => this.target.folded[j]!.includes(q));
  }

  /** The next bead after `from` (or before it, step −1) for which `test` holds, or −1. */
  find(from: number, step: 1 | -1, test: (bead: ReviewBead) => boolean): number {
    for (let k = from + step; k >= 0 && k < this.beads.length; k += step) if (test(this.beads[k]!)) return k;
    return -1;
  }

  countDoubtful(): number {
    let n = 0;
    for (const b of this.beads) if (this.isDoubtful(b)) n++;
    return n;
  }

  /** Where each bead starts on each side (sentence positions), for the plot. */
  starts(): { source: Int32Array; target: Int32Array } {
    const source = new Int32Array(this.beads.length + 1);
    const target = new Int32Array(this.beads.length + 1);
    this.beads.forEach((b, k) => {
      source[k + 1] = source[k]! + b.source.length;
      target[k + 1] = target[k]! + b.target.length;
    });
    return { source, target };
  }
}
