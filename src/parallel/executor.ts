/**
 * Pass 2 on several cores: the jobs of a plan (the pieces of long segments, align/pieces.ts) are
 * solved by the calling thread and worker threads side by side. One executor keeps one pool of
 * workers for its whole life, however many documents it aligns, and starts it only when a plan is
 * long enough to be worth it. The jobs and their order depend on the input only, so the beads are
 * the same bytes whatever the number of threads.
 */
import { availableParallelism } from 'node:os';
import { type AlignmentPlan, jobBuffers, jobData, type PlanExecutor, type RefineResult, solveJob, solvePlan } from '../align/index.js';
import type { JobMessage, WorkerReply } from './messages.js';
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

export interface ThreadOptions {
  /** Threads for pass 2, the calling one included (default: the machine's available parallelism; 1: no worker started). */
  readonly threads?: number;
  /** Fewest source sentences in pass 2 for which workers take part (default PARALLEL_MIN_ROWS). */
  readonly parallelMinRows?: number;
  /** The worker script (default: worker.js beside this module); tests run one built from the sources. */
  readonly workerScript?: URL;
  /**
   * Stop the workers as soon as a plan is solved (default false: they wait for the next plan
   * until `close()`). For a caller that solves one plan: what they hold (a heap each, 50-110 MB at
   * a million sentences) is given back before the Bead records are made, the peak of such a run.
   */
  readonly oneShot?: boolean;
}

/** An executor with worker threads; `close()` stops them (the process cannot exit before). */
export interface ThreadExecutor extends PlanExecutor {
  readonly threads: number;
  close(): Promise<void>;
}

/** Pass 2 on `threads` threads: the calling one and, when a plan is long enough, `threads − 1` workers. */
export function createThreadExecutor(options: ThreadOptions = {}): ThreadExecutor {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const minRows = options.parallelMinRows ?? PARALLEL_MIN_ROWS;
  let pool: WorkerPool | undefined;
  let pairs = 0;
  let nextId = 0;

  const solve = async (plan: AlignmentPlan): Promise<RefineResult[]> => {
    const { jobs, params } = plan;
    let rows = 0;
    for (const job of jobs) rows += job.problem.srcLen.length;
    const lexical = jobs[0]?.problem.lexical;
    if (Math.min(threads, jobs.length) < 2 || rows < minRows || !lexical?.share) return solvePlan(plan);
    const shared = lexical.share();
    const pair = ++pairs;
    // The calling thread solves jobs too: one worker fewer to start, and its C heap reuses what
    // the plan has freed (each worker thread's heap is memory of its own: 50-110 MB at 1M).
    pool ??= new WorkerPool(threads - 1, options.workerScript ?? new URL('./worker.js', import.meta.url), WORKER_DEPTH);
    const workers = pool;
    const results = new Array<RefineResult>(jobs.length);
    let next = 0;
    let failed = false;
    /** The next job nobody has taken, or −1 when there is none (or no point: a thread failed). */
    const take = (): number => (failed || next >= jobs.length ? -1 : next++);
    const onWorker = async (): Promise<void> => {
      for (let k = take(); k >= 0; k = take()) {
        const id = nextId++;
        const reply = await workers.run<WorkerReply>(id, () => {
          const message: JobMessage = { id, pair, lexical: shared, job: jobData(jobs[k]!, params) };
          return { message, transfer: jobBuffers(message.job) };
        });
        if ('error' in reply) throw new Error(`pass 2 on a worker thread: ${reply.error}`);
        results[k] = reply.result;
      }
    };
    const here = async (first: number): Promise<void> => {
      for (let k = first; k >= 0; k = take()) {
        results[k] = solveJob(jobs[k]!, params);
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
      if (options.oneShot) await close();
      return results;
    } catch (error) {
      failed = true;
      throw error;
    }
  };

  async function close(): Promise<void> {
    const open = pool;
    pool = undefined;
    await open?.close();
  }

  return { threads, solve, close };
}
