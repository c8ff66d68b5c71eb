/**
 * Greek, Cyrillic and Devanagari words in Latin letters, for the cognate cue (features.ts): names that a
 * translation borrows are written in its own script (Γαλιλαία, गलील), and the first letters of
 * their Latin form are those of the name in a Latin-script text (Galilee). The rules are the
 * scripts' usual romanisations, kept to plain ASCII letters and chosen for names, not for
 * pronunciation: Greek as Latin took Greek names (χ ch, φ ph, θ th, κ c, αι ae, ου u, ι before a
 * vowel at the start of a word j: Ιησούς → jesus, Ιερουσαλήμ → jerusalem, Καισάρεια →
 * caesareia), Devanagari as Hunterian (an inherent a after every consonant that has no vowel sign,
 * no virama and does not end the word: गलील → galil, इस्राएल → israel). Pure.
 */

/** Greek letters (lower case, no accents) → Latin. */
const GREEK: Readonly<Record<string, string>> = {
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'e', θ: 'th', ι: 'i', κ: 'c', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'ph', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Greek letter pairs read as one Latin sound (the Latin spelling of Greek names). */
const GREEK_PAIRS: Readonly<Record<string, string>> = { αι: 'ae', οι: 'oe', ου: 'u', αυ: 'au', ευ: 'eu', γγ: 'ng', γκ: 'nc', μπ: 'mp' };

const GREEK_VOWELS = 'αεηιουω';

/** A Greek word (folded: lower case, no accents) in Latin letters. */
function greekToLatin(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const pair = GREEK_PAIRS[word.slice(i, i + 2)];
    if (pair !== undefined) {
      out += pair;
      i++;
    } else if (c === 'ι' && i === 0 && GREEK_VOWELS.includes(word[1] ?? '')) out += 'j';
    else out += GREEK[c] ?? c;
  }
  return out;
}

/** Devanagari consonants (nukta forms after NFD: the nukta follows the letter). */
const DEVANAGARI_CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n', ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n',
  त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n', प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ल: 'l', व: 'v', श: 'sh',
  ष: 'sh', स: 's', ह: 'h', ळ: 'l',
};

/** A consonant followed by a nukta: the sounds Persian and English loans bring (क़ q, ज़ z, फ़ f). */
const DEVANAGARI_NUKTA: Readonly<Record<string, string>> = { क: 'q', ख: 'kh', ग: 'g', ज: 'z', ड: 'r', ढ: 'rh', फ: 'f', य: 'y' };

/** Vowel signs (matras), every one of U+093E–U+094C and the vocalic l signs; each takes the place of the inherent a. */
const DEVANAGARI_VOWEL_SIGNS: Readonly<Record<string, string>> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'ॄ': 'ri', 'ॅ': 'e', 'ॆ': 'e', 'े': 'e', 'ै': 'ai', 'ॉ': 'o',
  'ॊ': 'o', 'ो': 'o', 'ौ': 'au', 'ॢ': 'li', 'ॣ': 'li',
};

/** Independent vowels and the vowel signs; anusvara and candrabindu are a nasal n, visarga h. */
const DEVANAGARI_VOWELS: Readonly<Record<string, string>> = {
  अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऑ: 'o', ऍ: 'e',
  ...DEVANAGARI_VOWEL_SIGNS,
  'ं': 'n', 'ँ': 'n', 'ः': 'h',
};

const NUKTA = '\u093c';
const VIRAMA = '\u094d';

/** A Devanagari word in Latin letters. */
function devanagariToLatin(word: string): string {
  const w = word.normalize('NFD').replace(/[\u200c\u200d]/gu, '');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const consonant = DEVANAGARI_CONSONANTS[c];
    if (consonant === undefined) {
      out += DEVANAGARI_VOWELS[c] ?? '';
      continue;
    }
    let j = i + 1;
    if (w[j] === NUKTA) {
      out += DEVANAGARI_NUKTA[c] ?? consonant;
      j++;
    } else out += consonant;
    const next = w[j];
    // The inherent vowel: not before a vowel sign or a virama, nor at the end of the word.
    if (next === VIRAMA) j++;
    else if (next !== undefined && DEVANAGARI_VOWEL_SIGNS[next] === undefined) out += 'a';
    i = j - 1;
  }
  return out;
}

/**
 * Cyrillic letters (lower case, as fold() leaves them: й, ё, ї, ў are и, е, і, у) → Latin, by the
 * BGN/PCGN romanisation of Russian, the one English and German texts spell Russian names with
 * (Павел → pavel, Тимофей → timofei, Хрущёв → khrushchev), and the letters of Ukrainian, Serbian
 * and Macedonian by theirs (є ye, і i, ђ dj, ј j, љ lj, њ nj, ћ c, џ dzh).
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', і: 'i', є: 'ye', ґ: 'g', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dzh', ѕ: 'dz',
};

/** A Cyrillic word (folded) in Latin letters. */
function cyrillicToLatin(word: string): string {
  let out = '';
  for (const c of word) out += CYRILLIC[c] ?? c;
  return out;
}

/**
 * The Latin form of a word written in Greek, Cyrillic or Devanagari (`folded`: the word lower-cased,
 * accents stripped, as fold() gives it; `word`: as written, since Devanagari's vowel signs are
 * marks fold() strips), or undefined for a word of another script.
 */
export function latinForm(word: string, folded: string): string | undefined {
  const c = folded.charCodeAt(0);
  if (c >= 0x0370 && c <= 0x03ff) return greekToLatin(folded);
  if (c >= 0x0400 && c <= 0x04ff) return cyrillicToLatin(folded);
  if (c >= 0x0900 && c <= 0x097f) return devanagariToLatin(word);
  return undefined;
}
