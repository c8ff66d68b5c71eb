/** TSV: `source<TAB>target<TAB>score`, one bead per line, the format shell pipelines and spreadsheets read. */
import type { Alignment } from '../types.js';
import { formatScore, sideText } from './text.js';

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Escape the characters that would break a TSV row (backslash first, so escapes stay reversible). */
export function escapeTsv(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c]!);
}

export interface TsvOptions {
  /** Write a first line naming the columns: the two languages and `score`. */
  readonly header?: boolean;
  /** A first column naming the document each row comes from (a corpus). */
  readonly doc?: string;
}

/** The header of a corpus's TSV, whose documents may be in different languages. */
export const CORPUS_TSV_HEADER = 'doc\tsource\ttarget\tscore\n';

/** TSV lines of an alignment. */
export function* writeTsv(alignment: Alignment, options: TsvOptions = {}): Generator<string> {
  const { source, target } = alignment;
  if (options.header) yield `${escapeTsv(source.lang)}\t${escapeTsv(target.lang)}\tscore\n`;
  const doc = options.doc === undefined ? '' : `${escapeTsv(options.doc)}\t`;
  for (const bead of alignment.beads) {
    yield `${doc}${escapeTsv(sideText(source, bead.source))}\t${escapeTsv(sideText(target, bead.target))}\t${formatScore(bead.score)}\n`;
  }
}
