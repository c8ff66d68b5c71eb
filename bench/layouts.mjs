#!/usr/bin/env node
/**
 * One-file bilingual input in every layout: how often the split is right and how honest the bead
 * scores are, on dev documents (the hand-written fixtures of test/detect/fixtures/layouts, the
 * founding example, and documents generated from alibi_en-fr) and, separately, on held-out ones
 * (test/detect/fixtures/layouts-heldout and documents generated from transread_en-fr, texts the
 * layout search was never tuned on).
 *
 * Per layout: documents, layout named right, split exact (both sides' sentences), sentences on the
 * right side, strict bead precision and recall against the gold, and the precision of beads scored
 * 0.9 or more; then a reliability table of the scores.
 * usage: npm run bench:layouts [-- --per-layout N] [--seed S] [--sets dev,heldout] [--only midline,…] (the
 * same documents are drawn whatever --only keeps)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawWindow, expectedAlignment, GENERATED_LAYOUTS, goldDocuments, layoutDocument, random, windowSize } from './lib/layouts.mjs';
import { EVAL, ROOT } from './lib/sets.mjs';
import { lcs } from './lib/lcs.mjs';
import { sentencesOf } from './lib/sentences.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const perLayout = Number(opt('--per-layout') ?? 40);
const seed = Number(opt('--seed') ?? 17);
const sets = (opt('--sets') ?? 'dev,heldout').split(',');
const only = opt('--only')?.split(',');

const { alignPairSync } = await import(join(ROOT, 'dist', 'pipeline', 'align-pair.js'));


/**
 * Beads as keys of their words, so that a split that shifts indices is still scored by content, and a
 * quotation mark or a dash put on the other side of a change of language does not unmake a pair.
 */
const words = (texts) => texts.join(' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const key = (source, target) => `${words(source)}\u0002${words(target)}`;

/** The same texts aligned as two files (the split given): how much of the error is the aligner's own. */
function control(expected, name) {
  const source = { name: `${name}.en`, text: expected.sourceText };
  const target = { name: `${name}.fr`, text: expected.targetText };
  const { alignment } = alignPairSync({ source, target }, { from: 'en', to: 'fr', langCheck: false });
  return beadScores(alignment, expected);
}

/** Scores of an alignment's beads against the gold: [score, correct][] and the count correct. */
function beadScores(alignment, expected) {
  const source = alignment.source.sentences.map((s) => s.text);
  const target = alignment.target.sentences.map((s) => s.text);
  const gold = new Map();
  for (const [s, t] of expected.beads) {
    const k = key(s.map((i) => expected.source[i]), t.map((j) => expected.target[j]));
    gold.set(k, (gold.get(k) ?? 0) + 1);
  }
  return alignment.beads.map((b) => {
    const k = key(b.source.map((i) => source[i]), b.target.map((j) => target[j]));
    const ok = (gold.get(k) ?? 0) > 0;
    if (ok) gold.set(k, gold.get(k) - 1);
    return [b.score, ok];
  });
}

/** Score one document: { layoutRight, exact, sides: [right, total], gold, found, correct, scored: [score, correct][] }. */
function score(name, text, expectedLayout, expected) {
  let result;
  try {
    result = alignPairSync({ source: { name, text } });
  } catch (error) {
    return { error: `${name}: ${error.message}`, layoutRight: false, exact: false, sides: [0, expected.source.length + expected.target.length], gold: expected.beads.length, found: 0, correct: 0, scored: [] };
  }
  const { alignment, diagnostics } = result;
  const layout = diagnostics.find((d) => d.code === 'layout')?.data.layout;
  const source = alignment.source.sentences.map((s) => s.text);
  const target = alignment.target.sentences.map((s) => s.text);
  // The split is exact when each side holds exactly its text (whitespace aside), whatever the sentence rules made of it.
  const bare = (texts) => texts.join('').replace(/\s+/gu, '');
  const exact = bare(source) === bare(expected.source) && bare(target) === bare(expected.target);
  const right = lcs(source, expected.source) + lcs(target, expected.target);
  const scored = beadScores(alignment, expected);
  const correct = scored.filter(([, ok]) => ok).length;
  if (opt('--wrong') !== undefined && name.includes(opt('--wrong'))) {
    alignment.beads.forEach((b, k) => {
      if (scored[k][1] || b.score < 0.9) return;
      console.log(`WRONG ${b.score.toFixed(3)} ${name} [${b.source}]:[${b.target}]\n  ${b.source.map((i) => source[i]).join(' | ').slice(0, 160)}\n  ${b.target.map((j) => target[j]).join(' | ').slice(0, 160)}`);
    });
  }
  return { layoutRight: layout === expectedLayout, layout, exact, sides: [right, expected.source.length + expected.target.length], gold: expected.beads.length, found: alignment.beads.length, correct, scored };
}

/** A hand-written fixture folder: manifest.tsv (doc, layout), <doc>.txt, .source, .target, .gold. */
function fixtureDocuments(dir) {
  const manifest = readFileSync(join(dir, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const sentences = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return manifest.map(([doc, layout]) => {
    const gold = readFileSync(join(dir, `${doc}.gold`), 'utf8').trim().split('\n').map((l) => {
      const m = /^\[([\d,]*)\]:\[([\d,]*)\]/u.exec(l);
      const ids = (x) => (x ? x.split(',').map(Number) : []);
      return [ids(m[1]), ids(m[2])];
    });
    return { name: doc, layout, text: readFileSync(join(dir, `${doc}.txt`), 'utf8'), expected: { source: sentences(join(dir, `${doc}.source`)), target: sentences(join(dir, `${doc}.target`)), beads: gold } };
  });
}

/** The founding example and its interleaved variant, as fixtures. */
function foundingDocuments() {
  const lines = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const base = join(ROOT, 'fixtures', 'un-sg-trafficking-2020');
  const gold = lines(`${base}.gold`).map((l) => {
    const m = /^\[([\d,]*)\]:\[([\d,]*)\]/u.exec(l);
    const ids = (x) => (x ? x.split(',').map(Number) : []);
    return [ids(m[1]), ids(m[2])];
  });
  const expected = { source: lines(`${base}.en`), target: lines(`${base}.fr`), beads: gold };
  return [
    { name: 'un-sg-trafficking-2020', layout: 'block', text: readFileSync(`${base}.txt`, 'utf8'), expected },
    { name: 'un-sg-interleaved', layout: 'alternating', text: readFileSync(join(ROOT, 'test', 'detect', 'fixtures', 'un-sg-interleaved.txt'), 'utf8'), expected },
  ];
}

/** Generated documents from the gold documents of an eval set. */
function generatedDocuments(set, rand) {
  const sources = goldDocuments(join(EVAL, set));
  const out = [];
  for (const layout of GENERATED_LAYOUTS) {
    for (let k = 0; k < perLayout; k++) {
      const window = drawWindow(sources, rand, windowSize(layout));
      const document = layoutDocument(window.beads, layout, rand);
      const expected = expectedAlignment(document, sentencesOf);
      // For the two-file control: each side's text, its paragraphs apart by blank lines, whatever the layout.
      expected.sourceText = document.source.join('\n\n');
      expected.targetText = document.target.join('\n\n');
      out.push({ name: `${window.name}@${window.start}/${layout}`, layout: document.reported, generated: layout, text: document.text, expected });
    }
  }
  return out;
}

const SETS = {
  dev: () => [
    ...foundingDocuments(),
    ...fixtureDocuments(join(ROOT, 'test', 'detect', 'fixtures', 'layouts')).map((d) => ({ ...d, handWritten: true })),
    ...generatedDocuments('alibi_en-fr', random(seed)),
  ],
  heldout: () => {
    const dir = join(ROOT, 'test', 'detect', 'fixtures', 'layouts-heldout');
    const hand = readdirSync(join(ROOT, 'test', 'detect', 'fixtures')).includes('layouts-heldout') ? fixtureDocuments(dir).map((d) => ({ ...d, handWritten: true })) : [];
    return [...hand, ...generatedDocuments('transread_en-fr', random(seed + 1))];
  },
};

/**
 * One-language documents (--control): windows of one side of the set's gold documents, laid out as
 * the generated layouts lay out a side (paragraphs, hard-wrapped or not, or one paragraph), which
 * a one-file input must refuse ("only English found"): every split of one is a false split.
 */
function oneLanguageDocuments(set, rand) {
  const sources = goldDocuments(join(EVAL, set));
  const out = [];
  for (const side of ['source', 'target']) {
    for (let k = 0; k < perLayout; k++) {
      const window = drawWindow(sources, rand, [2, 20]);
      const document = layoutDocument(window.beads, rand() < 0.5 ? 'block' : 'midline', rand);
      const paragraphs = document[side];
      const text = document.text.includes('\n\n') ? paragraphs.join('\n\n') : paragraphs.join(' ');
      out.push({ name: `${window.name}@${window.start}/${side === 'source' ? 'en' : 'fr'}`, text: `${text}\n` });
    }
  }
  return out;
}

/** Print a document, its expected split and bitext's, for debugging a failure. */
function show(d) {
  console.log(`--- ${d.name}\n${d.text}`);
  let alignment;
  try {
    ({ alignment } = alignPairSync({ source: { name: d.name, text: d.text } }));
  } catch (error) {
    console.log(error.message);
    return;
  }
  for (const [side, got, want] of [['source', alignment.source.sentences.map((s) => s.text), d.expected.source], ['target', alignment.target.sentences.map((s) => s.text), d.expected.target]]) {
    for (let i = 0; i < Math.max(got.length, want.length); i++) if (got[i] !== want[i]) console.log(`${side} ${i}\n  got  ${got[i]}\n  want ${want[i]}`);
  }
}

/** One row of the table. */
function line(group, r) {
  const control = r.controlSure ? `          ${pct(r.controlRight, r.controlSure)} (${r.controlSure})` : '';
  console.log(`${group.padEnd(24)} ${String(r.docs).padStart(4)}  ${pct(r.layout, r.docs)}   ${pct(r.exact, r.docs)}      ${pct(r.right, r.total)}      ${pct(r.correct, r.found)}   ${pct(r.correct, r.gold)}  ${String(r.sure).padStart(10)}  ${pct(r.sureRight, r.sure)}${control}`);
}

const pct = (a, b) => (b ? (a / b).toFixed(3) : '  -  ');
for (const set of sets) {
  const documents = SETS[set]().filter((d) => !only || only.includes(d.generated ?? d.layout));
  const rows = new Map();
  const all = [];
  const errors = [];
  for (const d of documents) {
    const r = score(d.name, d.text, d.layout, d.expected);
    if (opt('--show') !== undefined && d.name.includes(opt('--show'))) show(d);
    if (r.error) errors.push(r.error);
    else if (!r.layoutRight || !r.exact) errors.push(`${d.name}: layout ${r.layout} (expected ${d.layout}), split ${r.exact ? 'exact' : `${r.sides[0]}/${r.sides[1]} sentences right`}`);
    const group = `${d.handWritten ? 'hand' : d.generated ? 'gen' : 'UN'} ${d.generated ?? d.layout}`;
    const row = rows.get(group) ?? { docs: 0, layout: 0, exact: 0, right: 0, total: 0, gold: 0, found: 0, correct: 0, sure: 0, sureRight: 0, controlSure: 0, controlRight: 0 };
    if (d.expected.sourceText !== undefined && args.includes('--control')) {
      for (const [score, ok] of control(d.expected, d.name)) {
        if (score < 0.9) continue;
        row.controlSure++;
        row.controlRight += ok ? 1 : 0;
      }
    }
    row.docs++;
    row.layout += r.layoutRight ? 1 : 0;
    row.exact += r.exact ? 1 : 0;
    row.right += r.sides[0];
    row.total += r.sides[1];
    row.gold += r.gold;
    row.found += r.found;
    row.correct += r.correct;
    for (const [s, ok] of r.scored) {
      all.push([s, ok]);
      if (s >= 0.9) {
        row.sure++;
        row.sureRight += ok ? 1 : 0;
      }
    }
    rows.set(group, row);
  }
  console.log(`\n${set}: ${documents.length} documents (seed ${seed}, ${perLayout} generated per layout)`);
  console.log('documents                docs  layout  split exact  sentences  bead P  bead R  beads>=0.9  precision>=0.9  two files: precision>=0.9');
  const total = { docs: 0, layout: 0, exact: 0, right: 0, total: 0, gold: 0, found: 0, correct: 0, sure: 0, sureRight: 0, controlSure: 0, controlRight: 0 };
  for (const [group, r] of [...rows].sort()) {
    for (const k of Object.keys(total)) total[k] += r[k];
    line(group, r);
  }
  line('all', total);
  console.log('\nscore          beads   mean score   correct');
  for (const [lo, hi] of [[0, 0.3], [0.3, 0.5], [0.5, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 0.95], [0.95, 0.99], [0.99, 1.0001]]) {
    const bin = all.filter(([s]) => s >= lo && s < hi);
    const mean = bin.reduce((a, [s]) => a + s, 0) / (bin.length || 1);
    console.log(`[${lo.toFixed(2)}, ${Math.min(hi, 1).toFixed(2)}${hi > 1 ? ']' : ')'}  ${String(bin.length).padStart(6)}   ${mean.toFixed(3)}        ${pct(bin.filter(([, ok]) => ok).length, bin.length)}`);
  }
  if (errors.length && args.includes('--errors')) console.log(`\n${errors.length} documents not split exactly or misnamed:\n  ${errors.join('\n  ')}`);
  const refusals = errors.filter((e) => / found; | could be told; /u.test(e)).length;
  console.log(`\nrefused (one language found): ${refusals} of ${documents.length}`);
  if (args.includes('--control')) {
    const set_ = set === 'dev' ? 'alibi_en-fr' : 'transread_en-fr';
    const mono = oneLanguageDocuments(set_, random(seed + 2));
    const split = [];
    for (const d of mono) {
      try {
        alignPairSync({ source: { name: d.name, text: d.text } });
        split.push(d.name);
      } catch {
        // Refused: right.
      }
    }
    console.log(`one-language control (${set_}): ${split.length} of ${mono.length} one-language documents split (false splits)${split.length && args.includes('--errors') ? `:\n  ${split.join('\n  ')}` : ''}`);
  }
}
