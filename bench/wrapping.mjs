#!/usr/bin/env node
/**
 * Hard-wrapped text: how many sentences come out exactly as from the same text unwrapped, at each
 * wrap width (`fold -s -w W`), on dev documents (alibi_en-fr) and held-out ones (transread_en-fr).
 *
 * Layouts: two files with paragraphs between blank lines; two files with paragraphs one after the
 * other, no blank line between (a new paragraph is only a line that ends early); and one file
 * holding both languages as two blocks (bench/lib/layouts.mjs). A sentence is recovered when its
 * text (whitespace aside) is one of bitext's sentences on its side, in order.
 *
 * usage: npm run build && node bench/wrapping.mjs [--docs N] [--seed S] [--widths 40,60,72,80]
 */
import { join } from 'node:path';
import { drawWindow, expectedAlignment, goldDocuments, layoutDocument, paragraphsOf, random, wrap } from './lib/layouts.mjs';
import { EVAL, ROOT } from './lib/sets.mjs';
import { lcs } from './lib/lcs.mjs';
import { sentencesOf } from './lib/sentences.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const docs = Number(opt('--docs') ?? 100);
const seed = Number(opt('--seed') ?? 17);
const widths = (opt('--widths') ?? '40,60,72,80').split(',').map(Number);

const { alignPairSync } = await import(join(ROOT, 'dist', 'pipeline', 'align-pair.js'));
const bare = (s) => s.replace(/\s+/gu, ' ').trim();


/** Sentences of `got` that are exactly those of `want`, in order. */
const recovered = (got, want) => lcs(got.map(bare), want.map(bare));

function measure(set) {
  const sources = goldDocuments(join(EVAL, set));
  const rand = random(seed);
  const rows = { 'two files, blank lines': {}, 'two files, no blank line': {}, 'one file, block': {} };
  const add = (row, width, right, total) => {
    const cell = (rows[row][width] ??= [0, 0]);
    cell[0] += right;
    cell[1] += total;
  };
  for (let k = 0; k < docs; k++) {
    const window = drawWindow(sources, rand, [8, 30]);
    // Paragraphs of 1 to 4 beads, as the generated layouts make them.
    const groups = paragraphsOf(window.beads, rand, 4);
    for (const [side, lang] of [['source', 'en'], ['target', 'fr']]) {
      const texts = groups.map((g) => g.flatMap((b) => b[side]).join(' '));
      const want = sentencesOf(texts.join('\n\n'), lang);
      for (const width of [0, ...widths]) {
        const folded = texts.map((t) => (width ? wrap(t, width) : t));
        add('two files, blank lines', width, recovered(sentencesOf(folded.join('\n\n'), lang), want), want.length);
        add('two files, no blank line', width, recovered(sentencesOf(folded.join('\n'), lang), want), want.length);
      }
    }
    for (const width of [0, ...widths]) {
      // The same draws for every width: one document, folded at each.
      const document = layoutDocument(window.beads, 'block', random(seed * 1000 + k), width);
      const expected = expectedAlignment(document, sentencesOf);
      let got = { source: [], target: [] };
      try {
        const { alignment } = alignPairSync({ source: { name: window.name, text: document.text } }, { from: 'en', to: 'fr' });
        got = { source: alignment.source.sentences.map((s) => s.text), target: alignment.target.sentences.map((s) => s.text) };
      } catch {
        // Refused: nothing recovered.
      }
      add('one file, block', width, recovered(got.source, expected.source) + recovered(got.target, expected.target), expected.source.length + expected.target.length);
    }
  }
  console.log(`\n${set}: ${docs} windows of 8-30 gold beads (seed ${seed}); sentences recovered exactly (share of all)`);
  console.log(`${'layout'.padEnd(26)}${['unwrapped', ...widths.map((w) => `width ${w}`)].map((h) => h.padStart(11)).join('')}`);
  for (const [row, cells] of Object.entries(rows)) {
    console.log(`${row.padEnd(26)}${[0, ...widths].map((w) => (cells[w][0] / cells[w][1]).toFixed(3).padStart(11)).join('')}`);
  }
}

measure('alibi_en-fr');
measure('transread_en-fr');
