/**
 * The real binary, as a user runs it: `bin/bitext.js` in a process of its own. Everything else
 * about the CLI is tested in-process through `run(argv, io)`; these cases cover what only a real
 * process has: the exit status set by bin/, stdout closed by the reader, and the built dist/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, bitext, parseLadder, SEED } from '../helpers/cli.js';
import { SHARED } from '../helpers/shared.js';

describe('bin/bitext.js', () => {
  it('aligns the bundled example as the gold, exit 0, only the layout note on stderr', () => {
    const r = bitext(['align', `${SEED}.txt`, '-f', 'beads']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('bitext: layout: block, cut after line 19 (separator)\n');
    expect(parseLadder(r.stdout)).toEqual(parseLadder(readFileSync(`${SEED}.gold`, 'utf8')));
  });

  it('exits 1 with one line on stderr for bad input', () => {
    const r = bitext(['align', join(SEED, 'no-such-file.txt'), `${SEED}.fr`]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bitext: error: .*no-such-file\.txt: cannot read: no such file\n$/);
  });

  it('ends quietly when the reader closes stdout early (| head)', () => {
    const book = join(SHARED, 'eval', 'transread_en-fr', 'Candide.raw.en');
    const r = spawnSync('bash', ['-c', `node "${BIN}" split --lang en "${book}" | head -n 1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('status=0\n');
  });

  it('prints help to a reader already gone with exit 0, and the version to a full disk with one line and exit 1 (no stack trace)', () => {
    const sh = (command: string) => spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    const gone = sh(`node "${BIN}" --help | true; echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(gone.stderr).toBe('status=0\n');
    const full = sh(`node "${BIN}" --version > /dev/full`);
    expect([full.status, full.stderr]).toEqual([1, 'bitext: error: stdout: cannot write: ENOSPC: no space left on device, write\n']);
  });
});
