import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers/bundle.js';
import { ClosedOutput, readStream, writeFilesAtomically, writeStdout } from '../../src/cli/io.js';
import { InputError, OutputError } from '../../src/errors.js';

/** A stdout whose reader goes away after `accept` writes, as `| head` does. */
function closingPipe(accept: number): Writable & { received: string[] } {
  const received: string[] = [];
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk, _encoding, callback) {
      if (received.length >= accept) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        return;
      }
      received.push(String(chunk));
      callback();
    },
  });
  return Object.assign(stream, { received });
}

function* lines(n: number): Generator<string> {
  for (let i = 0; i < n; i++) yield `${'x'.repeat(1000)} ${i}\n`;
}

describe('writeStdout', () => {
  it('writes every chunk, in order', async () => {
    const out = closingPipe(Infinity);
    await writeStdout(out, lines(300));
    expect(out.received.join('')).toBe([...lines(300)].join(''));
  });

  it('stops with ClosedOutput, not an error, when the reader closes the pipe', async () => {
    const out = closingPipe(1);
    await expect(writeStdout(out, lines(1000))).rejects.toBeInstanceOf(ClosedOutput);
    expect(out.received).toHaveLength(1);
  });
});

describe('readStream', () => {
  it('reads a stream to its end', async () => {
    expect(Buffer.from(await readStream(Readable.from(['ab', Buffer.from('cd')]), 'x')).toString()).toBe('abcd');
  });

  it('stops an endless stream (/dev/zero, `yes |`) at its limit with one line naming it, having read no further', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.alloc(100);
      }
    }
    const read = readStream(endless(), 'stdin', 1000);
    await expect(read).rejects.toBeInstanceOf(InputError);
    await expect(read).rejects.toThrow('stdin: cannot read: too large (over 1000 bytes)');
    expect(pulled).toBe(11);
  });
});

describe('writeFilesAtomically', () => {
  it('writes all files, and nothing else stays in the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-io-'));
    await writeFilesAtomically([
      { path: join(dir, 'a.en'), chunks: ['one\n', 'two\n'] },
      { path: join(dir, 'a.fr'), chunks: ['un\n', 'deux\n'] },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.en', 'a.fr']);
    expect(readFileSync(join(dir, 'a.fr'), 'utf8')).toBe('un\ndeux\n');
  });

  it('leaves no file at all when producing the content fails midway, and lets the bug show as one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-io-'));
    function* failing(): Generator<string> {
      yield 'x'.repeat(1 << 17);
      throw new TypeError('boom');
    }
    await expect(writeFilesAtomically([{ path: join(dir, 'out.tsv'), chunks: failing() }])).rejects.toThrow(TypeError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces the file a symlink points to, keeping the link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-io-'));
    writeFileSync(join(dir, 'real.tsv'), 'old\n');
    symlinkSync('real.tsv', join(dir, 'link.tsv'));
    await writeFilesAtomically([{ path: join(dir, 'link.tsv'), chunks: ['new\n'] }]);
    expect(lstatSync(join(dir, 'link.tsv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.tsv'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.tsv', 'real.tsv']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-io-'));
    writeFileSync(join(dir, 'private.tsv'), 'old\n');
    chmodSync(join(dir, 'private.tsv'), 0o600);
    await writeFilesAtomically([{ path: join(dir, 'private.tsv'), chunks: ['new\n'] }]);
    expect(statSync(join(dir, 'private.tsv')).mode & 0o777).toBe(0o600);
  });

  it('writes into a FIFO in place instead of replacing it with a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-io-'));
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (d) => (received += d));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    await writeFilesAtomically([{ path: fifo, chunks: ['through the pipe\n'] }]);
    await closed;
    expect(received).toBe('through the pipe\n');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('writes to a device in place (/dev/null stays a device)', async () => {
    await writeFilesAtomically([{ path: '/dev/null', chunks: ['discarded\n'] }]);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('removes its temp file when interrupted (^C) and dies of the signal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-io-'));
    const script = await bundled('./endless-writer.ts');
    const writer = spawn(process.execPath, [script.pathname, join(dir, 'out.tsv')]);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => writer.on('exit', (_code, signal) => resolve(signal)));
    try {
      // Wait until the temp file exists and holds data: the write is under way.
      for (let i = 0; i < 400 && !readdirSync(dir).some((f) => statSync(join(dir, f)).size > 0); i++) {
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(readdirSync(dir)).toHaveLength(1);
      writer.kill('SIGINT');
      expect(await exited).toBe('SIGINT');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      // Never leave an endless writer behind, whatever failed above.
      writer.kill('SIGKILL');
    }
  });

  it('does not replace an existing file when a later output cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-io-'));
    await writeFilesAtomically([{ path: join(dir, 'keep.en'), chunks: ['old\n'] }]);
    const failing = writeFilesAtomically([
      { path: join(dir, 'keep.en'), chunks: ['new\n'] },
      { path: join(dir, 'missing', 'x.fr'), chunks: ['y\n'] },
    ]);
    await expect(failing).rejects.toBeInstanceOf(OutputError);
    expect(readFileSync(join(dir, 'keep.en'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['keep.en']);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
