/**
 * The corpus lexicon of `bitext batch`: the confident beads of the documents of a run (or of a
 * shard), pooled in the order they are offered, per language pair, and one lexicon learned from
 * each pool; and when the documents offered are enough to stop reading more. The
 * lexicon the documents are then aligned with is the one its file would give back (formatted and
 * read again), so that a run equals `--save-lexicon` once, then `--lexicon` with the file.
 */
import { LEXICON } from '../align/index.js';
import { canonicalLang } from '../detect/index.js';
import { BeadPool, formatLexicon, type LexiconLanguages, parseLexicon, type PoolLimits, trainLexicon } from '../lexical/index.js';
import type { PairWords } from '../pipeline/confident-words.js';
import type { LexiconFile } from '../pipeline/evidence.js';

/**
 * What a pool holds at most. Twice the beads a document's own lexicon trains on at most
 * (LEXICON.maxBeads), so that the pool, which thins by halves, holds at least as many: on the
 * short documents of bench/corpus-lexicon.mjs, 1 000 beads gave within 0.1 point of 2 000. EM
 * cells bounded to 5M (some 160 MB while training; 2 000 beads of novels are 2.2M); a bead side of
 * more than 200 words is a run-on line, not a sentence.
 */
export const POOL_LIMITS: PoolLimits = { beads: 2 * LEXICON.maxBeads, cells: 5_000_000, beadWords: 200 };

/**
 * When the first pass has read enough of a corpus, visited coarse to fine (sample.ts): once the
 * pool of every language pair seen has let go of half its beads `halvings` times (it has been
 * offered 2^halvings times what it holds: the lexicon would learn from as many beads if more were
 * read, only spread more thinly), or once the documents read hold `sentences` sentences (a pair
 * too rare to fill its pool by then is learned from the beads it has, or its documents learn their
 * own). Chosen on bench/corpus-lexicon.mjs's sets as a whole.
 */
export const SAMPLE = { halvings: 1, sentences: 200_000 } as const;

/** A lexicon learned from a corpus: as the documents use it, and as its file holds it. */
export interface CorpusLexicon {
  readonly file: LexiconFile;
  readonly text: string;
  /** Beads it was trained on, and documents that offered some. */
  readonly beads: number;
  readonly documents: number;
  /** Rounds it is learned in: the most its documents ask for (their own lexicon's, LexiconLearnerOptions.rounds). */
  readonly rounds: number;
}

interface Pool {
  readonly languages: LexiconLanguages;
  readonly key: readonly [string, string];
  readonly pool: BeadPool;
  documents: number;
  rounds: number;
}

/** Pools of a corpus's beads, one per language pair (either way round: the first document's way). */
export class CorpusLexicons {
  private readonly pools: Pool[] = [];

  constructor(private readonly limits: PoolLimits = POOL_LIMITS) {}

  /**
   * Rounds the corpus lexicons are learned in: the most any document offered asks for (its own
   * lexicon's, LexiconLearnerOptions.rounds; two for sides in two scripts).
   */
  get rounds(): number {
    return this.pools.reduce((most, p) => Math.max(most, p.rounds), 1);
  }

  /** Offer one document's beads, in corpus order. */
  add(words: PairWords): void {
    const [a, b] = [canonicalLang(words.sourceLang), canonicalLang(words.targetLang)];
    let pool = this.pools.find((p) => (p.key[0] === a && p.key[1] === b) || (p.key[0] === b && p.key[1] === a));
    if (!pool) {
      pool = { languages: { source: words.sourceLang, target: words.targetLang }, key: [a, b], pool: new BeadPool(this.limits), documents: 0, rounds: 1 };
      this.pools.push(pool);
    }
    const reversed = pool.key[0] !== a || pool.key[1] !== b;
    if (words.beads.source.off.length > 1) pool.documents++;
    pool.rounds = Math.max(pool.rounds, words.rounds ?? 1);
    pool.pool.add(words.beads, reversed);
  }

  /**
   * Whether the documents offered so far are enough (SAMPLE), for a first pass that has read
   * documents of `sentences` source sentences in all.
   */
  enough(sentences: number, sample: { readonly halvings: number; readonly sentences: number } = SAMPLE): boolean {
    if (sentences >= sample.sentences) return true;
    return this.pools.length > 0 && this.pools.every((p) => p.pool.halvings >= sample.halvings);
  }

  /**
   * The lexicon of each pool that has enough beads to learn from (as many as a document needs to
   * learn its own: LEXICON.minBeads), in the order the pairs first came.
   */
  learn(): CorpusLexicon[] {
    const out: CorpusLexicon[] = [];
    for (const { languages, pool, documents, rounds } of this.pools) {
      if (pool.size < LEXICON.minBeads) continue;
      const text = formatLexicon(trainLexicon(pool.beads(), LEXICON), languages);
      const name = `corpus lexicon ${languages.source}-${languages.target}`;
      out.push({ file: { name, ...parseLexicon(text, name) }, text, beads: pool.size, documents, rounds });
    }
    return out;
  }
}
