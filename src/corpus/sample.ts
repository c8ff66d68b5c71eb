/**
 * The order in which the corpus lexicon's first pass visits a corpus: coarse to fine (van der
 * Corput, base 2), so that any prefix of the visit is spread evenly over the whole corpus and the
 * pass can stop as soon as it has seen enough. The order depends on the number of documents only.
 */
import { InputError } from '../errors.js';

/**
 * The indices `0..n-1`, each once, in bit-reversed order: 0, then n/2, n/4, 3n/4, n/8… (of the
 * power of two at or above n, skipping what lies past the end). After the first 2^j indices of
 * that power, every multiple of its 2^-j below n has been visited and nothing else.
 */
export function* coarseToFine(n: number): Generator<number> {
  let bits = 0;
  while (1 << bits < n) bits++;
  const size = 1 << bits;
  for (let k = 0; k < size; k++) {
    let r = 0;
    for (let b = 0, v = k; b < bits; b++, v >>= 1) r = (r << 1) | (v & 1);
    if (r < n) yield r;
  }
}

/** Indices visited per scan of the corpus: what a scan holds at once (manifest entries), and how often it is read again. */
const SCAN_INDICES = 2048;

/**
 * Items of a list that can only be read through from its start (a manifest file), in coarse-to-
 * fine order: read through once per `SCAN_INDICES` indices of the order, holding only those.
 * @param read the items `[0, n)`, from the first, each time it is called
 * @param name how messages name the list (the manifest's path)
 * @throws InputError naming the list when a reading ends before the n items counted at first
 */
export async function* coarseToFineItems<T>(n: number, read: () => AsyncIterable<T> | Iterable<T>, name: string, scan = SCAN_INDICES): AsyncGenerator<T> {
  const order = coarseToFine(n);
  for (;;) {
    // Index in the corpus → place in this scan's part of the order.
    const wanted = new Map<number, number>();
    while (wanted.size < scan) {
      const r = order.next();
      if (r.done) break;
      wanted.set(r.value, wanted.size);
    }
    if (!wanted.size) return;
    const held: T[] = new Array<T>(wanted.size);
    let index = 0;
    let found = 0;
    for await (const item of read()) {
      const at = wanted.get(index++);
      if (at !== undefined) {
        held[at] = item;
        if (++found === wanted.size) break;
      }
    }
    if (found < wanted.size) {
      throw new InputError(name, `changed while it was read: ${index} documents, ${n} when counted`, { code: 'invalid-manifest', data: { documents: index, counted: n } });
    }
    yield* held;
  }
}
