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
export function termKeys(text: string, prefix: number, scanner: TokenScanner): string[] {
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

/** A trie node: the term that ends here (−1: none), and the nodes of the keys that may follow. */
interface TrieNode {
  id: number;
  readonly next: Map<string, TrieNode>;
}

/** A term found at a word: its id, and how many words after the first it covers. */
interface Match {
  readonly id: number;
  readonly length: number;
}

/**
 * The longest term under `node` that the words from `at` on continue (each word by any key it may
 * stand for), `depth` words already matched after the first; between as long ones, the lowest id.
 */
function longest(node: TrieNode, words: readonly (readonly string[])[], at: number, depth: number): Match | undefined {
  let best: Match | undefined = node.id >= 0 ? { id: node.id, length: depth } : undefined;
  const word = words[at];
  if (!word || node.next.size === 0) return best;
  for (const key of word) {
    const child = node.next.get(key);
    const found = child && longest(child, words, at + 1, depth + 1);
    if (found && (!best || found.length > best.length || (found.length === best.length && found.id < best.id))) best = found;
  }
  return best;
}

/**
 * The terms of one side's texts as a trie of their words' keys, and the texts' words, to find the
 * terms in them. The caller adds only the terms the texts may hold (scorer.ts): a FreeDict
 * dictionary has hundreds of thousands, a document uses a few thousand.
 */
export class TermIndex {
  /** The terms as a trie of word keys: a term ends at a node with its id. */
  private readonly root: TrieNode = { id: -1, next: new Map() };
  private readonly scanner = new TokenScanner();
  /** How many terms. */
  size = 0;
  /** Each text's words, each as the keys it may stand for (`candidates`). */
  private readonly words: string[][][] = [];
  /** Every key some word of the texts may stand for. */
  private readonly present = new Set<string>();

  constructor(
    readonly prefix: number,
    texts: { readonly count: number; text(k: number): string },
  ) {
    const cache = new Map<string, string[]>();
    for (let s = 0; s < texts.count; s++) {
      const words: string[][] = [];
      forEachWord(texts.text(s), this.scanner, (w) => {
        let c = cache.get(w);
        if (!c) {
          cache.set(w, (c = candidates(w, prefix)));
          for (const key of c) this.present.add(key);
        }
        words.push(c);
      });
      this.words.push(words);
    }
  }

  /** Every key some word of the texts may stand for. */
  keys(): Iterable<string> {
    return this.present;
  }

  /** The id of a term given as its words' keys (`termKeys`), added when new. */
  addKeys(words: readonly string[]): number {
    let node = this.root;
    for (const key of words) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { id: -1, next: new Map() }));
      node = child;
    }
    if (node.id < 0) node.id = this.size++;
    return node.id;
  }

  /**
   * The terms each text holds, distinct within a text. At each word the longest term starting
   * there is taken, and the words it covers are not looked at again.
   */
  rows(): WordRows {
    const off = new Int32Array(this.words.length + 1);
    const ids: number[] = [];
    const seen = new Int32Array(this.size).fill(-1);
    for (let s = 0; s < this.words.length; s++) {
      const words = this.words[s]!;
      for (let i = 0; i < words.length; ) {
        let step = 1;
        let best: Match | undefined;
        for (const first of words[i]!) {
          const node = this.root.next.get(first);
          const found = node && longest(node, words, i + 1, 0);
          // The longest term wins; between as long ones, the first word's earlier key, then the first term added.
          if (found && (!best || found.length > best.length)) best = found;
        }
        if (best) {
          const { id } = best;
          if (seen[id] !== s) {
            seen[id] = s;
            ids.push(id);
          }
          step = best.length + 1;
        }
        i += step;
      }
      off[s + 1] = ids.length;
    }
    return { off, ids: Int32Array.from(ids) };
  }
}
