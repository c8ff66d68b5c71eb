/**
 * Katakana in Latin letters (modified Hepburn, plain ASCII), for the consonant-skeleton cue
 * (skeleton.ts): Japanese writes foreign names and loanwords in katakana (パウロ pauro, ガリラヤ
 * garira, エルサレム erusaremu), and the consonants of that form follow the name's. Small kana
 * change the vowel or the glide of the letter before them (ファ fa, ティ ti, シャ sha), ッ doubles
 * the next consonant, ー lengthens the vowel before it. Pure.
 */

/** The 86 full-size katakana of U+30A1-U+30FA, in code point order: '' for the small ones (handled apart). */
const KATAKANA_ROMAJI: readonly string[] = [
  '', 'a', '', 'i', '', 'u', '', 'e', '', 'o', // ァアィイゥウェエォオ
  'ka', 'ga', 'ki', 'gi', 'ku', 'gu', 'ke', 'ge', 'ko', 'go',
  'sa', 'za', 'shi', 'ji', 'su', 'zu', 'se', 'ze', 'so', 'zo',
  'ta', 'da', 'chi', 'ji', '', 'tsu', 'zu', 'te', 'de', 'to', 'do', // ッ (U+30C3) apart
  'na', 'ni', 'nu', 'ne', 'no',
  'ha', 'ba', 'pa', 'hi', 'bi', 'pi', 'fu', 'bu', 'pu', 'he', 'be', 'pe', 'ho', 'bo', 'po',
  'ma', 'mi', 'mu', 'me', 'mo',
  '', 'ya', '', 'yu', '', 'yo', // ャヤュユョヨ
  'ra', 'ri', 'ru', 're', 'ro',
  '', 'wa', 'wi', 'we', 'o', 'n', 'vu', '', '', 'va', 'vi', 've', 'vo', // ヮワヰヱヲンヴヵヶヷヸヹヺ
];
const FIRST = 0x30a1;
const LAST = 0x30fa;
/** ッ: the next consonant is doubled. */
const SOKUON = 0x30c3;
/** ー: the vowel before it is long. */
const LONG_VOWEL = 0x30fc;
/** Small vowels: they replace the vowel of the letter before (ファ fa, ティ ti, ウィ wi). */
const SMALL_VOWELS: Readonly<Record<string, string>> = { ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o' };
/** Small ya, yu, yo: a glide after an i-letter (キャ kya), absorbed by sh, ch and j (シャ sha, ジョ jo). */
const SMALL_GLIDES: Readonly<Record<string, string>> = { ャ: 'a', ュ: 'u', ョ: 'o' };

/** Whether a UTF-16 unit is a katakana letter or one of the marks a katakana word holds (ッ, ー). */
export function isKatakana(code: number): boolean {
  return (code >= FIRST && code <= LAST) || code === LONG_VOWEL;
}

/** A run of katakana in Latin letters: `ガリラヤ` → garira, `ペテロ` → petero, `ローマ` → rooma, `ヤコブ` → yakobu. */
export function katakanaToLatin(run: string): string {
  let out = '';
  let double = false;
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    const c = run[i]!;
    if (code === SOKUON) {
      double = true;
      continue;
    }
    if (code === LONG_VOWEL) {
      out += out.slice(-1).replace(/[^aeiou]/u, '');
      continue;
    }
    const vowel = SMALL_VOWELS[c];
    const glide = SMALL_GLIDES[c];
    if (vowel !== undefined || glide !== undefined) {
      // After a consonant and its vowel: the small letter takes the vowel's place (ティ ti, シャ sha, キャ kya); alone, it is a vowel.
      const stem = out.slice(0, -1);
      const afterConsonant = /[^aeiou][aeiou]$/u.test(out);
      if (!afterConsonant) out += vowel ?? glide!;
      else if (vowel !== undefined || /(sh|ch|j)$/u.test(stem)) out = stem + (vowel ?? glide!);
      else out = `${stem}y${glide!}`;
      continue;
    }
    const romaji = code >= FIRST && code <= LAST ? KATAKANA_ROMAJI[code - FIRST]! : '';
    if (double && romaji.length > 0 && !'aeiou'.includes(romaji[0]!)) out += romaji[0];
    double = false;
    out += romaji;
  }
  return out;
}
