/**
 * The founding example (English then French in one file) converted by real converters: our HTML
 * (one <p> per paragraph), pandoc to DOCX, ODT, EPUB 3 and 2 and Markdown, LibreOffice from the
 * DOCX to PDF. From each, align gives exactly the gold beads, and split the same sentences as the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBitext } from '../helpers/run.js';
import { SHARED } from '../helpers/shared.js';
import { FIXTURES } from './helpers.js';

const GOLD = readFileSync(join(SHARED, 'fixtures/un-sg-trafficking-2020.gold'), 'utf8').trim().split('\n');
const TEXT = join(SHARED, 'fixtures/un-sg-trafficking-2020.txt');
const FORMATS = ['html', 'docx', 'odt', 'epub', 'epub2.epub', 'md', 'pdf'] as const;
const path = (ext: string) => join(FIXTURES, `founding/un-sg-trafficking-2020.${ext}`);
const ladder = (beads: string) => beads.trim().split('\n').map((line) => line.replace(/:[0-9.]+$/u, ''));

describe('the founding example from real converters', () => {
  it.each(FORMATS)('%s: align gives the gold beads', async (ext) => {
    const r = await runBitext(['align', path(ext), '-f', 'beads']);
    // The one note says how the file was read: English, the ***** paragraph, French.
    expect(r.stderr).toMatch(/^bitext: layout: block, cut after line \d+ \(separator\)\n$/u);
    expect(r.status).toBe(0);
    expect(ladder(r.stdout)).toEqual(GOLD);
  });

  it.each(FORMATS)('%s: split gives the sentences of the text, side by side', async (ext) => {
    // The PDF's text layer has a plain hyphen where the text has a non-breaking one (engageons‑nous):
    // LibreOffice's font has no glyph of its own for U+2011. Nothing else differs.
    const seen = (s: string) => (ext === 'pdf' ? s.replace(/\u2011/gu, '-') : s);
    for (const side of ['source', 'target']) {
      const fromText = await runBitext(['split', '--side', side, TEXT]);
      const fromDocument = await runBitext(['split', '--side', side, path(ext)]);
      expect(fromDocument.stdout).toBe(seen(fromText.stdout));
    }
  });

  it.each(FORMATS)('%s: read from stdin, told by its content alone', async (ext) => {
    const r = await runBitext(['align', '-', '-f', 'beads'], { stdin: readFileSync(path(ext)) });
    expect(r.status).toBe(0);
    expect(ladder(r.stdout)).toEqual(GOLD);
  });

  it('two documents of different formats (the English as DOCX, the French as PDF): the gold beads', async () => {
    const r = await runBitext(['align', path('en.docx'), path('fr.pdf'), '-f', 'beads']);
    expect(r.stderr).toBe('');
    expect(ladder(r.stdout)).toEqual(GOLD);
  });

  it('records the source format in the TMX header and the block kinds in JSON', async () => {
    const tmx = await runBitext(['align', path('docx'), '-f', 'tmx']);
    expect(tmx.stdout).toContain('o-tmf="docx"');
    expect(tmx.stdout).toContain('datatype="xml"');
    const json = JSON.parse((await runBitext(['align', path('html'), '-f', 'json'])).stdout);
    expect(json.source.format).toBe('html');
    expect(json.beads[4]).toMatchObject({ source: [4], target: [0], kind: { source: ['paragraph'], target: ['paragraph'] } });
  });
});
