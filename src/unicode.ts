/** Unicode helpers every stage shares. Pure. */

/** Characters below U+0300 (the first combining mark) are all NFC_Quick_Check=Yes: a string of them is NFC already. */
const FIRST_COMBINING_MARK = 0x300;

/**
 * The NFC form of a text, without copying the (usual) text that is NFC already. Data files and
 * scoring read NFC, so that a word typed in NFD ("de\u0301c.") is the same word as "déc.".
 */
export function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= FIRST_COMBINING_MARK) return text.normalize('NFC');
  return text;
}

/** A UTF-16 unit that is half of no surrogate pair: under the u flag a well-formed pair is one code point, so only a lone half is of the category Cs. */
export const LONE_SURROGATE = /\p{Cs}/u;
