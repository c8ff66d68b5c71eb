import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clipToGold,
  formatLadder,
  formatScores,
  type LadderBead,
  mergeByUnits,
  parseLadder,
  parseManifest,
  reliability,
  scoreAlignments,
} from '../../src/eval/index.js';
import { SHARED } from '../helpers/shared.js';

const EVAL = join(SHARED, 'eval');
const TOOLS = join(EVAL, 'tools');
const read = (p: string): string => readFileSync(p, 'utf8');

/** A deterministic, imperfect alignment made from a gold one: merges, splits, shifted and dropped beads. */
function perturb(gold: readonly LadderBead[]): LadderBead[] {
  const out: LadderBead[] = [];
  for (let k = 0; k < gold.length; k++) {
    const b = gold[k]!;
    const next = gold[k + 1];
    if (k % 7 === 3 && next) {
      out.push({ source: [...b.source, ...next.source], target: [...b.target, ...next.target], score: 0.5 });
      k++;
    } else if (k % 5 === 1 && b.source.length > 1) {
      out.push({ source: b.source.slice(0, 1), target: b.target, score: 0.6 }, { source: b.source.slice(1), target: [], score: 0.2 });
    } else if (k % 11 === 4 && next && b.target.length && next.target.length) {
      // move the boundary: one target sentence changes bead
      out.push({ source: b.source, target: [...b.target, next.target[0]!], score: 0.4 }, { source: next.source, target: next.target.slice(1), score: 0.4 });
      k++;
    } else if (k % 13 === 6) {
      out.push({ source: b.source, target: [], score: 0.1 }, { source: [], target: b.target, score: 0.1 });
    } else {
      out.push({ ...b, score: 0.95 });
    }
  }
  return out;
}

interface PyScore {
  precision_strict: number;
  precision_lax: number;
  recall_strict: number;
  recall_lax: number;
  f1_strict: number;
  f1_lax: number;
}

function pyScore(tests: readonly string[], golds: readonly string[]): PyScore {
  const out = execFileSync('python3', [join(TOOLS, 'score.py'), '--json', '-t', ...tests, '-g', ...golds], { encoding: 'utf8' });
  return (JSON.parse(out) as { total: PyScore }).total;
}

function manifestDocs(set: string) {
  return parseManifest(read(join(EVAL, set, 'manifest.tsv')));
}

describe('parseLadder', () => {
  it.each([
    ['[0]:[0]', [{ source: [0], target: [0] }]],
    ['[1,2]:[1]:0.97', [{ source: [1, 2], target: [1], score: 0.97 }]],
    ['[]:[3]', [{ source: [], target: [3] }]],
    ['[4]:[]\n\n', [{ source: [4], target: [] }]],
    ['[0, 1]:[ 2 ]', [{ source: [0, 1], target: [2] }]],
    ['[5]:[6]:x', [{ source: [5], target: [6] }]],
  ])('reads %j', (text, beads) => {
    expect(parseLadder(text)).toEqual(beads);
  });

  it.each(['[0]', '0:0', '[a]:[1]', '[0]:1]'])('rejects %j with its line number', (text) => {
    expect(() => parseLadder(`[0]:[0]\n${text}`)).toThrow(/^line 2:/);
  });

  it('formats what it reads', () => {
    const text = '[0]:[0]:0.9700\n[]:[1]\n[1,2]:[2]:0.1000\n';
    expect(formatLadder(parseLadder(text))).toBe(text);
  });
});

describe('scoreAlignments', () => {
  it('reproduces score_selftest.py example 1', () => {
    const r = scoreAlignments([{ gold: parseLadder('[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[3]'), test: parseLadder('[0]:[0]\n[1]:[1]\n[2]:[]\n[]:[2]:0.0\n[3]:[3]:0.5') }]);
    expect(r.precisionStrict).toBeCloseTo(3 / 5, 12);
    expect(r.precisionLax).toBeCloseTo(4 / 5, 12);
    expect(r.recallStrict).toBeCloseTo(2 / 3, 12);
    expect(r.recallLax).toBeCloseTo(1, 12);
    expect(r.byType.find((t) => t.type === '0-1')).toMatchObject({ gold: 1, strictHits: 1 });
    expect(r.byType.find((t) => t.type === '2-1')).toMatchObject({ gold: 1, strictHits: 0, laxHits: 1 });
  });

  it('gives 0, not NaN, when nothing can be counted', () => {
    const r = scoreAlignments([{ gold: parseLadder('[0]:[0]'), test: parseLadder('[0]:[]\n[]:[0]') }]);
    expect([r.precisionStrict, r.recallLax, r.f1Strict, r.f1Lax]).toEqual([0, 0, 0, 0]);
    expect(scoreAlignments([]).f1Strict).toBe(0);
  });

  it('counts duplicate beads once and ignores empty beads', () => {
    const r = scoreAlignments([{ gold: parseLadder('[0]:[0]\n[1]:[1]'), test: parseLadder('[0]:[0]\n[0]:[0]\n[]:[]\n[1]:[1]') }]);
    expect(r.counts.testBeads).toBe(2);
    expect(r.f1Strict).toBe(1);
  });

  it.each(['transread_en-fr', 'alibi_en-fr', 'textberg-dev_de-fr', 'fulltext_en-fr'])(
    'agrees with score.py on %s (perturbed gold, summed over documents)',
    (set) => {
      const dir = mkdtempSync(join(tmpdir(), 'bitext-eval-'));
      const docs = manifestDocs(set);
      const golds = docs.map((d) => join(EVAL, set, d.goldFile));
      const tests = docs.map((d, i) => {
        const path = join(dir, `${d.doc}.test`);
        writeFileSync(path, formatLadder(perturb(parseLadder(read(golds[i]!)))));
        return path;
      });
      const py = pyScore(tests, golds);
      const ours = scoreAlignments(docs.map((d, i) => ({ name: d.doc, gold: parseLadder(read(golds[i]!)), test: parseLadder(read(tests[i]!)) })));
      expect(ours.f1Strict).toBeLessThan(1);
      expect(ours.precisionStrict).toBeCloseTo(py.precision_strict, 12);
      expect(ours.precisionLax).toBeCloseTo(py.precision_lax, 12);
      expect(ours.recallStrict).toBeCloseTo(py.recall_strict, 12);
      expect(ours.recallLax).toBeCloseTo(py.recall_lax, 12);
      expect(ours.f1Strict).toBeCloseTo(py.f1_strict, 12);
      expect(ours.f1Lax).toBeCloseTo(py.f1_lax, 12);
    },
  );
});

describe('clipToGold and mergeByUnits', () => {
  it('clip agrees with clip_align.py on the prefix gold', () => {
    const set = join(EVAL, 'fulltext_en-fr');
    const gold = join(set, 'AlicesAdventuresInWonderland.prefix.gold');
    // A test alignment covering the whole book: the prefix gold, then 1-1 beads to the end.
    const goldBeads = parseLadder(read(gold));
    const test = [...perturb(goldBeads)];
    for (let k = 0; k < 40; k++) test.push({ source: [800 + k], target: [900 + k] });
    const dir = mkdtempSync(join(tmpdir(), 'bitext-clip-'));
    writeFileSync(join(dir, 't'), formatLadder(test));
    const py = execFileSync('python3', [join(TOOLS, 'clip_align.py'), join(dir, 't'), gold], { encoding: 'utf8' });
    expect(formatLadder(clipToGold(test, goldBeads).map(({ source, target }) => ({ source, target })))).toBe(py);
  });

  it('merge agrees with merge_by_units.py on a verse-level book', () => {
    const set = join(EVAL, 'scale_en-es');
    const su = read(join(set, '08_Ruth.verses.en')).split('\n');
    const tu = read(join(set, '08_Ruth.verses.es')).split('\n');
    const n = read(join(set, '08_Ruth.en')).split('\n').length - 1;
    const m = read(join(set, '08_Ruth.es')).split('\n').length - 1;
    // sentence-level 1-1 beads, then the leftovers as 1-0 / 0-1
    const test: LadderBead[] = [];
    for (let k = 0; k < Math.max(n, m); k++) test.push({ source: k < n ? [k] : [], target: k < m ? [k] : [] });
    const dir = mkdtempSync(join(tmpdir(), 'bitext-merge-'));
    writeFileSync(join(dir, 't'), formatLadder(test));
    const py = execFileSync('python3', [join(TOOLS, 'merge_by_units.py'), join(dir, 't'), join(set, '08_Ruth.verses.en'), join(set, '08_Ruth.verses.es')], {
      encoding: 'utf8',
    });
    expect(formatLadder(mergeByUnits(test, su, tu))).toBe(py);
  });
});

describe('parseManifest', () => {
  it('reads every shared set', () => {
    const docs = manifestDocs('transread_en-fr');
    expect(docs.length).toBe(6);
    expect(docs[0]).toMatchObject({ doc: 'AlicesAdventuresInWonderland', srcLang: 'en', tgtLang: 'fr', nSrc: 836, nTgt: 941 });
    expect(docs[0]!.rawFiles).toEqual(['AlicesAdventuresInWonderland.raw.en', 'AlicesAdventuresInWonderland.raw.fr']);
    expect(manifestDocs('alibi_en-fr')[0]!.rawFiles).toEqual([]);
  });

  it('rejects a manifest without its file columns', () => {
    expect(() => parseManifest('doc\tn_src\nx\t1\n')).toThrow(/src_file/);
  });
});

describe('formatScores and reliability', () => {
  it('prints the totals the way score.py does', () => {
    const pair = { gold: parseLadder('[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[3]'), test: parseLadder('[0]:[0]\n[1]:[1]\n[2]:[]\n[]:[2]:0.0\n[3]:[3]:0.5') };
    const dir = mkdtempSync(join(tmpdir(), 'bitext-fmt-'));
    writeFileSync(join(dir, 'g'), formatLadder(pair.gold));
    writeFileSync(join(dir, 't'), formatLadder(pair.test));
    const py = execFileSync('python3', [join(TOOLS, 'score.py'), '-t', join(dir, 't'), '-g', join(dir, 'g')], { encoding: 'utf8' });
    expect(formatScores(scoreAlignments([pair]), { byType: false })).toBe(py.trimEnd());
    expect(formatScores(scoreAlignments([pair]))).toContain('2-1        1   0.000    1.000');
  });

  it('bins scores against strict correctness', () => {
    const r = reliability([{ gold: parseLadder('[0]:[0]\n[1]:[1]'), test: parseLadder('[0]:[0]:0.95\n[1]:[]:0.2\n[]:[1]:0.25') }], [0, 0.5, 1]);
    expect(r.bins.map((b) => [b.beads, b.correct])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect(r.brier).toBeCloseTo((0.05 ** 2 + 0.2 ** 2 + 0.25 ** 2) / 3, 12);
  });
});
