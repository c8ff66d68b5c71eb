/**
 * Scripts that tests start as threads or processes, built from the TypeScript sources: a worker
 * or a child process runs plain JavaScript, and tests must not depend on a build of dist/.
 * Each is bundled once per test file with rolldown (vite's bundler) into a temp folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const built = new Map<string, Promise<URL>>();

/** `entry` (a path relative to this folder) bundled into one ES module; its URL. */
export function bundled(entry: string): Promise<URL> {
  let url = built.get(entry);
  if (!url) {
    url = (async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'bitext-bundle-')), 'script.mjs');
      const input = new URL(entry, import.meta.url).pathname;
      await build({ input, platform: 'node', output: { file, format: 'esm' }, logLevel: 'warn' });
      return pathToFileURL(file);
    })();
    built.set(entry, url);
  }
  return url;
}

/** The pass-2 worker script. */
export const workerScript = (): Promise<URL> => bundled('../../src/parallel/worker.ts');
