/**
 * Work written as steps: an async generator that yields between the stages of one job (reading,
 * the language check, the problem, the plan, pass 2) and returns its result. Run alone, it is the
 * job; several run in lockstep do each stage for all of them before the next. A small document
 * (a corpus of ten-verse documents) runs through the whole pipeline's code and tables in about a
 * millisecond and finds each stage cold, evicted by the other stages since its last document;
 * four documents a stage at a time cost about a tenth less (bench/NOTES-engine.md, issue 12).
 */

/**
 * UTF-16 units of a pair's texts (both sides) up to which its job yields between stages: a
 * hundred-verse Bible document has some 45 000. A larger pair runs its stages without waiting,
 * so that lockstep never holds two large pairs' texts and plans at once, only small ones'.
 */
export const LOCKSTEP_MAX_TEXT = 1 << 16;

/** Whether a pair of texts this long waits for other jobs between its stages (LOCKSTEP_MAX_TEXT). */
export function inLockstepSize(textLength: number): boolean {
  return textLength <= LOCKSTEP_MAX_TEXT;
}

/** A job in steps: it yields between stages and returns its result. */
export type Steps<T> = AsyncGenerator<void, T, undefined>;

/** Run a job's steps one after another: its result. */
export async function finish<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = await steps.next();
    if (step.done) return step.value;
  }
}

/** A job's result, with the seconds its own steps took (not those of the jobs it ran with). */
export interface Timed<T> {
  readonly value: T;
  readonly seconds: number;
}

/**
 * Run jobs in lockstep: each job's next step, in order, then each one's step after that, until
 * every job has returned. The results in the jobs' order. A job that must not wait for others
 * between two stages (a large document, whose stages would hold its memory while the others run)
 * simply does not yield there.
 */
export async function inLockstep<T>(jobs: readonly Steps<T>[]): Promise<Timed<T>[]> {
  const results = new Array<Timed<T>>(jobs.length);
  const seconds = new Float64Array(jobs.length);
  let running = jobs.map((_, k) => k);
  while (running.length) {
    const still: number[] = [];
    for (const k of running) {
      const started = performance.now();
      const step = await jobs[k]!.next();
      seconds[k]! += (performance.now() - started) / 1000;
      if (step.done) results[k] = { value: step.value, seconds: seconds[k]! };
      else still.push(k);
    }
    running = still;
  }
  return results;
}
