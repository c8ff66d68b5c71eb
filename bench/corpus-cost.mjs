#!/usr/bin/env node
/**
 * What a corpus document costs per sentence, small against large, in CPU time and in one process
 * (issue 12: ten-verse documents should run at ≥ 80 % of the rate of hundred-verse ones). The
 * documents of bench/corpus.mjs (the scale_en-es Bible cut at verse boundaries), aligned as a
 * `bitext batch` worker aligns them (the default options of bench/corpus.mjs and a corpus lexicon
 * learned by `batch --lexicon-only` on the large documents) on the calling thread: four at a time
 * in lockstep, as a worker aligns the documents of a message (`alignBatchDocuments`), or one after
 * another for a build without it (`alignBatchDocument`). A run's fixed costs (worker start, the
 * corpus lexicon's first pass and training) and the messages between threads are left out: this measures what each
 * document costs. Sizes, and builds with --against, take turns round by round, so that the load
 * of a shared machine weighs on all of them alike; medians of the rounds are reported.
 *
 * With --against DIR (another checkout, built), its build runs the same documents in the same
 * process, and every document's output is compared with this build's.
 *
 * usage: npm run build && node bench/corpus-cost.mjs [--docs 2000] [--rounds 5] [--against /work/main]
 *   --docs: ten-verse documents (the hundred-verse ones: a tenth as many, about as many sentences)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCorpus } from './lib/bible-corpus.mjs';
import { loadBooks } from './lib/scale.mjs';
import { loadEval, ROOT } from './lib/sets.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const DOCS = Number(opt('--docs', '2000'));
const ROUNDS = Number(opt('--rounds', '5'));
const AGAINST = opt('--against', undefined);
/** Documents a worker aligns together: as many as a message of corpus/threads.ts carries. */
const MESSAGE_DOCUMENTS = 4;
/** Documents of each size aligned before measuring, so that each build's code is compiled and its tables built. */
const WARM_UP = 50;

const ev = await loadEval();
const books = loadBooks(ev.parseManifest);
const dir = mkdtempSync(join(tmpdir(), 'bitext-corpus-cost-'));
try {
  const sizes = [
    { name: '~10 verses', corpus: writeCorpus(books, dir, 'docs10', DOCS, 10) },
    { name: '~100 verses', corpus: writeCorpus(books, dir, 'docs100', Math.max(1, Math.round(DOCS / 10)), 100) },
  ];
  const lexicon = join(dir, 'lexicon.tsv');
  const learned = spawnSync(process.execPath, [join(ROOT, 'bin', 'bitext.js'), 'batch', sizes[1].corpus.manifest, '--input', 'sentences', '--from', 'en', '--to', 'es', '--lexicon-only', '--save-lexicon', lexicon], { encoding: 'utf8' });
  if (learned.status !== 0) throw new Error(`learning the corpus lexicon failed: ${learned.stderr}`);

  const builds = [{ name: 'this build', root: ROOT }, ...(AGAINST ? [{ name: AGAINST, root: resolve(AGAINST) }] : [])];
  for (const build of builds) await load(build);
  for (const size of sizes) size.jobs = await jobsOf(size.corpus);

  const cpu = new Map(); // `${build} ${size}` → µs per sentence, one per round
  let differing = 0;
  for (const build of builds) for (const size of sizes) await alignAll(build, size.jobs.slice(0, WARM_UP));
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of sizes) {
      const outputs = [];
      // Builds take turns going first, so that neither always finds the files cached by the other.
      for (const build of round % 2 ? [...builds].reverse() : builds) {
        const { seconds, sentences, bytes } = await alignAll(build, size.jobs);
        const key = `${build.name}\t${size.name}`;
        cpu.set(key, [...(cpu.get(key) ?? []), (seconds * 1e6) / sentences]);
        size.sentences = sentences;
        outputs.push(bytes);
      }
      if (round === 0 && outputs.length === 2) differing += outputs[0].filter((t, k) => !Buffer.concat(t).equals(Buffer.concat(outputs[1][k]))).length;
    }
  }

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`CPU per sentence (process CPU, median of ${ROUNDS} rounds), one document after another on one thread`);
  for (const build of builds) {
    const [small, large] = sizes.map((size) => median(cpu.get(`${build.name}\t${size.name}`)));
    const perDocument = sizes.map((size) => size.sentences / size.jobs.length);
    console.log(`${build.name}:`);
    for (const [k, size] of sizes.entries()) {
      const us = median(cpu.get(`${build.name}\t${size.name}`));
      console.log(`  ${size.name}: ${size.jobs.length} documents, ${size.sentences} sentences, ${us.toFixed(1)} µs a sentence, ${((us * perDocument[k]) / 1000).toFixed(3)} ms a document`);
    }
    console.log(`  rate of ~10-verse documents / ~100-verse ones: ${(large / small).toFixed(2)}; a small document's cost beyond its sentences at the large rate: ${(((small - large) * perDocument[0]) / 1000).toFixed(3)} ms`);
  }
  if (builds.length === 2) console.log(`outputs differing between the builds: ${differing} of ${sizes.reduce((n, s) => n + s.jobs.length, 0)} documents`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** A build's modules: how a batch worker aligns a document, with the run's setup. */
async function load(build) {
  const module = (path) => import(pathToFileURL(join(build.root, 'dist', path)).href);
  const { alignBatchDocument, alignBatchDocuments } = await module('cli/batch-document.js');
  const { readEvidence } = await module('cli/evidence.js');
  const { processIo } = await module('cli/io.js');
  const io = processIo();
  const { lexiconFile } = await readEvidence({ lexicon: join(dir, 'lexicon.tsv') }, io);
  // As batch hands its workers the corpus lexicon (commands/batch.ts), and bench/corpus.mjs's options.
  const setup = {
    options: { input: 'sentences', from: 'en', to: 'es', langCheck: true },
    evidence: { corpusLexicons: [lexiconFile] },
    format: 'jsonl',
    into: { corpus: { header: false, first: true, from: 'en' } },
  };
  build.align = alignBatchDocuments ? (jobs) => alignBatchDocuments(jobs, setup, io) : async (jobs) => [await alignBatchDocument(jobs[0], setup, io)];
  build.group = alignBatchDocuments ? MESSAGE_DOCUMENTS : 1;
}

/** A corpus's documents as batch reads its manifest and hands them to a worker. */
async function jobsOf(corpus) {
  const { manifestCorpus } = await import(pathToFileURL(join(ROOT, 'dist', 'corpus', 'source.js')).href);
  const jobs = [];
  for await (const { id, source, target } of (await manifestCorpus(corpus.manifest, process.stdin, false)).entries()) jobs.push({ id, source, target });
  return jobs;
}

/** Align the documents one after another: process CPU seconds, source sentences, each output (its UTF-8 blocks). */
async function alignAll(build, jobs) {
  const bytes = [];
  let sentences = 0;
  const start = process.cpuUsage();
  for (let k = 0; k < jobs.length; k += build.group) {
    for (const outcome of await build.align(jobs.slice(k, k + build.group))) {
      if (outcome.status !== 'ok') throw new Error(`${build.name}: doc ${outcome.id}: ${outcome.message}`);
      sentences += outcome.figures.sourceSentences;
      // Kept as the worker returns them: comparing them is done outside the measured time.
      bytes.push(outcome.output.chunks);
    }
  }
  const used = process.cpuUsage(start);
  return { seconds: (used.user + used.system) / 1e6, sentences, bytes };
}
