/**
 * detect: which language is a text, a paragraph, each half of a bilingual file, each input of a
 * pair; which sentences are left untranslated. Pure functions over franc (ISO 639-3 inside,
 * ISO 639-1 outside).
 */
export { detectLanguage, confidenceOf, type LanguageGuess } from './language.js';
export { detectParagraphs, discoverLanguages, inheritUndetermined, type FoundLanguage } from './paragraph-languages.js';
export { splitBilingual, type BilingualSplit, type BilingualOptions } from './bilingual.js';
export { resolvePair, DEFAULT_FROM, DEFAULT_TO, type NamedText, type PairOptions, type ResolvedPair } from './pair.js';
export { markMismatches } from './mismatch.js';
export { markPlacedAgainst } from './layout-marks.js';
export { detectDocument, sampleWindows, windowMargin } from './sample.js';
export { canonicalLang, fromFrancCode, isDetectable, languageName, toFrancCodes } from './iso.js';
export { FRANC_LANGUAGES, MACROLANGUAGES } from './iso-639.js';
