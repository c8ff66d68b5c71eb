#!/usr/bin/env node
/**
 * Speed of the detect stage, against plain franc in the same run.
 *
 *   npm run build && node bench/detect.mjs [--quick]
 *
 * Data: ../shared/eval/scale_en-es (66 Bible books, 33 000 verses a side) and
 * ../shared/eval/transread_en-fr (6 novels, 3 500 sentences a side). Prints µs per sentence for
 * mismatch marking (every sentence of both sides is checked), for franc restricted to the pair on
 * each sentence (what marking would cost with franc alone), and the time of the pair check and the
 * bilingual split on the whole corpora. Each figure is the best of a few runs after a warm-up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc';
import { markMismatches, resolvePair, splitBilingual } from '../dist/index.js';

const EVAL = join(import.meta.dirname, '..', '..', 'shared', 'eval');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;

/** Sentences of every file of a set in one language, and the files' texts joined. */
function corpus(set, lang) {
  const files = readdirSync(join(EVAL, set))
    .filter((f) => f.endsWith(`.${lang}`) && !f.includes('.raw.') && !f.includes('.verses.'))
    .sort();
  const sentences = files.flatMap((f) => readFileSync(join(EVAL, set, f), 'utf8').split('\n').filter((l) => l.trim() !== ''));
  return { sentences, text: sentences.join('\n') };
}

function documentOf(name, lang, sentences) {
  let offset = 0;
  return {
    name,
    lang,
    paragraphs: [{ index: 0, span: [0, 0], sentences: [0, sentences.length] }],
    sentences: sentences.map((text, index) => {
      const span = [offset, offset + text.length];
      offset += text.length + 1;
      return { index, paragraph: 0, text, span };
    }),
  };
}

/** Best wall time of `runs` calls of `f` after one warm-up call, in ms, and the last result. */
function time(f, runs = RUNS) {
  let result = f();
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = f();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

const ISO3 = { en: 'eng', fr: 'fra', es: 'spa' };
const rows = [];
const row = (what, value, unit, note = '') => rows.push([what, value.toFixed(unit === 'ms' ? 1 : 2), unit, note]);

for (const [set, a, b] of [
  ['scale_en-es', 'en', 'es'],
  ['transread_en-fr', 'en', 'fr'],
]) {
  const sides = { [a]: corpus(set, a), [b]: corpus(set, b) };
  for (const [own, other] of [
    [a, b],
    [b, a],
  ]) {
    const { sentences } = sides[own];
    const doc = documentOf(`${set}.${own}`, own, sentences);
    const { ms, result } = time(() => markMismatches(doc, other));
    const marked = result.sentences.filter((s) => s.lang !== undefined).length;
    row(`markMismatches ${set} ${own} (other ${other}), ${sentences.length} sentences`, (ms * 1000) / sentences.length, 'µs/sentence', `${marked} marked`);
    const sample = sentences.slice(0, quick ? 500 : 3000);
    const only = [ISO3[own], ISO3[other]];
    const franc = time(() => sample.forEach((s) => francAll(s, { only })), 1);
    row(`  plain franc, only [${only}], first ${sample.length} sentences`, (franc.ms * 1000) / sample.length, 'µs/sentence');
  }

  const source = { name: `${set}.${a}`, text: sides[a].text };
  const target = { name: `${set}.${b}`, text: sides[b].text };
  const chars = `${(source.text.length / 1e6).toFixed(1)} + ${(target.text.length / 1e6).toFixed(1)} M chars`;
  const detected = time(() => resolvePair(source, target));
  row(`resolvePair ${set}, languages detected`, detected.ms, 'ms', `${chars} → ${detected.result.from}-${detected.result.to}`);
  const start = time(() => [francAll(source.text), francAll(target.text)]);
  row(`  plain franc on both files (reads their first 2048 characters only)`, start.ms, 'ms', `${start.result[0][0][0]}-${start.result[1][0][0]}`);
  const swapped = time(() => resolvePair(target, source, { from: a, to: b }));
  row(`resolvePair ${set}, files swapped`, swapped.ms, 'ms', `swapped: ${swapped.result.swapped}`);

  const n = Math.min(sides[a].sentences.length, sides[b].sentences.length);
  const blocks = [...sides[a].sentences.slice(0, n), ...sides[b].sentences.slice(0, n)];
  const interleaved = sides[a].sentences.slice(0, n).flatMap((s, i) => [s, sides[b].sentences[i]]);
  for (const [layout, paragraphs] of [
    ['blocks', blocks],
    ['interleaved', interleaved],
  ]) {
    // One paragraph a sentence, a blank line between: where each starts, and the side it belongs to.
    const text = paragraphs.join('\n\n');
    const starts = [];
    for (let i = 0, at = 0; i < paragraphs.length; at += paragraphs[i].length + 2, i++) starts.push(at);
    const split = time(() => splitBilingual(text, { name: set }), Math.min(RUNS, 2));
    // Pieces and paragraphs are both in text order: walk them together.
    const pieces = split.result.pieces;
    let k = 0;
    const wrong = starts.filter((start, i) => {
      while (k < pieces.length && pieces[k].span[1] <= start) k++;
      const side = pieces[k] && pieces[k].span[0] <= start ? pieces[k].side : undefined;
      return side !== (layout === 'blocks' ? (i < n ? 'source' : 'target') : i % 2 ? 'target' : 'source');
    }).length;
    row(`splitBilingual ${set}, ${layout}, ${paragraphs.length} one-sentence paragraphs`, (split.ms * 1000) / paragraphs.length, 'µs/paragraph', `${split.result.layout}, ${wrong} off their side`);
  }
}

const width = Math.max(...rows.map((r) => r[0].length));
for (const [what, value, unit, note] of rows) console.log(`${what.padEnd(width)}  ${value.padStart(8)} ${unit.padEnd(12)} ${note}`);
