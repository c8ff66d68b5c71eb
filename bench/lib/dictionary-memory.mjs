/**
 * What a large user dictionary costs `bitext batch` (bench/dictionary.mjs --memory): peak RSS and
 * CPU time (user + system, every thread) of the New Testament en-de, one document a book, aligned
 * with and without `--dict`, at each thread count, by this checkout's build and, when `--base DIR`
 * names another build (a checkout of main with `npm run build` done, or a copy of its bin/, dist/
 * and package.json with node_modules beside them), by that one too, runs alternating so that both
 * see the same load on a shared machine. Each run's output is compared with the first's of the
 * same setting: the dictionary must change how little it costs, not what it aligns.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bibleLanguages, readBiblePair } from './parallel-texts.mjs';
import { ROOT } from './sets.mjs';

const FREEDICT_ENG_DEU = '/usr/share/dictd/freedict-eng-deu.index';

/** A book's side as running text: a chapter a paragraph, its verses one after the other. */
function runningText(side) {
  const chapters = [];
  for (const unit of side.units) {
    if (chapters.at(-1)?.chapter !== unit.chapter) chapters.push({ chapter: unit.chapter, verses: [] });
    chapters.at(-1).verses.push(unit.lines.join(' '));
  }
  return `${chapters.map((c) => c.verses.join(' ')).join('\n\n')}\n`;
}

/** The corpus's manifest in `dir`, and its size. */
function writeCorpus(dir) {
  const have = bibleLanguages();
  if (!have.has('en') || !have.has('de')) throw new Error('no en or de New Testament in bench/.cache/languages/bible (see BIBLE_FILES in bench/lib/parallel-texts.mjs)');
  const docs = readBiblePair(have.get('en'), have.get('de'));
  let bytes = 0;
  let verses = 0;
  const rows = docs.map((doc, k) => {
    for (const [side, lang] of [[doc.source, 'en'], [doc.target, 'de']]) {
      const text = runningText(side);
      writeFileSync(join(dir, `${k}.${lang}`), text);
      bytes += Buffer.byteLength(text);
    }
    verses += doc.source.units.length;
    return `${doc.name}\t${k}.en\t${k}.de`;
  });
  writeFileSync(join(dir, 'corpus.tsv'), `${rows.join('\n')}\n`);
  return { manifest: join(dir, 'corpus.tsv'), documents: docs.length, verses, bytes };
}

/** One `batch` run under /usr/bin/time: peak RSS (MB), CPU and wall seconds, and a hash of its output. */
function batchRun(root, manifest, out, threads, dict) {
  const args = [join(root, 'bin', 'bitext.js'), 'batch', manifest, '--from', 'en', '--to', 'de', '--threads', String(threads), '-o', out, ...(dict ? ['--dict', dict] : [])];
  const stats = join(out + '.time');
  execFileSync('/usr/bin/time', ['-o', stats, '-f', '%M %U %S %e', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const [kb, user, sys, wall] = readFileSync(stats, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { rss: kb / 1024, cpu: user + sys, wall, hash: createHash('sha256').update(readFileSync(out)).digest('hex').slice(0, 12) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

export async function measureDictionaryMemory(args) {
  const opt = (name) => {
    const k = args.indexOf(name);
    return k < 0 ? undefined : args[k + 1];
  };
  const builds = [['this build', ROOT], ...(opt('--base') ? [['base', opt('--base')]] : [])];
  const threadCounts = (opt('--threads') ?? '1,2').split(',').map(Number);
  const runs = Number(opt('--runs') ?? 2);
  const dict = opt('--dict') ?? FREEDICT_ENG_DEU;
  const dir = mkdtempSync(join(tmpdir(), 'bitext-dict-memory-'));
  try {
    const corpus = writeCorpus(dir);
    const dictBytes = ['.index', '.dict.dz'].map((ext) => dict.replace(/\.index$/u, ext)).reduce((n, f) => n + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
    console.log(`NT en-de: ${corpus.documents} books, ${corpus.verses} verses, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB of text; --dict ${dict} (${(dictBytes / 2 ** 20).toFixed(1)} MB with its .dict.dz)`);
    console.log(`median of ${runs} runs each, alternating builds; RSS = peak resident set of the process (all threads), CPU = user + system\n`);
    console.log('| build | threads | dict | peak RSS MB | CPU s | wall s | output |');
    console.log('|---|---|---|---|---|---|---|');
    for (const threads of threadCounts) {
      for (const withDict of [false, true]) {
        const got = new Map(builds.map(([name]) => [name, []]));
        for (let r = 0; r < runs; r++) {
          // Alternate which build goes first, so that neither always runs right after the other's heavy run.
          const order = r % 2 ? [...builds].reverse() : builds;
          for (const [name, root] of order) got.get(name).push(batchRun(root, corpus.manifest, join(dir, `out-${got.get(name).length}-${name.replace(/\W/gu, '')}.jsonl`), threads, withDict && dict));
        }
        const reference = got.get(builds[0][0])[0].hash;
        for (const [name] of builds) {
          const rs = got.get(name);
          const same = rs.every((x) => x.hash === reference) ? 'same' : `DIFFERS (${[...new Set(rs.map((x) => x.hash))].join(', ')} vs ${reference})`;
          console.log(`| ${name} | ${threads} | ${withDict ? 'yes' : 'no'} | ${median(rs.map((x) => x.rss)).toFixed(0)} | ${median(rs.map((x) => x.cpu)).toFixed(1)} | ${median(rs.map((x) => x.wall)).toFixed(1)} | ${same} |`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
