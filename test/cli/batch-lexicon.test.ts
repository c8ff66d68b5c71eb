/**
 * The corpus lexicon of `bitext batch` (one thread, in this process; the same bytes on worker
 * threads is tested in batch-process.test.ts): learned from the confident beads of all the
 * documents of a run, so that documents too short to learn one of their own align better; saved,
 * given back, per shard, and never for a manifest streamed on stdin.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LadderBead, parseLadder, scoreAlignments } from '../../src/eval/index.js';
import { tempDir } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';
import { SHARED } from '../helpers/shared.js';

const TRANSREAD = join(SHARED, 'eval', 'transread_en-fr');
/** Three novels' excerpts (560 gold beads), cut into documents of this many beads: each too short to learn a lexicon alone. */
const STORIES = ['Emma', 'JaneEyre', 'LaFauteDeLAbbeMouret'];
const PIECE = 25;
const ONE = ['--threads', '1'];

let dir: string;
let manifest: string;
const gold = new Map<string, LadderBead[]>();

const fileLines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/u, '').split('\n');

beforeAll(() => {
  dir = tempDir();
  const rows: string[] = [];
  for (const story of STORIES) {
    const [en, fr] = [fileLines(join(TRANSREAD, `${story}.en`)), fileLines(join(TRANSREAD, `${story}.fr`))];
    const beads = parseLadder(readFileSync(join(TRANSREAD, `${story}.gold`), 'utf8'));
    for (let at = 0, part = 0; at < beads.length; at += PIECE, part++) {
      const piece = beads.slice(at, at + PIECE);
      const [s, t] = [piece.flatMap((b) => b.source), piece.flatMap((b) => b.target)];
      const id = `${story}-${part}`;
      writeFileSync(join(dir, `${id}.en`), `${s.map((k) => en[k]).join('\n')}\n`);
      writeFileSync(join(dir, `${id}.fr`), `${t.map((k) => fr[k]).join('\n')}\n`);
      gold.set(id, piece.map((b) => ({ source: b.source.map((k) => k - s[0]!), target: b.target.map((k) => k - t[0]!) })));
      rows.push(`${id}\t${id}.en\t${id}.fr\n`);
    }
  }
  manifest = join(dir, 'corpus.tsv');
  writeFileSync(manifest, rows.join(''));
});

const batch = (args: readonly string[], stdin?: string) => runBitext(['batch', ...args, '--input', 'sentences', '--from', 'en', '--to', 'fr', ...ONE], stdin === undefined ? {} : { stdin });

/** Strict F1 of a `batch -f jsonl` output against the gold of its documents. */
function strictF1(jsonl: string): number {
  const test = new Map<string, LadderBead[]>();
  for (const line of jsonl.split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as { doc: string; source: number[]; target: number[] };
    if (!test.has(r.doc)) test.set(r.doc, []);
    test.get(r.doc)!.push({ source: r.source, target: r.target });
  }
  expect([...test.keys()]).toEqual([...gold.keys()]);
  return scoreAlignments([...gold].map(([name, g]) => ({ name, gold: g, test: test.get(name)! }))).f1Strict;
}

describe('bitext batch: the corpus lexicon', () => {
  let pooled: { status: number | null; stdout: string; stderr: string };
  let own: { status: number | null; stdout: string; stderr: string };
  beforeAll(async () => {
    pooled = await batch([manifest]);
    own = await batch([manifest, '--no-corpus-lexicon']);
  }, 120_000);

  it('is learned by default from a manifest file, says from what, and aligns short documents better than one lexicon each', () => {
    expect(pooled.status).toBe(0);
    expect(pooled.stderr).toMatch(/^bitext: corpus lexicon en-fr: learned from \d+ beads of 23 documents$/mu);
    expect(own.status).toBe(0);
    expect(own.stderr).not.toContain('corpus lexicon');
    const [withCorpus, alone] = [strictF1(pooled.stdout), strictF1(own.stdout)];
    expect(withCorpus).toBeGreaterThan(alone + 0.01);
  });

  it('is the same with --corpus-lexicon; documents this short learn nothing alone (the same as --no-lexicon)', async () => {
    expect((await batch([manifest, '--corpus-lexicon'])).stdout).toBe(pooled.stdout);
    expect((await batch([manifest, '--no-lexicon'])).stdout).toBe(own.stdout);
  });

  it('is saved with --save-lexicon (sorted TSV, both directions, the same bytes every run), and given back with --lexicon aligns the same', async () => {
    const out = tempDir();
    const r = await batch([manifest, '--save-lexicon', join(out, 'lexicon.tsv'), '-o', join(out, 'all.jsonl')]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'all.jsonl'), 'utf8')).toBe(pooled.stdout);
    const text = readFileSync(join(out, 'lexicon.tsv'), 'utf8');
    const [header, ...rows] = text.trimEnd().split('\n');
    expect(header).toBe('#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0');
    expect(rows.length).toBeGreaterThan(100);
    const keys = rows.map((l) => l.split('\t').slice(0, 2).join('\t'));
    expect([...keys].sort()).toEqual(keys);
    // Both directions: P(fr|en) and P(en|fr) columns.
    expect(rows.every((l) => l.split('\t').length === 4)).toBe(true);

    const only = await batch([manifest, '--lexicon-only', '--save-lexicon', join(out, 'again.tsv')]);
    expect(only.status).toBe(0);
    expect(only.stdout).toBe('');
    expect(readFileSync(join(out, 'again.tsv'), 'utf8')).toBe(text);

    const given = await batch([manifest, '--lexicon', join(out, 'lexicon.tsv')]);
    expect(given.status).toBe(0);
    expect(given.stdout).toBe(pooled.stdout);
  });

  it('of a shard is learned from that shard alone, as a run of its documents would learn it', async () => {
    const rows = readFileSync(manifest, 'utf8').split('\n').filter(Boolean);
    // Shard 2 of 2: the second half of the lines.
    const second = join(dir, 'second-half.tsv');
    writeFileSync(second, rows.slice(Math.floor(rows.length / 2)).map((l) => `${l}\n`).join(''));
    const shard = await batch([manifest, '--shard', '2/2']);
    const alone = await batch([second]);
    expect(shard.status).toBe(0);
    expect(shard.stdout).not.toBe('');
    expect(shard.stdout).toBe(alone.stdout);
    expect(pooled.stdout.endsWith(shard.stdout)).toBe(false);
  });

  it('is not learned from a manifest on stdin, which streams: each document learns its own', async () => {
    const tsv = readFileSync(manifest, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.replace(/\t/gu, `\t${dir}/`))
      .join('\n');
    const r = await batch(['-'], tsv);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(own.stdout);
    const refused = await batch(['-', '--corpus-lexicon'], tsv);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--corpus-lexicon reads the corpus twice (to learn the lexicon, then to align): give a manifest file or --pairs, not stdin');
  });

  it.each([
    [['--lexicon-only'], '--lexicon-only learns the corpus lexicon to write it: give --save-lexicon FILE'],
    [['--lexicon-only', '--save-lexicon', 'x.tsv', '-o', 'x.jsonl'], '--lexicon-only aligns nothing: leave out -o, --out-dir and --report'],
    [['--save-lexicon', 'x.tsv', '--no-lexicon'], '--save-lexicon learns a lexicon from the corpus: leave out --no-lexicon'],
    [['--corpus-lexicon', '--lexicon', 'x.tsv'], '--corpus-lexicon learns a lexicon from the corpus: --lexicon x.tsv is used instead of one'],
    [['--save-lexicon', 'x.tsv', '--no-corpus-lexicon'], '--save-lexicon writes the corpus lexicon: leave out --no-corpus-lexicon'],
  ])('refuses %j before any work', async (args, message) => {
    const r = await batch([manifest, ...args]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`bitext: error: ${message}\n`);
  });
});

describe('bitext batch: notes about the run\'s own files', () => {
  it('says once, not once a document, that a dictionary or lexicon is read the other way round', async () => {
    const dict = join(import.meta.dirname, '..', 'lexical', 'fixtures', 'freedict-fra-eng.index');
    const saved = join(dir, 'fr-en.lexicon.tsv');
    await runBitext(['batch', manifest, '--input', 'sentences', '--from', 'fr', '--to', 'en', ...ONE, '--save-lexicon', saved, '--lexicon-only', '-q']);
    const r = await batch([manifest, '--no-corpus-lexicon', '--dict', dict, '--lexicon', saved, '-o', join(dir, 'notes.jsonl')]);
    expect(r.status).toBe(0);
    const notes = r.stderr.split('\n').filter((line) => line.includes('the other way round'));
    expect(notes).toEqual([`bitext: ${dict}: dictionary is fra-eng; read the other way round for en-fr`, `bitext: ${saved}: lexicon is fr-en; read the other way round`]);
  }, 120_000);
});
