#!/usr/bin/env node
/**
 * What a user dictionary brings to a dev set (issue 13), through the library on pre-split files:
 *   1. coverage: the source side's word tokens of 4 letters or more that a dictionary term finds
 *      (each word looked up alone, under the scorer's prefix folding), and of those it misses, the
 *      ones whose ending (4 letters or more, after 3) is a one-word headword (compound heads);
 *   2. fan-out: for each source term found, the target terms of the document it is linked to;
 *   3. separation: in the gold 1-1 beads (i, j), the share of i's terms linked to a term of j and
 *      of j + 1, and the beads where j finds more links than j + 1 (or fewer);
 *   4. strict F1 and correct beads of four runs (cognates only, + dictionary, + learned lexicon,
 *      + both), and which gold beads the dictionary fixes that the lexicon does not, or the
 *      reverse: where the two evidences overlap, the dictionary adds little to the lexicon.
 * usage: npm run bench:dictionary [-- --dict SET=FILE ...]   (FILE: a dictd .index, its .dict.dz
 *        or .dict beside it; default: FreeDict deu-fra for Text+Berg, eng-fra for transread/alibi)
 *
 * With --memory, what a large dictionary costs `bitext batch` instead (lib/dictionary-memory.mjs):
 *   node bench/dictionary.mjs --memory [--base DIR] [--threads 1,2] [--runs 2] [--dict FILE]
 *   (DIR: another build to compare with in the same run, e.g. a checkout of main, built;
 *    FILE: default FreeDict eng-deu)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEval, loadSet, makeDocument, readLines, ROOT } from './lib/sets.mjs';

const FREEDICT = '/usr/share/dictd/freedict-';
const DEFAULTS = [
  ['textberg-dev_de-fr', `${FREEDICT}deu-fra.index`],
  ['transread_en-fr', `${FREEDICT}eng-fra.index`],
  ['alibi_en-fr', `${FREEDICT}eng-fra.index`],
];
/** Shortest word counted in the coverage, and shortest compound head: shorter ones are mostly function words. */
const MIN_LETTERS = 4;
/** Letters a compound's first part has at least. */
const MIN_MODIFIER = 3;

const args = process.argv.slice(2);
if (args.includes('--memory')) {
  const { measureDictionaryMemory } = await import('./lib/dictionary-memory.mjs');
  await measureDictionaryMemory(args);
  process.exit(0);
}
const asked = args.flatMap((a, k) => (a === '--dict' ? [args[k + 1].split('=')] : []));
const dicts = asked.length ? asked : DEFAULTS;
const { alignDocuments } = await import(join(ROOT, 'dist', 'align', 'index.js'));
const { DICTIONARY } = await import(join(ROOT, 'dist', 'align', 'params.js'));
const { orientDictionary, pairList, fold } = await import(join(ROOT, 'dist', 'lexical', 'index.js'));
const { TermIndex, termKeys } = await import(join(ROOT, 'dist', 'lexical', 'dictionary', 'terms.js'));
const { MAX_TERM_WORDS } = await import(join(ROOT, 'dist', 'lexical', 'dictionary', 'types.js'));
const { TokenScanner } = await import(join(ROOT, 'dist', 'lexical', 'tokens.js'));
const { canonicalLang, isDetectable } = await import(join(ROOT, 'dist', 'detect', 'iso.js'));
const { readEvidence } = await import(join(ROOT, 'dist', 'cli', 'evidence.js'));
const { processIo } = await import(join(ROOT, 'dist', 'cli', 'io.js'));
const ev = await loadEval();

/** A dictionary file as `--dict` reads it (a dictd pair named by either file, or a text format). */
async function readDictionaryFile(file) {
  try {
    return (await readEvidence({ dict: [file] }, processIo())).dictionaries[0];
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

/** What step 1-2 looks terms up in: the dictionary turned to a language pair, each entry's two terms as their words' keys (undefined: no word, or too many). */
function termsOf(parsed, source, target) {
  const { entries: pairs } = orientDictionary(parsed, { source, target }, { canonical: canonicalLang, known: isDetectable });
  const entries = pairList(pairs);
  const scanner = new TokenScanner();
  const keysOf = (term) => {
    const keys = termKeys(term, DICTIONARY.prefix, scanner);
    return keys.length && keys.length <= MAX_TERM_WORDS ? keys : undefined;
  };
  const headwords = new Set();
  const keyed = entries.map(([s, t]) => {
    if (!/\s/u.test(s.trim())) headwords.add(fold(s.trim()));
    return [keysOf(s), keysOf(t)];
  });
  return { pairs, keyed, headwords };
}

/** The terms each of `lines` holds, as the scorer finds them (every term of a side indexed), and each entry's term id on that side (−1: none). */
function termRows(lines, keyed, side) {
  const index = new TermIndex(DICTIONARY.prefix, texts(lines));
  const ids = keyed.map((k) => (k[side] ? index.addKeys(k[side]) : -1));
  return { rows: index.rows(), ids };
}

/** A word counted in the coverage: letters only, MIN_LETTERS or more. */
const COUNTED_WORD = new RegExp(`^\\p{L}{${MIN_LETTERS},}$`, 'u');

const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
const key = (b) => `${b.source.join(',')}:${b.target.join(',')}`;
const texts = (lines) => ({ count: lines.length, text: (k) => lines[k] });
const rowOf = (rows, k) => Array.from(rows.ids.subarray(rows.off[k], rows.off[k + 1]));

for (const [set, file] of dicts) {
  const parsed = await readDictionaryFile(file);
  // Orienting and indexing a dictionary depends on the language pair only: once per pair, not per document.
  const byPair = new Map();
  const stats = { tokens: 0, found: 0, compound: 0, fan: [], pairs: 0, covGold: 0, covNext: 0, more: 0, fewer: 0 };
  const runs = { cognates: { learnLexicon: false }, dictionary: { learnLexicon: false }, lexicon: {}, both: {} };
  const scored = Object.fromEntries(Object.keys(runs).map((r) => [r, { pairs: [], correct: new Set() }]));
  for (const d of await loadSet(set, ev)) {
    const src = readLines(d.srcFile);
    const tgt = readLines(d.tgtFile);
    const gold = ev.parseLadder(readFileSync(d.goldFile, 'utf8'));

    // 1-2: terms as the dictionary scorer finds them, and their links.
    const pair = `${d.srcLang}-${d.tgtLang}`;
    if (!byPair.has(pair)) byPair.set(pair, termsOf(parsed, d.srcLang, d.tgtLang));
    const { pairs, keyed, headwords } = byPair.get(pair);
    const { rows: srcRows, ids: srcIds } = termRows(src, keyed, 0);
    const { rows: tgtRows, ids: tgtIds } = termRows(tgt, keyed, 1);
    const links = new Map();
    keyed.forEach((_, e) => {
      const [a, b] = [srcIds[e], tgtIds[e]];
      if (a < 0 || b < 0) return;
      if (!links.has(a)) links.set(a, new Set());
      links.get(a).add(b);
    });
    const inTarget = new Set(tgtRows.ids);
    for (const a of new Set(srcRows.ids)) stats.fan.push([...(links.get(a) ?? [])].filter((b) => inTarget.has(b)).length);
    const tokens = src.join(' ').split(/\s+/u).filter((w) => COUNTED_WORD.test(w));
    // Each distinct word looked up alone: one text a word.
    const distinct = [...new Set(tokens)];
    const alone = termRows(distinct, keyed, 0).rows;
    const foundAlone = new Map(distinct.map((w, k) => [w, alone.off[k + 1] > alone.off[k]]));
    const seen = new Map();
    for (const w of tokens) {
      if (!seen.has(w)) {
        const f = fold(w);
        const found = foundAlone.get(w);
        let head = false;
        for (let k = MIN_MODIFIER; !found && !head && k <= f.length - MIN_LETTERS; k++) head = headwords.has(f.slice(k));
        seen.set(w, { found, head });
      }
      const { found, head } = seen.get(w);
      stats.tokens++;
      if (found) stats.found++;
      else if (head) stats.compound++;
    }

    // 3: gold 1-1 beads against the next target sentence.
    for (const b of gold) {
      if (b.source.length !== 1 || b.target.length !== 1 || b.target[0] + 1 >= tgt.length) continue;
      const terms = rowOf(srcRows, b.source[0]);
      const linked = (j) => {
        const there = new Set(rowOf(tgtRows, j));
        return terms.filter((a) => [...(links.get(a) ?? [])].some((t) => there.has(t))).length;
      };
      const g = linked(b.target[0]);
      const n = linked(b.target[0] + 1);
      stats.pairs++;
      stats.covGold += g / Math.max(1, terms.length);
      stats.covNext += n / Math.max(1, terms.length);
      if (g > n) stats.more++;
      if (g < n) stats.fewer++;
    }

    // 4: the four runs.
    const S = makeDocument(d.srcFile, d.srcLang, src);
    const T = makeDocument(d.tgtFile, d.tgtLang, tgt);
    const goldKeys = new Set(gold.map(key));
    for (const [name, options] of Object.entries(runs)) {
      const withDict = name === 'dictionary' || name === 'both' ? { dictionary: { entries: pairs } } : {};
      const beads = alignDocuments(S, T, { ...options, ...withDict });
      scored[name].pairs.push({ name: d.doc, gold, test: beads });
      for (const b of beads) if (goldKeys.has(key(b))) scored[name].correct.add(`${d.doc} ${key(b)}`);
    }
  }
  const fan = stats.fan.sort((a, b) => a - b);
  const mean = fan.reduce((a, b) => a + b, 0) / Math.max(1, fan.length);
  console.log(`\n${set} with ${file}`);
  console.log(`  tokens of ${MIN_LETTERS}+ letters: ${stats.tokens}; a term found ${pct(stats.found, stats.tokens)}; missed but ending in a headword (compound) ${pct(stats.compound, stats.tokens)}`);
  console.log(`  target terms of the document linked to a source term found: mean ${mean.toFixed(1)}, median ${fan[fan.length >> 1] ?? 0}, 90th percentile ${fan[Math.floor(0.9 * (fan.length - 1))] ?? 0} (${fan.length} terms)`);
  console.log(
    `  gold 1-1 beads (${stats.pairs}): share of terms linked in the gold sentence ${(stats.covGold / stats.pairs).toFixed(3)}, in the next ${(stats.covNext / stats.pairs).toFixed(3)}; gold > next ${pct(stats.more, stats.pairs)}, gold < next ${pct(stats.fewer, stats.pairs)}`,
  );
  const f1 = (name) => ev.scoreAlignments(scored[name].pairs).f1Strict.toFixed(4);
  console.log(`  strict F1 / correct beads: ${Object.keys(runs).map((r) => `${r} ${f1(r)} / ${scored[r].correct.size}`).join(', ')}`);
  const only = (a, b) => [...scored[a].correct].filter((k) => !scored[b].correct.has(k));
  const byDict = only('dictionary', 'cognates');
  const byLexicon = new Set(only('lexicon', 'cognates'));
  console.log(`  fixed by the dictionary over the cognates: ${byDict.length} (lost ${only('cognates', 'dictionary').length}), of them also fixed by the lexicon: ${byDict.filter((k) => byLexicon.has(k)).length}`);
  console.log(`  the dictionary on top of the lexicon: +${only('both', 'lexicon').length} −${only('lexicon', 'both').length} correct beads`);
}
