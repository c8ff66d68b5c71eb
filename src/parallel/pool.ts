/**
 * Up to `size` worker threads taking tasks from one queue: each worker holds up to `depth` tasks
 * (the next one waits in its message queue, so that it never idles while the calling thread is
 * busy and cannot hand it more), results come back by task id, in whatever order the workers
 * finish. A worker is started only when a task finds every started one busy: a thread costs tens
 * of megabytes and its module loading, so `--threads 400` over three documents starts three. A
 * worker that fails or exits fails every task still open, and the pool with it.
 */
import { Worker } from 'node:worker_threads';

/** A message for a worker, and the buffers it owns (moved rather than copied). */
export interface Outgoing {
  readonly message: { readonly id: number };
  readonly transfer: readonly ArrayBuffer[];
}

interface Task {
  readonly id: number;
  /** Builds the message when a worker is free, so that queued tasks hold no copies yet. */
  readonly make: () => Outgoing;
  resolve(reply: unknown): void;
  reject(error: Error): void;
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  /** Tasks sent to each worker and not answered yet. */
  private readonly load: number[] = [];
  private readonly queue: Task[] = [];
  private readonly running = new Map<number, Task>();
  private failure: Error | undefined;
  private closed = false;

  /** Messages broadcast so far: a worker started later receives them first, as the others did. */
  private readonly broadcasts: unknown[] = [];

  /**
   * @param size worker threads at most
   * @param script what each runs
   * @param depth tasks each holds at most
   * @param workerData what each receives when it starts (the same settings for all its tasks)
   */
  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly depth = 1,
    private readonly workerData?: unknown,
  ) {}

  /** Worker threads started so far. */
  get started(): number {
    return this.workers.length;
  }

  private start(): number {
    const k = this.workers.length;
    const worker = new Worker(this.script, this.workerData === undefined ? {} : { workerData: this.workerData });
    worker.on('message', (reply: { id: number }) => {
      const task = this.running.get(reply.id);
      this.running.delete(reply.id);
      this.load[k]!--;
      this.next();
      task?.resolve(reply);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (!this.closed) this.fail(new Error(`a worker thread exited (code ${code})`));
    });
    for (const message of this.broadcasts) worker.postMessage(message);
    this.workers.push(worker);
    this.load.push(0);
    return k;
  }

  /** Send task `id` to the next free worker (its message made then); resolves with the worker's reply. */
  run<R>(id: number, make: () => Outgoing): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id, make, resolve: resolve as (reply: unknown) => void, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.queue.length) {
      // The least loaded worker (the first of them on ties); a new one if every started one is busy; if it has room.
      let k = 0;
      for (let w = 1; w < this.load.length; w++) if (this.load[w]! < this.load[k]!) k = w;
      if ((this.workers.length === 0 || this.load[k]! > 0) && this.workers.length < this.size) k = this.start();
      if (!(this.load[k]! < this.depth)) return;
      const task = this.queue.shift()!;
      this.running.set(task.id, task);
      this.load[k]!++;
      try {
        const { message, transfer } = task.make();
        this.workers[k]!.postMessage(message, [...transfer]);
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const task of [...this.running.values(), ...this.queue]) task.reject(error);
    this.running.clear();
    this.queue.length = 0;
    void this.close();
  }

  /** Send every worker a message that needs no reply: it reaches each before any task sent after it. */
  broadcast(message: unknown): void {
    this.broadcasts.push(message);
    for (const worker of this.workers) worker.postMessage(message);
  }

  /** Stop every worker (pending tasks are not run). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
