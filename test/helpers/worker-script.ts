/**
 * The pass-2 worker script built from the TypeScript sources, for tests that start worker
 * threads: a worker runs plain JavaScript, and tests must not depend on a build of dist/.
 * Bundled once per test file with rolldown (vite's bundler) into a temp folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

let built: Promise<URL> | undefined;

export function workerScript(): Promise<URL> {
  built ??= (async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bitext-worker-')), 'worker.mjs');
    const input = new URL('../../src/parallel/worker.ts', import.meta.url).pathname;
    await build({ input, platform: 'node', output: { file, format: 'esm' }, logLevel: 'warn' });
    return pathToFileURL(file);
  })();
  return built;
}
