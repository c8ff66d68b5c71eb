/**
 * Memory at the CLI's edge: when a full garbage collection (parallel/collect.ts) is worth it, and
 * how far a corpus run's heaps may grow between two.
 *
 * Once the Documents are built, the decoded inputs are garbage (the Documents keep a one-byte copy
 * of a two-byte text, see src/document/build.ts): 250 MB for the English side of a million-sentence
 * pair. V8 only collects them at its next full collection, which it starts when the aligner's
 * arrays have piled up on top of them (measured: +180 MB on the peak RSS of that run). Collecting
 * first costs about 0.1 s at that size.
 */

/** Inputs (UTF-16 code units, both sides) from which the collection is worth its 0.1 s: about 16 MB of text. */
export const COLLECT_AFTER_READING = 1 << 24;

/**
 * How far past what the last full collection left a heap grows before the next, in a corpus run
 * (percent; V8's own choice goes up to 300 for a thread that allocates slowly). The main thread
 * of `batch` only receives outputs and writes them, and nearly all it receives outlives two young
 * collections: V8 let its old generation grow from 25 to 76 MB (some 100 s on bench/corpus.mjs's
 * ten-verse documents) before collecting, so a run of 10 000 documents ended before that
 * collection and one of 40 000 went through it and peaked higher; the workers' heaps swung between
 * 26 and 80 MB. At 50 (the one value measured), the main thread stays under 26 MB, 40 000 documents
 * peaked at 1.04 and 1.06 times 10 000, and 10 000 hundred-verse documents at 350 MB instead of
 * 450-510, for the same CPU time (bench/NOTES-engine.md, corpus section).
 */
export const CORPUS_HEAP_GROWING_PERCENT = 50;
