import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ClosedOutput, writeFilesAtomically, writeStdout } from '../../src/cli/io.js';
import { OutputError } from '../../src/errors.js';

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

  it('leaves no file at all when producing the content fails midway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-io-'));
    function* failing(): Generator<string> {
      yield 'x'.repeat(1 << 17);
      throw new Error('boom');
    }
    await expect(writeFilesAtomically([{ path: join(dir, 'out.tsv'), chunks: failing() }])).rejects.toThrow('boom');
    expect(readdirSync(dir)).toEqual([]);
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
