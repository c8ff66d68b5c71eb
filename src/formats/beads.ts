/** Ladder format, one bead per line: `[1,2]:[1]:0.8800` (Vecalign's format plus the confidence), 0-based. */
import type { Alignment, Bead } from '../types.js';
import { formatLadderBead } from '../eval/ladder.js';

/** One bead in ladder notation. */
export function formatBead(bead: Bead): string {
  return formatLadderBead(bead);
}

/** Ladder lines of an alignment. */
export function* writeBeads(alignment: Alignment): Generator<string> {
  for (const bead of alignment.beads) yield `${formatBead(bead)}\n`;
}
