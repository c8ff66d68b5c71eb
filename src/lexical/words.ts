/**
 * Words as integer ids, for a lexicon: every word token of a text (tokens.ts) lower-cased,
 * accent-folded (fold.ts) and cut to its first `prefix` letters, so that the inflected forms of a
 * word mostly share one id (`marchait`, `marchons` → `march` at 5). Pure.
 */
import { wordKey } from './fold.js';
import { forEachLexiconPiece, TokenScanner, WORD } from './tokens.js';

/** Words in compressed rows: row r (a sentence, or a bead) has ids[off[r]..off[r+1]), in text order. */
export interface WordRows {
  readonly off: Int32Array;
  readonly ids: Int32Array;
}

/** Folded word keys ↔ dense integer ids. */
export class WordKeys {
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  /** Surface forms seen so far → id (a text repeats its words: each is folded once). */
  private readonly surface = new Map<string, number>();
  private readonly scanner = new TokenScanner();

  /** @param prefix letters kept of each folded word (0: the whole word) */
  constructor(readonly prefix: number) {}

  /** The id of a key, added when new. */
  id(key: string): number {
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.index.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** The id of a key, or −1 when it has none. */
  find(key: string): number {
    return this.index.get(key) ?? -1;
  }

  /** The id of a word as it appears in a text. */
  word(surface: string): number {
    let id = this.surface.get(surface);
    if (id === undefined) {
      id = this.id(wordKey(surface, this.prefix));
      this.surface.set(surface, id);
    }
    return id;
  }

  /** The ids of the words of a text (NFC), in order. */
  wordsOf(text: string): number[] {
    const out: number[] = [];
    const { scanner } = this;
    scanner.reset(text);
    const add = (start: number, end: number): void => {
      out.push(this.word(text.slice(start, end)));
    };
    while (scanner.next()) if (scanner.kind === WORD) forEachLexiconPiece(text, scanner.start, scanner.end, add);
    return out;
  }

  get size(): number {
    return this.keys.length;
  }
}
