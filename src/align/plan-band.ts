/**
 * Where a plan lets the final pass look: for each source position, the range of target positions
 * its search band allows, in document coordinates. A review page draws it behind the alignment
 * path; a path that runs along its edge is where the search may have been too narrow.
 */
import type { AlignmentPlan } from './engine.js';

/** Target positions lo[x]..hi[x] (inclusive) searched at source position x, for x in 0..n. */
export interface PlanBand {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/**
 * The band of a plan. Segments with pass-2 jobs give their jobs' bands; fixed beads and segments
 * with one empty side (nothing searched) give their rectangle.
 */
export function planBand(plan: AlignmentPlan): PlanBand {
  const last = plan.segments[plan.segments.length - 1];
  const n = last?.s1 ?? 0;
  const lo = new Int32Array(n + 1).fill(0x7fffffff);
  const hi = new Int32Array(n + 1).fill(-1);
  const widen = (x: number, from: number, to: number): void => {
    if (from < lo[x]!) lo[x] = from;
    if (to > hi[x]!) hi[x] = to;
  };
  const searched = new Set(plan.jobs.map((j) => j.segment));
  plan.segments.forEach((g, k) => {
    if (!searched.has(k)) for (let x = g.s0; x <= g.s1; x++) widen(x, g.t0, g.t1);
  });
  for (const job of plan.jobs) {
    const g = plan.segments[job.segment]!;
    const { band } = job;
    for (let x = 0; x <= band.n; x++) widen(g.s0 + job.x0 + x, g.t0 + job.y0 + band.lo[x]!, g.t0 + job.y0 + band.hi[x]!);
  }
  for (let x = 0; x <= n; x++) {
    if (hi[x]! < 0) {
      lo[x] = x > 0 ? lo[x - 1]! : 0;
      hi[x] = lo[x]!;
    }
  }
  return { lo, hi };
}
