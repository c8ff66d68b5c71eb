/**
 * The worker threads of a corpus run: one pool for the whole run, each worker aligning whole
 * documents with the settings it was started with. A task is a DocumentJob (paths, or the texts
 * given inline) and comes back as a DocumentOutcome (text and figures): what crosses threads is
 * small and plain. Documents that fail come back as outcomes too; only a crashed worker fails
 * the pool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { WorkerPool } from '../parallel/pool.js';
import type { DocumentJob, DocumentOutcome } from './document.js';

/**
 * Tasks a worker holds at once: the one it aligns and the next, so that it never waits for the
 * main thread between two short documents.
 */
const WORKER_DEPTH = 2;

interface TaskMessage {
  readonly id: number;
  readonly job: DocumentJob;
}

interface OutcomeMessage {
  readonly id: number;
  readonly outcome: DocumentOutcome;
}

/** Aligns documents on `threads` worker threads running `script`, each started with `setup`. */
export class DocumentPool {
  private readonly pool: WorkerPool;
  private nextId = 0;

  constructor(threads: number, script: URL, setup: unknown) {
    this.pool = new WorkerPool(threads, script, WORKER_DEPTH, setup);
  }

  /** The outcome of one document; rejects only when a worker thread fails. */
  async align(job: DocumentJob): Promise<DocumentOutcome> {
    const id = this.nextId++;
    const reply = await this.pool.run<OutcomeMessage>(id, () => ({ message: { id, job } satisfies TaskMessage, transfer: [] }));
    return reply.outcome;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/**
 * The worker's side: align each document it is sent with `handler`, given the setup the pool
 * started it with.
 */
export function serveDocuments<S>(handler: (job: DocumentJob, setup: S) => Promise<DocumentOutcome>): void {
  const setup = workerData as S;
  parentPort!.on('message', async (message: TaskMessage) => {
    const outcome = await handler(message.job, setup);
    parentPort!.postMessage({ id: message.id, outcome } satisfies OutcomeMessage);
  });
}
