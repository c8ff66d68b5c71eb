/**
 * What the calling thread and the workers say to each other: a pass-2 job as data, the shared
 * lexical evidence of its document, and the result. Pure.
 */
import type { JobData, RefineResult } from '../align/index.js';
import type { SharedLexical } from '../lexical/index.js';

/** A job for a worker: the document's scorer (rebuilt once per `pair`) and the job. */
export interface JobMessage {
  readonly id: number;
  /** Identifies the document pair within one executor: a worker rebuilds its scorer once per pair. */
  readonly pair: number;
  readonly lexical: SharedLexical;
  readonly job: JobData;
}

export type WorkerReply = { readonly id: number; readonly result: RefineResult } | { readonly id: number; readonly error: string };
