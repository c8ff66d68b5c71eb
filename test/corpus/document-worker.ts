// A document worker for the tests: each document's outcome names its thread and how many messages that thread had received by then;
// with `bytes` set, an aligned outcome whose output says how long the previous document's output array still is on this thread.
import { parentPort, threadId } from 'node:worker_threads';
import { serveDocuments } from '../../src/corpus/threads.js';
import type { AlignedDocument, DocumentJob, DocumentOutcome } from '../../src/corpus/document.js';

let messages = 0;
parentPort!.on('message', () => messages++);
let previous: Uint8Array | undefined;

interface Setup {
  wait: number;
  tag?: string;
  bytes?: boolean;
}

const outcome = (job: DocumentJob, setup: Setup): Promise<DocumentOutcome & { status: 'error' }> => {
  const start = Date.now();
  while (Date.now() - start < setup.wait);
  return Promise.resolve({ status: 'error' as const, id: job.id, message: `${threadId} ${messages} ${setup.tag ?? ''}`, internal: false, seconds: 0 });
};

const aligned = (job: DocumentJob, setup: Setup): Promise<DocumentOutcome> => {
  if (!setup.bytes) return outcome(job, setup);
  const bytes = new TextEncoder().encode(`${job.id} é ${previous === undefined ? 'first' : previous.byteLength}`);
  previous = bytes;
  const document = { status: 'ok', id: job.id, output: { kind: 'stream', chunks: [bytes] } } as unknown as AlignedDocument;
  return Promise.resolve(document);
};
const alignAll = async (jobs: readonly DocumentJob[], setup: Setup): Promise<DocumentOutcome[]> => {
  const outcomes: DocumentOutcome[] = [];
  for (const job of jobs) outcomes.push(await aligned(job, setup));
  return outcomes;
};
serveDocuments<Setup>({ align: alignAll, words: outcome });
