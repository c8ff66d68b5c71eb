/**
 * Where pass 2 runs. The engine plans an alignment as independent jobs (engine.ts); an executor
 * solves them, on this thread or on worker threads (src/parallel), and returns the results in job
 * order. The jobs depend on the input only, so every executor gives the same beads.
 */
import { type AlignmentPlan, type RefineResult, solvePlan } from './engine.js';

export interface PlanExecutor {
  /** The results of the plan's jobs, in the order of `plan.jobs`. */
  solve(plan: AlignmentPlan): Promise<RefineResult[]>;
}

/** Solves every job on the calling thread. */
export const inlineExecutor: PlanExecutor = {
  solve: async (plan) => solvePlan(plan),
};
