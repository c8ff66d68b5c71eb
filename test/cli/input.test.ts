/** What the CLI reads: every accepted encoding and line end gives the same beads as plain UTF-8. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLadder, SEED, tempDir } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';

const raw = readFileSync(`${SEED}.txt`, 'utf8');
const gold = parseLadder(readFileSync(`${SEED}.gold`, 'utf8'));

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? Buffer.from(le.map((_b, i) => le[i % 2 === 0 ? i + 1 : i - 1]!)) : le;
}

let dir: string;
beforeAll(async () => {
  dir = tempDir();
});

describe('encodings and line ends of the bundled example', () => {
  it.each([
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(raw)])],
    ['CRLF line ends', () => Buffer.from(raw.replace(/\n/g, '\r\n'))],
    ['UTF-16 LE with BOM', () => utf16(raw, false)],
    ['UTF-16 BE with BOM, CRLF', () => utf16(raw.replace(/\n/g, '\r\n'), true)],
  ])('%s aligns as the gold', async (name, bytes) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, bytes());
    const r = await runBitext(['align', file, '-f', 'beads']);
    expect(r.stderr).toBe('bitext: layout: block, cut after line 19 (separator)\n');
    expect(parseLadder(r.stdout)).toEqual(gold);
  });

  it('writes the sentence texts without BOM or carriage returns', async () => {
    const file = join(dir, 'crlf-bom.txt');
    writeFileSync(file, utf16(raw.replace(/\n/g, '\r\n'), false));
    const tsv = (await runBitext(['align', file])).stdout;
    expect(tsv).not.toMatch(/[\r\ufeff]/);
    expect(tsv.startsWith('New York\t\t')).toBe(true);
  });
});

describe('pre-split input', () => {
  it('splits a short pre-split file without asking for its language', async () => {
    const file = join(dir, 'short.txt');
    writeFileSync(file, 'Yes.\nNo.\n\nMaybe.\n');
    const r = await runBitext(['split', '--input', 'sentences', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Yes.\nNo.\n\nMaybe.\n');
  });
});
