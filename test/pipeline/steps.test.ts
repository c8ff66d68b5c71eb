import { describe, expect, it } from 'vitest';
import { finish, inLockstep, inLockstepSize, LOCKSTEP_MAX_TEXT, type Steps } from '../../src/pipeline/steps.js';

/** A job of `stages` stages that logs each stage it runs, and returns its name. */
async function* job(name: string, stages: number, log: string[]): Steps<string> {
  for (let s = 0; s < stages; s++) {
    if (s > 0) yield;
    log.push(`${name}${s}`);
  }
  return name;
}

describe('steps', () => {
  it('finish runs a job to its result', async () => {
    const log: string[] = [];
    expect(await finish(job('a', 3, log))).toBe('a');
    expect(log).toEqual(['a0', 'a1', 'a2']);
  });

  it('inLockstep runs each stage of every job before the next stage, and gives the results in the order of the jobs', async () => {
    const log: string[] = [];
    const done = await inLockstep([job('a', 3, log), job('b', 1, log), job('c', 2, log)]);
    expect(log).toEqual(['a0', 'b0', 'c0', 'a1', 'c1', 'a2']);
    expect(done.map((d) => d.value)).toEqual(['a', 'b', 'c']);
  });

  it('counts for each job the time of its own stages only', async () => {
    const spin = (ms: number) => {
      const start = performance.now();
      while (performance.now() - start < ms);
    };
    async function* slow(ms: number, stages: number): Steps<number> {
      for (let s = 0; s < stages; s++) {
        if (s > 0) yield;
        spin(ms);
      }
      return ms;
    }
    const [quick, long] = await inLockstep([slow(1, 2), slow(40, 2)]);
    expect(quick!.seconds).toBeLessThan(0.04);
    expect(long!.seconds).toBeGreaterThanOrEqual(0.08);
  });

  it('has small texts wait in lockstep and large ones run alone', () => {
    expect(inLockstepSize(0)).toBe(true);
    expect(inLockstepSize(LOCKSTEP_MAX_TEXT)).toBe(true);
    expect(inLockstepSize(LOCKSTEP_MAX_TEXT + 1)).toBe(false);
  });
});
