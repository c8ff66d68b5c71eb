/**
 * Hostile and broken documents: each is a one-line error naming the file, exit 1, at once: never
 * a hang, a stack trace, or memory spent on a bomb.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_ARCHIVE_TEXT_BYTES, MAX_HTML_DEPTH, MAX_ZIP_ENTRIES } from '../../src/readers/index.js';
import { MAX_MARKDOWN_NESTING } from '../../src/readers/markdown.js';
import { MAX_FORM_DEPTH, MAX_PDF_PAGES, MAX_PDF_TEXT_ITEMS } from '../../src/readers/pdf-budget.js';
import { runBitext } from '../helpers/run.js';
import { FIXTURES, fixture } from './helpers.js';
import {
  ascii85FlateBombPdf,
  ascii85FlateTextPdf,
  flateBombPdf,
  formChainPdf,
  formTextPdf,
  formTreePdf,
  lzwBombPdf,
  lzwTextPdf,
  runLengthBombPdf,
  selfDrawingFormPdf,
  sharedContentPdf,
  twiceCompressedPdf,
} from './hostile-pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-hostile-'));
const at = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const utf8 = (s: string) => new TextEncoder().encode(s);

const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const docx = (documentXml: string) => zipSync({ 'word/document.xml': utf8(documentXml) });
const LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
  `<w:document xmlns:w="${WORD}"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
const EXTERNAL = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&xxe;</source></trans-unit></body></file></xliff>`;

/** The archive with `entry` declaring `size` uncompressed bytes in the central directory (where fflate reads it). */
function declaring(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(out.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
    if (name === entry) view.setUint32(i + 24, size, true);
  }
  return out;
}

/** A DOCX whose document.xml declares a size over the cap (a bomb's entry, as its central directory says it). */
const declaredBomb = () => declaring(docx(`<w:document xmlns:w="${WORD}"><w:body><w:p><w:r><w:t>Hello.</w:t></w:r></w:p></w:body></w:document>`), 'word/document.xml', MAX_ARCHIVE_TEXT_BYTES + 1);

/**
 * A bomb that lies: its entry says 64 bytes and inflates to 16 MB. The entry is inflated into the
 * 64 bytes it declares and no further, so the XML read is cut short.
 */
function lyingBomb(): Uint8Array {
  const head = `<w:document xmlns:w="${WORD}"><w:body><w:p><w:r><w:t>`;
  const zip = zipSync({ 'word/document.xml': utf8(head + ' '.repeat(16 * 2 ** 20)) });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = zip.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, 64, true);
      break;
    }
  }
  return zip;
}

/** 200 000 `div`s in one another: htmlparser2 shifts its stack at each element, 32 s of CPU for 2 MB. */
const NESTED = `<html><body>${'<div>'.repeat(200_000)}Deep.${'</div>'.repeat(200_000)}</body></html>`;

/** The founding EPUB with its chapter nested as deep. */
function nestedEpub(): Uint8Array {
  const files = unzipSync(fixture('founding/un-sg-trafficking-2020.epub'));
  files['EPUB/text/ch001.xhtml'] = strToU8(NESTED.replace('<html>', '<html xmlns="http://www.w3.org/1999/xhtml">'));
  return zipSync(files);
}

/** An archive listing more entries than any document has. */
function crowdedZip(): Uint8Array {
  const files: Record<string, Uint8Array> = { 'word/document.xml': utf8('<w:document/>') };
  for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) files[`x/${i}`] = new Uint8Array(0);
  return zipSync(files, { level: 0 });
}

const CASES: [string, () => string, RegExp][] = [
  ['a zip bomb (declared size over the cap)', () => at('bomb.docx', declaredBomb()), /bomb\.docx: archive entries would inflate to over 64 MB \(a zip bomb, or more text than a book holds\?\); refused$/u],
  [
    'an ODT whose content.xml is larger than a book',
    () => at('big.odt', declaring(fixture('founding/un-sg-trafficking-2020.odt'), 'content.xml', MAX_ARCHIVE_TEXT_BYTES + 1)),
    /big\.odt: archive entries would inflate to over 64 MB/u,
  ],
  [
    'an EPUB whose chapter is larger than a book',
    () => at('big.epub', declaring(fixture('founding/un-sg-trafficking-2020.epub'), 'EPUB/text/ch001.xhtml', MAX_ARCHIVE_TEXT_BYTES + 1)),
    /big\.epub: archive entries would inflate to over 64 MB/u,
  ],
  ['a zip bomb (too many entries)', () => at('crowded.docx', crowdedZip()), new RegExp(`crowded\\.docx: archive lists over ${MAX_ZIP_ENTRIES} entries \\(a zip bomb\\?\\); refused$`, 'u')],
  ['a zip bomb that lies about its size', () => at('liar.docx', lyingBomb()), /liar\.docx: word\/document\.xml: malformed XML/u],
  ['a truncated DOCX', () => at('cut.docx', fixture('founding/un-sg-trafficking-2020.docx').subarray(0, 5000)), /cut\.docx: damaged or truncated ZIP archive/u],
  ['a truncated EPUB', () => at('cut.epub', fixture('founding/un-sg-trafficking-2020.epub').subarray(0, 3000)), /cut\.epub: damaged or truncated ZIP archive/u],
  ['an archive of something else', () => at('other.docx', zipSync({ 'a.txt': utf8('hi') })), /other\.docx: a ZIP archive, but not a DOCX, ODT or EPUB document$/u],
  ['XML entity expansion in a DOCX', () => at('laughs.docx', docx(LAUGHS)), /laughs\.docx: word\/document\.xml: declares XML entities, which are never expanded .*; refused$/u],
  ['an external entity in an XLIFF', () => at('xxe.xlf', EXTERNAL), /xxe\.xlf: XLIFF: declares XML entities, which are never expanded .*; refused$/u],
  ['malformed XML', () => at('broken.docx', docx(`<w:document xmlns:w="${WORD}"><w:body><w:p>`)), /broken\.docx: word\/document\.xml: malformed XML \(/u],
  ['a password-protected PDF', () => `${FIXTURES}hostile/locked.pdf`, /locked\.pdf: encrypted PDF \(it needs a password\): no text layer can be read$/u],
  ['an image-only PDF', () => `${FIXTURES}hostile/scan.pdf`, /scan\.pdf: no text layer \(a scanned or image-only PDF\?\); run OCR on it first$/u],
  ['a truncated PDF', () => at('cut.pdf', fixture('founding/un-sg-trafficking-2020.pdf').subarray(0, 2000)), /cut\.pdf: (?:damaged or truncated PDF|no text layer)/u],
  ['a PDF whose content inflates to 1 GB', () => at('bomb.pdf', flateBombPdf(1024)), /bomb\.pdf: streams would decode to over 256 MB \(a PDF bomb\?\); refused$/u],
  ['a PDF whose content is LZW-coded to 1 GB', () => at('lzw.pdf', lzwBombPdf(1024)), /lzw\.pdf: streams would decode to over 256 MB \(a PDF bomb\?\); refused$/u],
  ['a PDF whose content is run-length coded to 300 MB', () => at('rl.pdf', runLengthBombPdf(300)), /rl\.pdf: streams would decode to over 256 MB \(a PDF bomb\?\); refused$/u],
  ['a PDF whose 1 GB of content is Flate behind ASCII85', () => at('a85.pdf', ascii85FlateBombPdf(1024)), /a85\.pdf: streams would decode to over 256 MB \(a PDF bomb\?\); refused$/u],
  ['a PDF whose form draws itself', () => at('self.pdf', selfDrawingFormPdf()), /self\.pdf: object 6: a form XObject that draws itself; refused$/u],
  [
    'a PDF whose forms draw 64 forms that draw 64 forms of 64 KB (16 GB interpreted)',
    () => at('tree.pdf', formTreePdf(64, 3, 2 ** 16)),
    /tree\.pdf: pages draw over 256 MB of content in all \(pages sharing a large content stream, or forms drawn many times\?\); refused$/u,
  ],
  [
    'a PDF of forms nested deeper than any document',
    () => at('chain.pdf', formChainPdf(MAX_FORM_DEPTH + 2)),
    new RegExp(`chain\\.pdf: form XObjects nested over ${MAX_FORM_DEPTH} deep; refused$`, 'u'),
  ],
  ['a PDF whose content is compressed twice', () => at('twice.pdf', twiceCompressedPdf()), /twice\.pdf: object 4: a stream compressed twice \(a PDF bomb\?\); refused$/u],
  [
    'a PDF of more pages than any book, sharing one content stream',
    () => at('pages.pdf', sharedContentPdf(MAX_PDF_PAGES + 1)),
    new RegExp(`pages\\.pdf: over ${MAX_PDF_PAGES} pages \\(${MAX_PDF_PAGES + 1}\\); refused$`, 'u'),
  ],
  [
    'a PDF whose pages share a 1 MB content stream',
    () => at('shared.pdf', sharedContentPdf(300, 2 ** 20)),
    /shared\.pdf: pages draw over 256 MB of content in all \(pages sharing a large content stream, or forms drawn many times\?\); refused$/u,
  ],
  [
    'a PDF of more pieces of text than any book',
    () => at('pieces.pdf', sharedContentPdf(20, 2 ** 20, 'BT (Word) Tj ET ')),
    new RegExp(`pieces\\.pdf: over ${MAX_PDF_TEXT_ITEMS} pieces of text to place; refused$`, 'u'),
  ],
  ['a subtitle file without timings', () => at('bad.srt', '1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\nWorld.\n'), /bad\.srt: cue 2 has no timing line/u],
  ['HTML nested too deep', () => at('nested.html', NESTED), new RegExp(`nested\\.html: elements nested over ${MAX_HTML_DEPTH} deep \\(unclosed tags\\?\\); refused$`, 'u')],
  ['an EPUB chapter nested too deep', () => at('nested.epub', nestedEpub()), /nested\.epub: EPUB\/text\/ch001\.xhtml: elements nested over \d+ deep/u],
  [
    'Markdown nested deeper than it is read (its text would be dropped)',
    () => at('nested.md', `Before.\n\n${'> '.repeat(MAX_MARKDOWN_NESTING + 1)}Deep.\n\nAfter.\n`),
    new RegExp(`nested\\.md: Markdown blocks nested over ${MAX_MARKDOWN_NESTING} levels deep \\(lists, block quotes\\); refused$`, 'u'),
  ],
  ['a document with no text', () => at('empty.html', '<html><body><script>x()</script></body></html>'), /empty\.html: no text in this HTML document$/u],
];

describe('hostile and broken documents', () => {
  it.each(CASES)('%s: one line naming the file, exit 1', { timeout: 60_000 }, async (_name, make, message) => {
    const r = await runBitext(['split', '--lang', 'en', make()]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bitext: error: /u);
    expect(lines[0]).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

/** What the bounds must leave alone: filters, filter chains and forms as real writers use them. */
const READ: [string, () => Uint8Array, string][] = [
  ['LZW-coded content (/LZW, abbreviated)', lzwTextPdf, 'A sentence of text.'],
  ['ASCII85 over Flate', ascii85FlateTextPdf, 'A sentence of text.'],
  ['a form drawn twice, with no resources of its own', formTextPdf, 'A sentence of text.\nA sentence of text.'],
  ['forms nested 20 deep', () => formChainPdf(20), 'A sentence of text.'],
  ['a page drawing a 64 KB form 64 times', () => formTreePdf(64, 1, 2 ** 16), Array<string>(64).fill('A sentence of text.').join('\n')],
];

describe('PDFs within the bounds', () => {
  it.each(READ)('%s: read', { timeout: 60_000 }, async (_name, make, sentences) => {
    const r = await runBitext(['split', '--lang', 'en', at('read.pdf', make())]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(sentences);
  });
});
