/**
 * franc's trigram distance over a fixed set of languages, without franc's per-call costs.
 *
 * `francAll(text, { only })` scans the text with some 30 script regexes and builds, sorts and
 * looks up a list of trigram strings on every call: about 80 µs for a sentence even with two
 * languages. For a fixed candidate set whose languages share one script we number the script's
 * characters once, pack each trigram into an integer and precompute its rank in every candidate
 * model: the same distances, ranking and normalised scores as franc (the tests compare them on
 * every gold sentence), in a few µs. Anything else (candidates in several scripts, text that is
 * not purely in the candidates' script) goes to franc itself.
 */
import { francAll } from 'franc';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { UNDETERMINED } from '../types.js';

/** franc's sample cap: it reads only the first 2048 characters of a text (franc `MAX_LENGTH`). */
export const FRANC_MAX_LENGTH = 2048;
/** franc answers `und` for shorter texts (franc `MIN_LENGTH`). */
export const FRANC_MIN_LENGTH = 10;
/** Distance franc adds for a trigram missing from a model (franc `MAX_DIFFERENCE`). */
const MAX_DIFFERENCE = 300;

/** A language and its franc score: 1 for the best, lower for the others (franc's normalisation). */
export type Ranked = readonly [iso3: string, score: number];

/** franc's ranking of a text and the amount of evidence behind it. */
export interface Scored {
  /** Best first, as `francAll` returns it (`[['und', 1]]` when franc cannot tell). */
  readonly ranked: Ranked[];
  /** Cleaned length of the text franc read (see `cleanedLength`). */
  readonly length: number;
}

/** Scores texts against a fixed set of languages, exactly as `francAll(text, { only })` does. */
export interface TrigramScorer {
  /** The candidate franc codes, in franc's order. */
  readonly languages: readonly string[];
  /** The script whose trigram models all candidates have; undefined when they have none in common (franc then does all the work). */
  readonly script: string | undefined;
  /** franc's ranking of the candidates for `text`. */
  rank(text: string): Scored;
  /**
   * A cheap estimate of franc's distances, one per language in `languages` order, per character
   * of text: each trigram occurrence counts alone (franc counts repeats once, by their number).
   * Undefined when the text would go to franc itself (too short, another script).
   */
  estimate(text: string): Float64Array | undefined;
}

/**
 * Characters that no franc script expression matches (digits, punctuation, symbols, spaces), so they
 * cannot change which script franc picks. The tests check that no expression matches any of them.
 */
export const NEUTRAL = '\\u0000-\\u0040\\u005B-\\u0060\\u007B-\\u00A9\\u00AB-\\u00B9\\u00BB-\\u00BF\\u00D7\\u00F7\\u2000-\\u2070\\u20A0-\\u20CF';

/**
 * Length of `text` once cleaned as franc cleans it (letters and single spaces), within the 2048
 * characters franc reads: the amount of evidence a detection rests on. trigram-utils' `clean`
 * turns runs of U+0021-U+0040 and `\s` into one space and trims (`isFrancSeparator`), so each
 * other unit counts one and each run of separators between two of them one more; counted in one
 * pass, without the two replaced copies of the text.
 */
export function cleanedLength(text: string, enough = Infinity): number {
  const end = Math.min(text.length, FRANC_MAX_LENGTH);
  let length = 0;
  let gap = false;
  for (let i = 0; i < end && length < enough; i++) {
    if (isFrancSeparator(text.charCodeAt(i))) gap = length > 0;
    else {
      if (gap) length++;
      gap = false;
      length++;
    }
  }
  return length;
}

/**
 * Whether `cleanedLength(text)` is at least `length`, counted only that far: a side's check asks
 * it of up to 2 048 characters (a fifth of a ten-verse document's language check) for an answer
 * that the first line gives.
 */
export function cleanedAtLeast(text: string, length: number): boolean {
  return cleanedLength(text, length) >= length;
}

/** The script of each language franc has a trigram model for. */
const SCRIPT_OF = new Map<string, string>(Object.entries(data).flatMap(([script, languages]) => Object.keys(languages).map((iso3) => [iso3, script] as const)));

/**
 * A test for texts written only in the script of a language (and neutral characters): such a text
 * cannot be in a language of another script.
 *
 * @param iso3 a franc code
 * @returns the test, or undefined when franc has no script expression for the language
 */
export function scriptOnly(iso3: string): RegExp | undefined {
  // Languages with trigram models share their script's expression; one-script languages (Greek) have their own.
  const expression = expressions[SCRIPT_OF.get(iso3) ?? iso3];
  return expression && new RegExp(`^(?:${expression.source}|[${NEUTRAL}])*$`);
}

/**
 * Rank of each trigram in a language's model for a script, as franc builds it (lazily: 300
 * trigrams each). A few languages have a model in two scripts (Serbian in Latin and Cyrillic).
 */
const MODELS = new Map<string, Map<string, number>>();
function modelOf(iso3: string, script = SCRIPT_OF.get(iso3)!): Map<string, number> {
  const key = `${script}:${iso3}`;
  let ranks = MODELS.get(key);
  if (!ranks) {
    const trigrams = data[script]![iso3]!.split('|');
    ranks = new Map();
    // Backwards, as franc does, so that a trigram listed twice keeps its best rank.
    for (let rank = trigrams.length - 1; rank >= 0; rank--) ranks.set(trigrams[rank]!, rank);
    MODELS.set(key, ranks);
  }
  return ranks;
}

/** Characters a script table can number; a trigram key packs three numbers into one 30-bit integer. */
const CHAR_BITS = 10;
const MAX_CHARS = 1 << CHAR_BITS;
/** Slots of the per-call trigram count table: a power of two, over twice the 2048 trigrams franc reads. */
const COUNT_BITS = 13;
const COUNT_SLOTS = 1 << COUNT_BITS;

/** U+0021-U+0040 (trigram-utils' `clean`) and `\s`: a run of them is one space in franc's trigrams. */
export function isFrancSeparator(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || (c >= 0x20 && c <= 0x40) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Multiplicative hash of a trigram key into `bits` bits. */
function slotOf(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

function keyOf(a: number, b: number, c: number): number {
  return (a << (2 * CHAR_BITS)) | (b << CHAR_BITS) | c;
}

/** How franc's trigrams see the UTF-16 units, for one script. */
interface ScriptTables {
  /**
   * Number of each unit in trigram keys, upper case folded to lower case; 1 for separators; 0 for a
   * unit franc could count for another script (the text then goes to franc).
   */
  readonly charIndex: Uint16Array;
  /** 1 for the script's own letters. */
  readonly isLetter: Uint8Array;
}

const SCRIPT_TABLES = new Map<string, ScriptTables>();

/** The tables of a script, built on first use (some 20 ms: every UTF-16 unit is tested once). */
function scriptTables(script: string): ScriptTables {
  const cached = SCRIPT_TABLES.get(script);
  if (cached) return cached;
  const expression = expressions[script]!;
  const scriptUnit = new RegExp(`^(?:${expression.source})$`);
  const neutralUnit = new RegExp(`^[${NEUTRAL}]$`);
  const charIndex = new Uint16Array(0x10000);
  const isLetter = new Uint8Array(0x10000);
  let next = 2;
  for (let c = 0; c < 0x10000 && next < MAX_CHARS; c++) {
    const ch = String.fromCharCode(c);
    if (isFrancSeparator(c)) charIndex[c] = 1;
    else if (ch.toLowerCase() === ch && (scriptUnit.test(ch) || neutralUnit.test(ch))) {
      isLetter[c] = scriptUnit.test(ch) ? 1 : 0;
      charIndex[c] = next++;
    }
  }
  // franc lower-cases the cleaned text. Folding case here gives the same trigrams, as lower-casing
  // maps nothing into or out of the separators; units whose lower case is longer go to franc.
  for (let c = 0; c < 0x10000; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (charIndex[c] === 0 && lower.length === 1 && charIndex[lower.charCodeAt(0)]! > 1) {
      charIndex[c] = charIndex[lower.charCodeAt(0)]!;
      isLetter[c] = isLetter[lower.charCodeAt(0)]!;
    }
  }
  const tables = { charIndex, isLetter };
  SCRIPT_TABLES.set(script, tables);
  return tables;
}

/** Bits of a model entry that hold 300 - its rank (franc's models hold 300 trigrams, ranks 0-299); the model's index sits above them. */
const ENTRY_GAIN_BITS = 9;
const ENTRY_GAIN_MASK = (1 << ENTRY_GAIN_BITS) - 1;

/** Bits of a character's number in the dense table: the candidate models' characters, numbered from 1. */
const DENSE_BITS = 6;
/** Above this many candidates the dense table (2 bytes × candidates × 2^18) is not worth its memory. */
const DENSE_MAX_LANGUAGES = 8;

/**
 * The ranks of every possible trigram of the models' own characters, directly indexed: `rankAt[key
 * × k + i]` is the rank of trigram `key` in model i, or MAX_DIFFERENCE when absent; `key` packs
 * three `denseOf` numbers of DENSE_BITS bits. A character no model holds is 0, so every trigram
 * holding it reads MAX_DIFFERENCE.
 */
interface DenseRanks {
  readonly denseOf: Uint8Array;
  readonly rankAt: Int16Array;
}

/**
 * The dense table of a scorer's models, or undefined when they hold more characters than DENSE_BITS
 * can number (then the hashed lookup serves).
 */
function denseRanks(rowOf: ReadonlyMap<number, number>, ranks: Int32Array, k: number): DenseRanks | undefined {
  if (k > DENSE_MAX_LANGUAGES) return undefined;
  const mask = MAX_CHARS - 1;
  const denseOf = new Uint8Array(MAX_CHARS);
  let next = 1;
  for (const key of rowOf.keys()) {
    for (const c of [key >>> (2 * CHAR_BITS), (key >>> CHAR_BITS) & mask, key & mask]) {
      if (denseOf[c]) continue;
      if (next >= 1 << DENSE_BITS) return undefined;
      denseOf[c] = next++;
    }
  }
  // The pad is a space; it keeps a number even if no model trigram holds it.
  if (!denseOf[1]) {
    if (next >= 1 << DENSE_BITS) return undefined;
    denseOf[1] = next++;
  }
  const rankAt = new Int16Array((1 << (3 * DENSE_BITS)) * k).fill(MAX_DIFFERENCE);
  for (const [key, row] of rowOf) {
    const at = ((((denseOf[key >>> (2 * CHAR_BITS)]! << DENSE_BITS) | denseOf[(key >>> CHAR_BITS) & mask]!) << DENSE_BITS) | denseOf[key & mask]!) * k;
    for (let i = 0; i < k; i++) {
      const r = ranks[row * k + i]!;
      if (r >= 0) rankAt[at + i] = r;
    }
  }
  return { denseOf, rankAt };
}

/**
 * Build a scorer for a set of languages.
 *
 * @param iso3s franc codes
 * @returns a scorer whose `rank` equals `francAll(text, { only: iso3s })`
 */
export function createTrigramScorer(iso3s: readonly string[]): TrigramScorer {
  const only = [...new Set(iso3s)];
  const scripts = new Set(only.map((c) => SCRIPT_OF.get(c)));
  return scriptScorer(only, scripts.size === 1 ? [...scripts][0] : undefined);
}

/** Every language franc has a model for in a script: the scorer of that script's whole table. */
const WHOLE_SCRIPT = new Map<string, ReturnType<typeof scriptScorer>>();

function wholeScript(script: string): ReturnType<typeof scriptScorer> {
  let scorer = WHOLE_SCRIPT.get(script);
  if (!scorer) WHOLE_SCRIPT.set(script, (scorer = scriptScorer(Object.keys(data[script]!), script)));
  return scorer;
}

/**
 * A text as franc sees it in the one script it is written in: its distance to every model of the
 * script. Any ranking of some of those languages (`francAll(text, { only })`) is arithmetic on
 * these numbers, so a text judged between many pairs of languages is read once.
 */
export interface ScriptReading {
  readonly script: string;
  /** franc's distance to each language of the script, in franc's data order (`scriptLanguages`). */
  readonly distances: Float64Array;
  /** UTF-16 units franc reads (at most FRANC_MAX_LENGTH): its scores are normalised by them. */
  readonly textLength: number;
  /** Cleaned length of the text (see `cleanedLength`): the evidence. */
  readonly length: number;
}

/**
 * How franc's trigram models read a text (of any length): in `script` with its distances; `neutral`
 * when it holds no letter, only characters no script claims (franc then cannot tell); `foreign`
 * when no one script with models reads it all (franc must decide which script it is in).
 */
export type TextReading = { readonly kind: 'script'; readonly reading: ScriptReading } | { readonly kind: 'neutral' } | { readonly kind: 'foreign' };

const NEUTRAL_READING: TextReading = Object.freeze({ kind: 'neutral' });
const FOREIGN_READING: TextReading = Object.freeze({ kind: 'foreign' });

/**
 * What `read` gives for the first script (in franc's data order, as `rankAllLanguages`) whose
 * models can read all of a text; else `neutral` when some script found no letter in it, `foreign`.
 */
function firstScript<T>(read: (script: string) => T | typeof UNREADABLE | typeof NO_LETTERS): T | 'neutral' | 'foreign' {
  let neutral = false;
  for (const script of Object.keys(data)) {
    const result = read(script);
    if (result === NO_LETTERS) neutral = true;
    else if (result !== UNREADABLE) return result;
  }
  return neutral ? 'neutral' : 'foreign';
}

/** Read a text in the first script whose models can read it all. */
export function readText(text: string): TextReading {
  const read = firstScript((script) => wholeScript(script).readAll(text));
  return read === 'neutral' ? NEUTRAL_READING : read === 'foreign' ? FOREIGN_READING : { kind: 'script', reading: read };
}

/** What `readText(text).kind` says, without computing any distance: the text's trigrams are only collected. */
export function readingKind(text: string): TextReading['kind'] {
  const read = firstScript((script) => wholeScript(script).readable(text));
  return typeof read === 'number' ? 'script' : read;
}

/** franc codes of a script's models, in franc's data order: the indices of `ScriptReading.distances`. */
export function scriptLanguages(script: string): readonly string[] {
  return wholeScript(script).languages;
}

/**
 * franc's normalised score (`francAll`'s second member): 1 for the closest language, lower for the
 * others, from the distances and the length of the text read.
 */
export function francScore(distance: number, closest: number, textLength: number): number {
  return 1 - (distance - closest) / (textLength * MAX_DIFFERENCE - closest) || 0;
}

/**
 * franc's ranking of a text among all its languages, as `francAll(text)` gives it, without
 * franc's per-call costs when the text is written in one script with trigram models (and
 * neutral characters): the whole-text language checks of a corpus run once per document.
 */
export function rankAllLanguages(text: string): Ranked[] {
  if (text.length >= FRANC_MIN_LENGTH) {
    for (const script of Object.keys(data)) {
      const ranked = wholeScript(script).rankInScript(text);
      if (ranked) return ranked;
    }
  }
  return francAll(text);
}

/**
 * Every trigram of the models of `languages`: its row number (by key), and the rank of row r's
 * trigram in model i at `ranks[r × k + i]` (-1: absent). A function of its own, so that the
 * per-model tables it reads through are garbage once the scorer is built, not kept by the
 * scorer's closures for the life of the process.
 */
function rankRows(languages: readonly string[], script: string, charIndex: Uint16Array): { rowOf: Map<number, number>; ranks: Int32Array } {
  const k = languages.length;
  const rowOf = new Map<number, number>();
  // Each model's trigrams as keys and ranks, numbered in order of first appearance; then the ranks
  // in rows (filled in the same order, so a key a model holds twice keeps the same rank as before).
  const keys: Int32Array[] = [];
  const ranksOf: Int32Array[] = [];
  for (const iso3 of languages) {
    const model = modelOf(iso3, script);
    const modelKeys = new Int32Array(model.size);
    const modelRanks = new Int32Array(model.size);
    let n = 0;
    for (const [trigram, r] of model) {
      const a = charIndex[trigram.charCodeAt(0)]!;
      const b = charIndex[trigram.charCodeAt(1)]!;
      const c = charIndex[trigram.charCodeAt(2)]!;
      // A trigram with a character the text cannot hold here can never match.
      if (!a || !b || !c) continue;
      const key = keyOf(a, b, c);
      if (!rowOf.has(key)) rowOf.set(key, rowOf.size);
      modelKeys[n] = key;
      modelRanks[n++] = r;
    }
    keys.push(modelKeys.subarray(0, n));
    ranksOf.push(modelRanks.subarray(0, n));
  }
  const ranks = new Int32Array(rowOf.size * k).fill(-1);
  for (let i = 0; i < k; i++) {
    const modelKeys = keys[i]!;
    const modelRanks = ranksOf[i]!;
    for (let j = 0; j < modelKeys.length; j++) ranks[rowOf.get(modelKeys[j]!)! * k + i] = modelRanks[j]!;
  }
  return { rowOf, ranks };
}

/** What `readTrigrams` returns for a text holding a unit this script's tables cannot number. */
const UNREADABLE = -1;
/** What `readTrigrams` returns for a text holding no letter of the script (only separators and neutral characters). */
const NO_LETTERS = -2;

/** A scorer of `only`, all of which have a model in `script` (undefined: franc does all the work). */
function scriptScorer(
  only: string[],
  script: string | undefined,
): TrigramScorer & {
  rankInScript(text: string): Ranked[] | undefined;
  readAll(text: string): ScriptReading | typeof UNREADABLE | typeof NO_LETTERS;
  readable(text: string): 0 | typeof UNREADABLE | typeof NO_LETTERS;
} {
  if (script === undefined) {
    return {
      languages: only,
      script: undefined,
      rank: (text) => ({ ranked: francAll(text, { only }), length: cleanedLength(text) }),
      estimate: () => undefined,
      rankInScript: () => undefined,
      readAll: () => UNREADABLE,
      readable: () => UNREADABLE,
    };
  }
  // franc goes through a script's languages in its data order; ties keep that order.
  const languages = Object.keys(data[script]!).filter((c) => only.includes(c));
  const k = languages.length;
  const { charIndex, isLetter } = scriptTables(script);

  const { rowOf, ranks } = rankRows(languages, script, charIndex);
  const modelBits = Math.ceil(Math.log2(Math.max(rowOf.size, 1) * 4));
  const modelMask = (1 << modelBits) - 1;
  const modelKeys = new Int32Array(1 << modelBits).fill(-1);
  const modelRows = new Int32Array(1 << modelBits);
  for (const [key, row] of rowOf) {
    let s = slotOf(key, modelBits);
    while (modelKeys[s] !== -1) s = (s + 1) & modelMask;
    modelKeys[s] = key;
    modelRows[s] = row;
  }
  /** A trigram's row (its ranks at `ranks[row × k]`), or -1 when no model has it. */
  const lookup = (key: number): number => {
    let s = slotOf(key, modelBits);
    while (modelKeys[s] !== -1 && modelKeys[s] !== key) s = (s + 1) & modelMask;
    return modelKeys[s] === key ? modelRows[s]! : -1;
  };

  const dense = denseRanks(rowOf, ranks, k);

  // The models each trigram is in, with its rank there: a trigram is in a few of a script's 100
  // models at most, so a text's distances are read from these lists, not from a full row each.
  // One integer an entry: the model's index above ENTRY_GAIN_BITS, 300 - rank below (what the
  // trigram saves in that model when the text has it once).
  const rowCount = rowOf.size;
  const entryStart = new Int32Array(rowCount + 1);
  for (let row = 0; row < rowCount; row++) {
    let present = 0;
    for (let i = 0; i < k; i++) if (ranks[row * k + i]! >= 0) present++;
    entryStart[row + 1] = entryStart[row]! + present;
  }
  const entries = new Int32Array(entryStart[rowCount]!);
  for (let row = 0, e = 0; row < rowCount; row++) {
    for (let i = 0; i < k; i++) {
      const r = ranks[row * k + i]!;
      if (r >= 0) entries[e++] = (i << ENTRY_GAIN_BITS) | (MAX_DIFFERENCE - r);
    }
  }

  // Reused by every call: the text's trigrams (in order), the count of each model trigram, the
  // counts of the trigrams no model has, the savings and the distances.
  const trigrams = new Int32Array(FRANC_MAX_LENGTH + 2);
  const rowCounts = new Int32Array(rowCount);
  const usedRows = new Int32Array(FRANC_MAX_LENGTH + 2);
  const countKeys = new Int32Array(COUNT_SLOTS).fill(-1);
  const used = new Int32Array(COUNT_SLOTS);
  const saved = new Int32Array(k);
  const distances = new Float64Array(k);

  /**
   * franc's trigrams of `text` into `trigrams`: cleaned (separator runs are one space, trimmed),
   * lower-cased, padded with a space at each end.
   *
   * @returns how many; UNREADABLE when franc could read another script in the text, NO_LETTERS when it holds no letter of this one
   */
  function readTrigrams(text: string): number {
    let letters = 0;
    let n = 0;
    let a = 0;
    let b = 1; // the leading pad
    let pendingSpace = false;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const c = charIndex[unit]!;
      if (c === 0) return UNREADABLE;
      if (c === 1) {
        pendingSpace = b !== 1;
        continue;
      }
      letters += isLetter[unit]!;
      if (pendingSpace) {
        if (a !== 0) trigrams[n++] = keyOf(a, b, 1);
        a = b;
        b = 1;
        pendingSpace = false;
      }
      if (a !== 0) trigrams[n++] = keyOf(a, b, c);
      a = b;
      b = c;
    }
    if (letters === 0) return NO_LETTERS;
    if (b !== 1) trigrams[n++] = keyOf(a, b, 1); // the trailing pad
    return n;
  }

  /**
   * franc's distances into `distances`: for each distinct trigram, |count - rank - 1|, or 300 when
   * absent. Every distinct trigram costs MAX_DIFFERENCE, less what it saves in the models that
   * have it: sums of small integers, so the same numbers as franc's, in any order.
   */
  function measure(n: number): void {
    let nRows = 0;
    let nAbsent = 0;
    for (let t = 0; t < n; t++) {
      const key = trigrams[t]!;
      const row = lookup(key);
      if (row >= 0) {
        if (rowCounts[row]!++ === 0) usedRows[nRows++] = row;
        continue;
      }
      // In no model: only how many distinct ones there are matters.
      let s = slotOf(key, COUNT_BITS);
      while (countKeys[s] !== -1 && countKeys[s] !== key) s = (s + 1) & (COUNT_SLOTS - 1);
      if (countKeys[s] === -1) {
        countKeys[s] = key;
        used[nAbsent++] = s;
      }
    }
    for (let u = 0; u < nAbsent; u++) countKeys[used[u]!] = -1;
    saved.fill(0);
    for (let u = 0; u < nRows; u++) {
      const row = usedRows[u]!;
      const count = rowCounts[row]!;
      rowCounts[row] = 0;
      const end = entryStart[row + 1]!;
      if (count === 1) {
        // Most trigrams of a window occur once: 300 - |1 - rank - 1| is 300 - rank, held as such.
        for (let e = entryStart[row]!; e < end; e++) {
          const entry = entries[e]!;
          saved[entry >>> ENTRY_GAIN_BITS]! += entry & ENTRY_GAIN_MASK;
        }
        continue;
      }
      for (let e = entryStart[row]!; e < end; e++) {
        const entry = entries[e]!;
        saved[entry >>> ENTRY_GAIN_BITS]! += MAX_DIFFERENCE - Math.abs(count - 1 - (MAX_DIFFERENCE - (entry & ENTRY_GAIN_MASK)));
      }
    }
    const all = MAX_DIFFERENCE * (nRows + nAbsent);
    for (let i = 0; i < k; i++) distances[i] = all - saved[i]!;
  }

  function rank(input: string): Scored {
    if (input.length < FRANC_MIN_LENGTH) return { ranked: [[UNDETERMINED, 1]], length: 0 };
    const text = input.slice(0, FRANC_MAX_LENGTH);
    return rankRead(text) ?? { ranked: francAll(input, { only }), length: cleanedLength(text) };
  }

  /** `rank` of a text of at least FRANC_MIN_LENGTH units, or undefined when only franc can read it. */
  function rankRead(text: string): Scored | undefined {
    const n = readTrigrams(text);
    if (n < 0) return undefined;
    measure(n);
    const order = languages.map((iso3, i) => [iso3, distances[i]!] as [string, number]);
    order.sort((x, y) => x[1] - y[1]);
    const min = order[0]![1];
    // Padding adds one trigram at each end: n trigrams for n cleaned characters.
    return { ranked: order.map(([iso3, d]) => [iso3, francScore(d, min, text.length)] as const), length: n };
  }

  function estimate(input: string): Float64Array | undefined {
    if (input.length < FRANC_MIN_LENGTH) return undefined;
    const text = input.length > FRANC_MAX_LENGTH ? input.slice(0, FRANC_MAX_LENGTH) : input;
    if (dense) return denseEstimate(text, dense);
    const n = readTrigrams(text);
    if (n < 0) return undefined;
    distances.fill(0);
    for (let t = 0; t < n; t++) {
      const row = lookup(trigrams[t]!);
      for (let i = 0; i < k; i++) {
        const r = row < 0 ? -1 : ranks[row * k + i]!;
        distances[i]! += r < 0 ? MAX_DIFFERENCE : r;
      }
    }
    for (let i = 0; i < k; i++) distances[i]! /= text.length * MAX_DIFFERENCE;
    return distances;
  }

  /**
   * `estimate` through the dense table: the trigrams as direct indices instead of hashed probes
   * (every sentence of both sides goes through here, so a hash probe per trigram is too dear).
   */
  function denseEstimate(text: string, table: DenseRanks): Float64Array | undefined {
    const { denseOf, rankAt } = table;
    const pad = denseOf[1]!;
    let letters = 0;
    let n = 0;
    let a = 0;
    let b = 1;
    let da = 0;
    let db = pad;
    let pendingSpace = false;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const c = charIndex[unit]!;
      if (c === 0) return undefined;
      if (c === 1) {
        pendingSpace = b !== 1;
        continue;
      }
      letters += isLetter[unit]!;
      const dc = denseOf[c]!;
      if (pendingSpace) {
        if (a !== 0) trigrams[n++] = (((da << DENSE_BITS) | db) << DENSE_BITS) | pad;
        a = b;
        da = db;
        b = 1;
        db = pad;
        pendingSpace = false;
      }
      if (a !== 0) trigrams[n++] = (((da << DENSE_BITS) | db) << DENSE_BITS) | dc;
      a = b;
      da = db;
      b = c;
      db = dc;
    }
    if (letters === 0) return undefined;
    if (b !== 1) trigrams[n++] = (((da << DENSE_BITS) | db) << DENSE_BITS) | pad;
    distances.fill(0);
    for (let t = 0; t < n; t++) {
      const at = trigrams[t]! * k;
      for (let i = 0; i < k; i++) distances[i]! += rankAt[at + i]!;
    }
    for (let i = 0; i < k; i++) distances[i]! /= text.length * MAX_DIFFERENCE;
    return distances;
  }

  /** franc's ranking of a text that is in this script only; undefined for any other. */
  function rankInScript(input: string): Ranked[] | undefined {
    return rankRead(input.slice(0, FRANC_MAX_LENGTH))?.ranked;
  }

  /** The text's distances to every language of this scorer, or why there are none. */
  function readAll(input: string): ScriptReading | typeof UNREADABLE | typeof NO_LETTERS {
    const text = input.length > FRANC_MAX_LENGTH ? input.slice(0, FRANC_MAX_LENGTH) : input;
    const n = readTrigrams(text);
    if (n < 0) return n as typeof UNREADABLE | typeof NO_LETTERS;
    measure(n);
    return { script: script!, distances: distances.slice(), textLength: text.length, length: n };
  }

  /**
   * Whether `readAll` would measure the text (0), or why it would not: `readTrigrams`'s tests
   * (every unit numbered here, some letter of the script) without making the trigrams.
   */
  function readable(input: string): 0 | typeof UNREADABLE | typeof NO_LETTERS {
    const end = Math.min(input.length, FRANC_MAX_LENGTH);
    let letters = 0;
    for (let i = 0; i < end; i++) {
      const unit = input.charCodeAt(i);
      if (charIndex[unit] === 0) return UNREADABLE;
      letters += isLetter[unit]!;
    }
    return letters === 0 ? NO_LETTERS : 0;
  }

  return { languages, script, rank, estimate, rankInScript, readAll, readable };
}
