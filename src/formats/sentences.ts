/** `bitext split` output: one sentence per line, a blank line between paragraphs; exactly what `--input sentences` reads back. */
import type { Document } from '../types.js';

export function* writeSentences(document: Document): Generator<string> {
  for (const paragraph of document.paragraphs) {
    if (paragraph.index > 0) yield '\n';
    for (let i = paragraph.sentences[0]; i < paragraph.sentences[1]; i++) yield `${document.sentences[i]!.text}\n`;
  }
}
