/**
 * A full, synchronous garbage collection of the calling thread's heap (V8's `gc()`, which the
 * process exposes to itself on first use): for the few points where a run knows that much memory
 * just became garbage and V8 would not look for it soon; and how far heaps grow between two.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/**
 * From now on, let every heap of the process (the main thread's and every worker's: V8's settings
 * are the process's) grow by `percent` past what a full collection left before the next one
 * (V8's --heap-growing-percent), instead of V8's own choice, which lets a thread that allocates
 * slowly grow to four times its live size and so peak later and higher the longer a run lasts.
 */
export function limitHeapGrowth(percent: number): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
