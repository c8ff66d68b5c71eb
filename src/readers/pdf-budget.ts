/**
 * The work a PDF would give pdf.js, bounded before pdf.js sees the file. pdf.js inflates a stream
 * whole, with no limit, and runs a page's content once for every page that draws it: a 1 MB file
 * can inflate to gigabytes, and 200 000 pages can share one content stream. So the streams are
 * found in the bytes; each compressed one that text extraction would inflate (content, fonts,
 * object streams; not images, which it never decodes) is inflated here, 16 KB of its data at a time
 * and counted, not kept; and the content each page draws is summed over the pages. Both sums are
 * held to the cap on the text a ZIP archive may inflate to, and the result depends on the bytes
 * alone, never on a clock.
 */
import { Buffer } from 'node:buffer';
import { Unzlib, unzlibSync } from 'fflate';
import { InputError } from '../errors.js';
import { MAX_UNCOMPRESSED_BYTES } from './zip.js';

/**
 * Pages read. pdf.js spends about 0.6 ms on a page even with nothing on it (measured on a PDF of
 * 2 000 empty pages), so 10 000 pages, more than the longest real books, stay within seconds.
 */
export const MAX_PDF_PAGES = 10_000;
/**
 * Pieces of text pdf.js places, over all pages: each costs it about 7 µs and a few hundred bytes
 * (measured on pages of `(Word) Tj`), so a million take 7 s. pdf.js joins glyphs placed one
 * by one into a piece, so real pages have about one per line: a 10 000-page book is under half that.
 */
export const MAX_PDF_TEXT_ITEMS = 1_000_000;
/** Compressed bytes handed to the inflater at a time: no more than 17 MB come out at once. */
const STEP = 16_384;
/** Deflate's best ratio (258 bytes from a code of 2 bits): no stream inflates to more than this many times its size. */
const DEFLATE_RATIO = 1032;
/** Where small streams are inflated (the pages of it never written are never used). */
let scratch: Uint8Array | undefined;

const MEGABYTES = MAX_UNCOMPRESSED_BYTES / 2 ** 20;
const STREAM = /stream(?:\r\n|\r|\n)/gu;
const CONTENTS = /\/Contents\s*(?:(\d+)\s+\d+\s+R|\[([^\]]*)\])/gu;
const REFERENCE = /(\d+)\s+\d+\s+R/gu;
/** Filters that expand their input: a stream with two of them is compressed twice, which no PDF writer does and a bomb may. */
const COMPRESSIONS = new Set(['FlateDecode', 'LZWDecode', 'RunLengthDecode']);

/**
 * @throws InputError (`unsafe-document`) when the streams would inflate to over the cap, the pages
 * would draw more content than it in all, or a stream is compressed twice
 */
export function checkPdfBudget(bytes: Uint8Array, name: string): void {
  // One character per byte, so that positions in the text are positions in the bytes.
  const text = latin1(bytes);
  /** Decoded bytes of each stream object, by object number. */
  const sizes = new Map<number, number>();
  /** Where page dictionaries can be: the file, and the object streams inflated from it. */
  const dictionaries = [text];
  let inflated = 0;
  for (const match of text.matchAll(STREAM)) {
    const at = match.index;
    if (text.startsWith('end', at - 3)) continue;
    const header = text.lastIndexOf('obj', at);
    const number = /(\d+)\s+\d+\s+$/u.exec(text.slice(Math.max(0, header - 24), header));
    if (header < 0 || !number) continue;
    const dictionary = text.slice(header + 3, at);
    const filters = [.../(?:\/Filter\s*(\[[^\]]*\]|\/\w+))/u.exec(dictionary)?.[1]?.matchAll(/\/(\w+)/gu) ?? []].map((m) => m[1]!);
    const start = at + match[0].length;
    const endstream = text.indexOf('endstream', start);
    let size: number;
    if (filters[0] === 'FlateDecode' && !/\/Subtype\s*\/Image\b/u.test(dictionary)) {
      if (filters.filter((f) => COMPRESSIONS.has(f)).length > 1) {
        throw new InputError(name, `object ${number[1]}: a stream compressed twice (a PDF bomb?); refused`, { code: 'unsafe-document' });
      }
      const objectStream = /\/Type\s*\/ObjStm\b/u.test(dictionary);
      const result = inflate(bytes, start, endstream, MAX_UNCOMPRESSED_BYTES - inflated, objectStream);
      if (result === undefined) throw new InputError(name, `streams would inflate to over ${MEGABYTES} MB (a PDF bomb?); refused`, { code: 'unsafe-document' });
      inflated += result.length;
      size = result.length;
      if (result.kept) dictionaries.push(latin1(result.kept));
    } else size = (endstream < 0 ? text.length : endstream) - start;
    const object = Number(number[1]);
    sizes.set(object, Math.max(size, sizes.get(object) ?? 0));
  }
  // Every dictionary with /Contents is counted as a page (pages of an earlier revision too): a
  // count that errs high, never low.
  let drawn = 0;
  for (const source of dictionaries) {
    for (const [, single, list] of source.matchAll(CONTENTS)) {
      const objects = single !== undefined ? [single] : [...(list ?? '').matchAll(REFERENCE)].map((m) => m[1]!);
      for (const object of objects) drawn += sizes.get(Number(object)) ?? 0;
      if (drawn > MAX_UNCOMPRESSED_BYTES) {
        throw new InputError(name, `pages draw over ${MEGABYTES} MB of content in all (pages sharing a large content stream?); refused`, { code: 'unsafe-document' });
      }
    }
  }
}

/**
 * The length the zlib stream at `start` inflates to (it ends where its own data says, or where
 * the data stops making sense, as pdf.js's reading does), or undefined past `limit`. The output
 * is kept only when asked for.
 */
function inflate(bytes: Uint8Array, start: number, endstream: number, limit: number, keep: boolean): { length: number; kept?: Uint8Array } | undefined {
  // Most streams are small: inflated at once, when their data up to `endstream` is complete (deflate
  // data says where it ends, so what follows cannot change it). The rest, or a stream cut short,
  // is inflated a step at a time.
  if (endstream > start && endstream - start <= STEP) {
    try {
      // Into one buffer, reused: fflate would otherwise grow its own by doubling, a copy each time.
      scratch ??= new Uint8Array(STEP * DEFLATE_RATIO);
      const whole = unzlibSync(bytes.subarray(start, endstream), { out: scratch });
      // The whole buffer back is fflate's answer to data with no block in it: left to the step-by-step reading.
      if (whole.length === scratch.length) throw new RangeError('no deflate block');
      if (whole.length > limit) return undefined;
      return keep ? { length: whole.length, kept: whole.slice() } : { length: whole.length };
    } catch {
      // Cut short by a stray `endstream` in the data, or damaged: read step by step below.
    }
  }
  const data = bytes.subarray(start);
  let length = 0;
  const chunks: Uint8Array[] = [];
  const inflater = new Unzlib((chunk) => {
    length += chunk.length;
    if (keep && length <= limit) chunks.push(chunk);
  });
  // fflate says nothing when the data ends, and keeps (and copies) whatever comes after it: its
  // state shows the end (the last block read whole), so that nothing after it is pushed.
  const state = (inflater as unknown as { s?: { f?: number; l?: unknown } }).s;
  try {
    for (let p = 0; p < data.length && !(state?.f && !state.l) && length <= limit; p += STEP) inflater.push(data.subarray(p, p + STEP), p + STEP >= data.length);
  } catch {
    // Damaged or truncated data: pdf.js stops there too, with what came out before.
  }
  if (length > limit) return undefined;
  if (!keep) return { length };
  return { length, kept: Buffer.concat(chunks) };
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
