/**
 * Scorers across threads: the shared form of a scorer, plain data (typed arrays on
 * SharedArrayBuffers, so that nothing is copied) with the URL of the module that rebuilds it.
 * restore.ts rebuilds them.
 */

/** A lexical scorer as data that threads can pass each other. */
export interface SharedLexical {
  /** What kind of scorer it is, for messages. */
  readonly kind: string;
  /** URL of the module whose `restore(shared)` rebuilds it (its own `import.meta.url`). */
  readonly module: string;
  /** The scorer's data: numbers, strings, typed arrays, and nested SharedLexical parts. */
  readonly [field: string]: unknown;
}

type SharableArray = Int32Array | Float64Array | Float32Array;

/** The array itself if it already lives in shared memory, else a copy that does. */
export function onShared<T extends SharableArray>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const out = new (a.constructor as new (buffer: SharedArrayBuffer) => T)(new SharedArrayBuffer(a.byteLength));
  out.set(a as never);
  return out;
}

/**
 * An Int32Array made in shared memory from the start: large scorer arrays are, so that sharing
 * them with worker threads copies nothing (at a million sentences a side they are about 110 MB).
 */
export function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(length * 4));
}
