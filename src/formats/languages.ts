/** `bitext detect` output: one TSV row per paragraph (index, language, confidence, first words). */
import { escapeTsv } from './tsv.js';

export interface LanguageRow {
  readonly index: number;
  readonly lang: string;
  readonly confidence: number;
  readonly text: string;
}

/** How many words of each paragraph are shown: enough to recognise it, short enough for one terminal line. */
export const PREVIEW_WORDS = 8;

export function* writeLanguageRows(rows: Iterable<LanguageRow>, options: { header?: boolean } = {}): Generator<string> {
  if (options.header) yield 'paragraph\tlang\tconfidence\ttext\n';
  for (const row of rows) {
    const words = row.text.split(/\s+/u).filter(Boolean);
    const preview = words.slice(0, PREVIEW_WORDS).join(' ') + (words.length > PREVIEW_WORDS ? ' …' : '');
    yield `${row.index}\t${row.lang}\t${row.confidence.toFixed(2)}\t${escapeTsv(preview)}\n`;
  }
}
