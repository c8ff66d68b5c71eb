/**
 * The lexical evidence options of `bitext align`: --dict in every format (and the errors of bad
 * dictionary files), --save-lexicon / --lexicon, --no-lexicon. In-process CLI runs on a short
 * story of the dev set.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';
import { SHARED } from '../helpers/shared.js';

const STORY = join(SHARED, 'eval', 'alibi_en-fr');
const en = join(STORY, 'TheVision.en');
const fr = join(STORY, 'TheVision.fr');
const FIXTURES = join(import.meta.dirname, '..', 'lexical', 'fixtures');
const align = (...extra: string[]) => runBitext(['align', '--input', 'sentences', '--from', 'en', '--to', 'fr', '-f', 'beads', '-q', en, fr, ...extra]);

/** The sentence indices of a beads output, side by side: every sentence once, in order. */
const sentences = (beads: string): [number[], number[]] => {
  const sides: [number[], number[]] = [[], []];
  for (const line of beads.trim().split('\n')) {
    const [s, t] = line.split(':');
    sides[0].push(...(JSON.parse(s!) as number[]));
    sides[1].push(...(JSON.parse(t!) as number[]));
  }
  return sides;
};

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('align --dict', () => {
  it('takes a dictionary in each format, and several at once', async () => {
    const plain = await align('--no-lexicon');
    for (const file of ['hunalign.dic', 'glossary.tsv', 'glossary.csv', 'muse.txt', 'terms-basic.tbx', 'terms-v3.tbx', 'freedict-fra-eng.index', 'freedict-fra-eng.dict.dz']) {
      const r = await align('--no-lexicon', '--dict', join(FIXTURES, file));
      expect([file, r.status, r.stderr]).toEqual([file, 0, '']);
      expect(sentences(r.stdout)).toEqual(sentences(plain.stdout));
    }
    const both = await align('--dict', join(FIXTURES, 'glossary.tsv'), '--dict', join(FIXTURES, 'terms-basic.tbx'));
    expect(both.status).toBe(0);
  });

  it('takes a dictionary of 200 000 entries (MUSE size), which once overflowed the call stack', async () => {
    const big = join(dir, 'big.tsv');
    writeFileSync(big, `en\tfr\n${Array.from({ length: 200_000 }, (_, i) => `w${i}x\tm${i}y\n`).join('')}`);
    const [plain, r] = [await align('--no-lexicon'), await align('--no-lexicon', '--dict', big)];
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(sentences(r.stdout)).toEqual(sentences(plain.stdout));
  });

  it('says when it reads a dictionary the other way round, or guesses its direction', async () => {
    const run = (file: string) => runBitext(['align', '--input', 'sentences', '--from', 'en', '--to', 'fr', '-f', 'beads', en, fr, '--dict', join(FIXTURES, file)]);
    expect((await run('freedict-fra-eng.index')).stderr).toContain(`bitext: ${join(FIXTURES, 'freedict-fra-eng.index')}: dictionary is fra-eng; read the other way round for en-fr\n`);
    expect((await run('hunalign.dic')).stderr).toContain(`bitext: ${join(FIXTURES, 'hunalign.dic')}: dictionary names no languages; read as source-target, as the texts suggest for en-fr\n`);
  });

  it('names the dictionary each note is about, when several are given', async () => {
    const [turned, guessed] = [join(FIXTURES, 'freedict-fra-eng.index'), join(FIXTURES, 'hunalign.dic')];
    const r = await runBitext(['align', '--input', 'sentences', '--from', 'en', '--to', 'fr', '-f', 'beads', en, fr, '--dict', guessed, '--dict', turned]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`bitext: ${guessed}: dictionary names no languages;`);
    expect(r.stderr).toContain(`bitext: ${turned}: dictionary is fra-eng;`);
  });

  it('refuses bad dictionary files with one line naming the file (and the line)', async () => {
    const bad = join(FIXTURES, 'bad.dic');
    const cases: Array<[string, string]> = [
      [bad, `bitext: error: ${bad}: line 2: expected 'target phrase @ source phrase' (hunalign dictionary)\n`],
      [join(dir, 'missing.tsv'), `bitext: error: ${join(dir, 'missing.tsv')}: cannot read: no such file\n`],
    ];
    for (const [file, message] of cases) {
      const r = await align('--dict', file);
      expect([r.status, r.stdout, r.stderr]).toEqual([1, '', message]);
    }
    // A saved lexicon is a TSV too, but with NULL, (other) and every weak link in it: not a dictionary.
    writeFileSync(join(dir, 'saved-lexicon.tsv'), '#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0\nking\troi\t0.5\t0.6\nking\tNULL\t0.1\t-\n');
    const lexicon = await align('--dict', join(dir, 'saved-lexicon.tsv'));
    expect([lexicon.status, lexicon.stderr]).toEqual([1, `bitext: error: ${join(dir, 'saved-lexicon.tsv')}: a lexicon saved by bitext, not a dictionary (give it with --lexicon)\n`]);
    writeFileSync(join(dir, 'de-fr.tsv'), 'de\tfr\nHund\tchien\n');
    const wrong = await align('--dict', join(dir, 'de-fr.tsv'));
    expect([wrong.status, wrong.stderr]).toEqual([1, `bitext: error: ${join(dir, 'de-fr.tsv')}: a de-fr dictionary, not one for en-fr\n`]);
    writeFileSync(join(dir, 'lone.dict.dz'), 'not gzip');
    writeFileSync(join(dir, 'lone.index'), 'chat\tA\tB\n');
    const dz = await align('--dict', join(dir, 'lone.index'));
    expect([dz.status, dz.stderr]).toEqual([1, `bitext: error: ${join(dir, 'lone.dict.dz')}: not a valid dictzip (gzip) file\n`]);
  });

  it('refuses a dictzip bomb by its inflated size, without a stack trace', async () => {
    // 600 gzip members of 1 MiB of zeros, one after another (gzip reads them as one stream): 630 KB
    // that would inflate to 600 MiB, over the 512 MiB a dictionary may inflate to.
    const member = gzipSync(Buffer.alloc(1 << 20));
    writeFileSync(join(dir, 'bomb.dict.dz'), Buffer.concat(Array.from({ length: 600 }, () => member)));
    writeFileSync(join(dir, 'bomb.index'), 'chat\tA\tB\n');
    const bomb = await align('--dict', join(dir, 'bomb.index'));
    expect([bomb.status, bomb.stdout, bomb.stderr]).toEqual([1, '', `bitext: error: ${join(dir, 'bomb.dict.dz')}: inflates to more than 512 MB\n`]);
  });
});

describe('align --save-lexicon, --lexicon, --no-lexicon', () => {
  it('saves the lexicon learned from the text, which aligns the same when given back, and saves to the same bytes', async () => {
    const saved = join(dir, 'lexicon.tsv');
    const learned = await align('--save-lexicon', saved);
    expect(learned.status).toBe(0);
    const text = readFileSync(saved, 'utf8');
    expect(text.split('\n')[0]).toBe('#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0');
    expect(text).toMatch(/\nking\troi\t0\.\d+\t0\.\d+\n/u);
    const again = join(dir, 'again.tsv');
    const given = await align('--lexicon', saved, '--save-lexicon', again);
    expect(given.stdout).toBe(learned.stdout);
    expect(readFileSync(again, 'utf8')).toBe(text);
  });

  it('reads a lexicon of the pair the other way round, and refuses one of other languages', async () => {
    const saved = join(dir, 'fr-en.tsv');
    await runBitext(['align', '--input', 'sentences', '--from', 'fr', '--to', 'en', '-f', 'beads', '-q', fr, en, '--save-lexicon', saved]);
    const r = await runBitext(['align', '--input', 'sentences', '--from', 'en', '--to', 'fr', '-f', 'beads', en, fr, '--lexicon', saved]);
    expect([r.status, r.stderr.split('\n').at(-2)]).toEqual([0, `bitext: ${saved}: lexicon is fr-en; read the other way round`]);
    writeFileSync(join(dir, 'de.tsv'), '#bitext-lexicon\tsource=de\ttarget=fr\tprefix=0\nhund\tchien\t0.9\t0.8\n');
    const wrong = await align('--lexicon', join(dir, 'de.tsv'));
    expect([wrong.status, wrong.stderr]).toEqual([1, `bitext: error: ${join(dir, 'de.tsv')}: a de-fr lexicon, not one for en-fr\n`]);
  });

  it('writes the lexicon to stdout for --save-lexicon - when the alignment goes to a file, and refuses both on stdout', async () => {
    const out = join(dir, 'aligned.beads');
    const r = await align('--save-lexicon', '-', '-o', out);
    expect([r.status, r.stdout.split('\n')[0]]).toEqual([0, '#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0']);
    expect(readFileSync(out, 'utf8')).toMatch(/^\[0\]:\[0\]:/u);
    const both = await align('--save-lexicon', '-');
    expect([both.status, both.stdout, both.stderr]).toEqual([1, '', 'bitext: error: the alignment and --save-lexicon would both write to stdout: give one of them a file\n']);
  });

  // The lexicon used to be written first, so a run that then failed to write -o left it behind.
  it('puts the lexicon and the alignment in place together: when either cannot be written, neither appears and no temp file is left', async () => {
    const out = tempDir();
    const cases = [
      { args: ['--save-lexicon', join(out, 'lex.tsv'), '-o', join(out, 'missing', 'out.beads')], failed: join(out, 'missing', 'out.beads') },
      { args: ['--save-lexicon', join(out, 'missing', 'lex.tsv'), '-o', join(out, 'out.beads')], failed: join(out, 'missing', 'lex.tsv') },
      { args: ['--save-lexicon', join(out, 'lex.tsv'), '-f', 'moses', '-o', join(out, 'missing', 'out')], failed: join(out, 'missing', 'out.en') },
      { args: ['--save-lexicon', join(out, 'missing', 'lex.tsv')], failed: join(out, 'missing', 'lex.tsv') },
    ];
    for (const { args, failed } of cases) {
      const r = await align(...args);
      expect([args, r.status, r.stdout, r.stderr]).toEqual([args, 1, '', `bitext: error: ${failed}: cannot write: no such directory\n`]);
      expect(readdirSync(out)).toEqual([]);
    }
  });

  it('learns nothing with --no-lexicon, and says so when asked to save', async () => {
    const saved = join(dir, 'none.tsv');
    const r = await runBitext(['align', '--input', 'sentences', '--from', 'en', '--to', 'fr', '-f', 'beads', en, fr, '--no-lexicon', '--save-lexicon', saved]);
    expect([r.status, r.stderr.split('\n').at(-2)]).toEqual([0, `bitext: ${saved}: no lexicon to save (--no-lexicon); nothing written`]);
    expect(r.stdout).not.toBe((await align()).stdout);
  });
});

describe('batch --dict, --lexicon, --no-lexicon', () => {
  it('reads the dictionaries once and uses them for every document; a bad one stops the run before it starts', async () => {
    const manifest = join(dir, 'manifest.tsv');
    writeFileSync(manifest, `vision\t${en}\t${fr}\ncat\t${join(STORY, 'MasterCat.en')}\t${join(STORY, 'MasterCat.fr')}\n`);
    const run = (...extra: string[]) => runBitext(['batch', manifest, '--input', 'sentences', '--from', 'en', '--to', 'fr', '--threads', '1', '-q', ...extra]);
    const plain = await run('--no-lexicon');
    const dict = await run('--dict', join(FIXTURES, 'glossary.tsv'));
    expect([plain.status, dict.status]).toEqual([0, 0]);
    expect(dict.stdout.trim().split('\n').length).toBeGreaterThan(100);
    const bad = await run('--dict', join(FIXTURES, 'bad.dic'));
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([1, '', `bitext: error: ${join(FIXTURES, 'bad.dic')}: line 2: expected 'target phrase @ source phrase' (hunalign dictionary)\n`]);
  });

  it('puts the corpus lexicon in place only when the run succeeds: an output that fails after it is learned leaves neither', async () => {
    const manifest = join(dir, 'two.tsv');
    writeFileSync(manifest, `vision\t${en}\t${fr}\ncat\t${join(STORY, 'MasterCat.en')}\t${join(STORY, 'MasterCat.fr')}\n`);
    const out = tempDir();
    const lexicon = join(out, 'lex.tsv');
    // Moses files are opened with the first document written, after the lexicon is learned.
    const r = await runBitext(['batch', manifest, '--input', 'sentences', '--threads', '1', '-q', '--save-lexicon', lexicon, '-f', 'moses', '-o', join(out, 'missing', 'corpus')]);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `bitext: error: ${join(out, 'missing', 'corpus.en')}: cannot write: no such directory\n`]);
    expect(readdirSync(out)).toEqual([]);
    const ok = await runBitext(['batch', manifest, '--input', 'sentences', '--threads', '1', '-q', '--save-lexicon', lexicon, '-f', 'moses', '-o', join(out, 'corpus')]);
    expect(ok.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['corpus.en', 'corpus.fr', 'corpus.ids', 'lex.tsv']);
  });
});
