/**
 * The CLI run as a user runs it, timed: wall seconds, and the CPU seconds (user + system) and peak
 * RSS of the process under GNU time (`/usr/bin/time -v`, which counts the worker threads: they
 * share the process). On a loaded machine CPU seconds compare runs better than wall seconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './sets.mjs';

const TIME = '/usr/bin/time';
const CLI = join(ROOT, 'bin', 'bitext.js');

/** Whether peak RSS can be measured here. */
export const HAS_TIME = existsSync(TIME);

/**
 * Run `bitext …args`: wall seconds, CPU seconds and peak RSS (MB) (both NaN without GNU time), documents that failed, stderr.
 * Exit status 3 (some documents refused: a 10-verse side can look like another language) is not a failure of the run.
 */
export function measured(cliArgs) {
  console.error(`running: bitext ${cliArgs.slice(0, 2).join(' ')} …`);
  const t0 = performance.now();
  const r = HAS_TIME
    ? spawnSync(TIME, ['-v', process.execPath, CLI, ...cliArgs], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, [CLI, ...cliArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 3) throw new Error(`bitext ${cliArgs.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) / 1024;
  const cpu = ['User', 'System'].reduce((sum, what) => sum + Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1]), 0);
  const failed = Number(/(\d+) of \d+ documents? could not be aligned/.exec(r.stderr)?.[1] ?? 0);
  return { seconds, cpu, rss, failed, stderr: r.stderr };
}
