/**
 * Text chunks encoded into one UTF-8 byte array as they come, without joining them first: a
 * document's output crosses from its worker thread to the writing thread as bytes, moved rather
 * than copied, and is written as it is. Joined into a string, a million-sentence document's output
 * lived as its chunks, their join and its flat copy on the worker, a copy on the main thread and
 * the bytes of its write, about six times its size at once (bench/NOTES-engine.md, corpus section).
 */

/** Bytes reserved for a first chunk: most ten-verse documents' outputs fit without growing. */
const INITIAL_BYTES = 1 << 14;
/** UTF-8 takes at most 3 bytes for a UTF-16 code unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

const encoder = new TextEncoder();

/** The UTF-8 encoding of the chunks, in order, in an array of exactly its length. */
export function encodeChunks(chunks: Iterable<string>): Uint8Array {
  let bytes = new Uint8Array(INITIAL_BYTES);
  let used = 0;
  for (const chunk of chunks) {
    const needed = used + chunk.length * MAX_BYTES_PER_UNIT;
    if (needed > bytes.length) {
      const grown = new Uint8Array(Math.max(needed, bytes.length * 2));
      grown.set(bytes.subarray(0, used));
      bytes = grown;
    }
    used += encoder.encodeInto(chunk, bytes.subarray(used)).written;
  }
  // Exactly its length: the array's buffer is what crosses threads and waits its turn to be written.
  return bytes.slice(0, used);
}
