/**
 * Pass-2 jobs as data that can cross to another thread: a job's own copies of its unit arrays
 * (a view would carry its whole buffer along) and the parameters that price it. The lexical
 * evidence does not travel with each job: it is shared once per document (lexical/share.ts).
 * Other modules treat JobData as opaque.
 */
import type { LexicalScorer, SharedLexical } from '../lexical/index.js';
import type { Band } from './band.js';
import { jobLexical, type RefineJob, type RefineResult, solveJob } from './engine.js';
import type { SearchParams, SearchProblem } from './search.js';

/** A pass-2 job and its pricing, structured-clone safe. */
export interface JobData {
  readonly params: SearchParams;
  readonly problem: Omit<SearchProblem, 'lexical'>;
  readonly band: Band;
  /** The job's own evidence (RefineJob.local), shared, with its weight. */
  readonly local?: { readonly weight: number; readonly lexical: SharedLexical };
}

/** A job as data, with copies of its arrays that belong to it alone. */
export function jobData(job: RefineJob, params: SearchParams): JobData {
  const { problem: p } = job;
  return {
    params,
    problem: {
      srcLen: p.srcLen.slice(),
      tgtLen: p.tgtLen.slice(),
      srcOffset: p.srcOffset,
      tgtOffset: p.tgtOffset,
      ...(p.srcDeletionBonus && { srcDeletionBonus: p.srcDeletionBonus.slice() }),
      ...(p.tgtDeletionBonus && { tgtDeletionBonus: p.tgtDeletionBonus.slice() }),
      ...(p.srcGlue && { srcGlue: p.srcGlue.slice() }),
      ...(p.tgtGlue && { tgtGlue: p.tgtGlue.slice() }),
      ...(p.srcLocks && { srcLocks: p.srcLocks.slice() }),
      ...(p.tgtLocks && { tgtLocks: p.tgtLocks.slice() }),
    },
    band: { n: job.band.n, m: job.band.m, lo: job.band.lo.slice(), hi: job.band.hi.slice() },
    ...(job.local && { local: { weight: job.local.weight, lexical: shareable(job.local.scorer()).share!() } }),
  };
}

function shareable(scorer: LexicalScorer): LexicalScorer {
  if (!scorer.share) throw new Error('a job\'s local evidence cannot be shared with other threads');
  return scorer;
}

/** The buffers of a job's data that can be moved to the thread that solves it, rather than copied. */
export function jobBuffers(data: JobData): ArrayBuffer[] {
  const { problem: p, band } = data;
  const arrays = [p.srcLen, p.tgtLen, p.srcDeletionBonus, p.tgtDeletionBonus, p.srcGlue, p.tgtGlue, p.srcLocks, p.tgtLocks, band.lo, band.hi];
  return arrays.filter((a) => a !== undefined).map((a) => a.buffer as ArrayBuffer);
}

/** Solve a job from its data, with the document's lexical scorer and the job's own (`local`) as rebuilt on this thread. */
export function solveJobData(data: JobData, lexical: LexicalScorer, local?: LexicalScorer): RefineResult {
  const problem = { ...data.problem, lexical: jobLexical(lexical, local, data.local?.weight ?? 0) };
  return solveJob({ segment: 0, x0: 0, y0: 0, problem, band: data.band }, data.params);
}

/** The buffers of a result, which the solving thread moves back. */
export function resultBuffers(result: RefineResult): ArrayBuffer[] {
  return [result.pathX.buffer as ArrayBuffer, result.pathY.buffer as ArrayBuffer, result.posterior.buffer as ArrayBuffer];
}
