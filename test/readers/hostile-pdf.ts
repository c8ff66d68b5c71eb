/**
 * Hostile PDFs made on the fly, small to make and to keep: no large file is committed. Each is a
 * valid PDF with a cross-reference table, one font (Helvetica, which needs no font file) and text.
 */
import { constants, deflateRawSync, deflateSync } from 'node:zlib';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** A PDF of the given objects (object n is `objects[n - 1]`, each a dictionary or a stream), the first the catalog. */
function pdf(objects: readonly (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    for (const part of [latin1(`${i + 1} 0 obj\n`), typeof object === 'string' ? latin1(object) : object, latin1('\nendobj\n')]) {
      parts.push(part);
      length += part.length;
    }
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const stream = (dictionary: string, data: Buffer) => Buffer.concat([latin1(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, latin1('\nendstream')]);
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const TEXT = 'BT /F1 12 Tf 72 720 Td (A sentence of text.) Tj ET\n';

/**
 * One page whose content stream inflates to `megabytes` MB: a line of text, then spaces. Built
 * from one compressed megabyte repeated, so that making a 1 GB bomb costs a few milliseconds.
 */
export function flateBombPdf(megabytes: number): Buffer {
  // A full flush ends each block on a byte boundary, so the compressed megabyte can be repeated.
  const text = deflateRawSync(latin1(TEXT), { finishFlush: constants.Z_FULL_FLUSH });
  const spaces = deflateRawSync(Buffer.alloc(2 ** 20, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  // zlib header, blocks, the final empty block; the checksum is left out (pdf.js does not check it).
  const data = Buffer.concat([Buffer.from([0x78, 0x9c]), text, ...Array<Buffer>(megabytes).fill(spaces), Buffer.from([0x03, 0x00])]);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream('/Filter /FlateDecode', data),
    FONT,
  ]);
}

/** `pages` pages that all draw one content stream of `bytes` bytes, uncompressed: a line of text, then `fill` repeated. */
export function sharedContentPdf(pages: number, bytes = TEXT.length, fill = ' '): Buffer {
  const first = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  const page = '<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>';
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> >>`,
    stream('', latin1((TEXT + fill.repeat(Math.ceil(bytes / fill.length))).slice(0, bytes))),
    FONT,
    ...Array<string>(pages).fill(page),
  ]);
}

/** One page whose content is compressed twice over (`/Filter [/FlateDecode /FlateDecode]`), as a bomb can be to hide its size. */
export function twiceCompressedPdf(): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream('/Filter [/FlateDecode /FlateDecode]', deflateSync(deflateSync(latin1(TEXT)))),
    FONT,
  ]);
}
