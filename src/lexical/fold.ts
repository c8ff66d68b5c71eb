/** The forms under which words and numbers of two languages are compared. Pure. */

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

/**
 * Marks folding strips, those a writer may leave off or place either way: the combining
 * diacritics (accents of Latin, Greek and Cyrillic letters, in their NFD form), Hebrew points,
 * Arabic harakat and the Devanagari nukta, and the zero-width joiners. Not the vowel signs,
 * viramas and coengs of Indic and Southeast Asian scripts: they spell the word (`की`, `को`, `के`
 * are three words, not `क`).
 */
const FOLDED_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05c7\u064b-\u065f\u0670\u093c\u200c\u200d]/gu;

/** Lower-case, strip accents and expand ligatures: `Élève` → `eleve`, `cœur` → `coeur`. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(FOLDED_MARKS, '')
    .replace(/[œæßøđłı]/g, (c) => LIGATURES[c] ?? c);
}

/**
 * A word as a lexicon and a dictionary compare it: folded, cut to its first `prefix` letters (0:
 * the whole word), so that the inflected forms of a word mostly share one key (`marchait`,
 * `marchons` → `march` at 5).
 */
export function wordKey(word: string, prefix: number): string {
  const folded = fold(word);
  return prefix > 0 && folded.length > prefix ? folded.slice(0, prefix) : folded;
}

let digitValues: Int8Array | undefined;

/**
 * The value of each BMP decimal digit (`٣`, `३`, `๓`, `３` → 3), -1 for other units. Unicode
 * lays every decimal digit set out as ten consecutive code points from zero.
 */
function digitValueTable(): Int8Array {
  if (digitValues) return digitValues;
  digitValues = new Int8Array(0x10000).fill(-1);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (/\p{Nd}/u.test(String.fromCharCode(c))) digitValues[c] = c > 0 && digitValues[c - 1]! >= 0 ? (digitValues[c - 1]! + 1) % 10 : 0;
  }
  return digitValues;
}

/** A number written in any script's digits, in ASCII digits: `٢٠٢٠` → `2020`, `१२` → `12`, `３` → `3`. */
export function asciiDigits(token: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(token)) return token;
  const values = digitValueTable();
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const v = values[token.charCodeAt(i)]!;
    out += v >= 0 ? String.fromCharCode(0x30 + v) : token[i];
  }
  return out;
}

/**
 * The number a digit token stands for, as a canonical string (`1 000` → `1000`, `3,50` → `3.5`,
 * Arabic-Indic `١٢` → `12`), so that numbers match across scripts.
 */
export function normaliseNumber(written: string): string {
  const token = asciiDigits(written);
  const grouped = /^\p{Nd}{1,3}(?:([,.\u00a0\u202f ])\p{Nd}{3})(?:\1\p{Nd}{3})*(?:[.,](\p{Nd}+))?$/u.exec(token);
  let intPart: string;
  let frac = '';
  if (grouped) {
    const sep = grouped[1]!;
    const body = grouped[2] === undefined ? token : token.slice(0, token.length - grouped[2].length - 1);
    intPart = body.split(sep).join('');
    frac = grouped[2] ?? '';
  } else {
    const [a, b = ''] = token.split(/[.,]/);
    intPart = a!;
    frac = b;
  }
  intPart = intPart.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  return frac ? `${intPart}.${frac}` : intPart;
}
