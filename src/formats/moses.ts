/** Moses parallel files: `<prefix>.<src>` and `<prefix>.<tgt>`, line n of one the translation of line n of the other. */
import type { Alignment, SideName } from '../types.js';
import { sideText } from './text.js';

/** Line breaks inside a text would shift every later line out of parallel. */
const LINE_BREAKS = /[\r\n\u2028\u2029\u0085]+/g;

/** The two line streams; sentences of a multi-sentence side are joined on one line. */
export function writeMoses(alignment: Alignment): { source: Generator<string>; target: Generator<string> } {
  function* side(which: SideName): Generator<string> {
    const document = alignment[which];
    for (const bead of alignment.beads) yield `${sideText(document, bead[which]).replace(LINE_BREAKS, ' ')}\n`;
  }
  return { source: side('source'), target: side('target') };
}
