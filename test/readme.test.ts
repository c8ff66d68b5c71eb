/**
 * The README as a contract: every ```console block is run as a new user runs it, from the
 * checkout, with `bitext` on the PATH, and must print what the README shows, notes on stderr
 * included (a terminal shows both). A block ending in `…` shows the first lines only.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from './helpers/cli.js';
import { SHARED } from './helpers/shared.js';

interface Example {
  /** README line of the command. */
  readonly line: number;
  readonly command: string;
  readonly output: readonly string[];
}

/** The `$ command` / output pairs of the README's console blocks (`> ` lines continue a command). */
function examples(readme: string): Example[] {
  const lines = readme.split('\n');
  const found: Example[] = [];
  let inBlock = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.startsWith('```')) {
      inBlock = line === '```console';
      continue;
    }
    if (!inBlock || !line.startsWith('$ ')) continue;
    const at = k + 1;
    let command = line.slice(2);
    while (lines[k + 1]?.startsWith('> ')) command += `\n${lines[++k]!.slice(2)}`;
    const output: string[] = [];
    while (!lines[k + 1]!.startsWith('$ ') && !lines[k + 1]!.startsWith('```')) output.push(lines[++k]!);
    found.push({ line: at, command, output });
  }
  return found;
}

/** A checkout-like folder (fixtures/ and test/ linked, ../shared beside it) whose writes are thrown away. */
function sandbox(): { cwd: string; path: string } {
  const root = tempDir();
  const cwd = join(root, 'checkout');
  const bin = join(root, 'bin');
  mkdirSync(cwd);
  mkdirSync(bin);
  for (const name of ['fixtures', 'test']) symlinkSync(join(ROOT, name), join(cwd, name));
  symlinkSync(SHARED, join(root, 'shared'));
  symlinkSync(BIN, join(bin, 'bitext'));
  return { cwd, path: `${bin}${delimiter}${process.env.PATH ?? ''}` };
}

describe('README console examples', () => {
  const all = examples(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const { cwd, path } = sandbox();

  it('has examples to run', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  // In order: a later example reads what an earlier one wrote (out/, corpus.tsv).
  it.each(all.map((e) => [e.line, e.command.split('\n')[0]!, e] as const))('line %i: $ %s', (_line, _first, example) => {
    const r = spawnSync('bash', ['-c', `{ ${example.command}\n} 2>&1`], { cwd, encoding: 'utf8', env: { ...process.env, PATH: path } });
    const printed = r.stdout === '' ? [] : r.stdout.replace(/\n$/u, '').split('\n');
    const cut = example.output.at(-1) === '…';
    const shown = cut ? example.output.slice(0, -1) : example.output;
    expect(r.status).toBe(0);
    expect(cut ? printed.slice(0, shown.length) : printed).toEqual(shown);
  });
});
