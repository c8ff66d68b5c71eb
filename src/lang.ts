/** Language codes as every stage compares them. Pure. */
import { type Lang, UNDETERMINED } from './types.js';

/**
 * The primary language subtag of a code, lower-cased: `'EN'`, `'en-US'`, `'en_GB'` → `'en'`,
 * `' fra '` → `'fra'`; `''` for an empty code. The one normaliser: detection, segmentation rules
 * and outputs all key languages by it.
 */
export function primaryLang(lang: Lang): string {
  return lang.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
}

/** `primaryLang`, with `und` and `''` (no language) as undefined. */
export function knownLang(lang: Lang | undefined): string | undefined {
  if (lang === undefined) return undefined;
  const code = primaryLang(lang);
  return code && code !== UNDETERMINED ? code : undefined;
}

/** A language code as users write it (`en`, `FR`, `fra`), lower-cased; undefined when it is not one. */
export function parseLangCode(value: string): string | undefined {
  const code = value.trim().toLowerCase();
  return /^[a-z]{2,3}$/u.test(code) ? code : undefined;
}
