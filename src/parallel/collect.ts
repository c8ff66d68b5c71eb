/**
 * A full, synchronous garbage collection of the calling thread's heap (V8's `gc()`, which the
 * process exposes to itself on first use): for the few points where a run knows that much memory
 * just became garbage and V8 would not look for it soon.
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
