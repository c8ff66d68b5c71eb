/**
 * Terms of a dictionary found in sentences: a term is one word or a phrase of a few, compared
 * word by word under the prefix folding the cues use (lower case, accents stripped, the first
 * `prefix` letters), so that a headword finds its inflected forms (`marcher` → `march`: marchait,
 * marchons); a headword shorter than that finds itself with up to SHORT_ENDING more letters (`dog`:
 * dogs, `chat`: chats). A phrase matches where its words follow each other. Pure.
 */
import { fold, wordKey } from '../fold.js';
import { forEachLexiconPiece, TokenScanner, WORD } from '../tokens.js';
import type { WordRows } from '../words.js';
import { MAX_TERM_WORDS } from './types.js';

/** Letters a text word may have beyond a short headword (a plural, a feminine ending). */
const SHORT_ENDING = 2;
/** Shortest headword that finds longer words: `do` must not find `dog`. */
const SHORT_STEM = 3;

/**
 * Calls `word` with each word of a text as a lexicon reads it: a run of Han, kana, Thai or Khmer
 * (one clause to the scanner) as its dictionary words, a Korean word as its stem, so that a
 * headword and the text are cut alike.
 */
function forEachWord(text: string, scanner: TokenScanner, word: (w: string) => void): void {
  scanner.reset(text);
  while (scanner.next()) if (scanner.kind === WORD) forEachLexiconPiece(text, scanner.start, scanner.end, (a, b) => word(text.slice(a, b)));
}

/** The keys of a dictionary term's words, in order. */
function keys(text: string, prefix: number, scanner: TokenScanner): string[] {
  const out: string[] = [];
  forEachWord(text, scanner, (w) => out.push(wordKey(w, prefix)));
  return out;
}

/** The keys a text word may stand for: its own, and the short headwords it may be an inflection of. */
function candidates(word: string, prefix: number): string[] {
  const f = fold(word);
  const out = [wordKey(word, prefix)];
  const longest = prefix > 0 ? Math.min(f.length - 1, prefix - 1) : f.length - 1;
  for (let k = longest; k >= Math.max(SHORT_STEM, f.length - SHORT_ENDING); k--) out.push(f.slice(0, k));
  return out;
}

/** The terms of one side: ids by their word keys, and an index by first word for matching. */
export class TermIndex {
  private readonly ids = new Map<string, number>();
  /** First word key → terms starting with it, as [rest of the keys, id], longest first. */
  private readonly byFirst = new Map<string, Array<readonly [readonly string[], number]>>();
  private readonly scanner = new TokenScanner();
  /** How many terms. */
  size = 0;

  constructor(readonly prefix: number) {}

  /** The id of a term (added when new); −1 for a term with no word or too many. */
  add(term: string): number {
    const words = keys(term, this.prefix, this.scanner);
    if (!words.length || words.length > MAX_TERM_WORDS) return -1;
    const joined = words.join(' ');
    let id = this.ids.get(joined);
    if (id === undefined) {
      id = this.size++;
      this.ids.set(joined, id);
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push([words.slice(1), id]);
      list.sort((a, b) => b[0].length - a[0].length || a[1] - b[1]);
      this.byFirst.set(words[0]!, list);
    }
    return id;
  }

  /**
   * The terms each text holds, distinct within a text. At each word the longest term starting
   * there is taken, and the words it covers are not looked at again.
   */
  rows(texts: { readonly count: number; text(k: number): string }): WordRows {
    const off = new Int32Array(texts.count + 1);
    const ids: number[] = [];
    const seen = new Int32Array(this.size).fill(-1);
    const cache = new Map<string, string[]>();
    for (let s = 0; s < texts.count; s++) {
      const text = texts.text(s);
      const words: string[][] = [];
      forEachWord(text, this.scanner, (w) => {
        let c = cache.get(w);
        if (!c) cache.set(w, (c = candidates(w, this.prefix)));
        words.push(c);
      });
      for (let i = 0; i < words.length; ) {
        let step = 1;
        let best: readonly [readonly string[], number] | undefined;
        for (const first of words[i]!) {
          for (const term of this.byFirst.get(first) ?? []) {
            if ((!best || term[0].length > best[0].length) && term[0].every((w, k) => words[i + 1 + k]?.includes(w))) best = term;
          }
        }
        if (best) {
          const id = best[1];
          if (seen[id] !== s) {
            seen[id] = s;
            ids.push(id);
          }
          step = best[0].length + 1;
        }
        i += step;
      }
      off[s + 1] = ids.length;
    }
    return { off, ids: Int32Array.from(ids) };
  }
}
