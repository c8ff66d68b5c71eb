/**
 * The worker threads of a corpus run: one pool for the whole run, each worker aligning whole
 * documents with the settings it was started with (and what the run shares with it later: the
 * corpus lexicon). A task is a DocumentJob (paths, or the texts given inline), to align or to
 * read for the corpus lexicon, and comes back as its outcome (text and figures, or words): what
 * crosses threads is small and plain. Documents that fail come back as outcomes too; only a
 * crashed worker fails the pool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { WorkerPool } from '../parallel/pool.js';
import type { DocumentJob, DocumentOutcome, WordsOutcome } from './document.js';

/**
 * Tasks a worker holds at once: the one it aligns and the next, so that it never waits for the
 * main thread between two short documents.
 */
const WORKER_DEPTH = 2;

/** What a worker does with a document: align it, or give the words of its confident beads. */
type TaskKind = 'align' | 'words';

interface TaskMessage {
  readonly id: number;
  readonly kind: TaskKind;
  readonly job: DocumentJob;
}

/** Settings every worker takes into its setup, before any task sent after them. */
interface ShareMessage {
  readonly share: unknown;
}

interface OutcomeMessage<O> {
  readonly id: number;
  readonly outcome: O;
}

/** Aligns documents on `threads` worker threads running `script`, each started with `setup`. */
export class DocumentPool {
  private readonly pool: WorkerPool;
  private nextId = 0;

  constructor(threads: number, script: URL, setup: unknown) {
    this.pool = new WorkerPool(threads, script, WORKER_DEPTH, setup);
  }

  /** The outcome of one document; rejects only when a worker thread fails. */
  align(job: DocumentJob): Promise<DocumentOutcome> {
    return this.run('align', job);
  }

  /** The words a document gives the corpus lexicon; rejects only when a worker thread fails. */
  words(job: DocumentJob): Promise<WordsOutcome> {
    return this.run('words', job);
  }

  /** Settings merged into every worker's setup, for the tasks sent from now on. */
  share(settings: object): void {
    this.pool.broadcast({ share: settings } satisfies ShareMessage);
  }

  private async run<O>(kind: TaskKind, job: DocumentJob): Promise<O> {
    const id = this.nextId++;
    const reply = await this.pool.run<OutcomeMessage<O>>(id, () => ({ message: { id, kind, job } satisfies TaskMessage, transfer: [] }));
    return reply.outcome;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** What a worker does with each kind of task, given its setup. */
export interface DocumentHandlers<S> {
  align(job: DocumentJob, setup: S): Promise<DocumentOutcome>;
  words(job: DocumentJob, setup: S): Promise<WordsOutcome>;
}

/**
 * The worker's side: handle each document it is sent, given the setup the pool started it with
 * and the settings shared since.
 */
export function serveDocuments<S extends object>(handlers: DocumentHandlers<S>): void {
  let setup = workerData as S;
  parentPort!.on('message', async (message: TaskMessage | ShareMessage) => {
    if ('share' in message) {
      setup = { ...setup, ...(message.share as Partial<S>) };
      return;
    }
    const outcome = message.kind === 'align' ? await handlers.align(message.job, setup) : await handlers.words(message.job, setup);
    parentPort!.postMessage({ id: message.id, outcome } satisfies OutcomeMessage<DocumentOutcome | WordsOutcome>);
  });
}
