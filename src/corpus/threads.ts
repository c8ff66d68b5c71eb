/**
 * The worker threads of a corpus run: one pool for the whole run, each worker aligning whole
 * documents with the settings it was started with (and what the run shares with it later: the
 * corpus lexicon). A task is a DocumentJob (paths, or the texts given inline), to align or to
 * read for the corpus lexicon, and comes back as its outcome (output bytes, moved, and figures, or
 * words): what crosses threads is plain, and the output is not copied. Documents that fail come
 * back as outcomes too; only a crashed worker fails the pool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { WorkerPool } from '../parallel/pool.js';
import { append } from '../sequence.js';
import { type DocumentJob, type DocumentOutcome, outputBuffers, type WordsOutcome } from './document.js';

/**
 * Messages a worker holds at once: the one it works on and the next, so that it never waits for
 * the main thread between two short documents.
 */
const WORKER_DEPTH = 2;
/**
 * Documents a message carries at most. Documents waiting for a worker go out together, and come
 * back together: a ten-verse document takes a millisecond or two, and a message each way per
 * document, with the thread wake-ups it causes, was a tenth of a worker's time on bench/corpus
 * (more on a loaded machine). A free worker is sent what waits, even one document, at once.
 */
const BATCH_DOCUMENTS = 4;

/** What a worker does with a document: align it, or give the words of its confident beads. */
type TaskKind = 'align' | 'words';

interface DocumentTask {
  readonly kind: TaskKind;
  readonly job: DocumentJob;
}

interface TaskMessage {
  readonly id: number;
  readonly tasks: readonly DocumentTask[];
}

/** Settings every worker takes into its setup, before any task sent after them. */
interface ShareMessage {
  readonly share: unknown;
}

interface OutcomeMessage {
  readonly id: number;
  /** One per task, in the order of the tasks. */
  readonly outcomes: readonly (DocumentOutcome | WordsOutcome)[];
}

interface Waiting extends DocumentTask {
  resolve(outcome: DocumentOutcome | WordsOutcome): void;
  reject(error: Error): void;
}

/** Aligns documents on `threads` worker threads running `script`, each started with `setup`. */
export class DocumentPool {
  private readonly pool: WorkerPool;
  private nextId = 0;
  /** Documents not yet sent, oldest first. */
  private readonly waiting: Waiting[] = [];
  /** Messages queued on the pool and not yet made: ⌈waiting / BATCH_DOCUMENTS⌉, so that none is ever made empty. */
  private queued = 0;

  constructor(threads: number, script: URL, setup: unknown) {
    this.pool = new WorkerPool(threads, script, WORKER_DEPTH, setup);
  }

  /** The outcome of one document; rejects only when a worker thread fails. */
  align(job: DocumentJob): Promise<DocumentOutcome> {
    return this.run('align', job) as Promise<DocumentOutcome>;
  }

  /** The words a document gives the corpus lexicon; rejects only when a worker thread fails. */
  words(job: DocumentJob): Promise<WordsOutcome> {
    return this.run('words', job) as Promise<WordsOutcome>;
  }

  /** Settings merged into every worker's setup, for the tasks sent from now on. */
  share(settings: object): void {
    this.pool.broadcast({ share: settings } satisfies ShareMessage);
  }

  private run(kind: TaskKind, job: DocumentJob): Promise<DocumentOutcome | WordsOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ kind, job, resolve, reject });
      if (this.queued * BATCH_DOCUMENTS < this.waiting.length) this.send();
    });
  }

  /** Queue one message on the pool; it takes the documents waiting when a worker is free for it. */
  private send(): void {
    const id = this.nextId++;
    this.queued++;
    let taken: Waiting[] = [];
    const make = () => {
      this.queued--;
      taken = this.waiting.splice(0, BATCH_DOCUMENTS);
      return { message: { id, tasks: taken.map(({ kind, job }) => ({ kind, job })) } satisfies TaskMessage, transfer: [] };
    };
    this.pool.run<OutcomeMessage>(id, make).then(
      (reply) => taken.forEach((task, k) => task.resolve(reply.outcomes[k]!)),
      (error: Error) => {
        for (const task of [...taken, ...this.waiting.splice(0)]) task.reject(error);
      },
    );
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** What a worker does with each kind of task, given its setup. */
export interface DocumentHandlers<S> {
  /** The outcomes of documents to align, in order: together, so that small ones can share each stage's warm code and tables. */
  align(jobs: readonly DocumentJob[], setup: S): Promise<DocumentOutcome[]>;
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
    // The setup a message's documents were sent under: a share that arrives meanwhile is for later messages.
    const current = setup;
    const outcomes: (DocumentOutcome | WordsOutcome)[] = [];
    const { tasks } = message;
    for (let k = 0; k < tasks.length; ) {
      if (tasks[k]!.kind === 'words') {
        outcomes.push(await handlers.words(tasks[k++]!.job, current));
        continue;
      }
      // The documents to align that come one after another in the message, aligned together.
      let end = k + 1;
      while (end < tasks.length && tasks[end]!.kind === 'align') end++;
      append(outcomes, await handlers.align(tasks.slice(k, end).map((task) => task.job), current));
      k = end;
    }
    parentPort!.postMessage({ id: message.id, outcomes } satisfies OutcomeMessage, outcomes.flatMap(outputBuffers));
  });
}
