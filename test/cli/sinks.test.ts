/**
 * `--out-dir`'s folder sink (openDirectorySink) on its own: which documents a resumed run finds
 * done, and what a failed redo removes, for Moses pairs (`<name>.<lang>`) above all, whose
 * languages may be known only per document.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDirectorySink } from '../../src/cli/sinks.js';
import { WRITERS, writerForPath } from '../../src/formats/index.js';
import { tempDir } from '../helpers/cli.js';

// Counted: each file name the sink reads is one call (a language file is told from another format's output by it).
vi.mock('../../src/formats/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/formats/index.js')>();
  return { ...actual, writerForPath: vi.fn(actual.writerForPath) };
});

/** A folder holding these (empty) files. */
function folder(files: readonly string[]): string {
  const dir = tempDir();
  for (const f of files) writeFileSync(join(dir, f), '');
  return dir;
}

const NO_LANGS = {};

describe('openDirectorySink: Moses pairs', () => {
  const FILES = [
    'whole.en', 'whole.fr', // a document done
    'half.en', // one of a pair: a run killed between its two renames
    'other.tsv', 'other.en', // another format's output beside one language file
    'd.en.fr', // the one file of the document named `d.en`
    '.whole.en.0a1b2c.tmp', '.bitext-batch-moses.json', // a temp file and the record
  ];

  it('finds a document done only when two of its language files are there (languages detected per document)', async () => {
    const sink = await openDirectorySink(WRITERS.moses, folder(FILES));
    expect(['whole', 'half', 'other', 'd', 'd.en', '.whole', 'absent'].filter((n) => sink.has(n, NO_LANGS))).toEqual(['whole']);
  });

  it('with the languages given, wants the files of those two', async () => {
    const sink = await openDirectorySink(WRITERS.moses, folder(FILES));
    expect(sink.has('whole', { from: 'en', to: 'fr' })).toBe(true);
    expect(sink.has('whole', { from: 'en', to: 'de' })).toBe(false);
    expect(sink.has('half', { from: 'en', to: 'fr' })).toBe(false);
  });

  it('removes the language files of a document, and no other file', async () => {
    const dir = folder(FILES);
    const sink = await openDirectorySink(WRITERS.moses, dir);
    for (const name of ['half', 'other', 'd', 'whole']) await sink.remove(name);
    expect(readdirSync(dir).sort()).toEqual(['.bitext-batch-moses.json', '.whole.en.0a1b2c.tmp', 'd.en.fr', 'other.tsv']);
    expect(sink.has('whole', NO_LANGS)).toBe(false);
    expect(sink.holdsOutputs()).toBe(true);
  });

  it('reads the folder\'s file names once, not once a document (a resumed run of many documents)', async () => {
    const DOCUMENTS = 2000;
    const names = Array.from({ length: DOCUMENTS }, (_, k) => `doc${k}`);
    const dir = folder(names.flatMap((n) => [`${n}.en`, `${n}.fr`]));
    vi.mocked(writerForPath).mockClear();
    const sink = await openDirectorySink(WRITERS.moses, dir);
    expect(names.every((n) => sink.has(n, NO_LANGS))).toBe(true);
    // 4000 files: each read once (was: every file for each document, 8 million).
    expect(vi.mocked(writerForPath).mock.calls.length).toBeLessThanOrEqual(2 * DOCUMENTS);
  });
});

describe('openDirectorySink: one file a document', () => {
  it('finds a document done by its file of the format, and removes that file only', async () => {
    const dir = folder(['a.json', 'a.en', 'a.fr', 'b.tsv']);
    const sink = await openDirectorySink(WRITERS.json, dir);
    expect(['a', 'b'].map((n) => sink.has(n, NO_LANGS))).toEqual([true, false]);
    await sink.remove('a');
    await sink.remove('b');
    expect(readdirSync(dir).sort()).toEqual(['a.en', 'a.fr', 'b.tsv']);
  });
});
