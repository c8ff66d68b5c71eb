/**
 * Lengths as evidence for a layout: a layout that pairs two stretches of text (a section and the
 * next, two alternating lines, the two cells of a row) claims that one translates the other, and
 * a translation's length follows its original's (Gale & Church 1993). The gain of a pairing is the
 * log-likelihood ratio of the two lengths under "translations" against "unrelated neighbours".
 */

/** Gale-Church variance of a translation's length per character of the original. */
const VARIANCE_PER_CHARACTER = 6.8;
/** Spread of a document's own length ratio around the one used (log scale): translators differ. */
const RATIO_SPREAD = 0.1;
/** Spread of the log-length of a neighbouring, unrelated stretch of text around that of the first. */
const UNRELATED_SPREAD = 1;
/** Worst a single pairing may cost: one absurd pair is evidence against a layout, not proof. */
const MIN_GAIN = -8;

/**
 * Log-likelihood ratio of two lengths being a text and its translation rather than neighbours.
 *
 * @param a characters of the source-language stretch
 * @param b characters of the target-language stretch
 * @param ratio the expected b/a of a translation (the file's own)
 * @returns positive when the lengths look like a translation pair (up to about 2 for long texts), negative when not
 */
export function pairingGain(a: number, b: number, ratio: number): number {
  if (a <= 0 || b <= 0) return MIN_GAIN;
  const d = Math.log(b / (ratio * a));
  const paired = Math.sqrt(RATIO_SPREAD ** 2 + VARIANCE_PER_CHARACTER / Math.min(a, b / ratio));
  const gain = Math.log(UNRELATED_SPREAD / paired) - (d * d) / (2 * paired * paired) + (d * d) / (2 * UNRELATED_SPREAD ** 2);
  return Math.max(MIN_GAIN, gain);
}

/** Bounds on the length ratio a file may show between its two languages. */
const MIN_RATIO = 0.5;
const MAX_RATIO = 2;

/**
 * A file's length ratio, target over source, kept within bounds.
 *
 * @param source characters on the source side
 * @param target characters on the target side
 */
export function lengthRatio(source: number, target: number): number {
  if (source <= 0 || target <= 0) return 1;
  return Math.min(MAX_RATIO, Math.max(MIN_RATIO, target / source));
}
