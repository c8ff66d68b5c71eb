/** How an input's format and encoding are chosen: content first, then extension; --input-format and --encoding. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/readers/index.js';
import { sniffFormat } from '../../src/readers/sniff.js';
import type { InputFormat } from '../../src/types.js';
import { runBitext } from '../helpers/run.js';
import { fixture } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-input-'));
const at = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('format sniffing', () => {
  const cases: [string, string, Uint8Array | string, InputFormat][] = [
    ['a DOCX named .bin', 'x.bin', fixture('founding/un-sg-trafficking-2020.docx'), 'docx'],
    ['an ODT by its mimetype', 'x', fixture('founding/un-sg-trafficking-2020.odt'), 'odt'],
    ['an EPUB by its mimetype', 'x.zip', fixture('founding/un-sg-trafficking-2020.epub'), 'epub'],
    ['a PDF named .txt', 'x.txt', fixture('founding/un-sg-trafficking-2020.pdf'), 'pdf'],
    ['HTML by its doctype', 'x.txt', '<!DOCTYPE html><p>Hello there.</p>', 'html'],
    ['HTML by its root', '-', '\n<html><body><p>Hello there.</p></body></html>', 'html'],
    ['XHTML by its root, past the XML declaration', '-', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi.</p></body></html>', 'html'],
    ['XLIFF by its root', 'x.xml', '<?xml version="1.0"?><!-- made by a CAT tool --><xliff version="1.2"><file><body><trans-unit id="1"><source>Hi.</source></trans-unit></body></file></xliff>', 'xliff'],
    ['WebVTT by its header', 'x.txt', 'WEBVTT\n\n00:01.000 --> 00:02.000\nHi.\n', 'webvtt'],
    ['SRT by its first cue', '-', '\ufeff1\r\n00:00:01,000 --> 00:00:02,000\r\nHi.\r\n', 'srt'],
    ['Markdown by its extension', 'x.md', '# Title\n\nText.\n', 'markdown'],
    ['plain text otherwise', 'x.md.txt', '# Title\n\nText.\n', 'text'],
    ['plain text from stdin', '-', '# Title\n\nText.\n', 'text'],
    ['WebVTT past a BOM', 'x.txt', '\ufeffWEBVTT\n\n00:01.000 --> 00:02.000\nHi.\n', 'webvtt'],
    ['SRT past a no-break space', 'x.txt', '\u00a01\n00:00:01,000 --> 00:00:02,000\nHi.\n', 'srt'],
    ['HTML in UTF-16 with its BOM', 'x.txt', new Uint8Array([0xff, 0xfe, ...[...'<html><p>Hi.</p></html>'].flatMap((c) => [c.charCodeAt(0), 0])]), 'html'],
    ['a text starting with a letter, by its extension', 'x.md', 'Was it WEBVTT?\n', 'markdown'],
    ['a text starting with punctuation, as text', 'x.txt', '« <html> »\n', 'text'],
  ];
  it.each(cases)('%s', async (_what, name, bytes, format) => {
    const document = await readDocument(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, { name });
    expect(document.format).toBe(format);
  });

  it('looks at the content past a BOM and white space, whatever the first byte', () => {
    const sniff = (text: string) => sniffFormat(new TextEncoder().encode(text), 'x.txt', 'txt', new Map([['txt', 'text']]));
    expect(sniff('\ufeff \r\n\tWEBVTT\n')).toBe('webvtt');
    expect(sniff('\n\n12\n00:00:01,000 --> 00:00:02,000\n')).toBe('srt');
    expect(sniff('\u2003<html><p>Hi.</p></html>')).toBe('html');
    expect(sniff('   <?xml version="1.0"?><xliff version="1.2"></xliff>')).toBe('xliff');
    for (const text of ['', ' ', 'In the beginning', 'Wherefore', '1 2 3', '<p>', '"<html>"']) expect(sniff(text)).toBe('text');
  });

  it('takes --input-format over the content', async () => {
    const text = 'WEBVTT is the name of a subtitle format. It is simple.\n';
    expect((await runBitext(['split', '--lang', 'en', '-'], { stdin: text })).status).toBe(1);
    const forced = await runBitext(['split', '--lang', 'en', '--input-format', 'text', '-'], { stdin: text });
    expect(forced.stdout).toBe('WEBVTT is the name of a subtitle format.\nIt is simple.\n');
  });

  it('reads two sides of different formats (DOCX source, PDF target)', async () => {
    const en = at('en.docx', fixture('features/features.docx'));
    const fr = at('fr.pdf', fixture('founding/un-sg-trafficking-2020.pdf'));
    const r = await runBitext(['align', en, fr, '--from', 'en', '--to', 'en', '--no-lang-check', '-f', 'json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect([json.source.format, json.target.format]).toEqual(['docx', 'pdf']);
  });

  it('refuses an unknown --input-format', async () => {
    const r = await runBitext(['split', '--input-format', 'rtf', '-'], { stdin: 'x' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/argument 'rtf' is invalid\. Allowed choices are text, html, markdown, docx, odt, epub, pdf, srt, webvtt, xliff\./u);
  });
});

describe('encodings', () => {
  it.each([
    // Windows quotes, dash and euro sign live at 0x80-0x9F in windows-1252.
    ['windows-1252', 'L’été — « déjà » 5 €.', 'windows-1252'],
    ['iso-8859-15', 'L\'été « déjà » 5 €.', 'latin9'],
    ['iso-8859-2', 'Łódź, žluťoučký kůň.', 'iso88592'],
    ['shift_jis', '今日は晴れです。', 'shiftjis'],
  ])('--encoding %s', async (encoding, text, iconvName) => {
    const iconv = (await import('iconv-lite')).default;
    const r = await runBitext(['split', '--lang', 'fr', '--encoding', encoding, at(`${encoding}.txt`, iconv.encode(text, iconvName))]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${text}\n`);
  });

  it('reads Latin-1 labels as windows-1252, as browsers do', async () => {
    const r = await runBitext(['split', '--lang', 'en', '--encoding', 'iso-8859-1', '-'], { stdin: Buffer.from([0x93, 0x48, 0x69, 0x2e, 0x94]) });
    expect(r.stdout).toBe('“Hi.”\n');
  });

  it('reads UTF-16 with a BOM, either byte order, without --encoding', async () => {
    const text = 'Un été. Deux.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const bytes of [le, Buffer.concat([Buffer.from([0xfe, 0xff]), be])]) {
      expect((await runBitext(['split', '--lang', 'fr', '-'], { stdin: bytes })).stdout).toBe('Un été.\nDeux.\n');
    }
  });

  it('refuses Latin-1 bytes read as UTF-8, and undecodable bytes of a multi-byte encoding, naming the file', async () => {
    const latin = await runBitext(['split', '--lang', 'fr', at('latin.txt', Buffer.from('un été', 'latin1'))]);
    expect(latin.stderr).toMatch(/latin\.txt: not valid UTF-8 \(byte 0xE9 at offset 3\); convert the file to UTF-8 or name its encoding \(--encoding windows-1252\)$/mu);
    const sjis = await runBitext(['split', '--lang', 'ja', '--encoding', 'shift_jis', at('sjis.txt', Buffer.from([0x82, 0xa0, 0x82]))]);
    expect(sjis.status).toBe(1);
    expect(sjis.stderr).toMatch(/^bitext: error: .*sjis\.txt: not valid shift_jis/u);
  });

  it('refuses an encoding it does not know, before reading anything', async () => {
    const r = await runBitext(['split', '--encoding', 'klingon-8', '-'], { stdin: 'x' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/'klingon-8' is not an encoding bitext knows/u);
  });
});
