/**
 * `bitext batch` in this process (one thread; the worker threads are tested in batch-threads.test.ts):
 * every output form, per-document errors, resume, shards, folders, stdin.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { ROOT, SEED, tempDir } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';
import { SHARED } from '../helpers/shared.js';
import { validateTmx } from '../helpers/xmllint.js';

const ALIBI = join(SHARED, 'eval', 'alibi_en-fr');
const DOCS = ['BlueBeard', 'MasterCat', 'TheInn', 'TheLastLesson', 'TheVision'];
const ONE = ['--threads', '1'];

let dir: string;
let manifest: string;

beforeAll(() => {
  dir = tempDir();
  mkdirSync(join(dir, 'en'));
  mkdirSync(join(dir, 'fr'));
  for (const d of DOCS) {
    copyFileSync(join(ALIBI, `${d}.en`), join(dir, 'en', `${d}.txt`));
    copyFileSync(join(ALIBI, `${d}.fr`), join(dir, 'fr', `${d}.txt`));
  }
  writeFileSync(join(dir, 'glossary.tsv'), GLOSSARY);
  manifest = join(dir, 'corpus.tsv');
  writeFileSync(manifest, ['id\tsource\ttarget', '# the five ALIBI stories', ...DOCS.map((d) => `${d}\ten/${d}.txt\tfr/${d}.txt`), ''].join('\n'));
});

const lines = (text: string) => text.split('\n').filter((l) => l !== '');
const sha256 = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const GLOSSARY = 'en\tfr\nking\troi\n';

describe('bitext batch: output', () => {
  it('writes each document as align does alone with the corpus lexicon, with "doc" first, in manifest order (jsonl, the default)', async () => {
    const lexicon = join(tempDir(), 'corpus-lexicon.tsv');
    const r = await runBitext(['batch', manifest, '--input', 'sentences', '--save-lexicon', lexicon, ...ONE]);
    const [note, ...others] = lines(r.stderr);
    expect(note).toMatch(/^bitext: corpus lexicon en-fr: learned from \d+ beads of 5 documents$/u);
    expect(others).toEqual([`bitext: doc TheVision: ${dir}/fr/TheVision.txt: 1 sentence not in French (left as they are; marked in JSON and TMX)`]);
    expect(r.status).toBe(0);
    const records = lines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect([...new Set(records.map((b) => b.doc))]).toEqual(DOCS);
    for (const d of DOCS) {
      const alone = await runBitext(['align', '--input', 'sentences', '-f', 'jsonl', '--lexicon', lexicon, join(dir, 'en', `${d}.txt`), join(dir, 'fr', `${d}.txt`)]);
      const mine = lines(r.stdout).filter((l) => l.startsWith(`{"doc":"${d}",`));
      expect(mine.map((l) => `{${l.slice(`{"doc":"${d}",`.length)}`)).toEqual(lines(alone.stdout));
    }
  });

  it('writes TSV with a leading doc column and a header when asked; with --no-corpus-lexicon each document as align does alone', async () => {
    const r = await runBitext(['batch', manifest, '--input', 'sentences', '-f', 'tsv', '--header', '--no-corpus-lexicon', ...ONE]);
    const rows = lines(r.stdout);
    expect(rows[0]).toBe('doc\tsource\ttarget\tscore');
    const alone = await runBitext(['align', '--input', 'sentences', join(dir, 'en', 'MasterCat.txt'), join(dir, 'fr', 'MasterCat.txt')]);
    expect(rows.filter((l) => l.startsWith('MasterCat\t')).map((l) => l.slice('MasterCat\t'.length))).toEqual(lines(alone.stdout));
  });

  it('writes one valid TMX whose units name their document', async () => {
    const r = await runBitext(['batch', manifest, '--input', 'sentences', '-f', 'tmx', '--from', 'en', ...ONE]);
    expect(validateTmx(r.stdout).messages).toBe('');
    expect(r.stdout.match(/<header [^>]*srclang="en"/)).not.toBeNull();
    expect(r.stdout.match(/<prop type="x-bitext-doc">TheInn<\/prop>/g)?.length).toBeGreaterThan(100);
    expect(new Set(r.stdout.match(/tuid="[^"]+"/g)).size).toBe(r.stdout.match(/<tu /g)!.length);
  });

  it('writes one pair of Moses files for the corpus and a .ids file naming the document of each line', async () => {
    const out = tempDir();
    const r = await runBitext(['batch', manifest, '--input', 'sentences', '-f', 'moses', '-o', join(out, 'corpus'), ...ONE]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['corpus.en', 'corpus.fr', 'corpus.ids']);
    const en = lines(readFileSync(join(out, 'corpus.en'), 'utf8'));
    const ids = lines(readFileSync(join(out, 'corpus.ids'), 'utf8'));
    expect(ids).toHaveLength(en.length);
    expect(readFileSync(join(out, 'corpus.fr'), 'utf8').split('\n')).toHaveLength(en.length + 1);
    expect([...new Set(ids)]).toEqual(DOCS);
  });

  it('refuses a one-document format without --out-dir, before any work', async () => {
    const r = await runBitext(['batch', manifest, '-f', 'json', ...ONE]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--format json holds one document: give --out-dir DIR/);
  });
});

describe('bitext batch: --out-dir', () => {
  it('writes one file per document, as align -o would, and skips them when run again (resume), unless --force', async () => {
    const out = join(tempDir(), 'out');
    const first = await runBitext(['batch', manifest, '--input', 'sentences', '--out-dir', out, '-f', 'json', '--no-corpus-lexicon', ...ONE]);
    expect(first.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.bitext-batch-json.json', ...DOCS.map((d) => `${d}.json`)].sort());
    const alone = await runBitext(['align', '--input', 'sentences', '-f', 'json', join(dir, 'en', 'TheInn.txt'), join(dir, 'fr', 'TheInn.txt')]);
    expect(readFileSync(join(out, 'TheInn.json'), 'utf8')).toBe(alone.stdout);

    writeFileSync(join(out, 'MasterCat.json'), 'kept');
    const report = join(tempDir(), 'report.jsonl');
    const again = await runBitext(['batch', manifest, '--input', 'sentences', '--out-dir', out, '-f', 'json', '--no-corpus-lexicon', '--report', report, ...ONE]);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('5 documents skipped: output already in');
    expect(readFileSync(join(out, 'MasterCat.json'), 'utf8')).toBe('kept');
    expect(lines(readFileSync(report, 'utf8')).map((l) => JSON.parse(l).status)).toEqual(DOCS.map(() => 'skipped'));

    await runBitext(['batch', manifest, '--input', 'sentences', '--out-dir', out, '-f', 'json', '--force', ...ONE]);
    expect(readFileSync(join(out, 'MasterCat.json'), 'utf8')).toMatch(/^\{/);
  });

  it('with --force, removes the older output of a document that fails now, so the folder holds this run\'s outputs only', async () => {
    const out = join(tempDir(), 'out');
    const m = join(dir, 'forced.tsv');
    const batchTo = (format: string, ...more: string[]) => runBitext(['batch', m, '--input', 'sentences', '--out-dir', out, '-f', format, '--from', 'en', '--to', 'fr', ...more, ...ONE]);
    writeFileSync(m, 'TheInn\ten/TheInn.txt\tfr/TheInn.txt\nTheVision\ten/TheVision.txt\tfr/TheVision.txt\n');
    for (const format of ['json', 'moses']) expect((await batchTo(format)).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.bitext-batch-json.json', '.bitext-batch-moses.json', 'TheInn.en', 'TheInn.fr', 'TheInn.json', 'TheVision.en', 'TheVision.fr', 'TheVision.json']);
    writeFileSync(m, 'TheInn\ten/TheInn.txt\tfr/TheInn.txt\nTheVision\ten/missing.txt\tfr/TheVision.txt\n');
    for (const format of ['json', 'moses']) {
      const r = await batchTo(format, '--force');
      expect(r.status).toBe(3);
      expect(r.stderr).toContain('doc TheVision:');
    }
    expect(readdirSync(out).sort()).toEqual(['.bitext-batch-json.json', '.bitext-batch-moses.json', 'TheInn.en', 'TheInn.fr', 'TheInn.json']);
  });

  it('realigns a document through the corrections its manifest line names, as align --anchors does', async () => {
    const anchors = join(tempDir(), 'mastercat.tsv');
    writeFileSync(anchors, '10\t12\n');
    const m = join(dir, 'anchored.tsv');
    writeFileSync(m, `MasterCat\ten/MasterCat.txt\tfr/MasterCat.txt\t\t\t${anchors}\n`);
    const out = join(tempDir(), 'anchored');
    const r = await runBitext(['batch', m, '--input', 'sentences', '--out-dir', out, '-f', 'beads', ...ONE]);
    expect(r.status).toBe(0);
    const alone = await runBitext(['align', '--input', 'sentences', '-f', 'beads', '--anchors', anchors, join(dir, 'en', 'MasterCat.txt'), join(dir, 'fr', 'MasterCat.txt')]);
    expect(readFileSync(join(out, 'MasterCat.beads'), 'utf8')).toBe(alone.stdout);
    expect(alone.stdout).toContain('[10]:[12]:1.0000');
  });

  it('without --from/--to, reads only language files as a Moses pair: outputs of other formats neither stand for one nor are removed', async () => {
    const out = join(tempDir(), 'mixed');
    const m = join(dir, 'mixed.tsv');
    const batchTo = (format: string, ...more: string[]) => runBitext(['batch', m, '--input', 'sentences', '--out-dir', out, '-f', format, ...more, ...ONE]);
    const files = (): string[] => readdirSync(out).filter((f) => !f.startsWith('.')).sort();
    writeFileSync(m, 'TheInn\ten/TheInn.txt\tfr/TheInn.txt\nTheVision\ten/TheVision.txt\tfr/TheVision.txt\n');
    for (const format of ['tsv', 'tmx']) expect((await batchTo(format)).status).toBe(0);
    const moses = await batchTo('moses');
    expect(moses.status).toBe(0);
    expect(moses.stderr).not.toContain('skipped');
    expect(files()).toEqual(['TheInn.en', 'TheInn.fr', 'TheInn.tmx', 'TheInn.tsv', 'TheVision.en', 'TheVision.fr', 'TheVision.tmx', 'TheVision.tsv']);
    writeFileSync(m, 'TheInn\ten/TheInn.txt\tfr/TheInn.txt\nTheVision\ten/missing.txt\tfr/TheVision.txt\n');
    expect((await batchTo('moses', '--force')).status).toBe(3);
    expect(files()).toEqual(['TheInn.en', 'TheInn.fr', 'TheInn.tmx', 'TheInn.tsv', 'TheVision.tmx', 'TheVision.tsv']);
  });

  it('aligns again a Moses document left with one of its two files (a run killed between their renames), and never leaves it so', async () => {
    const m = join(dir, 'pairs.tsv');
    writeFileSync(m, 'TheInn\ten/TheInn.txt\tfr/TheInn.txt\nTheVision\ten/TheVision.txt\tfr/TheVision.txt\n');
    for (const langs of [['--from', 'en', '--to', 'fr'], []]) {
      const out = join(tempDir(), 'killed');
      const batch = (manifestFile: string, report: string) =>
        runBitext(['batch', manifestFile, '--input', 'sentences', '--out-dir', out, '-f', 'moses', '--report', report, ...langs, ...ONE]);
      expect((await batch(m, join(tempDir(), 'r.jsonl'))).status).toBe(0);
      const whole = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
      // Killed between the renames: TheInn.en in place, TheInn.fr still under its temp name (SIGKILL leaves it).
      renameSync(join(out, 'TheInn.fr'), join(out, '.TheInn.fr.0a1b2c3d4e5f.tmp'));
      const report = join(tempDir(), 'report.jsonl');
      const resumed = await batch(m, report);
      expect(resumed.status).toBe(0);
      expect(lines(readFileSync(report, 'utf8')).map((l) => [JSON.parse(l).id, JSON.parse(l).status])).toEqual([['TheInn', 'ok'], ['TheVision', 'skipped']]);
      for (const [file, text] of Object.entries(whole)) expect(readFileSync(join(out, file), 'utf8')).toBe(text);

      // The half document cannot be aligned now: its one file goes, rather than stand for a done pair.
      rmSync(join(out, 'TheInn.fr'));
      const broken = join(dir, 'pairs-broken.tsv');
      writeFileSync(broken, 'TheInn\ten/missing.txt\tfr/TheInn.txt\nTheVision\ten/TheVision.txt\tfr/TheVision.txt\n');
      expect((await batch(broken, join(tempDir(), 'r.jsonl'))).status).toBe(3);
      expect(readdirSync(out).filter((f) => f.startsWith('TheInn.'))).toEqual([]);
      expect((await batch(m, join(tempDir(), 'r.jsonl'))).status).toBe(0);
      expect(readdirSync(out).filter((f) => f.startsWith('TheInn.')).sort()).toEqual(['TheInn.en', 'TheInn.fr']);
    }
  });

  it('writes Moses pairs per document', async () => {
    const out = join(tempDir(), 'moses');
    await runBitext(['batch', manifest, '--input', 'sentences', '--out-dir', out, '-f', 'moses', ...ONE]);
    expect(readdirSync(out).sort()).toEqual(['.bitext-batch-moses.json', ...DOCS.flatMap((d) => [`${d}.en`, `${d}.fr`])].sort());
  });
});

describe('bitext batch: --out-dir resumes only with the options its outputs were made with', () => {
  const SHORT = DOCS.slice(0, 2);
  let m: string;
  beforeAll(() => {
    m = join(dir, 'short.tsv');
    writeFileSync(m, SHORT.map((d) => `${d}\ten/${d}.txt\tfr/${d}.txt\n`).join(''));
  });
  const batchInto = (out: string, ...more: string[]) => runBitext(['batch', m, '--input', 'sentences', '--out-dir', out, '--no-corpus-lexicon', ...more, ...ONE]);
  /** Every file of a folder with its content: what a refused run must leave as it was. */
  const snapshot = (out: string) => Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));

  it('records them in the folder, and skips the documents done when they are the same (thread count, report, progress and quiet do not count)', async () => {
    const out = join(tempDir(), 'out');
    expect((await batchInto(out, '-f', 'tsv', '--header', '--min-score', '0.5')).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.bitext-batch-tsv.json', ...SHORT.map((d) => `${d}.tsv`)].sort());
    const record = JSON.parse(readFileSync(join(out, '.bitext-batch-tsv.json'), 'utf8'));
    expect(record).toMatchObject({ format: 'tsv', options: { '--input': 'sentences', '--min-score': '0.5', '--no-corpus-lexicon': true, '--header': true } });
    const report = join(tempDir(), 'report.jsonl');
    const again = await batchInto(out, '-f', 'tsv', '--header', '--min-score', '0.50', '--report', report, '--no-progress', '-q');
    expect([again.status, again.stderr]).toEqual([0, '']);
    expect(lines(readFileSync(report, 'utf8')).map((l) => JSON.parse(l).status)).toEqual(['skipped', 'skipped']);
  });

  it('refuses a rerun with other options in one line naming the folder and each option that differs, and leaves the folder as it was', async () => {
    const out = join(tempDir(), 'out');
    expect((await batchInto(out, '-f', 'json', '--min-score', '0.5')).status).toBe(0);
    const before = snapshot(out);
    const other = await batchInto(out, '-f', 'json', '--min-score', '0.9');
    expect([other.status, other.stdout, other.stderr]).toEqual([
      1,
      '',
      `bitext: error: ${out}: its json outputs were made with other options (--min-score 0.5 then, 0.9 now): give the same options to resume, or --force to align every document again\n`,
    ]);
    const several = await batchInto(out, '-f', 'json', '--min-score', '0.5', '--no-lang-check', '--bead-types', '1-1,1-2,2-1', '--dict', join(dir, 'glossary.tsv'));
    expect(several.status).toBe(1);
    expect(several.stderr).toBe(
      `bitext: error: ${out}: its json outputs were made with other options (--no-lang-check not given then, given now; --bead-types not given then, 0-1,1-0,1-1,1-2,2-1 now; --dict not given then, ${join(dir, 'glossary.tsv')} (sha256 ${sha256(GLOSSARY).slice(0, 12)}) now): give the same options to resume, or --force to align every document again\n`,
    );
    // Given as they are by default, the options are the same: json keeps 1-0/0-1 beads anyway.
    expect((await batchInto(out, '-f', 'json', '--min-score', '0.5', '--unaligned')).status).toBe(0);
    expect(snapshot(out)).toEqual(before);
  });

  it('with --force, aligns every document again with the new options and records them; another format keeps its own record', async () => {
    const out = join(tempDir(), 'out');
    expect((await batchInto(out, '-f', 'json', '--min-score', '0.5')).status).toBe(0);
    const forced = await batchInto(out, '-f', 'json', '--min-score', '0.9', '--force');
    expect(forced.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'MasterCat.json'), 'utf8')).options.minScore).toBe(0.9);
    expect((await batchInto(out, '-f', 'json', '--min-score', '0.9')).stderr).toContain('2 documents skipped');
    expect((await batchInto(out, '-f', 'json', '--min-score', '0.5')).status).toBe(1);
    // Its files have other names: a Moses run beside the JSON one mixes nothing, and is checked against its own record.
    expect((await batchInto(out, '-f', 'moses', '--from', 'en', '--to', 'fr')).status).toBe(0);
    const moses = await batchInto(out, '-f', 'moses');
    expect(moses.stderr).toBe(`bitext: error: ${out}: its moses outputs were made with other options (--from en then, not given now; --to fr then, not given now): give the same options to resume, or --force to align every document again\n`);
  });

  it('refuses outputs it has no record of (a forced run that stopped, or files put there), and a record it cannot read', async () => {
    const out = join(tempDir(), 'out');
    expect((await batchInto(out, '-f', 'beads')).status).toBe(0);
    const record = join(out, '.bitext-batch-beads.json');
    writeFileSync(record, '{"format": "beads"');
    const unreadable = await batchInto(out, '-f', 'beads');
    expect([unreadable.status, unreadable.stderr]).toEqual([1, `bitext: error: ${record}: not a record of the options of a batch run (not valid JSON): give --force to align every document again\n`]);
    rmSync(record);
    const none = await batchInto(out, '-f', 'beads');
    expect([none.status, none.stderr]).toEqual([1, `bitext: error: ${out}: holds beads outputs but no record of the options they were made with (.bitext-batch-beads.json): give --force to align every document again\n`]);
    expect((await batchInto(out, '-f', 'beads', '--force')).status).toBe(0);
    expect(existsSync(record)).toBe(true);
    expect((await batchInto(out, '-f', 'beads')).status).toBe(0);
  });

  it('records --dict and --lexicon by content: an edited file is refused, naming the option; the same content elsewhere resumes', async () => {
    const out = join(tempDir(), 'out');
    const files = tempDir();
    const glossary = join(files, 'glossary.tsv');
    const lexicon = join(files, 'lexicon.tsv');
    const LEXICON = '#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0\nking\troi\t0.5\t0.6\n';
    writeFileSync(glossary, GLOSSARY);
    writeFileSync(lexicon, LEXICON);
    expect((await batchInto(out, '-f', 'json', '--dict', glossary, '--lexicon', lexicon)).status).toBe(0);
    const record = JSON.parse(readFileSync(join(out, '.bitext-batch-json.json'), 'utf8'));
    expect(record).toMatchObject({ version: 2, options: { '--dict': [{ path: glossary, sha256: sha256(GLOSSARY) }], '--lexicon': { path: lexicon, sha256: sha256(LEXICON) } } });
    const before = snapshot(out);

    // Moved and renamed, the same bytes: the same outputs, so the run resumes.
    const moved = join(tempDir(), 'terms.tsv');
    const movedLexicon = join(tempDir(), 'lex.tsv');
    renameSync(glossary, moved);
    renameSync(lexicon, movedLexicon);
    const resumed = await batchInto(out, '-f', 'json', '--dict', moved, '--lexicon', movedLexicon);
    expect([resumed.status, resumed.stderr]).toEqual([0, `bitext: 2 documents skipped: output already in ${out} (--force redoes them)\n`]);

    // Edited in place: refused, naming the option, before any work.
    writeFileSync(moved, `${GLOSSARY}queen\treine\n`);
    const edited = await batchInto(out, '-f', 'json', '--dict', moved, '--lexicon', movedLexicon);
    expect([edited.status, edited.stderr]).toEqual([
      1,
      `bitext: error: ${out}: its json outputs were made with other options (--dict ${glossary} (sha256 ${sha256(GLOSSARY).slice(0, 12)}) then, ${moved} (sha256 ${sha256(`${GLOSSARY}queen\treine\n`).slice(0, 12)}) now): give the same options to resume, or --force to align every document again\n`,
    ]);
    writeFileSync(moved, GLOSSARY);
    writeFileSync(movedLexicon, LEXICON.replace('0.5', '0.7'));
    const lexiconEdited = await batchInto(out, '-f', 'json', '--dict', moved, '--lexicon', movedLexicon);
    expect(lexiconEdited.status).toBe(1);
    expect(lexiconEdited.stderr).toMatch(/other options \(--lexicon \S+lexicon\.tsv \(sha256 [0-9a-f]{12}\) then, \S+lex\.tsv \(sha256 [0-9a-f]{12}\) now\)/);
    expect(snapshot(out)).toEqual(before);
  });

  it('records a dictd dictionary by both its files, however the pair is named', async () => {
    const out = join(tempDir(), 'out');
    const copies = tempDir();
    const FREEDICT = join(ROOT, 'test', 'lexical', 'fixtures', 'freedict-fra-eng');
    for (const ext of ['index', 'dict.dz']) copyFileSync(`${FREEDICT}.${ext}`, join(copies, `fra-eng.${ext}`));
    expect((await batchInto(out, '-f', 'beads', '--dict', join(copies, 'fra-eng.index'))).status).toBe(0);
    // Named by its other file, or copied under another name: the same two files.
    expect((await batchInto(out, '-f', 'beads', '--dict', join(copies, 'fra-eng.dict.dz'))).stderr).toContain('2 documents skipped');
    expect((await batchInto(out, '-f', 'beads', '--dict', `${FREEDICT}.dict.dz`)).stderr).toContain('2 documents skipped');
    // An entry added to the .dict.dz alone changes the dictionary.
    const dz = join(copies, 'fra-eng.dict.dz');
    writeFileSync(dz, gzipSync(Buffer.concat([gunzipSync(readFileSync(dz)), Buffer.from('roi\n  king\n')])));
    const edited = await batchInto(out, '-f', 'beads', '--dict', join(copies, 'fra-eng.index'));
    expect(edited.status).toBe(1);
    expect(edited.stderr).toContain(`(--dict ${join(copies, 'fra-eng.index')} (sha256 `);
  });

  it('reads a record of version 1 (files by path): resumes without --dict or --lexicon, and refuses them as not known by content', async () => {
    const out = join(tempDir(), 'out');
    expect((await batchInto(out, '-f', 'beads', '--min-score', '0.5')).status).toBe(0);
    const path = join(out, '.bitext-batch-beads.json');
    const asVersion1 = (options: Record<string, unknown>) =>
      writeFileSync(path, JSON.stringify({ record: 'bitext batch --out-dir options', version: 1, format: 'beads', options: { '--input': 'sentences', '--no-corpus-lexicon': true, ...options } }));
    asVersion1({ '--min-score': '0.5' });
    expect((await batchInto(out, '-f', 'beads', '--min-score', '0.5')).stderr).toContain('2 documents skipped');
    const glossary = join(dir, 'glossary.tsv');
    asVersion1({ '--min-score': '0.5', '--dict': [glossary] });
    const unknown = await batchInto(out, '-f', 'beads', '--min-score', '0.5', '--dict', glossary);
    expect([unknown.status, unknown.stderr]).toEqual([
      1,
      `bitext: error: ${out}: its beads outputs were made with other options (--dict ${glossary} (its content not recorded, by an earlier bitext) then, ${glossary} (sha256 ${sha256(GLOSSARY).slice(0, 12)}) now): give the same options to resume, or --force to align every document again\n`,
    ]);
    writeFileSync(path, JSON.stringify({ record: 'bitext batch --out-dir options', version: 3, format: 'beads', options: {} }));
    const later = await batchInto(out, '-f', 'beads', '--min-score', '0.5');
    expect([later.status, later.stderr]).toEqual([1, `bitext: error: ${path}: not a record of the options of a batch run (version 3, this bitext reads 1 and 2): give --force to align every document again\n`]);
  });

  it('takes other options into a folder that holds no output of the format yet (a run that stopped before its first document)', async () => {
    const out = join(tempDir(), 'out');
    expect((await batchInto(out, '-f', 'beads', '--min-score', '0.5', '--shard', '2/2')).status).toBe(0);
    for (const f of readdirSync(out)) if (!f.startsWith('.')) rmSync(join(out, f));
    expect((await batchInto(out, '-f', 'beads', '--min-score', '0.9')).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, '.bitext-batch-beads.json'), 'utf8')).options['--min-score']).toBe('0.9');
  });
});

describe('bitext batch: a document that fails does not stop the corpus', () => {
  it('reports each failure on one line and in the report, writes the others, and exits 3', async () => {
    const bad = tempDir();
    writeFileSync(join(bad, 'empty.fr'), '');
    writeFileSync(join(bad, 'latin1.fr'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(bad, 'german.de'), 'Der Hund schläft im Garten. Die Katze sitzt auf dem Dach und schaut in die Sonne.\nEs regnet seit gestern ohne Pause.\n');
    const m = join(bad, 'm.tsv');
    writeFileSync(
      m,
      [
        `ok1\t${join(dir, 'en', 'MasterCat.txt')}\t${join(dir, 'fr', 'MasterCat.txt')}`,
        `missing\tnowhere.en\tnowhere.fr`,
        `empty\t${join(dir, 'en', 'MasterCat.txt')}\tempty.fr`,
        `latin1\t${join(dir, 'en', 'MasterCat.txt')}\tlatin1.fr`,
        `german\t${join(dir, 'en', 'MasterCat.txt')}\tgerman.de\ten\tfr`,
        `ok2\t${join(dir, 'en', 'TheVision.txt')}\t${join(dir, 'fr', 'TheVision.txt')}`,
        '',
      ].join('\n'),
    );
    const report = join(bad, 'report.jsonl');
    const r = await runBitext(['-q', 'batch', m, '--input', 'sentences', '-f', 'tsv', '--report', report, ...ONE]);
    expect(r.status).toBe(3);
    expect(lines(r.stderr)).toEqual([
      `bitext: doc missing: ${join(bad, 'nowhere.en')}: cannot read: no such file`,
      `bitext: doc empty: ${join(bad, 'empty.fr')}: empty input`,
      `bitext: doc latin1: ${join(bad, 'latin1.fr')}: not valid UTF-8 (byte 0xE9 at offset 3); convert the file to UTF-8 or name its encoding (--encoding windows-1252)`,
      expect.stringMatching(new RegExp(`^bitext: doc german: ${join(bad, 'german.de')}: text is in German .*expected French \\(--to fr\\); use --no-lang-check to align anyway$`)),
      'bitext: error: 4 of 6 documents could not be aligned (see the messages above)',
    ]);
    expect([...new Set(lines(r.stdout).map((l) => l.split('\t')[0]))]).toEqual(['ok1', 'ok2']);
    const records = lines(readFileSync(report, 'utf8')).map((l) => JSON.parse(l));
    expect(records.map((x) => [x.id, x.status])).toEqual([
      ['ok1', 'ok'],
      ['missing', 'error'],
      ['empty', 'error'],
      ['latin1', 'error'],
      ['german', 'error'],
      ['ok2', 'ok'],
    ]);
    expect(records[0]).toMatchObject({ sourceLang: 'en', targetLang: 'fr', sourceSentences: 61, targetSentences: 52 });
    expect(records[0].meanScore).toBeGreaterThan(0.5);
    expect(records[0].minScore).toBeLessThanOrEqual(records[0].meanScore);
    expect(Object.values(records[0].beads as Record<string, number>).reduce((a, b) => a + b)).toBe(records[0].written);
    expect(records[1].error).toBe(`${join(bad, 'nowhere.en')}: cannot read: no such file`);
  });

  it('stops before any work on a bad manifest, naming the line (exit 1)', async () => {
    const m = join(tempDir(), 'bad.tsv');
    writeFileSync(m, `a\t${SEED}.en\t${SEED}.fr\nb\t${SEED}.en\t${SEED}.fr\na\tx\ty\n`);
    const r = await runBitext(['batch', m, ...ONE]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`bitext: error: ${m}: line 3: duplicate id 'a' (first on line 1)\n`);
  });

  it.each([
    [['batch'], 'give a manifest (TSV or JSONL, or - for stdin), or --pairs DIR_A DIR_B'],
    [['batch', 'm.tsv', '--pairs', 'a', 'b'], 'give a manifest or --pairs, not both'],
    [['batch', '-', '--shard', '1/2'], '--shard needs a manifest file or --pairs'],
    [['batch', 'm.tsv', '--shard', '3/2'], "'3/2' is not a shard"],
    [['batch', 'm.tsv', '-o', 'x.jsonl', '--out-dir', 'd'], '-o writes one output for the whole corpus, --out-dir one per document'],
    [['batch', 'm.tsv', '--force'], '--force redoes documents whose output is already in --out-dir'],
    [['batch', 'm.tsv', '-f', 'moses'], 'give the prefix with -o (or --out-dir)'],
    [['batch', 'missing.tsv'], 'missing.tsv: cannot read: no such file'],
    [['batch', 'm.tsv', '--anchors', 'a.tsv'], 'give each document its own in the manifest'],
    [['batch', 'm.tsv', '--out-dir', 'd', '-f', 'html', '--min-score', '0.5'], '--format html shows every bead'],
  ])('refuses %j', async (args, message) => {
    const r = await runBitext(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
  });
});

describe('bitext batch: shards', () => {
  it('given the whole run\'s corpus lexicon, gives, concatenated in order, the bytes of the whole run (jsonl)', async () => {
    const lexicon = join(tempDir(), 'corpus-lexicon.tsv');
    const whole = await runBitext(['batch', manifest, '--input', 'sentences', '--save-lexicon', lexicon, ...ONE]);
    const parts: string[] = [];
    for (let k = 1; k <= 3; k++) parts.push((await runBitext(['batch', manifest, '--input', 'sentences', '--shard', `${k}/3`, '--lexicon', lexicon, ...ONE])).stdout);
    expect(parts.join('')).toBe(whole.stdout);
    expect(parts.filter((p) => p !== '')).toHaveLength(3);
  });

  it('with one lexicon per document, gives, concatenated in order, the bytes of the whole run (moses)', async () => {
    const out = tempDir();
    await runBitext(['batch', manifest, '--input', 'sentences', '-f', 'moses', '-o', join(out, 'all'), '--no-corpus-lexicon', ...ONE]);
    for (let k = 1; k <= 2; k++) await runBitext(['batch', manifest, '--input', 'sentences', '-f', 'moses', '-o', join(out, `part${k}`), '--shard', `${k}/2`, '--no-corpus-lexicon', ...ONE]);
    for (const ext of ['en', 'fr', 'ids']) {
      const joined = [1, 2].map((k) => readFileSync(join(out, `part${k}.${ext}`), 'utf8')).join('');
      expect(joined).toBe(readFileSync(join(out, `all.${ext}`), 'utf8'));
    }
  });
});

describe('bitext batch: folders', () => {
  it('matches the files of two folders by name, and reports a file without its counterpart', async () => {
    writeFileSync(join(dir, 'en', 'Orphan.txt'), 'A lonely text without translation.\n');
    try {
      const r = await runBitext(['batch', '--pairs', join(dir, 'en'), join(dir, 'fr'), '--input', 'sentences', '-f', 'tsv', ...ONE]);
      expect(r.status).toBe(3);
      expect(r.stderr).toContain(`bitext: doc Orphan: ${join(dir, 'en', 'Orphan.txt')} has no counterpart in ${join(dir, 'fr')}`);
      expect([...new Set(lines(r.stdout).map((l) => l.split('\t')[0]))]).toEqual(DOCS);
    } finally {
      writeFileSync(join(dir, 'en', 'Orphan.txt'), '');
    }
  });

  it('pairs doc.en.txt with doc.fr.txt in one folder', async () => {
    const one = tempDir();
    for (const d of DOCS.slice(0, 2)) {
      copyFileSync(join(dir, 'en', `${d}.txt`), join(one, `${d}.en.txt`));
      copyFileSync(join(dir, 'fr', `${d}.txt`), join(one, `${d}.fr.txt`));
    }
    writeFileSync(join(one, 'README'), 'not a document');
    const r = await runBitext(['batch', '--pairs', one, '--input', 'sentences', '-f', 'tsv', ...ONE]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('1 file without a en or fr tag left out (README)');
    expect([...new Set(lines(r.stdout).map((l) => l.split('\t')[0]))]).toEqual(DOCS.slice(0, 2));
  });
});

describe('bitext batch: a corpus with no document', () => {
  it('is an error for a manifest file or folders (a wrong folder, a header alone), not an empty success', async () => {
    const empty = tempDir();
    writeFileSync(join(empty, 'header.tsv'), 'id\tsource\ttarget\n# nothing yet\n');
    mkdirSync(join(empty, 'en'));
    mkdirSync(join(empty, 'fr'));
    const header = await runBitext(['batch', join(empty, 'header.tsv'), ...ONE]);
    expect([header.status, header.stdout, header.stderr]).toEqual([1, '', `bitext: error: ${join(empty, 'header.tsv')}: no documents in the corpus\n`]);
    const folders = await runBitext(['batch', '--pairs', join(empty, 'en'), join(empty, 'fr'), ...ONE]);
    expect([folders.status, folders.stdout, folders.stderr]).toEqual([1, '', `bitext: error: ${join(empty, 'en')} and ${join(empty, 'fr')}: no documents in the corpus\n`]);
  });

  it('is nothing to do on stdin (an empty Spark partition), and an empty shard of a corpus is fine', async () => {
    expect(await runBitext(['batch', '-', ...ONE], { stdin: '' })).toEqual({ status: 0, stdout: '', stderr: '' });
    const shard = await runBitext(['batch', manifest, '--input', 'sentences', '--shard', '1/9', '--no-corpus-lexicon', ...ONE]);
    expect([shard.status, shard.stdout]).toEqual([0, '']);
  });
});

describe('bitext batch: - for stdout, as -o - is', () => {
  it('writes the report to stdout when the output is a file or folder, never to a file named -', async () => {
    const r = await runBitext(['batch', manifest, '--input', 'sentences', '--no-corpus-lexicon', '--out-dir', join(tempDir(), 'out'), '--report', '-', ...ONE]);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l).id)).toEqual(DOCS);
    expect(existsSync('-')).toBe(false);
  });

  it('writes the corpus lexicon to stdout with --lexicon-only', async () => {
    const r = await runBitext(['batch', manifest, '--input', 'sentences', '--lexicon-only', '--save-lexicon', '-', '-q', ...ONE]);
    expect([r.status, r.stdout.split('\n')[0]]).toEqual([0, '#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0']);
  });

  it('refuses two outputs on stdout', async () => {
    const r = await runBitext(['batch', manifest, '--input', 'sentences', '--report', '-', ...ONE]);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', 'bitext: error: the alignment and --report would both write to stdout: give one of them a file\n']);
  });
});

describe('bitext batch: a manifest on stdin', () => {
  it('reads JSONL with inline texts and writes the first document before stdin is closed', async () => {
    const en = readFileSync(join(dir, 'en', 'MasterCat.txt'), 'utf8');
    const fr = readFileSync(join(dir, 'fr', 'MasterCat.txt'), 'utf8');
    const stdin = new PassThrough();
    let output = '';
    let firstSeen: () => void = () => {};
    const first = new Promise<void>((resolve) => (firstSeen = resolve));
    const stdout = new Writable({
      write(chunk, _encoding, done) {
        output += String(chunk);
        firstSeen();
        done();
      },
    });
    const stderr = new Writable({ write: (_c, _e, done) => done() });
    const status = run(['batch', '-', '--input', 'sentences', '--threads', '1'], { stdin, stdout, stderr });
    stdin.write(`${JSON.stringify({ id: 'first', source_text: en, target_text: fr })}\n`);
    await first;
    expect(output).toMatch(/^\{"doc":"first",/);
    stdin.end(`${JSON.stringify({ id: 'second', source_text: en, target_text: fr, from: 'en', to: 'fr' })}\n`);
    expect(await status).toBe(0);
    const docs = lines(output).map((l) => JSON.parse(l).doc);
    expect(docs.filter((d) => d === 'first').length).toBe(docs.filter((d) => d === 'second').length);
  });

  it('reads inline texts as the strings they are: --encoding (for the files of the run) and an HTML meta charset do not apply', async () => {
    const en = readFileSync(join(dir, 'en', 'MasterCat.txt'), 'utf8');
    const fr = readFileSync(join(dir, 'fr', 'MasterCat.txt'), 'utf8');
    const html = (text: string) => `<html><head><meta charset="windows-1252"></head><body><p>${text}</p></body></html>`;
    const docs = [
      { id: 'text', source_text: en, target_text: fr },
      { id: 'html', source_text: html('The café is open today.'), target_text: html('Le café est ouvert aujourd’hui.'), from: 'en', to: 'fr' },
    ];
    const r = await runBitext(['batch', '-', '--input', 'sentences', '--encoding', 'windows-1252', '--no-lang-check', ...ONE], {
      stdin: docs.map((d) => `${JSON.stringify(d)}\n`).join(''),
    });
    expect(r.status).toBe(0);
    const beads = lines(r.stdout).map((l) => JSON.parse(l) as { doc: string; targetText: string });
    expect(beads.find((b) => b.doc === 'text')!.targetText).toBe(fr.split('\n')[0]);
    expect(beads.find((b) => b.doc === 'html')!.targetText).toBe('Le café est ouvert aujourd’hui.');
  });

  it('reads a TSV manifest from stdin, paths relative to the current folder', async () => {
    const r = await runBitext(['batch', '-', '--input', 'sentences', '-f', 'tsv', ...ONE], { stdin: `seed\t${SEED}.en\t${SEED}.fr\n` });
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(12);
  });
});

describe('bitext batch: a manifest given as a pipe', () => {
  /** A named pipe, not opened. */
  const fifo = (): string => {
    const path = join(tempDir(), 'manifest.fifo');
    execFileSync('mkfifo', [path]);
    return path;
  };
  /** A named pipe, fed `text` once a reader opens it. */
  const pipeOf = (text: string): string => {
    const path = fifo();
    // Opening a pipe to write waits for a reader: the run under test is that reader.
    createWriteStream(path).end(text);
    return path;
  };
  const manifestText = () => [...DOCS.map((d) => `${d}\t${join(dir, 'en', `${d}.txt`)}\t${join(dir, 'fr', `${d}.txt`)}`), ''].join('\n');

  it('is read once, as stdin is: every document, one lexicon each, as --no-corpus-lexicon from a file', async () => {
    const fromFile = await runBitext(['batch', manifest, '--input', 'sentences', '--no-corpus-lexicon', ...ONE]);
    const fromPipe = await runBitext(['batch', pipeOf(manifestText()), '--input', 'sentences', ...ONE]);
    expect(fromPipe.status).toBe(0);
    expect(new Set(lines(fromPipe.stdout).map((l) => (JSON.parse(l) as { doc: string }).doc))).toEqual(new Set(DOCS));
    expect(fromPipe.stdout).toBe(fromFile.stdout);
  });

  it.each([
    [['--save-lexicon', 'lexicon.tsv'], '--save-lexicon reads the corpus twice (to learn the lexicon, then to align): give a manifest file or --pairs, not stdin or a pipe'],
    [['--shard', '1/2'], '--shard needs a manifest file or --pairs: a manifest on stdin or a pipe cannot be counted before it is read'],
  ])('refuses %j, which needs the manifest twice', async (extra, message) => {
    const r = await runBitext(['batch', fifo(), '--input', 'sentences', ...extra, ...ONE]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
  });
});
