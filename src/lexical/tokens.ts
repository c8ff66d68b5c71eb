/**
 * The tokens lexical evidence is made of, found by one scanner that allocates nothing per token:
 * words (letters and the marks on them), numbers (digits, with thousands groups and a decimal
 * part: `1 000`, `3,5`, in any script's digits), and the punctuation marks translators keep
 * (`? ¿ ! ¡ : ; " « » “ ” „ ( %`, fullwidth `？ ！`, CJK quotes `「 」 『 』`, Arabic `؟`). Everything else
 * separates tokens. A word of Han characters or kana ends where Latin letters start, and the other
 * way round, so that a Latin name or acronym inside Chinese or Japanese text is a word of its own
 * ("联合国UNESCO" is 联合国 and UNESCO). Texts are expected in NFC.
 */
import { isHangulSyllable } from './hangul.js';

/** Character classes of the BMP. */
export const LETTER = 1;
export const MARK = 2;
export const DIGIT = 3;
export const KEPT = 4;
/** A letter of a script written without spaces between words (Han, kana). */
export const UNSPACED_LETTER = 5;

/** The punctuation kept as evidence: ASCII and Latin forms, fullwidth `？ ！`, CJK quotes `「 」 『 』`, Korean `《 》 〈 〉`, Arabic `؟`. */
export const KEPT_PUNCTUATION = '?¿!¡:;"«»“”„(%？！「」『』《》〈〉؟';

/**
 * Letters of Han and kana, by their Unicode script extensions rather than their script: the
 * prolonged sound mark ー (U+30FC, halfwidth ｰ U+FF70) is of the Common script, used by Hiragana
 * and Katakana only, and belongs inside the word it lengthens (ピーター, not ピ ー ター); so do the
 * other letters only Japanese and Chinese use (〆, the kana repeat marks 〱-〵, 〼, halfwidth ﾞ ﾟ).
 */
const UNSPACED_SCRIPTS = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;

let classes: Uint8Array | undefined;

/** Class of each UTF-16 code unit (0: a separator), built on first use. */
export function charClasses(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (/\p{L}/u.test(ch)) classes[c] = UNSPACED_SCRIPTS.test(ch) ? UNSPACED_LETTER : LETTER;
    // The zero-width non-joiner and joiner shape letters inside a word (Hindi `परमेश्\u200dवर`, Persian `می\u200cخواهم`).
    else if (/\p{M}/u.test(ch) || c === 0x200c || c === 0x200d) classes[c] = MARK;
    else if (/\p{Nd}/u.test(ch)) classes[c] = DIGIT;
    else if (KEPT_PUNCTUATION.includes(ch)) classes[c] = KEPT;
  }
  return classes;
}

/**
 * Letters of the scripts of Southeast Asia written without spaces between words (Thai U+0E00-0E7F,
 * Lao U+0E80-0EFF, Myanmar U+1000-109F, Khmer U+1780-17FF): a space there ends a clause, so the
 * scanner's word is a clause.
 */
const isSoutheastAsian = (c: number): boolean => (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff);

/** Whether the word starting with unit `c` is a run of a script without spaces between words: Han, kana, Thai, Lao, Myanmar, Khmer. */
const isUnspaced = (c: number): boolean => charClasses()[c] === UNSPACED_LETTER || isSoutheastAsian(c);

/**
 * Whether a lexicon reads the word starting at `start` otherwise than whole (forEachLexiconPiece):
 * a run of a script without spaces between words (a whole clause to the scanner), or a Korean
 * word, which carries its particles and endings (예수께서: 예수 "Jesus" and an honorific subject
 * marker).
 */
export function readInPieces(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return isUnspaced(c) || isHangulSyllable(c);
}

/**
 * The pieces a lexicon reads a word as: a run of a script without spaces between words as its
 * words by ICU's dictionaries (`dictionaryWords`); a Korean word, which carries its particles and
 * endings, as its first syllables, its stem more often than not (예수께서 → 예수; ICU cuts Korean at
 * spaces only); any other word is one piece. Calls `piece(start, end)`.
 */
export function forEachLexiconPiece(text: string, start: number, end: number, piece: (start: number, end: number) => void): void {
  const c = text.charCodeAt(start);
  if (isUnspaced(c)) {
    const bounds = dictionaryWords(text.slice(start, end));
    for (let k = 0; k < bounds.length; k += 2) piece(start + bounds[k]!, start + bounds[k + 1]!);
    return;
  }
  piece(start, isHangulSyllable(c) ? Math.min(end, start + KOREAN_STEM_SYLLABLES) : end);
}

/**
 * Syllables kept of a Korean word: two, the length of most Sino-Korean nouns and of many stems.
 * New Testament English-Korean end to end .806 with overlapping pairs of syllables, .813 with the
 * first two and the rest as a second piece, .819 with the first two alone (bench/NOTES-engine.md).
 */
const KOREAN_STEM_SYLLABLES = 2;

/** Runs whose words are remembered (a book's distinct clauses fit; the table is emptied when full). */
const DICTIONARY_CACHE_RUNS = 50_000;

let wordBreaker: Intl.Segmenter | undefined;
const dictionaryCache = new Map<string, Int32Array>();

/**
 * The words of a run of letters and marks as [start, end) offsets in pairs, by ICU's word
 * breaker (the dictionaries Node's ICU ships for Chinese and Japanese, Thai, Lao, Myanmar and
 * Khmer, chosen by script, so no locale is needed); the whole run when the breaker finds no word
 * in it. Deterministic: the same run always gives the same words, cached or not.
 */
export function dictionaryWords(run: string): Int32Array {
  let bounds = dictionaryCache.get(run);
  if (bounds) return bounds;
  wordBreaker ??= new Intl.Segmenter('und', { granularity: 'word' });
  const out: number[] = [];
  for (const s of wordBreaker.segment(run)) if (s.isWordLike) out.push(s.index, s.index + s.segment.length);
  bounds = Int32Array.from(out.length ? out : [0, run.length]);
  if (dictionaryCache.size >= DICTIONARY_CACHE_RUNS) dictionaryCache.clear();
  dictionaryCache.set(run, bounds);
  return bounds;
}

/** Kinds of token. */
export const WORD = 1;
export const NUMBER = 2;
export const PUNCTUATION = 3;
export type TokenKind = typeof WORD | typeof NUMBER | typeof PUNCTUATION;

/** Thousands separators: a separator followed by exactly 3 digits continues a number. */
const GROUP_SEPARATORS = new Set([',', '.', ' ', '\u00a0', '\u202f']);

/** FNV-1a offset basis and prime: the hash of a word, computed while scanning it. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/**
 * Scans a text token by token: after `next()` returns true, the token is `text.slice(start, end)`,
 * of kind `kind`; a word also has its FNV-1a `hash` over its code units, so that a table can look
 * it up without slicing it.
 * @example
 *   const t = new TokenScanner(); t.reset('Il a 1 000 ans ?');
 *   while (t.next()) console.log(t.kind, t.start, t.end); // words, a number [5, 10), a '?'
 */
export class TokenScanner {
  text = '';
  kind: TokenKind = WORD;
  start = 0;
  end = 0;
  hash = 0;
  private pos = 0;
  private readonly cls = charClasses();

  reset(text: string): void {
    this.text = text;
    this.pos = 0;
  }

  next(): boolean {
    const { text, cls } = this;
    const len = text.length;
    for (let i = this.pos; i < len; i++) {
      const c0 = text.charCodeAt(i);
      const k = cls[c0];
      if (k === LETTER || k === UNSPACED_LETTER) {
        let j = i + 1;
        let hash = Math.imul(FNV_OFFSET ^ c0, FNV_PRIME);
        for (; j < len; j++) {
          const c = text.charCodeAt(j);
          const kk = cls[c];
          if (kk !== k && kk !== MARK) break;
          hash = Math.imul(hash ^ c, FNV_PRIME);
        }
        return this.found(WORD, i, j, hash);
      }
      if (k === DIGIT) return this.found(NUMBER, i, this.numberEnd(i), 0);
      if (k === KEPT) return this.found(PUNCTUATION, i, i + 1, 0);
    }
    this.pos = len;
    return false;
  }

  private found(kind: TokenKind, start: number, end: number, hash: number): true {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.hash = hash;
    this.pos = end;
    return true;
  }

  private digitAt(k: number): boolean {
    return k < this.text.length && this.cls[this.text.charCodeAt(k)] === DIGIT;
  }

  /** End of the number starting at i: 1–3 digits then groups of exactly 3 after one repeated separator, then an optional decimal part. */
  private numberEnd(i: number): number {
    const { text } = this;
    const len = text.length;
    let j = i + 1;
    while (this.digitAt(j)) j++;
    let end = j;
    if (j - i <= 3 && j < len && GROUP_SEPARATORS.has(text[j]!)) {
      const sep = text[j]!;
      let p = j;
      while (p < len && text[p] === sep && this.digitAt(p + 1) && this.digitAt(p + 2) && this.digitAt(p + 3) && !this.digitAt(p + 4)) p += 4;
      if (p > j) end = p;
    }
    if (end < len && (text[end] === '.' || text[end] === ',') && this.digitAt(end + 1)) {
      end += 2;
      while (this.digitAt(end)) end++;
    }
    return end;
  }
}

/** The tokens of a text as strings (for tools and tests; the aligner scans with TokenScanner). */
export function tokenize(text: string): { kind: TokenKind; text: string }[] {
  const scanner = new TokenScanner();
  scanner.reset(text);
  const out: { kind: TokenKind; text: string }[] = [];
  while (scanner.next()) out.push({ kind: scanner.kind, text: text.slice(scanner.start, scanner.end) });
  return out;
}

/** Integers a SurfaceTable slot holds: hash, start of the characters, length, value. */
const SLOT_FIELDS = 4;
/** Slots of a new SurfaceTable: a power of two; it doubles when half full. */
const SURFACE_MIN_SLOTS = 512;

/**
 * Words seen in texts → a number each, looked up by their characters where the scanner found
 * them (open addressing on the scanner's hash), so that a word seen before costs no string.
 */
export class SurfaceTable {
  /**
   * Open addressing, one record of SLOT_FIELDS integers a slot, so that a lookup reads one slot
   * and the word's characters, a cache line or two, however large the table has grown: the hash,
   * where the word's characters start in `chars`, its length (0: an empty slot), its value.
   */
  private slots = new Int32Array(SLOT_FIELDS * SURFACE_MIN_SLOTS);
  /** The characters of every word recorded, one after another. */
  private chars = new Uint16Array(SURFACE_MIN_SLOTS * 8);
  private used = 0;
  private count = 0;

  /** Words recorded. */
  get size(): number {
    return this.count;
  }

  /** The value of text[i..j) (hash: the scanner's), or undefined when it was never added. */
  get(text: string, i: number, j: number, hash: number): number | undefined {
    const { slots, chars } = this;
    const mask = slots.length / SLOT_FIELDS - 1;
    const length = j - i;
    for (let h = hash & mask; ; h = (h + 1) & mask) {
      const at = h * SLOT_FIELDS;
      const n = slots[at + 2]!;
      if (n === 0) return undefined;
      if (slots[at] !== hash || n !== length) continue;
      const start = slots[at + 1]!;
      let k = 0;
      while (k < length && chars[start + k] === text.charCodeAt(i + k)) k++;
      if (k === length) return slots[at + 3]!;
    }
  }

  /** Record a word (not yet in the table, not empty) with its value. */
  set(word: string, hash: number, value: number): void {
    if ((this.count + 1) * 2 > this.slots.length / SLOT_FIELDS) this.rehash(this.slots.length * 2);
    if (this.used + word.length > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, this.used + word.length));
      grown.set(this.chars);
      this.chars = grown;
    }
    const start = this.used;
    for (let k = 0; k < word.length; k++) this.chars[start + k] = word.charCodeAt(k);
    this.used += word.length;
    this.insert(this.slots, hash, start, word.length, value);
    this.count++;
  }

  private insert(slots: Int32Array, hash: number, start: number, length: number, value: number): void {
    const mask = slots.length / SLOT_FIELDS - 1;
    let h = hash & mask;
    while (slots[h * SLOT_FIELDS + 2] !== 0) h = (h + 1) & mask;
    const at = h * SLOT_FIELDS;
    slots[at] = hash;
    slots[at + 1] = start;
    slots[at + 2] = length;
    slots[at + 3] = value;
  }

  private rehash(size: number): void {
    const old = this.slots;
    const slots = new Int32Array(size);
    for (let at = 0; at < old.length; at += SLOT_FIELDS) if (old[at + 2] !== 0) this.insert(slots, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    this.slots = slots;
  }
}
