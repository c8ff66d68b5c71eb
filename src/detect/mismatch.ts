/**
 * Sentences left in the other language: an untranslated English sentence inside the French text.
 * Every sentence of both documents is checked, so the common case must cost a few µs: a cheap
 * estimate of franc's distances lets through the sentences that might be in the other language
 * (under 1 % of the gold sentences), and only those are scored exactly.
 */
import type { Document, Lang, Sentence } from '../types.js';
import { canonicalLang, isDetectable, toFrancCodes } from './iso.js';
import { guessFromRanking, scorerFor } from './language.js';
import { scriptOnly } from './trigram-scorer.js';

/**
 * Confidence a sentence needs to be marked. With MISMATCH_MIN_WORDS, over the 78 000 gold sentences
 * of our five sets (en-fr, de-fr, en-es) in their own documents this marks 5: a Hamlet quotation
 * left in English in a French story, a Latin blessing, French book titles in an English sentence,
 * two verses of old Spanish; and it marks 60-95 % of the other side's sentences put in their place
 * (0.99 marks 4 more own sentences for 3 % more recall).
 *
 * The old-Spanish verse "Allegádome he á tus testimonios; oh Jehová, no me avergüences." stays
 * marked English: franc over all its languages calls it English too (its Spanish model's only
 * accented letters are á and ó). No general rule tried removes it without losing true marks:
 * refusing sentences with letters the other language's model lacks (the 300 trigrams of French
 * also lack j, k, w, z) cuts de ← fr recall from 0.70 to 0.36-0.63; refusing sentences whose words
 * mostly occur elsewhere in the document cuts en ← es recall from 0.90 to 0.85 (at 80 %).
 */
const MISMATCH_MIN_CONFIDENCE = 0.995;
/**
 * Words starting with a lower-case letter that a sentence needs to be marked: names, titles and
 * lists of names ("Ernst Schmid Jürg Marmet Hans Rudolf von Gunten") are not sentences in a language.
 */
const MISMATCH_MIN_WORDS = 5;
/**
 * The estimate lets a sentence through when the other language is closer than its own by this much
 * or less (distance per character, see `TrigramScorer.estimate`). Every gold sentence that the exact
 * test marks has the other language closer by 0.0135 or more; 0 lets 0.6 % of own sentences through.
 */
const ESTIMATE_MARGIN = 0;
/**
 * Characters the estimate reads: on the gold sentences, a 192-character prefix lets through every
 * sentence the whole text would (128 loses 1 in 71 000, 64 loses 71), and long sentences cost no more.
 */
const ESTIMATE_LENGTH = 192;

const LOWER_CASE_WORD_START = /(?<![\p{L}\p{M}'’-])\p{Ll}/gu;

/** A sentence without a previous mark. */
function withoutLang(sentence: Sentence): Sentence {
  if (sentence.lang === undefined) return sentence;
  const { lang: _ignored, ...rest } = sentence;
  return rest;
}

/** A test telling whether a sentence could be in `foreign` rather than `own`, cheaper than deciding it. */
function suspicionTest(own: Lang, foreign: Lang): (text: string) => boolean {
  const prefix = (text: string): string => (text.length > ESTIMATE_LENGTH ? text.slice(0, ESTIMATE_LENGTH) : text);
  const pair = scorerFor([own, foreign])!;
  const mine = pair.languages.map((iso3) => canonicalLang(iso3) === own);
  if (pair.script !== undefined) {
    return (text) => {
      const estimate = pair.estimate(prefix(text));
      // No estimate: the text holds characters of another script, or is short; let franc judge.
      if (estimate === undefined) return true;
      let closestOwn = Infinity;
      let closestForeign = Infinity;
      for (let i = 0; i < estimate.length; i++) {
        if (mine[i]) closestOwn = Math.min(closestOwn, estimate[i]!);
        else closestForeign = Math.min(closestForeign, estimate[i]!);
      }
      return closestForeign - closestOwn <= ESTIMATE_MARGIN;
    };
  }
  // The languages do not share a script's trigram models: a sentence purely in the document's
  // script cannot be in the other language.
  const pure = toFrancCodes(own).map(scriptOnly);
  return (text) => !pure.some((test) => test?.test(prefix(text)));
}

/**
 * Mark the sentences of a document that are confidently in the other side's language.
 *
 * A sentence is marked when, between the document's language and `other`, franc says `other` with
 * confidence 0.995 and the sentence has at least five words in lower case, so short lines and
 * names are never marked. A few µs per sentence, some 25 times less than franc (see
 * `bench/detect.mjs`). Sentences in a third language are not looked for.
 *
 * @param document a document whose `lang` is its language
 * @param other the language of the other side
 * @returns a copy whose mismatched sentences carry `lang: other` (canonical ISO 639-1); other
 *   sentences carry no `lang`
 */
export function markMismatches(document: Document, other: Lang): Document {
  const own = canonicalLang(document.lang);
  const foreign = canonicalLang(other);
  if (own === foreign || !isDetectable(own) || !isDetectable(foreign)) {
    return { ...document, sentences: document.sentences.map(withoutLang) };
  }
  const suspicious = suspicionTest(own, foreign);
  const scorer = scorerFor([own, foreign])!;
  const sentences = document.sentences.map((sentence): Sentence => {
    const plain = withoutLang(sentence);
    const { text } = sentence;
    if (!suspicious(text) || (text.match(LOWER_CASE_WORD_START)?.length ?? 0) < MISMATCH_MIN_WORDS) return plain;
    const { ranked, length } = scorer.rank(text);
    const guess = guessFromRanking(ranked, length);
    return guess.lang === foreign && guess.confidence >= MISMATCH_MIN_CONFIDENCE ? { ...plain, lang: foreign } : plain;
  });
  return { ...document, sentences };
}
