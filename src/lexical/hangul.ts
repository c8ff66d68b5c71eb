/**
 * Hangul in Latin letters, for the consonant-skeleton cue (skeleton.ts): the Revised
 * Romanisation of Korean, letter by letter, without its sound changes between syllables (베드로
 * bedeuro, 바울 baul, 예루살렘 yerusalrem, 갈릴리 galrilri): Korean writes foreign names in
 * Hangul, and the consonants of that form follow the name's. A syllable block is decomposed
 * arithmetically (Unicode 15, §3.12). Pure.
 */

/** Hangul syllables: U+AC00 + (initial × 21 + medial) × 28 + final. */
const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const MEDIALS = 21;
const FINALS = 28;

/** The 19 initial consonants (ㅇ is silent before the vowel). */
const INITIALS: readonly string[] = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
/** The 21 vowels. */
const VOWELS: readonly string[] = [
  'a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i',
];
/** The 28 finals ('' for none), as the Revised Romanisation writes them at the end of a syllable. */
const FINAL_CONSONANTS: readonly string[] = [
  '', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't',
];

/** Whether a UTF-16 unit is a Hangul syllable. */
export function isHangulSyllable(code: number): boolean {
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/** A Hangul word in Latin letters (syllables only; other characters are left out): `베드로` → bedeuro. */
export function hangulToLatin(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!isHangulSyllable(code)) continue;
    const s = code - SYLLABLE_FIRST;
    out += INITIALS[Math.floor(s / (MEDIALS * FINALS))]! + VOWELS[Math.floor(s / FINALS) % MEDIALS]! + FINAL_CONSONANTS[s % FINALS]!;
  }
  return out;
}
