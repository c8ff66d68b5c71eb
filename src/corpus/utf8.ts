/**
 * Text chunks encoded as UTF-8 as they come, without joining them first, into blocks of bytes: a
 * document's output crosses from its worker thread to the writing thread as those blocks, moved
 * rather than copied, and is written as it is. Joined into a string, a million-sentence document's
 * output lived as its chunks, their join and its flat copy on the worker, a copy on the main thread
 * and the bytes of its write, all at once; one array grown by doubling would still hold up to
 * three times the output while growing and cutting it (bench/NOTES-engine.md, corpus section).
 */

/** Bytes of a document's first block: most ten-verse documents' outputs fit in it. */
const FIRST_BLOCK = 1 << 14;
/** Blocks grow by doubling to this size (1 MiB), and a long output is a list of them. */
const LARGEST_BLOCK = 1 << 20;
/** UTF-8 takes at most 3 bytes for a UTF-16 code unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

const encoder = new TextEncoder();

/**
 * The UTF-8 encoding of the chunks, in order, as blocks to be written one after another. The last
 * block is cut to its length; a full block leaves unused at most the room one chunk might have
 * needed.
 */
export function encodeChunks(chunks: Iterable<string>): Uint8Array[] {
  const blocks: Uint8Array[] = [];
  let block = new Uint8Array(FIRST_BLOCK);
  let used = 0;
  for (const chunk of chunks) {
    const needed = chunk.length * MAX_BYTES_PER_UNIT;
    if (used + needed > block.length) {
      if (used) blocks.push(block.subarray(0, used));
      block = new Uint8Array(Math.max(needed, Math.min(block.length * 2, LARGEST_BLOCK)));
      used = 0;
    }
    used += encoder.encodeInto(chunk, block.subarray(used)).written;
  }
  if (used) blocks.push(block.slice(0, used));
  return blocks;
}

/** Bytes in the blocks. */
export function byteLength(blocks: readonly Uint8Array[]): number {
  let n = 0;
  for (const block of blocks) n += block.length;
  return n;
}
