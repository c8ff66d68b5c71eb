/**
 * The CLI in this process: `run(argv, io)` with streams held in memory, as textlint's tests run
 * its `execute()`. Fast (no Node start-up, no build needed) and the same code path as the binary
 * but for `bin/` itself, which the smoke test in test/cli/binary.test.ts runs.
 */
import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';
import type { CliResult } from './cli.js';

/** A writable stream that keeps what it is given. */
class Collector extends Writable {
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Streams for one run: `stdin` from the given bytes, stdout and stderr kept. */
export function memoryIo(stdin: string | Uint8Array = ''): Io & { readonly stdout: Collector; readonly stderr: Collector } {
  const bytes = typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin);
  return { stdin: Readable.from(bytes.length ? [bytes] : []), stdout: new Collector(), stderr: new Collector() };
}

/** Run `bitext args…` in this process, optionally feeding `stdin`. */
export async function runBitext(args: readonly string[], options: { stdin?: string | Uint8Array } = {}): Promise<CliResult> {
  const io = memoryIo(options.stdin);
  const status = await run(args, io);
  return { status, stdout: io.stdout.text(), stderr: io.stderr.text() };
}
