// TEMPORARY: stands in for the detect stage's pair/mismatch API until it lands; removed then.
import { detectLanguage } from '../detect/index.js';
import type { Document, Lang } from '../types.js';
export { detectLanguage };
export function resolvePair(
  source: { name: string; text: string },
  target: { name: string; text: string },
  options: { from?: Lang; to?: Lang; langCheck?: boolean },
): { from: Lang; to: Lang; swapped: boolean; notes: string[] } {
  return {
    from: options.from ?? detectLanguage(source.text.slice(0, 5000)).lang,
    to: options.to ?? detectLanguage(target.text.slice(0, 5000)).lang,
    swapped: false,
    notes: [],
  };
}
export function markMismatches(document: Document, _other: Lang): Document {
  return document;
}
export function detectParagraphs(texts: readonly string[], candidates?: readonly Lang[]) {
  return texts.map((t) => detectLanguage(t, candidates));
}
import { splitBilingual as split } from '../detect/index.js';
export function splitBilingual(p: readonly string[], o: { name: string; from?: Lang; to?: Lang }) {
  const { name: _n, ...rest } = o;
  return split(p, rest);
}
