/**
 * The Gale-Church length model (Gale & Church 1993): the character length of a translation is
 * about c times the length of its source, with a variance proportional to the length.
 * δ = (lt − c·ls) / √(s²·l), with l = (c·ls + lt)/2 (the mean of both sides, as in the C reference
 * implementation and NLTK: with ls alone in the denominator, 0-1 beads would be impossible);
 * cost = −log P(|Δ| ≥ |δ|) = −log 2(1 − Φ(|δ|)).
 */

/** Per document pair: expected target characters per source character, and variance per character. */
export interface LengthModel {
  readonly c: number;
  readonly s2: number;
}

/** Summed length of units [a, b). */
export function spanLength(len: ArrayLike<number>, a: number, b: number): number {
  let sum = 0;
  for (let k = a; k < b; k++) sum += len[k]!;
  return sum;
}

/** Summed lengths of the groups of units between consecutive bounds. */
export function groupLengths(len: ArrayLike<number>, bounds: ArrayLike<number>): Float64Array {
  const out = new Float64Array(bounds.length - 1);
  for (let g = 0; g < out.length; g++) out[g] = spanLength(len, bounds[g]!, bounds[g + 1]!);
  return out;
}

/** Gale & Church's variance per character (their UBS German/French/English data). */
export const GALE_CHURCH_S2 = 6.8;

/**
 * log erfc(x) for x ≥ 0, finite for every x (Numerical Recipes' erfcc, fractional error < 1.2e-7,
 * evaluated in log space: the exp(−x²) factor never underflows, unlike NLTK's norm_logsf, which
 * gives −inf past |δ| ≈ 8.3 and then treats impossible cells as free).
 */
export function logErfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const v = Math.log(t) + poly;
  return x >= 0 ? v : Math.log(2 - Math.exp(v));
}

/** −log erfc(z) on [0, TAIL_MAX] in steps of 1/TAIL_STEPS, linearly interpolated (error < 2e-5). */
export const TAIL_STEPS = 128;
export const TAIL_MAX = 8;
export const TAIL = Float64Array.from({ length: TAIL_MAX * TAIL_STEPS + 2 }, (_, k) => Math.max(0, -logErfc(k / TAIL_STEPS)));

/** −log of the two-tailed normal probability at δ = z·√2, i.e. −log erfc(z), for z ≥ 0. */
export function tailCost(z: number): number {
  if (z >= TAIL_MAX) return -logErfc(z);
  const f = z * TAIL_STEPS;
  const k = f | 0;
  const t = TAIL[k]!;
  return t + (TAIL[k + 1]! - t) * (f - k);
}

/**
 * Gale-Church length cost of ls source characters against lt target characters:
 * δ = (lt − c·ls)/√(s²·(c·ls + lt)/2), cost = −log erfc(|δ|/√2), read from the table. The DP
 * kernel (dp.ts) inlines exactly this arithmetic in its hottest loop, and is tested against it.
 */
export function lengthCost(ls: number, lt: number, model: LengthModel): number {
  const l = model.c * ls + lt;
  if (l <= 0) return 0;
  const d = lt - model.c * ls;
  return tailCost((d < 0 ? -d : d) / Math.sqrt(model.s2 * l));
}

/** Median of a numeric array (sorted copy); NaN when empty. */
function median(values: ArrayLike<number>): number {
  if (!values.length) return NaN;
  const s = Float64Array.from(values).sort();
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** Median of χ² with one degree of freedom: turns a median squared z-score into a variance. */
const CHI2_1_MEDIAN = 0.454936;

/**
 * Estimate c and s² from matched length pairs (the 1-1 beads of a first pass): c is the ratio of
 * the summed lengths (from `minRatioPairs` pairs on), s² a robust variance of the per-character
 * residual (median based, so a few wrong pairs do not inflate it; from `minVariancePairs` on).
 * Pairs shorter than `minVarianceChars` (mean of c·ls and lt) are left out of s²: labels such
 * as "Article 5" / "Artikel 5" match by formula, not as translations do, and where they are a
 * large share of a document's pairs the median takes their near-zero residuals for its variance.
 * Below those counts the fallback's values are kept.
 */
export function estimateLengthModel(
  pairs: ReadonlyArray<readonly [ls: number, lt: number]>,
  fallback: LengthModel,
  minRatioPairs: number,
  minVariancePairs: number,
  minVarianceChars = 0,
): LengthModel {
  const usable = pairs.filter(([a, b]) => a > 0 && b > 0);
  if (usable.length < minRatioPairs) return fallback;
  let sa = 0;
  let sb = 0;
  for (const [a, b] of usable) {
    sa += a;
    sb += b;
  }
  const c = sb / sa;
  if (usable.length < minVariancePairs) return { c, s2: fallback.s2 };
  const z2: number[] = [];
  for (const [a, b] of usable) {
    const l = (c * a + b) / 2;
    if (l >= minVarianceChars) z2.push((b - c * a) ** 2 / l);
  }
  if (z2.length < minVariancePairs) return { c, s2: fallback.s2 };
  const s2 = median(z2) / CHI2_1_MEDIAN;
  return { c, s2: Number.isFinite(s2) && s2 > 0 ? s2 : fallback.s2 };
}
