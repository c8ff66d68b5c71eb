/**
 * A worker thread of the pool: solves pass-2 jobs and sends the paths back, moving their buffers.
 * Keeps the scorer of the last document pair it saw.
 */
import { parentPort } from 'node:worker_threads';
import { resultBuffers, solveJobData } from '../align/index.js';
import { type LexicalScorer, restoreLexical } from '../lexical/index.js';
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
});
