/** The founding example, end to end through the real binary: every format, raw and pre-split input, stdin. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLadder, SEED, tempDir } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';
import { validateTmx } from '../helpers/xmllint.js';

const read = (path: string) => readFileSync(path, 'utf8');
const gold = parseLadder(read(`${SEED}.gold`));
const en = read(`${SEED}.en`).trimEnd().split('\n');
const fr = read(`${SEED}.fr`).trimEnd().split('\n');
const nonBlank = (text: string) => text.split('\n').filter((l) => l !== '');

describe('the founding example (UN message, English then French in one file)', () => {
  it('aligns the raw bilingual file exactly as the gold', async () => {
    const r = await runBitext(['align', `${SEED}.txt`, '--format', 'beads']);
    // The one note: how the file was read (the UN message is English, a row of asterisks, French).
    expect(r.stderr).toBe('bitext: layout: block, cut after line 19 (separator)\n');
    expect(r.status).toBe(0);
    expect(parseLadder(r.stdout)).toEqual(gold);
  });

  it('aligns the pre-split files exactly as the gold', async () => {
    const r = await runBitext(['align', '--input', 'sentences', `${SEED}.en`, `${SEED}.fr`, '--format', 'beads']);
    expect(r.status).toBe(0);
    expect(parseLadder(r.stdout)).toEqual(gold);
  });

  it('splits each side into the gold sentences, the ones align numbers', async () => {
    const source = await runBitext(['split', '--side', 'source', `${SEED}.txt`]);
    const target = await runBitext(['split', '--side', 'target', `${SEED}.txt`]);
    expect(nonBlank(source.stdout)).toEqual(en);
    expect(nonBlank(target.stdout)).toEqual(fr);
  });

  it('writes TSV by default: source, target, score; header lines as 1-0 rows', async () => {
    const r = await runBitext(['align', `${SEED}.txt`]);
    const rows = nonBlank(r.stdout).map((l) => l.split('\t'));
    expect(rows).toHaveLength(gold.length);
    rows.forEach(([s, t, score], i) => {
      const [gs, gt] = gold[i]!;
      expect(s).toBe(gs.map((k) => en[k]).join(' '));
      expect(t).toBe(gt.map((k) => fr[k]).join(' '));
      expect(Number(score)).toBeGreaterThanOrEqual(0);
      expect(Number(score)).toBeLessThanOrEqual(1);
    });
    expect(rows[0]).toEqual(['New York', '', rows[0]![2]]);
  });

  it('writes TSV with a header when asked', async () => {
    expect(nonBlank((await runBitext(['align', `${SEED}.txt`, '--header'])).stdout)[0]).toBe('en\tfr\tscore');
  });

  it('writes JSON: languages, inputs, options, counts and every bead with its texts', async () => {
    const r = await runBitext(['align', `${SEED}.txt`, '-f', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.source).toMatchObject({ name: `${SEED}.txt`, lang: 'en', sentences: en.length });
    expect(doc.target).toMatchObject({ name: `${SEED}.txt`, lang: 'fr', sentences: fr.length });
    expect(doc.options).toMatchObject({ input: 'text', format: 'json', inputs: [`${SEED}.txt`] });
    expect(doc.counts).toEqual({ beads: 12, byType: { '1-0': 4, '1-1': 7, '1-2': 1 } });
    expect(doc.beads.map((b: { source: number[]; target: number[] }) => [b.source, b.target])).toEqual(gold);
    expect(doc.beads[9].targetText).toBe(`${fr[5]} ${fr[6]}`);
  });

  it('writes JSONL: one bead object per line, nothing else', async () => {
    const lines = nonBlank((await runBitext(['align', `${SEED}.txt`, '-f', 'jsonl'])).stdout).map((l) => JSON.parse(l));
    expect(lines.map((b) => [b.source, b.target])).toEqual(gold);
    expect(Object.keys(lines[4]).sort()).toEqual(['score', 'source', 'sourceText', 'target', 'targetText']);
  });

  it('writes TMX valid against the DTD, translation pairs only, and says what it left out', async () => {
    const dir = tempDir();
    const out = join(dir, 'un.tmx');
    const r = await runBitext(['align', `${SEED}.txt`, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/left out 4 unaligned 1-0\/0-1 beads/);
    const xml = read(out);
    expect(validateTmx(xml).status).toBe(0);
    expect(xml.match(/<tu /g)).toHaveLength(8);
    expect(xml).toContain(`<seg>${fr[5]} ${fr[6]}</seg>`);
    expect(readdirSync(dir)).toEqual(['un.tmx']);
  });

  it('keeps 1-0 beads in TMX when asked', async () => {
    const r = await runBitext(['align', `${SEED}.txt`, '-f', 'tmx', '--unaligned']);
    expect(r.stdout.match(/<tu /g)).toHaveLength(12);
    expect(validateTmx(r.stdout).status).toBe(0);
  });

  it('writes Moses files <prefix>.en and <prefix>.fr, line-parallel', async () => {
    const dir = tempDir();
    const r = await runBitext(['align', `${SEED}.txt`, '-f', 'moses', '-o', join(dir, 'un')]);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['un.en', 'un.fr']);
    const s = read(join(dir, 'un.en')).split('\n');
    const t = read(join(dir, 'un.fr')).split('\n');
    expect(s).toHaveLength(t.length);
    expect(s[0]).toBe(en[4]);
    expect(t[0]).toBe(fr[0]);
  });

  it('picks the format from the output extension', async () => {
    const dir = tempDir();
    await runBitext(['align', `${SEED}.txt`, '-o', join(dir, 'a.jsonl')]);
    await runBitext(['align', `${SEED}.txt`, '-o', join(dir, 'a.beads')]);
    expect(JSON.parse(nonBlank(read(join(dir, 'a.jsonl')))[0]!)).toHaveProperty('sourceText');
    expect(parseLadder(read(join(dir, 'a.beads')))).toEqual(gold);
  });

  it('reads the bilingual file from stdin', async () => {
    const r = await runBitext(['align', '-', '-f', 'beads'], { stdin: read(`${SEED}.txt`) });
    expect(r.status).toBe(0);
    expect(parseLadder(r.stdout)).toEqual(gold);
  });

  it('reads one of two files from stdin', async () => {
    const r = await runBitext(['align', '--input', 'sentences', '-', `${SEED}.fr`, '-f', 'beads'], { stdin: read(`${SEED}.en`) });
    expect(parseLadder(r.stdout)).toEqual(gold);
  });

  it('drops unaligned beads on request', async () => {
    const all = parseLadder((await runBitext(['align', `${SEED}.txt`, '-f', 'beads'])).stdout);
    const aligned = parseLadder((await runBitext(['align', `${SEED}.txt`, '-f', 'beads', '--no-unaligned'])).stdout);
    expect(aligned).toEqual(all.filter(([s, t]) => s.length && t.length));
  });

  it('filters by confidence as written, and says how many beads it left out', async () => {
    const all = nonBlank((await runBitext(['align', `${SEED}.txt`, '-f', 'beads'])).stdout);
    const scores = all.map((l) => Number(l.split(':')[2]));
    // A threshold between the lowest and the highest score, so that the filter has work to do.
    const threshold = scores.find((x) => x > Math.min(...scores))!;
    const r = await runBitext(['align', `${SEED}.txt`, '-f', 'beads', '--min-score', String(threshold)]);
    const kept = nonBlank(r.stdout);
    const dropped = scores.filter((x) => x < threshold).length;
    expect(dropped).toBeGreaterThan(0);
    expect(kept).toEqual(all.filter((_l, i) => scores[i]! >= threshold));
    expect(r.stderr).toBe(`bitext: layout: block, cut after line 19 (separator)\nbitext: left out ${dropped} bead${dropped === 1 ? '' : 's'} scored below ${threshold}\n`);
  });

  it('gives byte-identical output on every run', async () => {
    const a = await runBitext(['align', `${SEED}.txt`, '-f', 'json']);
    const b = await runBitext(['align', `${SEED}.txt`, '-f', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('gives the same bytes with one thread or several', async () => {
    const one = await runBitext(['align', `${SEED}.txt`, '-f', 'json', '--threads', '1']);
    const two = await runBitext(['align', `${SEED}.txt`, '-f', 'json', '--threads', '2']);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('reads back what split prints with --input sentences, numbering sentences the same', async () => {
    const dir = tempDir();
    const s = await runBitext(['split', '--side', 'source', `${SEED}.txt`, '-o', join(dir, 'en.txt')]);
    const t = await runBitext(['split', '--side', 'target', `${SEED}.txt`, '-o', join(dir, 'fr.txt')]);
    expect([s.status, t.status]).toEqual([0, 0]);
    const r = await runBitext(['align', '--input', 'sentences', join(dir, 'en.txt'), join(dir, 'fr.txt'), '-f', 'beads']);
    expect(parseLadder(r.stdout)).toEqual(gold);
  });
});
