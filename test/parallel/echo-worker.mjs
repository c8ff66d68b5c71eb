// A pool worker for the tests: answers each task with its id (and what was broadcast to it), after `wait` ms; `crash` exits.
import { parentPort } from 'node:worker_threads';

let shared;
parentPort.on('message', (message) => {
  if ('share' in message) {
    shared = message.share;
    return;
  }
  if (message.crash) process.exit(3);
  const start = Date.now();
  while (Date.now() - start < (message.wait ?? 0));
  parentPort.postMessage({ id: message.id, doubled: message.value * 2, shared });
});
