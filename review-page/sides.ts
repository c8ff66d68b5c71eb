/** One side of the bitext as the views read it: texts, paragraph starts, untranslated sentences. */
import type { Document } from '../src/types.js';

export interface Side {
  readonly lang: string;
  readonly name: string;
  readonly texts: readonly string[];
  /** The texts case folded, for search. */
  readonly folded: readonly string[];
  /** 1 where a sentence starts a paragraph (sentence 0 excepted). */
  readonly paragraphStart: Uint8Array;
  /** Languages of the sentences that are not in the side's language. */
  readonly mismatched: ReadonlyMap<number, string>;
}

export function side(document: Document): Side {
  const texts = document.sentences.map((s) => s.text);
  const paragraphStart = new Uint8Array(texts.length);
  for (const p of document.paragraphs) if (p.sentences[0] > 0 && p.sentences[0] < texts.length) paragraphStart[p.sentences[0]] = 1;
  const mismatched = new Map<number, string>();
  for (const s of document.sentences) if (s.lang !== undefined) mismatched.set(s.index, s.lang);
  return { lang: document.lang, name: document.name, texts, folded: texts.map((t) => t.toLowerCase()), paragraphStart, mismatched };
}
