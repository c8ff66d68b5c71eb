/**
 * The corpus lexicon's first pass on a corpus larger than its pool: it reads a coarse-to-fine
 * sample of the documents and stops once the pool is full, and what it learns, and so the output,
 * depends on the manifest and the documents only: the same bytes on 1 and 2 threads, with
 * `--lexicon-only`, and for every document (sampled or not) those of `align --lexicon` with the
 * lexicon the run saved; shards given that lexicon join into the whole run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { POOL_LIMITS, SAMPLE } from '../../src/corpus/lexicon-pool.js';
import { coarseToFine } from '../../src/corpus/sample.js';
import { parseLadder } from '../../src/eval/index.js';
import { bitext, tempDir } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';
import { SHARED } from '../helpers/shared.js';

const BIBLE = join(SHARED, 'eval', 'scale_en-es');
/** Gold beads a document: documents long enough that the corpus stays a few hundred of them. */
const PIECE = 120;
/** Beads the corpus offers at least, against what the pool must be offered to stop (not all beads are sure ones). */
const ENOUGH = 1.4 * POOL_LIMITS.beads * 2 ** SAMPLE.halvings;

let dir: string;
let manifest: string;
let ids: string[];

const fileLines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/u, '').split('\n');
const lines = (text: string) => text.split('\n').filter((l) => l !== '');
const COMMON = ['--input', 'sentences', '--from', 'en', '--to', 'es'];

beforeAll(() => {
  dir = tempDir();
  const rows: string[] = [];
  let beads = 0;
  for (const book of readdirSync(BIBLE).filter((f) => f.endsWith('.gold')).sort()) {
    if (beads >= ENOUGH) break;
    const name = book.slice(0, -'.gold'.length);
    const [en, es] = [fileLines(join(BIBLE, `${name}.en`)), fileLines(join(BIBLE, `${name}.es`))];
    const gold = parseLadder(readFileSync(join(BIBLE, book), 'utf8'));
    for (let at = 0, part = 0; at < gold.length; at += PIECE, part++) {
      const piece = gold.slice(at, at + PIECE);
      const id = `${name}-${part}`;
      writeFileSync(join(dir, `${id}.en`), `${piece.flatMap((b) => b.source).map((k) => en[k]).join('\n')}\n`);
      writeFileSync(join(dir, `${id}.es`), `${piece.flatMap((b) => b.target).map((k) => es[k]).join('\n')}\n`);
      rows.push(`${id}\t${id}.en\t${id}.es\n`);
    }
    beads += gold.length;
  }
  manifest = join(dir, 'corpus.tsv');
  writeFileSync(manifest, rows.join(''));
  ids = rows.map((r) => r.split('\t')[0]!);
});

describe('bitext batch: the first pass samples a large corpus', () => {
  let one: { status: number | null; stdout: string; stderr: string };
  let sampled: number;
  beforeAll(async () => {
    one = await runBitext(['batch', manifest, ...COMMON, '--threads', '1', '--save-lexicon', join(dir, 'lexicon-1.tsv')]);
    sampled = Number(/learned from a sample of (\d+) of the (\d+) documents/u.exec(one.stderr)?.[1]);
  }, 300_000);

  it('reads a sample of the documents, stops once its pool is full, and says so', () => {
    expect(one.status).toBe(0);
    expect(one.stderr).toContain(`of the ${ids.length} documents, spread evenly over them`);
    expect(sampled).toBeGreaterThan(0);
    expect(sampled).toBeLessThan(ids.length);
    expect([...new Set(lines(one.stdout).map((l) => (JSON.parse(l) as { doc: string }).doc))]).toEqual(ids);
  });

  it('learns the same lexicon and writes the same bytes on 2 threads, and with --lexicon-only', () => {
    const two = bitext(['batch', manifest, ...COMMON, '--threads', '2', '--save-lexicon', join(dir, 'lexicon-2.tsv')]);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const table = readFileSync(join(dir, 'lexicon-1.tsv'), 'utf8');
    expect(readFileSync(join(dir, 'lexicon-2.tsv'), 'utf8')).toBe(table);
    const only = bitext(['batch', manifest, ...COMMON, '--threads', '2', '--lexicon-only', '--save-lexicon', join(dir, 'lexicon-only.tsv')]);
    expect(only.status).toBe(0);
    expect(readFileSync(join(dir, 'lexicon-only.tsv'), 'utf8')).toBe(table);
  }, 300_000);

  it('visits the manifest coarse to fine: of a corpus whose last quarter cannot be read, it reports those of its visit, in visit order', async () => {
    const late = Math.ceil((3 * ids.length) / 4);
    const broken = join(dir, 'last-quarter-missing.tsv');
    writeFileSync(broken, ids.map((id, k) => `${id}\t${id}.en${k >= late ? '.missing' : ''}\t${id}.es\n`).join(''));
    const run = await runBitext(['batch', broken, ...COMMON, '--threads', '1', '--lexicon-only', '--save-lexicon', join(dir, 'lexicon-broken.tsv')]);
    expect(run.status).toBe(3);
    const read = Number(/learned from a sample of (\d+) of/u.exec(run.stderr)?.[1]);
    expect(read).toBeLessThan(ids.length);
    const visited = [...coarseToFine(ids.length)].slice(0, read);
    const warned = [...run.stderr.matchAll(/^bitext: doc (\S+): /gmu)].map((m) => m[1]);
    expect(warned.length).toBeGreaterThan(0);
    expect(warned).toEqual(visited.filter((k) => k >= late).map((k) => ids[k]));
  }, 120_000);

  it('aligns a document the sample left out, and one it read, as align does with the saved lexicon', async () => {
    const order = [...coarseToFine(ids.length)];
    const [read, unread] = [ids[order[0]!]!, ids[order.at(-1)!]!];
    for (const id of [read, unread]) {
      const alone = await runBitext(['align', ...COMMON, '-f', 'jsonl', '--lexicon', join(dir, 'lexicon-1.tsv'), join(dir, `${id}.en`), join(dir, `${id}.es`)]);
      const mine = lines(one.stdout).filter((l) => l.startsWith(`{"doc":"${id}",`));
      expect(mine.map((l) => `{${l.slice(`{"doc":"${id}",`.length)}`)).toEqual(lines(alone.stdout));
    }
  }, 120_000);

  it('gives, in shards with the saved lexicon, the bytes of the whole run', async () => {
    const parts: string[] = [];
    for (const k of [1, 2, 3]) parts.push((await runBitext(['batch', manifest, ...COMMON, '--threads', '1', '--shard', `${k}/3`, '--lexicon', join(dir, 'lexicon-1.tsv')])).stdout);
    expect(parts.join('')).toBe(one.stdout);
  }, 300_000);
});
