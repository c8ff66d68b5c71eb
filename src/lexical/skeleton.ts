/**
 * The consonant skeleton of a name, for matching names across scripts whose romanised forms do
 * not share first letters with the English name (パウロ pauro / Paul, 베드로 bedeuro / Peter,
 * エルサレム erusaremu / Jerusalem): each consonant becomes its class, a Soundex-like alphabet
 * that merges what katakana and Hangul cannot tell apart (r and l, b and v, p and f), vowels and
 * the glides h, w, y and j are left out, and a class written twice in a row counts once
 * (ll, tt, the doubled consonant of ッ). Galilee, ガリラヤ garira, 갈릴리 galrilri → KRR; Peter, ペテロ,
 * 베드로 → PTR; Jerusalem, エルサレム, 예루살렘 → RSRM. Pure.
 */

/** Two letters read as one consonant: English th, ph, ch, sh; Hepburn ts (ツ, which renders th and t: ベツレヘム Bethlehem); Korean final ng. */
const DIGRAPHS: Readonly<Record<string, string>> = { th: 'T', ph: 'P', ch: 'K', sh: 'S', ts: 'T', ng: 'N', ck: 'K' };

/**
 * Consonant classes. j is left out with the glides: biblical names take it from a y (Jerusalem
 * エルサレム, Judas 유다, Benjamin 베냐민); classing it with s instead found as many names in the
 * same New Testament verse, within 1 % (bench/NOTES-engine.md, seventh round).
 */
const CLASSES: Readonly<Record<string, string>> = {
  p: 'P', b: 'P', f: 'P', v: 'P',
  t: 'T', d: 'T',
  k: 'K', g: 'K', c: 'K', q: 'K', x: 'K',
  s: 'S', z: 'S',
  r: 'R', l: 'R',
  m: 'M',
  n: 'N',
};

/** The consonant classes of a word in lower-case ASCII letters: `galilee` → KRR, `bedeuro` → PTR, `jerusalem` → RSRM. */
export function consonantSkeleton(latin: string): string {
  let out = '';
  let previous = '';
  for (let i = 0; i < latin.length; i++) {
    let cls = DIGRAPHS[latin.slice(i, i + 2)];
    if (cls !== undefined) i++;
    else cls = CLASSES[latin[i]!] ?? '';
    // A class written twice in a row is one consonant (ll, ッ's doubling); a vowel between two keeps both.
    if (cls !== '' && cls !== previous) out += cls;
    previous = cls;
  }
  return out;
}

/**
 * Classes a skeleton key holds: the first 3. Shorter skeletons give no key (two classes, PR, TT,
 * match too many Korean words); a name's first 3 classes survive what a translation adds at its
 * end (ナザレ nazare / Nazareth NSR) and the particles a Korean word carries (베드로가 → PTR).
 * New Testament end to end, English-Japanese / English-Korean: 2 classes .884 / .852, 3 .881 /
 * .865, 4 .872 / .857, the whole skeleton .876 / .852 (bench/NOTES-engine.md, seventh round).
 */
export const SKELETON_KEY_CLASSES = 3;

/** The key a word's skeleton gives (its first SKELETON_KEY_CLASSES classes), undefined when it has fewer. */
export function skeletonKey(latin: string): string | undefined {
  const skeleton = consonantSkeleton(latin);
  return skeleton.length >= SKELETON_KEY_CLASSES ? skeleton.slice(0, SKELETON_KEY_CLASSES) : undefined;
}
