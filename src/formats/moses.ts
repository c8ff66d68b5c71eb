/** Moses parallel files: `<prefix>.<src>` and `<prefix>.<tgt>`, line n of one the translation of line n of the other. */
import type { Alignment, SideName } from '../types.js';
import { sideText } from './text.js';

/**
 * Line breaks inside a text would shift every later line out of parallel: the set is Python's
 * `str.splitlines()` (which corpus tools read Moses files with), a superset of what `wc -l` counts.
 */
const LINE_BREAKS = /[\n\v\f\r\u001c-\u001e\u0085\u2028\u2029]+/g;

/** The two line streams; sentences of a multi-sentence side are joined on one line. */
export function writeMoses(alignment: Alignment): { source: Generator<string>; target: Generator<string> } {
  function* side(which: SideName): Generator<string> {
    const document = alignment[which];
    for (const bead of alignment.beads) yield `${sideText(document, bead[which]).replace(LINE_BREAKS, ' ')}\n`;
  }
  return { source: side('source'), target: side('target') };
}
