/** Run the built CLI as a user would: `node bin/bitext.js …` in a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLadder as readLadder } from '../../src/eval/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'bitext.js');
export const FIXTURES = join(ROOT, 'fixtures');
export const SEED = join(FIXTURES, 'un-sg-trafficking-2020');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `bitext args…`, optionally feeding `stdin`; output decoded as UTF-8. */
export function bitext(args: readonly string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    maxBuffer: 1 << 28,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh empty directory for a test's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bitext-test-'));
}

/** Ladder lines (`[0]:[1,2]:0.97`) as index pairs, dropping the scores. */
export function parseLadder(text: string): [number[], number[]][] {
  return readLadder(text).map((b) => [[...b.source], [...b.target]]);
}
