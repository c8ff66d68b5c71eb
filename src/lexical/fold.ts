/** The forms under which words and numbers of two languages are compared. Pure. */

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

/** Lower-case, strip accents and expand ligatures: `Élève` → `eleve`, `cœur` → `coeur`. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
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
