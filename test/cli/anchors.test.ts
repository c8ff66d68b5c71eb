/**
 * `align --anchors` and `-f html` from the command line: corrections in, confirmed beads out; bad
 * corrections files are one-line errors naming the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPairSync } from '../../src/pipeline/align-pair.js';
import { anchorFile, formatAnchorFile } from '../../src/review/index.js';
import { SEED, tempDir } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';

let dir: string;
const at = (name: string): string => join(dir, name);
const EN = `${SEED}.en`;
const FR = `${SEED}.fr`;
const PRESPLIT = ['align', '--input', 'sentences', EN, FR];
const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter(Boolean);

beforeAll(() => {
  dir = tempDir();
  const side = (path: string, lang: string) => ({ name: path, lang, texts: lines(path) });
  const corrections = (anchors: { source: number[]; target: number[] }[]) => formatAnchorFile(anchorFile(side(EN, 'en'), side(FR, 'fr'), anchors));
  // A reviewer's claim that differs from the aligner: English sentence 9 goes with French 5 only.
  writeFileSync(at('fix.anchors.json'), corrections([{ source: [9], target: [5] }, { source: [3], target: [] }]));
  writeFileSync(at('pairs.tsv'), '9\t5\n10\t6\n10\t7\n');
  writeFileSync(at('v2.anchors.json'), JSON.stringify({ ...JSON.parse(corrections([])), version: 2 }));
  writeFileSync(at('out-of-range.tsv'), '40\t0\n');
  writeFileSync(at('crossing.tsv'), '5\t2\n6\t1\n');
  writeFileSync(at('overlap.anchors.json'), corrections([]).replace('"anchors": []', '"anchors": [{"source": [5], "target": [1]}, {"source": [5, 6], "target": [2]}]'));
  // The English text after an edit: one sentence reworded, one added at the start.
  const en = lines(EN);
  writeFileSync(at('changed.en'), ['Geneva', ...en.slice(0, 7), 'A reworded sentence about trafficking.', ...en.slice(8)].join('\n') + '\n');
});

describe('align --anchors', () => {
  it('forces the alignment through the anchors, scored 1 and marked confirmed, and realigns the rest', async () => {
    const r = await runBitext([...PRESPLIT, '--anchors', at('fix.anchors.json'), '-f', 'beads']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[9]:[5]:1.0000\n');
    expect(r.stdout).toContain('[3]:[]:1.0000\n');
    expect(r.stdout).toMatch(/\[10\]:\[6,7\]:0\.\d{4}\n/);
    const json = await runBitext([...PRESPLIT, '--anchors', at('fix.anchors.json'), '-f', 'jsonl']);
    const beads = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: number[]; confirmed?: boolean });
    expect(beads.filter((b) => b.confirmed).map((b) => b.source)).toEqual([[3], [9]]);
  });

  it('reads TSV index pairs, pairs sharing a sentence making one bead', async () => {
    const r = await runBitext([...PRESPLIT, '--anchors', at('pairs.tsv'), '-f', 'beads']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[9]:[5]:1.0000\n[10]:[6,7]:1.0000\n');
  });

  it('marks confirmed beads in TMX', async () => {
    const r = await runBitext([...PRESPLIT, '--anchors', at('pairs.tsv'), '-f', 'tmx']);
    expect(r.stdout.match(/<prop type="x-bitext-confirmed">yes<\/prop>/gu)).toHaveLength(2);
  });

  it('stops on a text that changed since, unless --anchors-loose keeps the anchors whose sentences are unchanged', async () => {
    const strict = await runBitext(['align', '--input', 'sentences', at('changed.en'), FR, '--anchors', at('fix.anchors.json'), '-f', 'beads']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toBe(
      `bitext: error: ${at('fix.anchors.json')}: the source text is not the one these corrections were made on (12 sentences then, 13 now; fingerprints differ); --anchors-loose keeps the anchors whose sentences are unchanged\n`,
    );
    const loose = await runBitext(['align', '--input', 'sentences', at('changed.en'), FR, '--anchors', at('fix.anchors.json'), '--anchors-loose', '-f', 'beads']);
    expect(loose.status).toBe(0);
    expect(loose.stderr).toBe(`bitext: ${at('fix.anchors.json')}: kept 2 of 2 anchors (2 at new sentence numbers)\n`);
    // Both anchored sentences moved one down (a line was added before them).
    expect(loose.stdout).toContain('[10]:[5]:1.0000\n');
    expect(loose.stdout).toContain('[4]:[]:1.0000\n');
  });

  it.each([
    ['a wrong version', 'v2.anchors.json', /v2\.anchors\.json: corrections format version 2 is not supported \(this bitext reads version 1\)$/],
    ['an index out of range', 'out-of-range.tsv', /out-of-range\.tsv: anchor \[40\]:\[0\]: source sentence 40 is out of range \(the source has 12, numbered from 0\)$/],
    ['crossing anchors', 'crossing.tsv', /crossing\.tsv: anchors \[5\]:\[2\] and \[6\]:\[1\] cross each other$/],
    ['overlapping anchors', 'overlap.anchors.json', /overlap\.anchors\.json: anchors \[5\]:\[1\] and \[5,6\]:\[2\] overlap \(both hold source sentence 5\)$/],
    ['a missing file', 'nope.json', /nope\.json: cannot read: no such file$/],
  ])('refuses %s with one line on stderr', async (_name, file, message) => {
    const r = await runBitext([...PRESPLIT, '--anchors', at(file)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/^bitext: error: /u);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it('wants --anchors with --anchors-loose', async () => {
    const r = await runBitext([...PRESPLIT, '--anchors-loose']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('bitext: error: --anchors-loose goes with --anchors <file>\n');
  });
});

describe('align -f html', () => {
  it('is chosen by -o review.html and written atomically', async () => {
    const r = await runBitext([...PRESPLIT, '-o', at('review.html')]);
    expect(r.status).toBe(0);
    const html = readFileSync(at('review.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/u);
    expect(html).toContain('"band":{"lo":[');
  });

  it('refuses filters: the page shows and exports every bead', async () => {
    const r = await runBitext([...PRESPLIT, '-f', 'html', '--min-score', '0.5']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('bitext: error: --format html shows every bead (filter them in the page): leave out --min-score and --no-unaligned\n');
  });
});

describe('the search band kept for the plot', () => {
  it('holds every point of the alignment path', () => {
    const text = readFileSync(`${SEED}.txt`, 'utf8');
    const { alignment, band } = alignPairSync({ source: { name: 'seed', text } }, { keepBand: true });
    expect(band).toBeDefined();
    let s = 0;
    let t = 0;
    for (const b of alignment.beads) {
      expect(band!.lo[s]! <= t && t <= band!.hi[s]!, `(${s}, ${t}) in the band`).toBe(true);
      s += b.source.length;
      t += b.target.length;
    }
    expect(band!.lo.length).toBe(s + 1);
    expect(band!.hi[s]).toBe(t);
  });
});
