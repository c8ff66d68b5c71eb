/**
 * A worker thread of the pool: solves pass-2 jobs (align/engine.ts solveJob) and sends the paths
 * back, moving their buffers. Keeps the scorer of the last document pair it saw.
 */
import { parentPort } from 'node:worker_threads';
import { solveJob } from '../align/engine.js';
import { type LexicalScorer, restoreLexical } from '../align/lexical.js';
import { type JobMessage, jobFromMessage, type WorkerReply } from './messages.js';

let current: { pair: number; lexical: LexicalScorer } | undefined;

parentPort!.on('message', (message: JobMessage) => {
  let reply: WorkerReply;
  try {
    if (current?.pair !== message.pair) current = { pair: message.pair, lexical: restoreLexical(message.lexical) };
    const result = solveJob(jobFromMessage(message, current.lexical), message.params, message.temperature);
    reply = { id: message.id, result };
    parentPort!.postMessage(reply, [result.pathX.buffer as ArrayBuffer, result.pathY.buffer as ArrayBuffer, result.posterior.buffer as ArrayBuffer]);
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
    parentPort!.postMessage(reply);
  }
});
