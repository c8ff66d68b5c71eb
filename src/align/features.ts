/**
 * Language-independent lexical features of a sentence: the cues that survive translation between
 * languages sharing a script, with no dictionary (Simard et al. 1992's cognates, plus numbers,
 * names and punctuation). Each feature is a string key; a sentence gives a set of them.
 *   #<n>   a number, normalised: `1,000` `1 000` `1000` → #1000; `3,5` `3.5` → #3.5
 *   %      a percent sign or word (`70 %`, `70 per cent`, `70 pour cent`)
 *   p:abcd the first 4 letters of a word of ≥ 4 letters, lower-cased, accents stripped (cognates)
 *   n:word a name: a capitalised word (any length ≥ 2) where capitals are not just sentence-initial
 *   ? ! : ; " (   punctuation that translators keep; all quote marks are one feature
 * Input is NFC-normalised first; the output text is never touched.
 */

/** Letters compared for cognates (Simard et al.: 4). */
export const COGNATE_PREFIX = 4;

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
// Thousands groups need a consistent separator and exactly 3 digits; anything else is a decimal part.
const NUMBER = /\p{Nd}{1,3}(?:([,.\u00a0\u202f ])\p{Nd}{3})(?:\1\p{Nd}{3})*(?:[.,]\p{Nd}+)?(?!\p{Nd})|\p{Nd}+(?:[.,]\p{Nd}+)?/gu;
const PERCENT = /%|\b(?:per ?cent|percent|pour ?cent|por ?ciento|prozent|per ?cento|procent)\b/iu;
const PUNCT: Readonly<Record<string, string>> = {
  '?': '?',
  '¿': '?',
  '!': '!',
  '¡': '!',
  ':': ':',
  ';': ';',
  '"': '"',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '(': '(',
};
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

/** Lower-case, strip accents and expand ligatures: `Élève` → `eleve`, `cœur` → `coeur`. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œæßøđłı]/g, (c) => LIGATURES[c] ?? c);
}

/** The number a digit token stands for, as a canonical string (`1 000` → `1000`, `3,50` → `3.5`). */
export function normaliseNumber(token: string): string {
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

/** Words of one side seen capitalised away from the start of a sentence: names, not sentence starts. */
export function nameCandidates(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    let first = true;
    for (const m of text.normalize('NFC').matchAll(WORD)) {
      const w = m[0];
      if (!first && w.length >= 2 && isCapitalised(w)) names.add(fold(w));
      first = false;
    }
  }
  return names;
}

function isCapitalised(w: string): boolean {
  const c = w[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * The feature set of one sentence. `names` are this side's name candidates (from nameCandidates):
 * a sentence-initial capitalised word counts as a name only if it is one.
 */
export function sentenceFeatures(text: string, names: ReadonlySet<string>): string[] {
  const t = text.normalize('NFC');
  const out = new Set<string>();
  for (const m of t.matchAll(NUMBER)) out.add(`#${normaliseNumber(m[0])}`);
  if (PERCENT.test(t)) out.add('%');
  let first = true;
  for (const m of t.matchAll(WORD)) {
    const w = m[0];
    const f = fold(w);
    if (f.length >= COGNATE_PREFIX) out.add(`p:${f.slice(0, COGNATE_PREFIX)}`);
    if (w.length >= 2 && isCapitalised(w) && (!first || names.has(f))) out.add(`n:${f}`);
    first = false;
  }
  for (const ch of t) {
    const p = PUNCT[ch];
    if (p) out.add(p);
  }
  return [...out];
}

/**
 * A line with no final punctuation, ending in a letter, digit or bracket: a title, a date, a
 * byline, a caption. Such lines go unmatched far more often than sentences (see params.ts).
 * Lines ending in a comma, colon or dash are cut sentences (verse, dialogue), not headings.
 */
export function isHeadingLike(text: string): boolean {
  const t = text.normalize('NFC').replace(/[\s"'»”’)\]]+$/u, '');
  return /[\p{L}\p{N}]$/u.test(t);
}
