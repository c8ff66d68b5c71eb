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

/** One page whose content is `data`, under `filters` (as the stream dictionary writes them). */
function onePage(filters: string, data: Buffer, extra: readonly (string | Buffer)[] = [], resources = ''): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> ${resources} >> /Contents 4 0 R >>`,
    stream(filters ? `/Filter ${filters}` : '', data),
    FONT,
    ...extra,
  ]);
}

/**
 * Zlib data that inflates to `megabytes` MB: a line of text, then spaces. Built from one
 * compressed megabyte repeated, so that making a 1 GB bomb costs a few milliseconds.
 */
function flateBomb(megabytes: number): Buffer {
  // A full flush ends each block on a byte boundary, so the compressed megabyte can be repeated.
  const text = deflateRawSync(latin1(TEXT), { finishFlush: constants.Z_FULL_FLUSH });
  const spaces = deflateRawSync(Buffer.alloc(2 ** 20, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  // zlib header, blocks, the final empty block; the checksum is left out (pdf.js does not check it).
  return Buffer.concat([Buffer.from([0x78, 0x9c]), text, ...Array<Buffer>(megabytes).fill(spaces), Buffer.from([0x03, 0x00])]);
}

/** One page whose content stream inflates to `megabytes` MB. */
export function flateBombPdf(megabytes: number): Buffer {
  return onePage('/FlateDecode', flateBomb(megabytes));
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
  return onePage('[/FlateDecode /FlateDecode]', deflateSync(deflateSync(latin1(TEXT))));
}

/**
 * LZW codes as pdf.js reads them: 9 bits to start, one more each time the next free code (plus
 * one, its EarlyChange) reaches a power of two, up to 12.
 */
function lzwCodes(codes: readonly number[]): Buffer {
  const out: number[] = [];
  let bits = 0;
  let pending = 0;
  let length = 9;
  let next = 258;
  codes.forEach((code, i) => {
    pending = pending * 2 ** length + code;
    bits += length;
    while (bits >= 8) {
      bits -= 8;
      out.push(Math.floor(pending / 2 ** bits) & 255);
      pending %= 2 ** bits;
    }
    if (i > 0) {
      next++;
      if (((next + 1) & next) === 0) length = Math.min(Math.log2(next + 1) + 1, 12);
    }
  });
  if (bits) out.push((pending << (8 - bits)) & 255);
  return Buffer.from(out);
}

/**
 * One page whose content is LZW-coded to `megabytes` MB: a line of text, then spaces. Each code
 * after the text is the one being defined (a string one longer than the last), up to a full
 * table, then the longest, over and over: 12 bits for 3 800 spaces.
 */
export function lzwBombPdf(megabytes: number): Buffer {
  const codes = [...latin1(TEXT)].concat([0x20]);
  let next = 258 + codes.length - 1;
  while (next < 4096) codes.push(next++);
  const longest = 4096 - (258 + TEXT.length) + 1;
  for (let made = 0; made < megabytes * 2 ** 20; made += longest) codes.push(4095);
  return onePage('/LZWDecode', lzwCodes(codes.concat([257])));
}

/** One page whose text is LZW-coded (a real, small stream): it must read as it is. */
export function lzwTextPdf(): Buffer {
  return onePage('/LZW', lzwCodes([...latin1(TEXT), 257]));
}

/** One page whose content is run-length coded to `megabytes` MB: a line of text, then runs of 128 spaces (2 bytes each). */
export function runLengthBombPdf(megabytes: number): Buffer {
  const text = Buffer.concat([Buffer.from([TEXT.length - 1]), latin1(TEXT)]);
  const runs = Buffer.alloc(megabytes * 2 ** 14, Buffer.from([129, 0x20]));
  return onePage('/RunLengthDecode', Buffer.concat([text, runs, Buffer.from([128])]));
}

/** ASCII85, as PDF writers do it (no `<~`, `z` for four zeros, `~>` at the end). */
function ascii85(data: Buffer): Buffer {
  const out: string[] = [];
  for (let i = 0; i < data.length; i += 4) {
    const group = Buffer.alloc(4);
    data.copy(group, 0, i, i + 4);
    let value = group.readUInt32BE(0);
    const count = Math.min(4, data.length - i);
    if (value === 0 && count === 4) {
      out.push('z');
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(33 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out.push(digits.slice(0, count + 1).join(''));
  }
  return latin1(`${out.join('')}~>`);
}

/** The Flate bomb's content behind ASCII85 (`[/ASCII85Decode /FlateDecode]`, as old writers made text-safe PDFs). */
export function ascii85FlateBombPdf(megabytes: number): Buffer {
  return onePage('[/A85 /Fl]', ascii85(flateBomb(megabytes)));
}

/** One page of text coded as real writers may: ASCII85 over Flate (a legitimate chain, to be read). */
export function ascii85FlateTextPdf(): Buffer {
  return onePage('[/ASCII85Decode /FlateDecode]', ascii85(deflateSync(latin1(TEXT))));
}

/** A form XObject (object `n` of a PDF) whose content is `content`, naming `xobjects` (`/Name n 0 R …`) in its resources. */
const form = (content: string, xobjects = '', bare = false) =>
  stream(`/Type /XObject /Subtype /Form /BBox [0 0 612 792]${bare ? '' : ` /Resources << /Font << /F1 5 0 R >> /XObject << ${xobjects} >> >>`}`, latin1(content));

/** A page that draws a form that draws itself (pdf.js stops at the circle; a bomb could build on it). */
export function selfDrawingFormPdf(): Buffer {
  return onePage('', latin1('/X Do\n'), [form(`${TEXT}/X Do\n`, '/X 6 0 R')], '/XObject << /X 6 0 R >>');
}

/**
 * A tree of forms: the page draws form 6 `wide` times, form n draws form n + 1 `wide` times, and
 * the last, `depth` levels down, is a line of text and `leaf` bytes of drawing (lines stroked):
 * pdf.js runs it wide^depth times.
 */
export function formTreePdf(wide: number, depth: number, leaf: number): Buffer {
  const draw = (name: string) => `${`/${name} Do `.repeat(wide)}\n`;
  const forms: Buffer[] = [];
  for (let level = 1; level < depth; level++) forms.push(form(draw(`L${level + 1}`), `/L${level + 1} ${6 + level} 0 R`));
  forms.push(form(TEXT + '0 0 m 1 1 l S\n'.repeat(Math.ceil(leaf / 14))));
  return onePage('', latin1(draw('L1')), forms, '/XObject << /L1 6 0 R >>');
}

/** A chain of `depth` forms, each drawing the next once, the last with a line of text. */
export function formChainPdf(depth: number): Buffer {
  return formTreePdf(1, depth, 0);
}

/** A real use of a form: one line of text in a form (with no resources of its own), drawn twice at two heights. */
export function formTextPdf(): Buffer {
  return onePage('', latin1('q 1 0 0 1 0 -100 cm /Fm0 Do Q /Fm0 Do\n'), [form(TEXT, '', true)], '/XObject << /Fm0 6 0 R >>');
}
