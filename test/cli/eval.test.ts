/** `bitext eval` agrees with the field's scorer (shared/eval/tools/score.py) and reads the set folders. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/eval/index.js';
import { SEED, tempDir } from '../helpers/cli.js';
import { SHARED } from '../helpers/shared.js';
import { runBitext } from '../helpers/run.js';

const SCORE_PY = join(SHARED, 'eval', 'tools', 'score.py');
const ALIBI = join(SHARED, 'eval', 'alibi_en-fr');

function scorePy(tests: string[], golds: string[]) {
  const r = spawnSync('python3', [SCORE_PY, '-t', ...tests, '-g', ...golds, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout).total;
}

let dir: string;
const alibiDocs = parseManifest(readFileSync(join(ALIBI, 'manifest.tsv'), 'utf8'));

beforeAll(async () => {
  dir = tempDir();
  // Test alignments of every alibi document, made by bitext itself.
  for (const d of alibiDocs) {
    const r = await runBitext(['align', '--input', 'sentences', join(ALIBI, d.srcFile), join(ALIBI, d.tgtFile), '-f', 'beads', '-o', join(dir, `${d.doc}.beads`)]);
    if (r.status !== 0) throw new Error(r.stderr);
  }
  // A deliberately damaged alignment of the seed: merges and a split, so strict and lax differ.
  writeFileSync(join(dir, 'seed-bad.beads'), '[0,1]:[]\n[2]:[]\n[3]:[]\n[4,5]:[0,1]\n[6]:[2]\n[7]:[3]\n[8]:[4,5]\n[9]:[6]\n[10,11]:[7,8]\n');
});

describe('bitext eval', () => {
  it('gives the same strict/lax figures as score.py on pairs of files', async () => {
    const tests = [join(dir, 'seed-bad.beads'), ...alibiDocs.map((d) => join(dir, `${d.doc}.beads`))];
    const golds = [`${SEED}.gold`, ...alibiDocs.map((d) => join(ALIBI, d.goldFile))];
    const args = ['eval', '--json', ...golds.flatMap((g) => ['--gold', g]), ...tests];
    const ours = JSON.parse((await runBitext(args)).stdout);
    const theirs = scorePy(tests, golds);
    for (const key of ['precision_strict', 'recall_strict', 'f1_strict', 'precision_lax', 'recall_lax', 'f1_lax']) {
      const camel = key.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase());
      expect(ours[camel]).toBeCloseTo(theirs[key], 12);
    }
    expect(ours.counts.testBeads).toBe(theirs.counts.test_beads);
    expect(ours.counts.goldBeads2Sided).toBe(theirs.counts.gold_beads_2sided);
  });

  it('scores a whole set from its folder and a folder of <doc>.beads', async () => {
    const r = await runBitext(['eval', '--gold', ALIBI, dir]);
    expect(r.status).toBe(0);
    const theirs = scorePy(
      alibiDocs.map((d) => join(dir, `${d.doc}.beads`)),
      alibiDocs.map((d) => join(ALIBI, d.goldFile)),
    );
    expect(r.stdout).toContain(`TOTAL (${alibiDocs.length} documents)`);
    expect(r.stdout).toMatch(new RegExp(`F1\\s+${theirs.f1_strict.toFixed(3)}\\s+${theirs.f1_lax.toFixed(3)}`));
    expect(r.stdout).toMatch(/recall by gold bead type/);
  });

  it('prints a perfect score for the gold against itself', async () => {
    const r = await runBitext(['eval', '--gold', `${SEED}.gold`, `${SEED}.gold`]);
    expect(r.stdout).toMatch(/F1\s+1\.000\s+1\.000/);
  });

  it('scores an empty test alignment (everything filtered out) as zero, not as an error', async () => {
    writeFileSync(join(dir, 'empty.beads'), '');
    const r = await runBitext(['eval', '--gold', `${SEED}.gold`, join(dir, 'empty.beads')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/recall\s+0\.000\s+0\.000/);
  });

  it('refuses unpaired files and names a bad ladder line', async () => {
    const unpaired = await runBitext(['eval', '--gold', `${SEED}.gold`, `${SEED}.gold`, `${SEED}.gold`]);
    expect(unpaired.status).toBe(1);
    expect(unpaired.stderr).toMatch(/1 gold file but 2 test files/);
    writeFileSync(join(dir, 'broken.beads'), '[0]:[0]\n[1] -> [1]\n');
    const broken = await runBitext(['eval', '--gold', `${SEED}.gold`, join(dir, 'broken.beads')]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/broken\.beads: line 2: /);
  });
});
