/** Moses parallel files: `<prefix>.<src>` and `<prefix>.<tgt>`, line n of one the translation of line n of the other. */
import type { Alignment } from '../types.js';
import { sideText } from './text.js';

/** The two line streams; sentences of a multi-sentence side are joined on one line. */
export function writeMoses(alignment: Alignment): { source: Generator<string>; target: Generator<string> } {
  function* side(which: 'source' | 'target'): Generator<string> {
    const document = alignment[which];
    for (const bead of alignment.beads) yield `${sideText(document, bead[which])}\n`;
  }
  return { source: side('source'), target: side('target') };
}
