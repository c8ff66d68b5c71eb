/**
 * What the main thread and the workers say to each other: a pass-2 job as plain data (its own
 * copies of the unit arrays, since a view would carry its whole buffer along) and its result.
 * Pure conversions; the lexical evidence travels once per document, in shared memory.
 */
import type { Band } from '../align/band.js';
import type { RefineJob, RefineResult } from '../align/engine.js';
import type { LexicalScorer, SharedLexical } from '../align/lexical.js';
import type { SearchParams, SearchProblem } from '../align/search.js';

/** A job for a worker: which document's scorer to use, the job, and how to price it. */
export interface JobMessage {
  readonly id: number;
  /** Identifies the document pair: a worker rebuilds its scorer once per pair. */
  readonly pair: number;
  readonly lexical: SharedLexical;
  readonly params: SearchParams;
  readonly temperature: number;
  readonly problem: Omit<SearchProblem, 'lexical'>;
  readonly band: Band;
}

export type WorkerReply = { readonly id: number; readonly result: RefineResult } | { readonly id: number; readonly error: string };

/** The job as a message, and the buffers that can be moved rather than copied. */
export function jobMessage(id: number, pair: number, lexical: SharedLexical, params: SearchParams, temperature: number, job: RefineJob): JobMessage {
  const { problem: p } = job;
  return {
    id,
    pair,
    lexical,
    params,
    temperature,
    problem: {
      srcLen: p.srcLen.slice(),
      tgtLen: p.tgtLen.slice(),
      srcOffset: p.srcOffset,
      tgtOffset: p.tgtOffset,
      ...(p.srcDeletionBonus && { srcDeletionBonus: p.srcDeletionBonus.slice() }),
      ...(p.tgtDeletionBonus && { tgtDeletionBonus: p.tgtDeletionBonus.slice() }),
      ...(p.srcGlue && { srcGlue: p.srcGlue.slice() }),
      ...(p.tgtGlue && { tgtGlue: p.tgtGlue.slice() }),
    },
    band: { n: job.band.n, m: job.band.m, lo: job.band.lo.slice(), hi: job.band.hi.slice() },
  };
}

/** Buffers of a message that belong to it alone (moved to the worker, not copied). */
export function ownBuffers(message: JobMessage): ArrayBuffer[] {
  const { problem: p, band } = message;
  const arrays = [p.srcLen, p.tgtLen, p.srcDeletionBonus, p.tgtDeletionBonus, p.srcGlue, p.tgtGlue, band.lo, band.hi];
  return arrays.filter((a) => a !== undefined).map((a) => a.buffer as ArrayBuffer);
}

/** The job back from a message, with the worker's scorer for its pair. */
export function jobFromMessage(message: JobMessage, lexical: LexicalScorer): RefineJob {
  return { segment: 0, x0: 0, y0: 0, problem: { ...message.problem, lexical }, band: message.band };
}
