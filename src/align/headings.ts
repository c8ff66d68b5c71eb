/** Heading-like lines: the cue behind the engine's deletion bonus and glue cost (problem.ts unitCues). */

/**
 * A line with no final punctuation, ending in a letter or digit (after closing quotes and
 * brackets): a title, a date, a byline, a caption. Such lines go unmatched far more often than
 * sentences (see params.ts). Lines ending in a comma, colon or dash are cut sentences (verse,
 * dialogue), not headings.
 */
export function isHeadingLike(text: string): boolean {
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text[k]!;
    if (/[\s"'»”’)\]]/u.test(c)) continue;
    if (k > 0 && /[\uDC00-\uDFFF]/.test(c)) return /[\p{L}\p{N}]/u.test(text.slice(k - 1, k + 1));
    return /[\p{L}\p{N}\p{M}]/u.test(c);
  }
  return false;
}
