/**
 * `bitext batch` as a process: worker threads (the same bytes for any number), ^C and kill in
 * the middle of a run (only whole files left, and a rerun completes them), and the GNU parallel
 * recipe of the README (examples/parallel-shards.sh), run by GNU parallel.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, bitext, ROOT, tempDir } from '../helpers/cli.js';
import { SHARED } from '../helpers/shared.js';

const ALIBI = join(SHARED, 'eval', 'alibi_en-fr');
/** The two shortest stories (61 and 79 sentences): processes here start and stop many times. */
const DOCS = ['MasterCat', 'BlueBeard'];
/** The longest (210 sentences): after a short first document, so that a run is still busy when its first file appears. */
const LONG = 'TheInn';
const LARGE = 12;

let dir: string;
/** The stories under 4 ids. */
let small: string;
/** The stories under LARGE ids. */
let large: string;

beforeAll(() => {
  dir = tempDir();
  for (const d of [...DOCS, LONG]) {
    copyFileSync(join(ALIBI, `${d}.en`), join(dir, `${d}.en`));
    copyFileSync(join(ALIBI, `${d}.fr`), join(dir, `${d}.fr`));
  }
  small = join(dir, 'small.tsv');
  writeFileSync(small, Array.from({ length: 4 }, (_, k) => `s${k}\t${DOCS[k % 2]}.en\t${DOCS[k % 2]}.fr\n`).join(''));
  large = join(dir, 'large.tsv');
  const story = (k: number) => (k === 0 ? DOCS[0] : LONG);
  writeFileSync(large, Array.from({ length: LARGE }, (_, k) => `doc${k}\t${story(k)}.en\t${story(k)}.fr\n`).join(''));
});

describe('bitext batch on worker threads', () => {
  it('writes the same bytes with 1, 2 and 3 threads, and learns the same corpus lexicon', () => {
    const lexicon = (n: number) => join(dir, `lexicon-${n}.tsv`);
    const runs = [1, 2, 3].map((n) => bitext(['batch', small, '--input', 'sentences', '--threads', String(n), '--save-lexicon', lexicon(n)]));
    for (const r of runs) expect(r.status).toBe(0);
    expect(runs[0]!.stderr).toMatch(/corpus lexicon en-fr: learned from \d+ beads of 4 documents/u);
    expect(runs[0]!.stdout.length).toBeGreaterThan(10_000);
    expect(runs[0]!.stdout.split('\n').filter((l) => l.startsWith('{"doc":"s3",')).length).toBeGreaterThan(50);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
    const table = readFileSync(lexicon(1), 'utf8');
    expect(table.split('\n').length).toBeGreaterThan(100);
    expect(readFileSync(lexicon(2), 'utf8')).toBe(table);
    expect(readFileSync(lexicon(3), 'utf8')).toBe(table);
  });
});

/** Start a run writing one file per document; resolves with how it ended, once `stop` was sent after the first file. */
function interrupted(out: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; afterSignal: number }> {
  return new Promise((resolve, reject) => {
    // One thread: the documents after the first take seconds, so the signal lands in the middle of the run.
    const child = spawn(process.execPath, [BIN, 'batch', large, '--input', 'sentences', '--out-dir', out, '-f', 'tsv', '--threads', '1'], { stdio: 'ignore' });
    let sent = 0;
    const poll = setInterval(() => {
      if (existsSync(out) && readdirSync(out).some((f) => f.endsWith('.tsv'))) {
        clearInterval(poll);
        sent = performance.now();
        child.kill(signal);
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, afterSignal: performance.now() - sent });
    });
  });
}

/** The record of the options of a folder's TSV outputs (out-dir-record.ts). */
const RECORD = '.bitext-batch-tsv.json';

/** Two whole batch runs of the large corpus (an interrupted one and its rerun): minutes on a loaded 2-core machine, not seconds. */
const SLOW_RUN_MS = 180_000;

describe('bitext batch interrupted', () => {
  let reference: string;
  beforeAll(() => {
    reference = join(tempDir(), 'reference');
    expect(bitext(['batch', large, '--input', 'sentences', '--out-dir', reference, '-f', 'tsv']).status).toBe(0);
  }, SLOW_RUN_MS);

  const expectWholeFiles = (out: string) => {
    for (const f of readdirSync(out).filter((name) => !name.startsWith('.'))) {
      expect(f).toMatch(/^doc\d+\.tsv$/);
      expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(reference, f), 'utf8'));
    }
  };

  it.each(['SIGINT', 'SIGTERM', 'SIGKILL'] as const)('by %s: stops at once, leaves only whole files, and a rerun completes them', async (signal) => {
    const out = join(tempDir(), 'out');
    const ended = await interrupted(out, signal);
    expect(ended.code, 'the run ended before the signal came').not.toBe(0);
    // Dead of the signal, or (when it came as temp files were being removed) exited with the shell's code for it.
    expect(ended.signal ?? ended.code).toBe(ended.signal === null ? 128 + ({ SIGINT: 2, SIGTERM: 15, SIGKILL: 9 } as const)[signal] : signal);
    expect(ended.afterSignal).toBeLessThan(2000);
    const files = readdirSync(out);
    expect(files.filter((f) => !f.startsWith('.')).length).toBeLessThan(LARGE);
    // The options the outputs are made with, recorded before the first of them.
    expect(files).toContain(RECORD);
    const temps = files.filter((f) => f.startsWith('.') && f !== RECORD);
    // A killed process (SIGKILL) cannot clean up: its temp files stay, hidden, and are never taken for output.
    if (signal !== 'SIGKILL') expect(temps).toEqual([]);
    expectWholeFiles(out);
    for (const f of temps) expect(f).toMatch(/^\.doc\d+\.tsv\.[0-9a-f]{12}\.tmp$/);

    // On all the cores this time, not one thread: the count is not an option the outputs depend on.
    const rerun = bitext(['batch', large, '--input', 'sentences', '--out-dir', out, '-f', 'tsv']);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toContain(`skipped: output already in ${out}`);
    expect(readdirSync(out).filter((f) => !f.startsWith('.'))).toHaveLength(LARGE);
    expectWholeFiles(out);
  }, SLOW_RUN_MS);
});

describe('the GNU parallel recipe (examples/parallel-shards.sh)', () => {
  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

  it('joins shards aligned by GNU parallel (jobs given through --sshlogin) into the bytes of one run', () => {
    expect(hasParallel, 'GNU parallel is needed (apt-get install parallel; .ci/run installs it)').toBe(true);
    const whole = bitext(['batch', small, '--input', 'sentences']);
    expect(whole.status).toBe(0);
    // A command on the PATH, as on a cluster node.
    const bin = join(tempDir(), 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'bitext'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, HOME: tempDir(), FORCE_COLOR: '0' };
    for (const sshlogin of ['2/:']) {
      const out = join(tempDir(), 'corpus.jsonl');
      const r = spawnSync(join(ROOT, 'examples', 'parallel-shards.sh'), [small, '3', out, '--input', 'sentences', '--threads', '1'], {
        encoding: 'utf8',
        env: { ...env, SSHLOGIN: sshlogin },
      });
      expect(r.stderr).not.toMatch(/error|warning/i);
      expect(r.status).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(whole.stdout);
    }
  });
});
