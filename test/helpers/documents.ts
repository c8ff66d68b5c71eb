/** Small hand-built Documents and Alignments for writer tests. */
import type { Alignment, Bead, Document, Sentence } from '../../src/types.js';

/** A document whose sentences are `texts`, all in one paragraph; `langs[i]` marks a mismatched sentence. */
export function doc(name: string, lang: string, texts: readonly string[], langs: Record<number, string> = {}): Document {
  let offset = 0;
  const sentences: Sentence[] = texts.map((text, index) => {
    const span = [offset, offset + text.length] as const;
    offset += text.length + 1;
    return { index, paragraph: 0, text, span, ...(langs[index] !== undefined && { lang: langs[index] }) };
  });
  return {
    name,
    lang,
    paragraphs: texts.length ? [{ index: 0, span: [0, Math.max(0, offset - 1)], sentences: [0, texts.length] }] : [],
    sentences,
  };
}

export function bead(source: number[], target: number[], score = 0.9): Bead {
  return { source, target, score };
}

export function alignment(source: Document, target: Document, beads: Bead[]): Alignment {
  return { source, target, beads };
}

export const collect = (chunks: Iterable<string>): string => [...chunks].join('');

/**
 * One alignment that exercises every writer: a 1-1, a 2-1 with a tab, a quote and markup, a 1-0,
 * a 0-1 holding an untranslated sentence and a character XML forbids.
 */
export function sampleAlignment() {
  return alignment(
    doc('in.en', 'en', ['Hello "world".', 'Tom & Jerry <3.', 'Tab\there.', 'Header only.']),
    doc('in.fr', 'fr', ['Bonjour « monde ».', 'Tom & Jerry <3, tab\tici.', 'Left in English\u0007.'], { 2: 'en' }),
    [bead([0], [0], 0.98765), bead([1, 2], [1], 0.5), bead([3], [], 0.25), bead([], [2], 0.123449)],
  );
}
