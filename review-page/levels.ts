/**
 * Confidence levels: the five colour classes of rows, plot and histogram. The bounds follow the
 * calibration table of the README: below 0.5 a bead is more often wrong than right, above 0.99 it
 * is right about 98% of the time.
 */

/** Lower bounds of levels 1 to 4 (level 0 is everything below 0.5). */
export const LEVEL_BOUNDS = [0.5, 0.7, 0.9, 0.99] as const;

export const LEVEL_LABELS = ['below 0.50', '0.50 to 0.70', '0.70 to 0.90', '0.90 to 0.99', '0.99 and above'] as const;

/** The level of a score, 0 (least sure) to 4. */
export function level(score: number): number {
  let l = 0;
  for (const bound of LEVEL_BOUNDS) if (score >= bound) l++;
  return l;
}
