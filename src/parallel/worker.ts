/**
 * A worker thread of the pool: solves pass-2 jobs and sends the paths back, moving their buffers.
 * Keeps the scorer of the last document pair it saw.
 */
import { parentPort } from 'node:worker_threads';
import { resultBuffers, solveJobData } from '../align/index.js';
import { type LexicalScorer, restoreLexical } from '../lexical/index.js';
import { collectGarbage } from './collect.js';
import type { JobMessage, WorkerReply } from './messages.js';

let current: { readonly pair: number; readonly lexical: Promise<LexicalScorer> } | undefined;

parentPort!.on('message', async (message: JobMessage) => {
  let reply: WorkerReply;
  try {
    if (current?.pair !== message.pair) current = { pair: message.pair, lexical: restoreLexical(message.lexical) };
    const local = message.job.local ? await restoreLexical(message.job.local.lexical) : undefined;
    const result = solveJobData(message.job, await current.lexical, local);
    reply = { id: message.id, result };
    parentPort!.postMessage(reply, resultBuffers(result));
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
    parentPort!.postMessage(reply);
  }
  // A job's own evidence (a learned lexicon's piece: some 10 MB at 100 000 sentences) is in shared
  // memory, freed once both threads have collected their handles on it. This thread allocates
  // little on its heap, so V8 would not collect for long, and every piece it solved stayed until
  // the pool closed. Collected once the job's frame is gone, so that this job's piece goes too.
  if (message.job.local) setImmediate(collectGarbage);
});
