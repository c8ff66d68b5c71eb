/**
 * detect: which language is a text, a paragraph, each half of a bilingual file.
 * CONTRACT (owned by the detection work): signatures here are what the rest of bitext calls.
 */
import { francAll } from 'franc';
import { type Lang, UNDETERMINED } from '../types.js';

export interface LanguageGuess {
  /** ISO 639-1 code, or `'und'`. */
  readonly lang: Lang;
  /** In [0, 1]: how far the best language stands above the runner-up. */
  readonly confidence: number;
}

const ISO3_TO_1: Record<string, string> = { eng: 'en', fra: 'fr', deu: 'de', spa: 'es' };
const ISO1_TO_3: Record<string, string> = Object.fromEntries(Object.entries(ISO3_TO_1).map(([a, b]) => [b, a]));

/** Language of `text`, restricted to `candidates` when given. */
export function detectLanguage(text: string, candidates?: readonly Lang[]): LanguageGuess {
  const only = candidates?.map((c) => ISO1_TO_3[c] ?? c);
  const ranked = francAll(text, only ? { only } : {});
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return { lang: UNDETERMINED, confidence: 0 };
  return { lang: ISO3_TO_1[best[0]] ?? best[0], confidence: second ? 1 - second[1] : 1 };
}

/** Which side each paragraph of a bilingual text belongs to. */
export interface BilingualSplit {
  readonly from: Lang;
  readonly to: Lang;
  readonly sides: readonly ('source' | 'target')[];
}

/** Split the paragraphs of a one-file bilingual text into its two languages. */
export function splitBilingual(paragraphs: readonly string[], options: { from?: Lang; to?: Lang } = {}): BilingualSplit {
  const from = options.from ?? 'en';
  const to = options.to ?? 'fr';
  const guesses = paragraphs.map((p) => detectLanguage(p, [from, to]));
  let seenTarget = false;
  const sides = guesses.map((g) => {
    if (g.lang === to && g.confidence > 0.05) seenTarget = true;
    return seenTarget ? ('target' as const) : ('source' as const);
  });
  return { from, to, sides };
}
