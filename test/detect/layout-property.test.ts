/**
 * The split recovers the two texts: for random stretches of human-aligned English and French
 * (../shared/eval alibi, untokenised), joined in each layout (blocks with any
 * separator or none, either language first, hard-wrapped or not; sections; alternating lines or
 * paragraphs; line pairs split at ` / ` or ` | `, hard-wrapped; TAB columns; one paragraph
 * switching mid-line), each side of the file's split holds exactly its text, whitespace aside.
 *
 * The runs are drawn from a fixed seed, so that the test is repeatable; over many more documents,
 * bench/layouts.mjs measures how often the split is not exact (about 1 in 80, where franc misreads a
 * short line next to a change of language with confidence), and on held-out texts.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawWindow, GENERATED_LAYOUTS, goldDocuments, layoutDocument, random, windowSize } from '../../bench/lib/layouts.mjs';
import { prepareBilingual } from '../../src/document/prepare.js';
import { EVAL } from './helpers.js';

// The dev set only: transread is held out, to measure the layout search on texts it was never tuned on (bench/layouts.mjs).
const SETS = ['alibi_en-fr'];
const documents = SETS.flatMap((set) => goldDocuments(join(EVAL, set)).map((d) => ({ ...d, name: `${set}/${d.name}` })));

/** Characters of a side's text, whitespace left out. */
const bare = (texts: readonly string[]): string => texts.join('').replace(/\s+/gu, '');

/** Runs per layout: 6 layouts × 12 documents of 4 to 30 gold beads, about 5 s. */
const RUNS = 12;

describe.each(GENERATED_LAYOUTS)('a random stretch of a novel laid out as %s', (layout) => {
  it('splits into exactly its English and its French text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const rand = random(seed);
        const window = drawWindow(documents, rand, windowSize(layout));
        const document = layoutDocument(window.beads, layout, rand);
        const pair = prepareBilingual({ name: `${window.name}@${window.start}`, text: document.text });
        expect([pair.source.lang, pair.target.lang]).toEqual(['en', 'fr']);
        expect(bare(pair.source.sentences.map((s) => s.text))).toBe(bare(document.source));
        expect(bare(pair.target.sentences.map((s) => s.text))).toBe(bare(document.target));
      }),
      { numRuns: RUNS, seed: 17 },
    );
  });
});
