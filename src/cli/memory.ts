/**
 * Memory at the CLI's edge: when a full garbage collection (parallel/collect.ts) between reading
 * and aligning is worth it.
 *
 * Once the Documents are built, the decoded inputs are garbage (the Documents keep a one-byte copy
 * of a two-byte text, see src/document/build.ts): 250 MB for the English side of a million-sentence
 * pair. V8 only collects them at its next full collection, which it starts when the aligner's
 * arrays have piled up on top of them (measured: +180 MB on the peak RSS of that run). Collecting
 * first costs about 0.1 s at that size.
 */

/** Inputs (UTF-16 code units, both sides) from which the collection is worth its 0.1 s: about 16 MB of text. */
export const COLLECT_AFTER_READING = 1 << 24;
