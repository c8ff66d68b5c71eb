/** Which beads reach the output: the user's `--min-score` and `--no-unaligned` filters. */
import type { Alignment, Bead } from '../types.js';
import { isUnaligned, roundScore } from './text.js';

export interface SelectOptions {
  /** Drop beads whose confidence is below this (0 keeps all). */
  readonly minScore?: number;
  /** Keep 1-0 and 0-1 beads. */
  readonly unaligned?: boolean;
}

export interface Selection {
  readonly alignment: Alignment;
  /** Beads dropped because they were 1-0/0-1. */
  readonly droppedUnaligned: number;
  /** Beads dropped because their score was below `minScore`. */
  readonly droppedLowScore: number;
}

/** Filter an alignment's beads; the documents stay whole, so indices keep their meaning. */
export function selectBeads(alignment: Alignment, options: SelectOptions): Selection {
  const minScore = options.minScore ?? 0;
  const keepUnaligned = options.unaligned ?? true;
  let droppedUnaligned = 0;
  let droppedLowScore = 0;
  const beads: Bead[] = [];
  for (const bead of alignment.beads) {
    if (!keepUnaligned && isUnaligned(bead)) droppedUnaligned++;
    // Compared as written, so that a bead shown as 0.7205 survives --min-score 0.7205.
    else if (roundScore(bead.score) < minScore) droppedLowScore++;
    else beads.push(bead);
  }
  return { alignment: { ...alignment, beads }, droppedUnaligned, droppedLowScore };
}
