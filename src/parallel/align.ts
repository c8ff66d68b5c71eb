/**
 * Alignment on several cores: the final pass of a long document is cut into pieces
 * (align/pieces.ts) that the calling thread and worker threads solve side by side. The pieces
 * and their order depend on the input only, so the beads are the same bytes whatever the number
 * of threads, and the same as the single-threaded `align` gives.
 */
import { availableParallelism } from 'node:os';
import { assembleLadder, type Ladder, ladderBeads, planDocuments, type RefineResult, solveJob } from '../align/index.js';
import type { AlignOptions } from '../align/index.js';
import { type BitextOptions, type BitextResult, prepareInputs } from '../bitext.js';
import type { NamedText, PreparedPair } from '../document/prepare.js';
import type { Bead, Document } from '../types.js';
import { jobMessage, ownBuffers, type WorkerReply } from './messages.js';
import { WorkerPool } from './pool.js';

/**
 * Below this many source sentences in pass 2 the calling thread does it alone: starting workers
 * (about 0.1 s each, loading the aligner) costs more than the second core saves.
 */
export const PARALLEL_MIN_ROWS = 50_000;

/**
 * Jobs a worker holds at once: the one it solves and the next, waiting in its message queue for
 * when it finishes while the calling thread is busy with a job of its own.
 */
const WORKER_DEPTH = 2;

export interface ParallelOptions {
  /** Threads for the final pass, the calling one included (default: the machine's available parallelism; 1: no worker started). */
  readonly threads?: number;
  /** Fewest source sentences in the final pass for which threads are started (default PARALLEL_MIN_ROWS). */
  readonly parallelMinRows?: number;
}

let pairs = 0;

/** alignDocuments on several threads: the same beads. */
export async function alignDocumentsParallel(source: Document, target: Document, options: AlignOptions & ParallelOptions = {}): Promise<Bead[]> {
  // As in alignDocuments: the plan (features, scorer, bands) is garbage before the Bead records are made.
  return ladderBeads(await parallelLadder(source, target, options));
}

async function parallelLadder(source: Document, target: Document, options: AlignOptions & ParallelOptions): Promise<Ladder> {
  const plan = planDocuments(source, target, options);
  const { jobs, params, temperature } = plan;
  let rows = 0;
  for (const job of jobs) rows += job.problem.srcLen.length;
  const threads = Math.min(options.threads ?? availableParallelism(), jobs.length);
  const lexical = jobs[0]?.problem.lexical;
  if (threads < 2 || rows < (options.parallelMinRows ?? PARALLEL_MIN_ROWS) || !lexical?.share) {
    return assembleLadder(plan, jobs.map((job) => solveJob(job, params, temperature)));
  }
  const shared = lexical.share();
  const pair = ++pairs;
  // The calling thread solves jobs too: one worker fewer to start, and its C heap reuses what
  // the plan has freed (each worker thread's heap is memory of its own: 50-110 MB at 1M).
  const pool = new WorkerPool(threads - 1, new URL('./worker.js', import.meta.url), WORKER_DEPTH);
  const results = new Array<RefineResult>(jobs.length);
  let next = 0;
  let failed = false;
  /** The next job nobody has taken, or −1 when there is none (or no point: a thread failed). */
  const take = (): number => (failed || next >= jobs.length ? -1 : next++);
  const onWorker = async (): Promise<void> => {
    for (let id = take(); id >= 0; id = take()) {
      const reply = await pool.run<WorkerReply>(id, () => {
        const message = jobMessage(id, pair, shared, params, temperature, jobs[id]!);
        return { message, transfer: ownBuffers(message) };
      });
      if ('error' in reply) throw new Error(`pass 2 on a worker thread: ${reply.error}`);
      results[id] = reply.result;
    }
  };
  const here = async (first: number): Promise<void> => {
    for (let id = first; id >= 0; id = take()) {
      results[id] = solveJob(jobs[id]!, params, temperature);
      // Let the workers' replies in, so that they are handed their next jobs.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  try {
    // The calling thread keeps the first job (with two jobs, the workers would otherwise take
    // both), and starts on it once the workers have theirs.
    const first = take();
    const feeders = Array.from({ length: (threads - 1) * WORKER_DEPTH }, onWorker);
    await Promise.all([...feeders, here(first)]);
    return assembleLadder(plan, results);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await pool.close();
  }
}

/** `alignInputs` on several threads. */
export async function alignInputsParallel(prepared: PreparedPair, options: AlignOptions & ParallelOptions = {}): Promise<BitextResult> {
  const beads = await alignDocumentsParallel(prepared.source, prepared.target, options);
  return { source: prepared.source, target: prepared.target, beads, notes: prepared.notes };
}

/** `align` on several threads: the same result, sooner on long texts. */
export async function alignParallel(
  source: string | NamedText,
  target?: string | NamedText,
  options: BitextOptions & ParallelOptions = {},
): Promise<BitextResult> {
  return alignInputsParallel(prepareInputs(source, target, options), options);
}
