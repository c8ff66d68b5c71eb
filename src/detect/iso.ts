/**
 * Conversions between the codes users give (ISO 639-1, `en`) and the codes franc uses
 * (ISO 639-3, `eng`), over the table in `iso-639.ts`.
 */
import { primaryLang } from '../lang.js';
import { type Lang, UNDETERMINED } from '../types.js';
import { FRANC_LANGUAGES, MACROLANGUAGES } from './iso-639.js';

/** 639-1 codes whose languages franc knows under several 639-3 codes with no 639-1 code of their own. */
const ISO1_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // Norwegian (macrolanguage) = Bokmål + Nynorsk, which franc tells apart.
  no: ['nob', 'nno'],
};

const ISO3_TO_LANG = new Map<string, Lang>();
const LANG_TO_ISO3 = new Map<string, string[]>();
const NAMES = new Map<string, string>();
for (const [iso3, iso1, name] of FRANC_LANGUAGES) {
  const lang = iso1 ?? iso3;
  ISO3_TO_LANG.set(iso3, lang);
  NAMES.set(iso3, name);
  if (!NAMES.has(lang)) NAMES.set(lang, name);
  const codes = LANG_TO_ISO3.get(lang) ?? [];
  codes.push(iso3);
  LANG_TO_ISO3.set(lang, codes);
  // A 639-3 code is accepted as a language too (`--from eng`).
  if (iso1) LANG_TO_ISO3.set(iso3, [iso3]);
}
for (const [alias, codes] of Object.entries(ISO1_ALIASES)) LANG_TO_ISO3.set(alias, [...codes]);
/** A macrolanguage's 639-3 code → its 639-1 code (`ara` → `ar`). */
const MACRO_TO_LANG = new Map<string, Lang>(MACROLANGUAGES);
for (const [macro, iso1] of MACROLANGUAGES) {
  const codes = LANG_TO_ISO3.get(iso1);
  if (codes) LANG_TO_ISO3.set(macro, codes);
}


/**
 * The franc (ISO 639-3) codes of a language.
 *
 * @param lang an ISO 639-1 code (`fr`), or a 639-3 code franc knows (`fra`, `sco`); case and region subtags are ignored
 * @returns franc's codes for it (several for `fa`: `pes`, `prs`), or `[]` when franc does not know the language
 */
export function toFrancCodes(lang: Lang): readonly string[] {
  return LANG_TO_ISO3.get(primaryLang(lang)) ?? [];
}

/**
 * The language bitext reports for a franc code.
 *
 * @param iso3 a franc code (`fra`), or `'und'`
 * @returns its ISO 639-1 code (`fr`); the 639-3 code itself when it has none (`sco`); `'und'` for `'und'`
 */
export function fromFrancCode(iso3: string): Lang {
  return ISO3_TO_LANG.get(iso3) ?? (iso3 === UNDETERMINED ? UNDETERMINED : iso3);
}

/**
 * The canonical form of a language code, as bitext reports it.
 *
 * @param lang a 639-1 or 639-3 code, any case, with or without a region (`EN-us`, `fra`)
 * @returns the 639-1 code when there is one (`en`, `fr`), else the normalised code
 */
export function canonicalLang(lang: Lang): Lang {
  const primary = primaryLang(lang);
  const code = MACRO_TO_LANG.get(primary) ?? primary;
  const iso3 = LANG_TO_ISO3.get(code);
  return iso3?.length === 1 ? fromFrancCode(iso3[0]!) : code;
}

/**
 * Whether franc can recognise a language.
 *
 * @param lang a 639-1 or 639-3 code
 * @returns true when detection can check or find this language
 */
export function isDetectable(lang: Lang): boolean {
  return toFrancCodes(lang).length > 0;
}

/**
 * English name of a language, for messages.
 *
 * @param lang a 639-1 or 639-3 code
 * @returns e.g. `'French'`; the code itself when the language is unknown
 */
export function languageName(lang: Lang): string {
  const code = primaryLang(lang);
  return NAMES.get(code) ?? NAMES.get(toFrancCodes(code)[0] ?? '') ?? lang;
}
