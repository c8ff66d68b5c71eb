// A document worker for the tests: each document's outcome names its thread and how many messages that thread had received by then.
import { parentPort, threadId } from 'node:worker_threads';
import { serveDocuments } from '../../src/corpus/threads.js';
import type { DocumentJob } from '../../src/corpus/document.js';

let messages = 0;
parentPort!.on('message', () => messages++);

const outcome = (job: DocumentJob, setup: { wait: number; tag?: string }) => {
  const start = Date.now();
  while (Date.now() - start < setup.wait);
  return Promise.resolve({ status: 'error' as const, id: job.id, message: `${threadId} ${messages} ${setup.tag ?? ''}`, internal: false, seconds: 0 });
};
serveDocuments<{ wait: number; tag?: string }>({ align: outcome, words: outcome });
