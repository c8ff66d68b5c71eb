import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { InputError } from '../../src/errors.js';
import { anchorFile, formatAnchorFile, parseAnchors, resolveAnchors } from '../../src/review/index.js';
import type { Document } from '../../src/types.js';
import { ladderProblems, makeDoc } from '../align/helpers.js';

const EN = ['The cat sleeps.', 'It dreams of mice.', 'Then it wakes up.', 'It is hungry.', 'The end.'];
const FR = ['Le chat dort.', 'Il rêve de souris.', 'Puis il se réveille.', 'Il a faim.', 'Fin.'];
const en = makeDoc(EN);
const fr = makeDoc(FR, [FR.length], 'fr');
const side = (d: Document) => ({ name: d.name, lang: d.lang, texts: d.sentences.map((s) => s.text) });
const json = (anchors: { source: number[]; target: number[] }[], s = en, t = fr): string => formatAnchorFile(anchorFile(side(s), side(t), anchors));
const resolve = (text: string, s = en, t = fr, loose = false) => resolveAnchors(parseAnchors(text, 'fix.anchors.json'), s, t, { name: 'fix.anchors.json', loose });

describe('corrections files', () => {
  it('round-trip through the JSON the review page writes', () => {
    const text = json([
      { source: [1], target: [1, 2] },
      { source: [4], target: [] },
    ]);
    expect(text).toContain('"format": "bitext-anchors"');
    expect(text).toContain('"version": 1');
    expect(JSON.parse(text).source).toMatchObject({ lang: 'en', sentences: 5 });
    expect(resolve(text).fixed).toEqual([
      { source: [1], target: [1, 2] },
      { source: [4], target: [] },
    ]);
  });

  it('read TSV index pairs, pairs sharing a sentence being one bead, - for unmatched', () => {
    const got = resolve('# reviewed\n0\t0\n1\t1\n1\t2\n3\t-\n2 3\n').fixed;
    expect(got).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1, 2] },
      { source: [2], target: [3] },
      { source: [3], target: [] },
    ]);
  });

  it.each([
    ['a wrong version', () => JSON.stringify({ ...JSON.parse(json([])), version: 2 }), /fix\.anchors\.json: corrections format version 2 is not supported \(this bitext reads version 1\)$/],
    ['another format', () => '{"format": "x"}', /not a bitext corrections file/],
    ['broken JSON', () => '{"format": ', /fix\.anchors\.json: not valid JSON/],
    ['an index out of range', () => json([]).replace('"anchors": []', '"anchors": [{"source": [7], "target": [0]}]'), /anchor \[7\]:\[0\]: source sentence 7 is out of range \(the source has 5, numbered from 0\)$/],
    ['a TSV index past 2^31', () => '0\t4294967296\n', /anchor \[0\]:\[4294967296\]: target sentence 4294967296 is out of range \(the target has 5, numbered from 0\)$/],
    ['anchors crossing', () => '0\t1\n1\t0\n', /anchors \[0\]:\[1\] and \[1\]:\[0\] cross each other$/],
    ['anchors overlapping', () => json([{ source: [1], target: [1] }, { source: [1, 2], target: [2] }]), /anchors \[1\]:\[1\] and \[1,2\]:\[2\] overlap \(both hold source sentence 1\)$/],
    ['sentences not consecutive', () => '0\t0\n2\t0\n', /anchor \[0,2\]:\[0\]: its source sentences are not consecutive$/],
    ['a bad TSV line', () => '0\tx\n', /fix\.anchors\.json: line 1: "x" is not a sentence index$/],
    ['three columns', () => '0\t1\t2\n', /line 1: expected two columns/],
    ['no pair at all', () => '# nothing\n', /no sentence index pairs/],
    ['other languages', () => json([], makeDoc(EN, [5], 'de')), /made for de→fr text, but the input is en→fr$/],
  ])('refuse %s with a one-line error naming the file', (_name, text, message) => {
    let error: unknown;
    try {
      resolve(text());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('stop on a text that changed, naming the side', () => {
    const text = json([{ source: [2], target: [2] }]);
    const changed = makeDoc(['The cat sleeps.', 'It dreams of mice!', ...EN.slice(2)]);
    expect(() => resolve(text, changed)).toThrow(/fix\.anchors\.json: the source text is not the one these corrections were made on \(5 sentences; fingerprints differ\)$/);
    try {
      resolve(text, changed);
    } catch (e) {
      expect((e as InputError).code).toBe('anchors-mismatch');
    }
  });

  it('with loose, keep the anchors whose sentences are unchanged, following them to their new numbers', () => {
    const text = json([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [3], target: [3] },
    ]);
    // A sentence added at the start of the source, sentence 1 reworded.
    const changed = makeDoc(['Preface.', 'The cat sleeps.', 'It dreams of rats.', ...EN.slice(2)]);
    const got = resolve(text, changed, fr, true);
    expect(got.fixed).toEqual([
      { source: [1], target: [0] },
      { source: [4], target: [3] },
    ]);
    expect(got.diagnostics).toHaveLength(1);
    expect(got.diagnostics[0]).toMatchObject({ code: 'anchors-loose', data: { kept: 2, dropped: 1, moved: 2 } });
    expect(got.diagnostics[0]!.message).toBe('kept 2 of 3 anchors (2 at new sentence numbers); 1 left out because their sentences changed');
  });
});

describe('realigning with anchors', () => {
  const words = ['the', 'cat', 'Paris', 'maison', '2020', 'long', 'river', 'of', 'words', 'nation', 'Émile', '?'];
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

  it('keeps every anchor and every sentence exactly once, in order (property: random texts, random TSV anchors)', () => {
    const scenario = fc
      .record({ src: fc.array(sentence, { minLength: 1, maxLength: 30 }), tgt: fc.array(sentence, { minLength: 1, maxLength: 30 }) })
      .chain(({ src, tgt }) =>
        fc.record({
          src: fc.constant(src),
          tgt: fc.constant(tgt),
          // Increasing pairs (i, j) from two increasing index sets: non-crossing 1-1 anchors.
          is: fc.uniqueArray(fc.nat(src.length - 1), { maxLength: Math.min(src.length, tgt.length) }),
          js: fc.uniqueArray(fc.nat(tgt.length - 1), { maxLength: Math.min(src.length, tgt.length) }),
          unmatched: fc.option(fc.nat(src.length - 1)),
        }),
      );
    fc.assert(
      fc.property(scenario, ({ src, tgt, is, js, unmatched }) => {
        const count = Math.min(is.length, js.length);
        const si = [...is].sort((a, b) => a - b).slice(0, count);
        const tj = [...js].sort((a, b) => a - b).slice(0, count);
        let tsv = si.map((i, k) => `${i}\t${tj[k]}\n`).join('');
        if (unmatched !== null && !si.includes(unmatched)) tsv += `${unmatched}\t-\n`;
        if (!tsv) return;
        const s = makeDoc(src);
        const t = makeDoc(tgt, [tgt.length], 'fr');
        const { fixed } = resolveAnchors(parseAnchors(tsv, 'pairs.tsv'), s, t, { name: 'pairs.tsv' });
        const beads = alignDocuments(s, t, { fixed });
        expect(ladderProblems(beads, src.length, tgt.length)).toEqual([]);
        const out = new Set(beads.filter((b) => b.confirmed && b.score === 1).map((b) => `${b.source}:${b.target}`));
        for (const f of fixed) expect(out.has(`${f.source}:${f.target}`), `anchor ${f.source}:${f.target}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
