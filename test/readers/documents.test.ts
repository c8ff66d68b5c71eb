/**
 * Each reader on documents exercising what it must handle: tables of the blocks it gives (kind and
 * text). The office documents are made by real converters (scripts/make-reader-fixtures.sh): pandoc's
 * DOCX, LibreOffice's ODT of it and LibreOffice's own DOCX, from one Markdown source.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/readers/index.js';
import { runBitext } from '../helpers/run.js';
import { blocksOf, FIXTURES, fixture } from './helpers.js';

/** What test/readers/fixtures/sources/features.md holds, as every office document must give it. */
const OFFICE_BLOCKS = (pages: number) => [
  'heading: Annual report',
  // Emphasis splits the runs; the footnote reference leaves no mark.
  'paragraph: The committee met three times this year. It reviewed the budget and the work plan.',
  // Soft line breaks stay line breaks inside the paragraph.
  'paragraph: Postal address:\n12 Station Road\nSpringfield',
  'heading: Decisions',
  'list-item: The budget was approved.',
  // Tracked changes read as accepted: "postponed" deleted, "adopted" inserted.
  'list-item: The work plan was adopted without changes.',
  'table-cell: Item',
  'table-cell: Amount',
  'table-cell: Travel',
  'table-cell: 1200',
  'table-cell: Printing',
  'table-cell: 300',
  // A NUMPAGES field: its result kept, its code (" NUMPAGES ") not.
  `paragraph: The next meeting is in March. This report has ${pages} pages.`,
  // Footnotes after the body.
  'footnote: Two meetings were held online.',
];

describe('office documents', () => {
  it.each([
    ['features.docx', 'pandoc', 2],
    ['features.odt', 'LibreOffice, from the DOCX', 1],
    ['features.lo.docx', 'LibreOffice, from the ODT', 1],
  ] as const)('%s (%s)', async (file, _by, pages) => {
    expect(await blocksOf(fixture(`features/${file}`), file)).toEqual(OFFICE_BLOCKS(pages));
  });

  it('splits a block with soft line breaks as header lines, and never joins a heading, list item or cell to its neighbours', async () => {
    const r = await runBitext(['split', '--lang', 'en', `${FIXTURES}features/features.docx`]);
    expect(r.stdout.split('\n\n').slice(0, 8)).toEqual([
      'Annual report',
      'The committee met three times this year.\nIt reviewed the budget and the work plan.',
      'Postal address:',
      '12 Station Road',
      'Springfield',
      'Decisions',
      'The budget was approved.',
      'The work plan was adopted without changes.',
    ]);
  });
});

describe('HTML', () => {
  it('reads block elements, line breaks and entities, skips script, style, nav, template, hidden elements, in the declared charset', async () => {
    const document = await readDocument(fixture('features/page.html'), { name: 'page.html' });
    expect(document.lang).toBe('en');
    expect((document.blocks ?? []).map((b) => `${b.kind}/${b.lang}: ${document.text.slice(b.span[0], b.span[1])}`)).toEqual([
      'heading/en: Café rules',
      'paragraph/en: Coffee & tea are served until noon.\nCakes all day.',
      'paragraph/en: Opening hours vary on holidays.',
      'list-item/en: No smoking.',
      'list-item/en: Dogs welcome.',
      'caption/en: Prices',
      'table-cell/en: Item',
      'table-cell/en: Price',
      'table-cell/en: Espresso',
      'table-cell/en: €2',
      // windows-1252 as declared: 0x92 is a right single quote, not a control character.
      'paragraph/fr: Le café est servi jusqu’à midi.',
      'code/en: npm install cafe',
    ]);
  });

  it('takes --encoding over the declared charset, and a BOM over both', async () => {
    const html = '<meta charset="iso-8859-2"><p>\u00e9t\u00e9</p>';
    expect(await blocksOf(Buffer.from(html, 'latin1'), 'x.html', { encoding: 'windows-1252' })).toEqual(['paragraph: été']);
    expect(await blocksOf(Buffer.from(`\ufeff${html}`, 'utf8'), 'x.html', { encoding: 'windows-1252' })).toEqual(['paragraph: été']);
  });
});

describe('Markdown', () => {
  it('reads headings, paragraphs, quotes, list items, table cells and code blocks; keeps link text, drops URLs, images and raw HTML', async () => {
    expect(await blocksOf(fixture('features/notes.md'), 'notes.md')).toEqual([
      'heading: Release notes',
      'paragraph: Version 2 is faster and uses less memory. See the manual for details.',
      'paragraph: Upgrading is safe.',
      'list-item: Back up your data.',
      'list-item: Run the installer:',
      'code: ./install --upgrade',
      'table-cell: Option',
      'table-cell: Meaning',
      'table-cell: -q',
      'table-cell: quiet',
    ]);
  });

  it('keeps a code block as one sentence', async () => {
    const r = await runBitext(['split', '--lang', 'en', '--input-format', 'markdown', '-'], { stdin: 'Run this.\n\n```\nmake all. make test.\nmake install\n```\n' });
    expect(r.stdout).toBe('Run this.\n\nmake all. make test. make install\n');
  });

  it('reads lists nested 30 deep to the end of the document (markdown-it stopped at 9 and dropped the rest)', async () => {
    const items = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('');
    const blocks = await blocksOf(strToU8(`First paragraph.\n\n${items}\n> ${'> '.repeat(29)}Deep quote.\n\nLast paragraph.\n`), 'x.md');
    expect(blocks).toEqual(['paragraph: First paragraph.', ...Array.from({ length: 30 }, (_, i) => `list-item: item ${i}`), 'paragraph: Deep quote.', 'paragraph: Last paragraph.']);
  });
});

describe('DOCX notes', () => {
  it('reads 300 000 footnotes (spreading them after the body overflowed the call stack)', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const docx = zipSync({
      'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Body.</w:t></w:r></w:p></w:body></w:document>`),
      'word/footnotes.xml': strToU8(`<w:footnotes xmlns:w="${W}">${'<w:footnote w:id="1"><w:p><w:r><w:t>Note.</w:t></w:r></w:p></w:footnote>'.repeat(300_000)}</w:footnotes>`),
    });
    const document = await readDocument(docx, { name: 'notes.docx' });
    expect(document.blocks).toHaveLength(300_001);
    expect(document.blocks?.at(-1)?.kind).toBe('footnote');
  });
});

describe('EPUB', () => {
  it('reads the spine in order and skips non-linear items (the title page pandoc marks linear="no")', async () => {
    const blocks = await blocksOf(fixture('founding/un-sg-trafficking-2020.epub'), 'x.epub');
    expect(blocks[0]).toBe('paragraph: New York');
    expect(blocks).not.toContain('heading: un-sg-trafficking-2020');
    expect(blocks).toHaveLength(17);
  });

  /** The founding EPUB with its package document changed by `edit`. */
  const withPackage = (edit: (opf: string) => string): Uint8Array => {
    const files = unzipSync(fixture('founding/un-sg-trafficking-2020.epub'));
    files['EPUB/content.opf'] = strToU8(edit(strFromU8(files['EPUB/content.opf']!)));
    return zipSync(files);
  };

  it('reads a document the spine names many times once, where it first comes (a few KB must not read as gigabytes)', async () => {
    const once = await blocksOf(fixture('founding/un-sg-trafficking-2020.epub'), 'x.epub');
    const repeated = withPackage((opf) => opf.replace(/(<itemref idref="ch001_xhtml"[^>]*>)/u, (ref) => ref.repeat(5000)));
    expect(await blocksOf(repeated, 'x.epub')).toEqual(once);
  });

  it('reads a chapter of 300 000 paragraphs (spreading its blocks into the book overflowed the call stack)', async () => {
    const files = unzipSync(fixture('founding/un-sg-trafficking-2020.epub'));
    files['EPUB/text/ch001.xhtml'] = strToU8(`<html xmlns="http://www.w3.org/1999/xhtml"><body>${'<p>A line.</p>'.repeat(300_000)}</body></html>`);
    const document = await readDocument(zipSync(files), { name: 'long.epub' });
    expect(document.blocks).toHaveLength(300_000);
  });

  it('takes an href whose percent escapes do not decode as it is written, and names it when missing', async () => {
    const bad = withPackage((opf) =>
      opf.replace('</manifest>', '<item id="bad" href="a%E0%A4%A.xhtml" media-type="application/xhtml+xml"/></manifest>').replace('</spine>', '<itemref idref="bad"/></spine>'),
    );
    await expect(readDocument(bad, { name: 'bad.epub' })).rejects.toThrow('damaged EPUB: EPUB/a%E0%A4%A.xhtml, in the reading order, is missing');
  });
});

describe('PDF', () => {
  it('rebuilds paragraphs from positions: no line breaks inside a paragraph, one block per paragraph', async () => {
    const blocks = await blocksOf(fixture('founding/un-sg-trafficking-2020.pdf'), 'x.pdf');
    expect(blocks).toHaveLength(17);
    expect(blocks[4]).toMatch(/^paragraph: This year’s World Day .* to protect the vulnerable\.$/u);
    expect(blocks[10]).toBe('paragraph: *****');
  });
});

describe('PDF pages in two columns, with a running header and page numbers', () => {
  it('reads the columns in order and leaves the header and the page numbers out', async () => {
    // The paragraphs of the flat ODT LibreOffice made the PDF from.
    const source = readFileSync(`${FIXTURES}sources/columns.fodt`, 'utf8');
    const paragraphs = [...source.matchAll(/<text:p text:style-name="Body">([^<]*)<\/text:p>/gu)].map((m) => m[1]!.replace(/&amp;/gu, '&'));
    expect(paragraphs).toHaveLength(36);
    const fromText = await runBitext(['split', '--lang', 'en', '--input-format', 'text', '-'], { stdin: paragraphs.join('\n\n') });
    const fromPdf = await runBitext(['split', '--lang', 'en', `${FIXTURES}features/columns.pdf`]);
    expect(fromPdf.stdout).toBe(fromText.stdout);
    expect(source).toContain('Committee report 2020');
    expect(fromPdf.stdout).not.toMatch(/Committee report|Page \d/u);
  });
});

describe('XLIFF', () => {
  it('reads 1.2 trans-units and 2.0 segments, dropping inline codes and keeping the text they wrap', async () => {
    for (const file of ['report.xlf', 'report.xliff']) {
      const document = await readDocument(fixture(`xliff/${file}`), { name: file });
      const texts = (d: { text: string; blocks?: readonly { span: readonly [number, number] }[] }) => (d.blocks ?? []).map((b) => d.text.slice(b.span[0], b.span[1]));
      expect(document.lang).toBe('en');
      expect(document.translation?.lang).toBe('fr');
      expect(texts(document).slice(1, 3)).toEqual(['The committee met three times this year.', 'It reviewed the budget and the work plan for 2021.']);
      expect(texts(document.translation!)[1]).toBe("Le comité s'est réuni trois fois cette année.");
    }
  });

  it('aligns a bilingual XLIFF given alone as the file pairs it; a one-sided unit is 1-0', async () => {
    const r = await runBitext(['align', `${FIXTURES}xliff/report.xlf`, '-f', 'beads']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => l.replace(/:[0-9.]+$/u, ''))).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]', '[4]:[4]', '[5]:[]']);
    expect(r.stderr).toBe('');
  });

  it('splits each side of a bilingual XLIFF with --side, as align numbers its sentences', async () => {
    const beads = await runBitext(['align', `${FIXTURES}xliff/report.xlf`, '-f', 'jsonl']);
    for (const side of ['source', 'target'] as const) {
      const r = await runBitext(['split', '--side', side, `${FIXTURES}xliff/report.xlf`]);
      expect(r.status).toBe(0);
      const sentences = r.stdout.split('\n').filter(Boolean);
      const texts = beads.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { sourceText: string; targetText: string })[`${side}Text`]);
      expect(sentences.length).toBeGreaterThan(4);
      expect(sentences.join(' ')).toBe(texts.filter(Boolean).join(' '));
    }
  });

  it('checks the pairs: two swapped targets are scored 0 and reported', async () => {
    const r = await runBitext(['align', `${FIXTURES}xliff/report.xliff`, '-f', 'beads']);
    const beads = r.stdout.trim().split('\n');
    expect(beads).toHaveLength(6);
    expect(beads.slice(3, 5)).toEqual(['[3]:[3]:0.0000', '[4]:[4]:0.0000']);
    expect(beads.filter((b) => b.endsWith(':0.0000'))).toHaveLength(2);
    expect(r.stderr).toBe('bitext: test/readers/fixtures/xliff/report.xliff: 2 of 6 pairs the aligner would make otherwise (scored 0)\n'.replace('test/readers/fixtures/', FIXTURES));
  });

  it('checks the languages the file declares', async () => {
    const xliff = '<xliff version="2.0" srcLang="de" trgLang="fr"><file id="f"><unit id="1"><segment><source>The committee met three times this year and approved the budget for the coming year.</source><target>Le comité s’est réuni trois fois cette année et a approuvé le budget de l’année prochaine.</target></segment></unit></file></xliff>';
    const r = await runBitext(['align', '-', '-f', 'beads'], { stdin: xliff });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^bitext: error: stdin: text is in .*, expected German \(--from de\)/u);
  });
});

describe('detect', () => {
  it('reports the blocks of a document as align sees them', async () => {
    const fromText = await runBitext(['detect', '--langs', 'en,fr', `${FIXTURES}../../../fixtures/un-sg-trafficking-2020.txt`]);
    const fromDocx = await runBitext(['detect', '--langs', 'en,fr', `${FIXTURES}founding/un-sg-trafficking-2020.docx`]);
    expect(fromDocx.stdout).toBe(fromText.stdout);
    expect(fromDocx.stdout.trim().split('\n')).toHaveLength(16);
  });
});

describe('declared languages', () => {
  it('take the place of detection where the text is too short to tell', async () => {
    const page = (lang: string, text: string) => `<!DOCTYPE html><html lang="${lang}"><body><p>${text}</p></body></html>`;
    // German rules: "Jh." (Jahrhundert) is an abbreviation; too short a text for the detector to know it is German.
    const text = 'Sie kam im 19. Jh. Dann ging sie.';
    const hinted = await runBitext(['split', '-'], { stdin: page('de', text) });
    expect(hinted.stderr).toBe('');
    expect(hinted.stdout).toBe('Sie kam im 19. Jh.\nDann ging sie.\n');
    const guessed = await runBitext(['split', '-'], { stdin: page('', text) });
    expect(guessed.stdout).toBe('Sie kam im 19.\nJh.\nDann ging sie.\n');
  });

  it('name the language of a paragraph too short to tell in `detect`', async () => {
    const english = 'The committee met three times this year and approved the budget for the coming year.';
    const french = 'Le comité s’est réuni trois fois cette année et a approuvé le budget de l’année prochaine.';
    const page = (attribute: string) => `<html lang="en"><body><p>New York</p><p>${english}</p><p${attribute}>Genève</p><p lang="fr">${french}</p></body></html>`;
    const rows = async (html: string) => (await runBitext(['detect', '--langs', 'en,fr', '-'], { stdin: html })).stdout.trim().split('\n').map((r) => r.split('\t').slice(0, 2).join(' '));
    expect(await rows(page(' lang="fr"'))).toEqual(['0 en', '1 en', '2 fr', '3 fr']);
    // Without its own lang, the short paragraph takes the page's.
    expect((await rows(page('')))[2]).toBe('2 en');
  });

  it('never overrule the text itself (a page left with its template\'s lang="de")', async () => {
    const english = 'The committee met three times this year and approved the budget for the coming year without changes. Its members thanked the secretariat for the reports it had prepared.';
    const french = 'Le comité s’est réuni trois fois cette année et a approuvé sans changement le budget de l’année prochaine. Ses membres ont remercié le secrétariat des rapports qu’il avait préparés.';
    const dir = mkdtempSync(join(tmpdir(), 'bitext-lang-'));
    writeFileSync(join(dir, 'en.html'), `<html lang="de"><body><p>${english}</p></body></html>`);
    writeFileSync(join(dir, 'fr.html'), `<html lang="fr"><body><p>${french}</p></body></html>`);
    const r = await runBitext(['align', join(dir, 'en.html'), join(dir, 'fr.html'), '-f', 'json']);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    // Whatever the detector makes of the English (franc hesitates with Scots on two sentences), not the page's German.
    expect(json.source.lang).not.toBe('de');
    expect(json.target.lang).toBe('fr');
  });
});
