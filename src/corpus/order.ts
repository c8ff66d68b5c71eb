/**
 * Documents run side by side, results handed on in corpus order. Results that finish early wait
 * in a bounded window; when it is full, no further document is taken from the manifest until the
 * oldest is handed on, so memory does not grow with the corpus, and a slow reader of the output
 * slows the reading of the manifest. A result is handed on as soon as it and all before it are
 * done, even while the manifest is still being written (a pipe from Spark).
 */

/** How much may be started and not yet handed on. */
export interface WindowLimits {
  /** Documents started and not handed on. */
  readonly documents: number;
  /** Size (as `sizeOf` counts) of finished results waiting for an earlier one. */
  readonly bytes: number;
}

interface Slot<R> {
  settled: boolean;
  failed: boolean;
  value?: R;
  error?: unknown;
  size: number;
}

/**
 * `start` each item, within the window's limits, and yield the results in item order.
 * @param items the documents, read no faster than the window allows
 * @param start begins one document; its promise settles with the result (a rejection ends the run)
 * @param sizeOf the memory a finished result holds, for the window's byte limit
 */
export async function* inOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  start: (item: T) => Promise<R>,
  limits: WindowLimits,
  sizeOf: (result: R) => number = () => 0,
): AsyncGenerator<R> {
  const iterator: AsyncIterator<T> | Iterator<T> = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const window: Slot<R>[] = [];
  let buffered = 0;
  let pulling = false;
  let exhausted = false;
  let failure: { error: unknown } | undefined;
  let wake = (): void => {};
  const signal = (): void => wake();

  const pull = (): void => {
    pulling = true;
    Promise.resolve(iterator.next())
      .then(
        (r) => {
          if (r.done) {
            exhausted = true;
            return;
          }
          const slot: Slot<R> = { settled: false, failed: false, size: 0 };
          window.push(slot);
          Promise.resolve()
            .then(() => start(r.value))
            .then(
              (value) => {
                slot.value = value;
                slot.size = sizeOf(value);
                buffered += slot.size;
              },
              (error: unknown) => {
                slot.failed = true;
                slot.error = error;
              },
            )
            .finally(() => {
              slot.settled = true;
              signal();
            });
        },
        (error: unknown) => {
          failure = { error };
        },
      )
      .finally(() => {
        pulling = false;
        signal();
      });
  };

  try {
    for (;;) {
      // State is looked at with no await between the look and the wait below, so no wake-up is missed.
      while (window[0]?.settled) {
        const slot = window.shift()!;
        buffered -= slot.size;
        if (slot.failed) throw slot.error;
        yield slot.value as R;
      }
      if (failure) throw failure.error;
      if (exhausted && !pulling && !window.length) return;
      if (!pulling && !exhausted && window.length < limits.documents && buffered < limits.bytes) pull();
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // Not awaited: a manifest on stdin may have a read pending that only more input would end.
    if (!exhausted) void Promise.resolve(iterator.return?.()).catch(() => {});
  }
}
