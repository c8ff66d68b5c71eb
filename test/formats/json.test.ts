import { describe, expect, it } from 'vitest';
import { writeJson, writeJsonl } from '../../src/formats/index.js';
import { VERSION } from '../../src/version.js';
import { alignment, bead, collect, doc } from '../helpers/documents.js';

const a = alignment(
  doc('in.en', 'en', ['Hello "world".', 'Bye.', 'Extra.']),
  doc('in.fr', 'fr', ['Bonjour « monde ».', 'Still English here.'], { 1: 'en' }),
  [bead([0], [0], 0.987654), bead([1], [1], 0.4), bead([2], [], 0.2)],
);

describe('writeJsonl', () => {
  const lines = collect(writeJsonl(a)).split('\n');

  it('writes one JSON object per line and nothing else', () => {
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toHaveLength(3);
  });

  it('gives indices, texts and the score rounded to 4 decimals', () => {
    expect(JSON.parse(lines[0]!)).toEqual({ source: [0], target: [0], sourceText: 'Hello "world".', targetText: 'Bonjour « monde ».', score: 0.9877 });
  });

  it('gives the language of each sentence of a side that holds an untranslated one', () => {
    expect(JSON.parse(lines[1]!).lang).toEqual({ target: ['en'] });
    expect(JSON.parse(lines[0]!)).not.toHaveProperty('lang');
  });

  it('writes unaligned beads with an empty side', () => {
    expect(JSON.parse(lines[2]!)).toMatchObject({ source: [2], target: [], targetText: '' });
  });
});

describe('writeJson', () => {
  const text = collect(writeJson(a, { options: { from: 'en', minScore: 0.1 } }));
  const parsed = JSON.parse(text);

  it('is one valid JSON document', () => {
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('records the tool, the inputs with their languages and counts, and the options', () => {
    expect(parsed.tool).toEqual({ name: 'bitext', version: VERSION });
    expect(parsed.source).toEqual({ name: 'in.en', lang: 'en', paragraphs: 1, sentences: 3, mismatchedSentences: 0 });
    expect(parsed.target).toMatchObject({ name: 'in.fr', lang: 'fr', sentences: 2, mismatchedSentences: 1 });
    expect(parsed.options).toEqual({ from: 'en', minScore: 0.1 });
    expect(parsed.counts).toEqual({ beads: 3, byType: { '1-0': 1, '1-1': 2 } });
  });

  it('holds the same bead objects as JSONL', () => {
    const jsonl = collect(writeJsonl(a)).trim().split('\n').map((l) => JSON.parse(l));
    expect(parsed.beads).toEqual(jsonl);
  });

  it('is valid with no beads at all', () => {
    const empty = JSON.parse(collect(writeJson(alignment(doc('s', 'en', []), doc('t', 'fr', []), []))));
    expect(empty.beads).toEqual([]);
    expect(empty.counts).toEqual({ beads: 0, byType: {} });
  });
});
