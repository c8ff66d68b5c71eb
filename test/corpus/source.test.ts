import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CorpusEntry } from '../../src/corpus/manifest.js';
import { manifestCorpus } from '../../src/corpus/source.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ids(entries: AsyncIterable<CorpusEntry>): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of entries) out.push(entry.id);
  return out;
}

describe('manifestCorpus (a manifest file)', () => {
  it('refuses a repeated id when it counts the documents, before any is read', async () => {
    const path = join(dir, 'repeated.tsv');
    writeFileSync(path, ['a\ta.en\ta.fr', 'b\tb.en\tb.fr', 'a\tc.en\tc.fr', ''].join('\n'));
    await expect(manifestCorpus(path, new PassThrough(), false)).rejects.toThrow(`${path}: line 3: duplicate id 'a' (first on line 1)`);
  });

  it('gives the documents it counted, in order, each time they are read', async () => {
    const path = join(dir, 'fine.tsv');
    writeFileSync(path, ['id\tsource\ttarget', 'b\tb.en\tb.fr', 'a\ta.en\ta.fr', 'c\tc.en\tc.fr', ''].join('\n'));
    const corpus = await manifestCorpus(path, new PassThrough(), false);
    expect(corpus.total).toBe(3);
    expect(await ids(corpus.entries())).toEqual(['b', 'a', 'c']);
    expect(await ids(corpus.entries())).toEqual(['b', 'a', 'c']);
  });
});
