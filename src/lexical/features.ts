/**
 * Language-independent lexical features of a sentence: the cues that survive translation between
 * languages sharing a script, with no dictionary (Simard et al. 1992's cognates, plus numbers,
 * names and punctuation). Each feature is a string key, interned to an integer id; a sentence
 * gives a set of them.
 *   #<n>   a number, normalised: `1,000` `1 000` `1000` → #1000; `3,5` `3.5` → #3.5
 *   %      a percent sign or word (`70 %`, `70 per cent`, `70 pour cent`)
 *   p:abcd the first 4 letters of a word of ≥ 4 letters, lower-cased, accents stripped (cognates)
 *   n:word a name: a capitalised word (any length ≥ 2) where capitals are not just sentence-initial
 *   k:KRR  the consonant skeleton of a name (skeleton.ts), with `nameSkeletons` only: a capitalised
 *          Latin word not at a sentence start, a run of katakana, a Hangul word
 *   ? ! : ; " (   punctuation that translators keep; all quote marks are one feature
 * Tokens come from tokens.ts; texts are expected in NFC (the engine normalises them).
 */
import { fold, normaliseNumber } from './fold.js';
import { hangulToLatin, isHangulSyllable } from './hangul.js';
import { isKatakana, katakanaToLatin } from './kana.js';
import { latinForm } from './latin.js';
import { skeletonKey } from './skeleton.js';
import { NUMBER, PUNCTUATION, SurfaceTable, TokenScanner, WORD } from './tokens.js';


/** Letters compared for cognates (Simard et al.: 4). */
export const COGNATE_PREFIX = 4;

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
  '%': '%',
  // The same marks as Chinese, Japanese and Arabic write them. Not the fullwidth colon and
  // semicolon: Chinese puts them where English has commas and quotes (说：, lists with ；), and
  // counting them as ':' ';' cost 9 points of pre-split F1 on the New Testament against English.
  '？': '?',
  '؟': '?',
  '！': '!',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  // The angle brackets Korean writes its quotations in (the North's standard, and the New
  // Testament of the languages bench): 《…》 outside, 〈…〉 inside. Not the single guillemets ‹ ›
  // (German and French inner quotes): German-Russian lost .008 with them (bench/NOTES-engine.md,
  // tenth round).
  '《': '"',
  '》': '"',
  '〈': '"',
  '〉': '"',
};
/** Percent written as words: the word, and the word that must precede it (or '' for none). */
const PERCENT_WORDS: ReadonlyMap<string, string> = new Map([
  ['percent', ''],
  ['prozent', ''],
  ['procent', ''],
  ['pourcent', ''],
  ['cent', 'per|pour'],
  ['ciento', 'por'],
  ['cento', 'per'],
]);

function isCapitalised(w: string): boolean {
  const c = w[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Options of extractFeatures. */
export interface FeatureOptions {
  /**
   * Give names their consonant skeleton too (the `k:` features): for a pair of a Latin-script side
   * and a Japanese or Korean one, whose names share no first letters (パウロ / Paul). Off by
   * default: between two Latin-script sides the names already meet as `n:` and `p:` features.
   */
  readonly nameSkeletons?: boolean;
}

/** Whether a word's first unit is a Latin letter (Basic Latin to Latin Extended-B). */
const isLatin = (code: number): boolean => code < 0x250;

/**
 * The `k:` features of the katakana runs of a word (a run of Han and kana to the scanner, which
 * joins katakana to the Han and hiragana around it: `パウロは` holds パウロ), in order, one per run
 * that has a skeleton key.
 */
function katakanaSkeletons(word: string, vocab: FeatureVocabulary): Int32Array {
  const ids: number[] = [];
  for (let i = 0; i < word.length; i++) {
    if (!isKatakana(word.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < word.length && isKatakana(word.charCodeAt(j))) j++;
    const key = skeletonKey(katakanaToLatin(word.slice(i, j)));
    if (key !== undefined) ids.push(vocab.id(`k:${key}`));
    i = j;
  }
  return Int32Array.from(ids);
}

/** Feature keys ↔ dense integer ids, shared by both sides of a document pair. */
export class FeatureVocabulary {
  private readonly index = new Map<string, number>();
  readonly keys: string[] = [];
  id(key: string): number {
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.index.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
  /** Kind of a feature: '#', '%', 'p', 'n', or 'punct'. */
  kind(id: number): string {
    const key = this.keys[id]!;
    const c = key[0]!;
    if (c === '#' || c === '%') return c;
    if (key[1] === ':') return c;
    return 'punct';
  }
  get size(): number {
    return this.keys.length;
  }
}

/** Feature sets of the sentences of one side, in compressed rows: sentence s has ids[off[s]..off[s+1]). */
export interface FeatureRows {
  readonly off: Int32Array;
  readonly ids: Int32Array;
}

/** A growable Int32Array. */
class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/**
 * The distinct words of one side with what each contributes, looked up by their characters in
 * the text (SurfaceTable), so a known word costs no string allocation.
 */
class WordTable {
  readonly folded: string[] = [];
  prefix = new Int32Array(256);
  name = new Int32Array(256);
  /** The `k:` feature of a capitalised Latin word or a Hangul word, -1 for none. */
  skeleton = new Int32Array(256);
  /** The `k:` features of the katakana runs inside a word of Han and kana (flag 8). */
  readonly kanaSkeletons = new Map<number, Int32Array>();
  /** 1 = capitalised; 2 = a percent word; 4 = already recorded as a name; 8 = holds katakana. */
  flags = new Uint8Array(256);
  private readonly surface = new SurfaceTable();

  constructor(private readonly nameSkeletons: boolean) {}

  find(text: string, i: number, j: number, hash: number): number {
    return this.surface.get(text, i, j, hash) ?? -1;
  }

  add(word: string, hash: number, vocab: FeatureVocabulary): number {
    const e = this.folded.length;
    if (e === this.prefix.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const g = new (a.constructor as new (n: number) => T)(a.length * 2);
        g.set(a);
        return g;
      };
      this.prefix = grow(this.prefix);
      this.name = grow(this.name);
      this.skeleton = grow(this.skeleton);
      this.flags = grow(this.flags);
    }
    const folded = fold(word);
    this.folded.push(folded);
    const cognate = latinForm(word, folded) ?? folded;
    this.prefix[e] = cognate.length >= COGNATE_PREFIX ? vocab.id(`p:${cognate.slice(0, COGNATE_PREFIX)}`) : -1;
    const capitalised = word.length >= 2 && isCapitalised(word);
    this.name[e] = capitalised ? vocab.id(`n:${cognate}`) : -1;
    this.flags[e] = (capitalised ? 1 : 0) | (PERCENT_WORDS.has(folded) ? 2 : 0);
    this.skeleton[e] = -1;
    if (this.nameSkeletons) {
      const c = word.charCodeAt(0);
      // A Latin word only when it may be a name (capitalised; the caller skips sentence starts); any Hangul word, Korean having no capitals.
      const latin = capitalised && isLatin(c) ? folded : isHangulSyllable(c) ? hangulToLatin(word) : undefined;
      const key = latin === undefined ? undefined : skeletonKey(latin);
      if (key !== undefined) this.skeleton[e] = vocab.id(`k:${key}`);
      const kana = katakanaSkeletons(word, vocab);
      if (kana.length > 0) {
        this.kanaSkeletons.set(e, kana);
        this.flags[e] = this.flags[e]! | 8;
      }
    }
    this.surface.set(word, hash, e);
    return e;
  }
}

/**
 * Features of every sentence of one side, interned in `vocab`. A capitalised word counts as a
 * name when this side also has it capitalised away from a sentence start, so sentence-initial
 * capitals are not names by themselves. `extraNames` adds names known from elsewhere;
 * `options.nameSkeletons` adds the names' consonant skeletons.
 */
export function extractFeatures(
  texts: readonly string[],
  vocab: FeatureVocabulary,
  extraNames?: ReadonlySet<string>,
  options: FeatureOptions = {},
): FeatureRows {
  const nameSkeletons = options.nameSkeletons ?? false;
  const table = new WordTable(nameSkeletons);
  const numbers = new Map<string, number>();
  const names = new Set<string>(extraNames);
  const raw = new IntBuffer();
  const rawOff = new Int32Array(texts.length + 1);
  // First word of each sentence when capitalised (its table entry): a name only if `names` has it in the end.
  const pending = new Int32Array(texts.length).fill(-1);
  const punctId = new Map<number, number>();
  let stamp = new Int32Array(Math.max(1024, vocab.size));
  let mark = 0;
  const tokens = new TokenScanner();
  /** Adds a feature to the sentence's row unless the row has it (ids below 0: none). */
  const addOnce = (id: number): void => {
    if (id < 0) return;
    if (id >= stamp.length) {
      const grown = new Int32Array(Math.max(vocab.size, stamp.length * 2));
      grown.set(stamp);
      stamp = grown;
    }
    if (stamp[id] !== mark) {
      stamp[id] = mark;
      raw.push(id);
    }
  };
  for (let s = 0; s < texts.length; s++) {
    mark++;
    const text = texts[s]!;
    tokens.reset(text);
    let first = true;
    let previous = -1;
    while (tokens.next()) {
      const { start: i, end: j } = tokens;
      let id = -1;
      let id2 = -1;
      let id3 = -1;
      if (tokens.kind === WORD) {
        let e = table.find(text, i, j, tokens.hash);
        if (e < 0) e = table.add(text.slice(i, j), tokens.hash, vocab);
        id = table.prefix[e]!;
        const flags = table.flags[e]!;
        if (flags & 1) {
          if (first) pending[s] = e;
          else {
            id2 = table.name[e]!;
            if (!(flags & 4)) {
              names.add(table.folded[e]!);
              table.flags[e] = flags | 4;
            }
          }
        }
        if (flags & 2) {
          const before = PERCENT_WORDS.get(table.folded[e]!)!;
          if (before === '' || (previous >= 0 && before.split('|').includes(table.folded[previous]!))) {
            if (id < 0) id = vocab.id('%');
            else id2 = vocab.id('%');
          }
        }
        // A skeleton: every Hangul word's; a Latin word's away from the sentence start (capitals there are not names).
        const skeleton = table.skeleton[e]!;
        if (skeleton >= 0 && (!(flags & 1) || !first)) id3 = skeleton;
        if (flags & 8) for (const k of table.kanaSkeletons.get(e)!) addOnce(k);
        previous = e;
        first = false;
      } else if (tokens.kind === NUMBER) {
        const token = text.slice(i, j);
        let n = numbers.get(token);
        if (n === undefined) {
          n = vocab.id(`#${normaliseNumber(token)}`);
          numbers.set(token, n);
        }
        id = n;
      } else if (tokens.kind === PUNCTUATION) {
        const c0 = text.charCodeAt(i);
        let p = punctId.get(c0);
        if (p === undefined) {
          p = vocab.id(PUNCT[text[i]!]!);
          punctId.set(c0, p);
        }
        id = p;
      }
      addOnce(id);
      addOnce(id2);
      addOnce(id3);
    }
    // The initial capitalised word, if a name, unless the sentence has it already.
    const e = pending[s]!;
    if (e >= 0) {
      const f = table.name[e]!;
      if (f < stamp.length && stamp[f] === mark) pending[s] = -1;
    }
    rawOff[s + 1] = raw.length;
  }
  // Final rows: each sentence's features, plus its initial capitalised word if it is a name.
  let extra = 0;
  for (let s = 0; s < texts.length; s++) {
    const e = pending[s]!;
    if (e >= 0 && names.has(table.folded[e]!)) extra++;
    else pending[s] = -1;
  }
  // In place, from the end: each sentence's run moves right by the names inserted before it.
  if (raw.data.length < raw.length + extra) {
    const grown = new Int32Array(raw.length + extra);
    grown.set(raw.data.subarray(0, raw.length));
    raw.data = grown;
  }
  const ids = raw.data;
  const off = new Int32Array(texts.length + 1);
  let shift = extra;
  for (let s = texts.length - 1; s >= 0; s--) {
    off[s + 1] = rawOff[s + 1]! + shift;
    if (pending[s]! >= 0) {
      ids[rawOff[s + 1]! + shift - 1] = table.name[pending[s]!]!;
      shift--;
    }
    if (shift > 0) ids.copyWithin(rawOff[s]! + shift, rawOff[s]!, rawOff[s + 1]!);
  }
  const total = raw.length + extra;
  // An exact copy: the buffer grew by doubling, and rows live as long as the aligner (tens of MB of slack at 1M sentences).
  return { off, ids: total < ids.length ? ids.slice(0, total) : ids };
}
