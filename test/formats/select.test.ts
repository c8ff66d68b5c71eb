import { describe, expect, it } from 'vitest';
import { selectBeads, writeMoses, writerForPath, writeSentences } from '../../src/formats/index.js';
import type { Document } from '../../src/types.js';
import { alignment, bead, collect, doc } from '../helpers/documents.js';

const a = alignment(doc('s', 'en', ['a', 'b', 'c']), doc('t', 'fr', ['x', 'y']), [
  bead([0], [0], 0.9),
  bead([1], [], 0.8),
  bead([], [1], 0.1),
  bead([2], [], 0.05),
]);

describe('selectBeads', () => {
  it('keeps everything by default', () => {
    expect(selectBeads(a, {}).alignment.beads).toEqual(a.beads);
  });

  it('drops 1-0 and 0-1 beads when unaligned is false, and counts them', () => {
    const s = selectBeads(a, { unaligned: false });
    expect(s.alignment.beads).toEqual([a.beads[0]]);
    expect(s.droppedUnaligned).toBe(3);
  });

  it('drops beads below the minimum score, and counts them', () => {
    const s = selectBeads(a, { minScore: 0.5 });
    expect(s.alignment.beads.map((b) => b.score)).toEqual([0.9, 0.8]);
    expect(s.droppedLowScore).toBe(2);
  });

  it('keeps a bead whose score equals the threshold', () => {
    expect(selectBeads(a, { minScore: 0.8 }).alignment.beads).toHaveLength(2);
  });
});

describe('writerForPath', () => {
  it.each([
    ['out.tmx', 'tmx'],
    ['dir/out.TSV', 'tsv'],
    ['out.tab', 'tsv'],
    ['out.json', 'json'],
    ['out.jsonl', 'jsonl'],
    ['out.ndjson', 'jsonl'],
    ['out.beads', 'beads'],
    ['out.txt', undefined],
    ['out.docx', undefined],
    ['corpus', undefined],
    ['.tmx', undefined],
    ['dir.tmx/corpus', undefined],
  ])('%s → %s', (path, format) => {
    expect(writerForPath(path)?.name).toBe(format);
  });
});

describe('writeMoses', () => {
  it('writes line-parallel sides, empty lines for unaligned beads', () => {
    const m = writeMoses(a);
    expect(collect(m.source)).toBe('a\nb\n\nc\n');
    expect(collect(m.target)).toBe('x\n\ny\n\n');
  });
});

describe('writeSentences', () => {
  it('writes one sentence per line and a blank line between paragraphs', () => {
    const d: Document = {
      name: 'x',
      lang: 'en',
      paragraphs: [
        { index: 0, span: [0, 5], sentences: [0, 2] },
        { index: 1, span: [7, 9], sentences: [2, 3] },
      ],
      sentences: [
        { index: 0, paragraph: 0, text: 'A.', span: [0, 2] },
        { index: 1, paragraph: 0, text: 'B.', span: [3, 5] },
        { index: 2, paragraph: 1, text: 'C.', span: [7, 9] },
      ],
    };
    expect(collect(writeSentences(d))).toBe('A.\nB.\n\nC.\n');
  });
});

describe('writeMoses keeps the files line-parallel', () => {
  it('turns line breaks inside a text into spaces', () => {
    const m = writeMoses(alignment(doc('s', 'en', ['one\ntwo', 'three\r\nfour\u2028five']), doc('t', 'fr', ['un', 'deux']), [bead([0], [0]), bead([1], [1])]));
    expect(collect(m.source)).toBe('one two\nthree four five\n');
  });

  it('also breaks where Python\'s str.splitlines() would', () => {
    const breaks = ['\v', '\f', '\u001c', '\u001d', '\u001e', '\u0085'];
    const m = writeMoses(alignment(doc('s', 'en', breaks.map((b) => `a${b}b`)), doc('t', 'fr', breaks.map(() => 'x')), breaks.map((_, i) => bead([i], [i]))));
    const text = collect(m.source);
    expect(text).toBe('a b\n'.repeat(breaks.length));
    expect(text.split('\n')).toHaveLength(breaks.length + 1);
  });
});
