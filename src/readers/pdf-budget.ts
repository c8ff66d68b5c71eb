/**
 * The work a PDF would give pdf.js, bounded before pdf.js sees the file. pdf.js decodes a stream
 * whole, with no limit, runs a page's content once for every page that draws it, and a form's
 * content once for every time it is drawn: a 1 MB file can decode to gigabytes, 200 000 pages can
 * share one content stream, and forms drawing forms multiply. So the streams are found in the
 * bytes; each coded one that text extraction would decode (content, forms, fonts, object streams;
 * not images, which it never decodes) is decoded here through its filters as pdf.js would
 * (Flate 16 KB of its data at a time; LZW, run lengths, ASCII85 and hex: pdf-filters.ts) and
 * counted, not kept; and the content each page draws, forms included as many times as they are
 * drawn, is summed over the pages. Both sums are held to MAX_UNCOMPRESSED_BYTES, and the
 * result depends on the bytes alone, never on a clock.
 */
import { Buffer } from 'node:buffer';
import { Unzlib, unzlibSync } from 'fflate';
import { InputError } from '../errors.js';
import { type Decrypter, emptyPasswordDecrypter, pdfString } from './pdf-crypt.js';
import { type Decoded, ascii85, asciiHex, filterName, lzw, runLength } from './pdf-filters.js';
import { NAME_CHARACTER, PdfObjects, entry, nameEnd, pdfName, references } from './pdf-objects.js';

/**
 * Uncompressed bytes a PDF's streams may decode to in all, and content its pages may draw in all:
 * more than the text a ZIP archive may hold (zip.ts), since fonts and object streams come on top of the text.
 */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
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

/** Form XObjects drawn in one another: real documents nest a few (a figure included in a figure); deeper is refused. */
export const MAX_FORM_DEPTH = 100;

const MEGABYTES = MAX_UNCOMPRESSED_BYTES / 2 ** 20;
const STREAM = /stream(?:\r\n|\r|\n)/gu;
const CONTENTS = /\/Contents\s*(?:(\d+)\s+\d+\s+R|\[([^\]]*)\])/gu;
/** Filters that expand their input: a stream with two of them is compressed twice, which no PDF writer does and a bomb may. */
const COMPRESSIONS = new Set(['FlateDecode', 'LZWDecode', 'RunLengthDecode', 'BrotliDecode']);
/** Image codings: pdf.js decodes them only for pictures, which text extraction skips, unless a page's content or a form is in one. */
const IMAGE_CODINGS = new Set(['DCTDecode', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode']);
/** The filters decoded here (pdf.js's others are image codings, Brotli, and names it does not know). */
const DECODERS = new Set(['FlateDecode', 'LZWDecode', 'RunLengthDecode', 'ASCII85Decode', 'ASCIIHexDecode']);
/** A name in content: `/` and what follows up to a delimiter. */
const NAME = new RegExp(`/(${NAME_CHARACTER}*)`, 'gu');
/** A name given to an object in a dictionary: `/Name n g R`. */
const NAMED_REFERENCE = new RegExp(String.raw`/(${NAME_CHARACTER}+)\s*(\d+)\s+\d+\s+R\b`, 'gu');
/** Longest name piece carried from one chunk of content to the next (the spec's names are up to 127 bytes). */
const MAX_CARRY = 4096;

/** A stream of the file: where its data is, and what its dictionary says of it. */
interface Stream {
  readonly object: number;
  readonly generation: number;
  readonly dictionary: string;
  /** Where its data starts, and where it ends: at the first `endstream` after it, or the end of the file. */
  readonly start: number;
  readonly end: number;
  readonly filters: readonly string[];
  /** A picture (never decoded for text), a form XObject (content drawn by `Do`), or neither. */
  readonly image: boolean;
  readonly form: boolean;
}

/** A dictionary with /Contents: the streams it draws, and where it is (to find its resources). */
interface Page {
  readonly contents: readonly number[];
  readonly source: string;
  readonly at: number;
}

/** What the scan learns of a stream's decoded content: its size, and the names it uses (a form is drawn by its name). */
interface Content {
  size: number;
  names?: Names;
}

/**
 * @throws InputError (`unsafe-document`) when the streams would decode to over the cap, the pages
 * would draw more content than it in all (forms counted each time they are drawn), a stream is
 * compressed twice, or forms draw themselves or nest too deep
 */
export function checkPdfBudget(bytes: Uint8Array, name: string): void {
  // One character per byte, so that positions in the text are positions in the bytes.
  const text = latin1(bytes);
  const refuse = (why: string): never => {
    throw new InputError(name, why, { code: 'unsafe-document' });
  };
  const objects = new PdfObjects();
  objects.addFile(text);
  const streams = findStreams(text);
  const decrypt = decrypter(text, streams, objects, name);
  /** The form XObjects' dictionaries, by object number. */
  const forms = new Map(streams.filter((s) => s.form).map((s) => [s.object, s.dictionary]));
  let decoded = 0;
  const decode = (stream: Stream, keep: boolean, names: boolean): { content: Content; kept?: Uint8Array } => {
    const { filters, object } = stream;
    if (filters.filter((f) => COMPRESSIONS.has(f)).length > 1) refuse(`object ${object}: a stream compressed twice (a PDF bomb?); refused`);
    if (filters.includes('BrotliDecode')) refuse(`object ${object}: a BrotliDecode stream, whose size cannot be known before pdf.js reads it; refused`);
    let { end } = stream;
    let raw = bytes.subarray(stream.start);
    if (decrypt && !/\/Type\s*\/(?:XRef|Metadata)\b/u.test(stream.dictionary) && !filters.includes('Crypt')) {
      // Encrypted data has its exact length: the declared one, or up to the end of line before `endstream`.
      const declared = Number(entry(stream.dictionary, 'Length'));
      const length = Number.isInteger(declared) && declared >= 0 && stream.start + declared <= end ? declared : end - stream.start - (/\r?\n$/u.exec(text.slice(end - 2, end))?.[0].length ?? 0);
      raw = decrypt(bytes.subarray(stream.start, stream.start + length), stream.object, stream.generation);
      end = stream.start + raw.length;
    }
    if (!filters.some((f) => DECODERS.has(f))) {
      const data = raw.subarray(0, end - stream.start);
      return { content: { size: data.length, ...(names ? { names: new Names().feed(data).end() } : {}) }, ...(keep ? { kept: data } : {}) };
    }
    const counter = names ? new Names() : undefined;
    let data: Uint8Array = raw;
    let size = end - stream.start;
    for (const [i, filter] of filters.entries()) {
      // pdf.js passes a stream through a filter it does not know, and decodes an image coding only for a picture.
      if (!DECODERS.has(filter)) continue;
      const last = !filters.slice(i + 1).some((f) => DECODERS.has(f));
      const limit = MAX_UNCOMPRESSED_BYTES - decoded;
      const wanted = keep || !last || counter !== undefined;
      let result: Decoded;
      if (filter === 'FlateDecode') {
        result = inflate(data, i === 0 ? end - stream.start : data.length, limit, keep || !last, last ? counter : undefined);
      } else {
        const input = i === 0 ? data.subarray(0, end - stream.start) : data;
        if (filter === 'LZWDecode') result = lzw(input, limit, wanted, /\/EarlyChange\s+0\b/u.test(stream.dictionary) ? 0 : 1);
        else if (filter === 'RunLengthDecode') result = runLength(input, limit, wanted);
        else {
          const out = filter === 'ASCII85Decode' ? ascii85(input) : asciiHex(input);
          result = out.length > limit ? undefined : { length: out.length, kept: out };
        }
        if (last && counter && result?.kept) counter.feed(result.kept);
      }
      if (result === undefined) return refuse(`streams would decode to over ${MEGABYTES} MB (a PDF bomb?); refused`);
      // Each filter's output is a buffer pdf.js fills and keeps: all of them count.
      decoded += result.length;
      size = result.length;
      data = result.kept ?? new Uint8Array(0);
    }
    return { content: { size, ...(counter ? { names: counter.end() } : {}) }, ...(keep ? { kept: data } : {}) };
  };

  // Object streams first: the pages may be in them, and the pages say which streams are content.
  const sources = [text];
  const contents = new Map<number, Content>();
  for (const stream of streams) {
    if (!/\/Type\s*\/ObjStm\b/u.test(stream.dictionary) || stream.image) continue;
    const { content, kept } = decode(stream, true, false);
    contents.set(stream.object, content);
    const source = latin1(kept!);
    sources.push(source);
    const first = Number(/\/First\s+(\d+)/u.exec(stream.dictionary)?.[1] ?? NaN);
    const count = Number(/\/N\s+(\d+)/u.exec(stream.dictionary)?.[1] ?? NaN);
    if (first >= 0 && count >= 0) objects.addObjectStream(source, first, count);
  }
  // Every dictionary with /Contents is counted as a page (pages of an earlier revision too): a
  // count that errs high, never low.
  const pages: Page[] = [];
  for (const source of sources) {
    for (const match of source.matchAll(CONTENTS)) {
      const [, single, list] = match;
      pages.push({ contents: single !== undefined ? [Number(single)] : references(list), source, at: match.index });
    }
  }
  const drawn = new Set(pages.flatMap((p) => p.contents));
  // The names in content are read only when there are forms for them to name.
  for (const stream of streams) {
    if (contents.has(stream.object)) continue;
    const isContent = drawn.has(stream.object) || stream.form;
    if (isContent && !stream.image && stream.filters.some((f) => IMAGE_CODINGS.has(f))) {
      refuse(`object ${stream.object}: content in an image coding (${stream.filters.join(', ')}); refused`);
    }
    if (stream.image) contents.set(stream.object, { size: stream.end - stream.start });
    else contents.set(stream.object, decode(stream, false, isContent && forms.size > 0).content);
  }
  const sizeOf = (object: number) => contents.get(object)?.size ?? 0;
  let total = 0;
  const add = (bytes: number) => {
    total += bytes;
    if (total > MAX_UNCOMPRESSED_BYTES) refuse(`pages draw over ${MEGABYTES} MB of content in all (pages sharing a large content stream, or forms drawn many times?); refused`);
  };
  for (const page of pages) for (const object of page.contents) add(sizeOf(object));
  if (forms.size) addForms(objects, sources, pages, forms, contents, add, refuse);
}

/**
 * What pdf.js draws of forms: a form runs its content each time a `Do` names it (pdf.js keeps no
 * interpreted form but one with no text, and for one page only), so each use counts its size and
 * what it draws in turn. A form is named through the resources of the page or form that draws it;
 * where those cannot be followed, a name counts as every form it names anywhere in the file.
 */
function addForms(
  objects: PdfObjects,
  sources: readonly string[],
  pages: readonly Page[],
  forms: ReadonlyMap<number, string>,
  contents: ReadonlyMap<number, Content>,
  add: (bytes: number) => void,
  refuse: (why: string) => never,
): void {
  /** The forms given names in `text` (`/Name n g R`), by name. */
  const formNames = (text: string) => {
    const found: [string, number][] = [];
    for (const m of text.matchAll(NAMED_REFERENCE)) {
      if (!forms.has(Number(m[2]))) continue;
      // Content is read for names in pieces this long: a longer form name could be missed there.
      if (m[1]!.length >= MAX_CARRY) refuse(`object ${m[2]}: a form named with over ${MAX_CARRY} characters; refused`);
      found.push([pdfName(m[1]!), Number(m[2])]);
    }
    return found;
  };
  // Every name that is given to a form anywhere: the fallback when resources cannot be followed.
  const anywhere = new Map<string, Set<number>>();
  for (const source of sources) for (const [formName, object] of formNames(source)) anywhere.set(formName, (anywhere.get(formName) ?? new Set()).add(object));
  /** The forms a resource dictionary names, or undefined when it cannot be read. */
  const namedIn = (resources: string | undefined): Map<string, number> | undefined => {
    const xobjects = objects.resolve(entry(resources ?? '', 'XObject'));
    if (resources === undefined || (xobjects === undefined && entry(resources, 'XObject') !== undefined)) return undefined;
    const named = new Map<string, number>();
    for (const [formName, object] of formNames(xobjects ?? '')) named.set(formName, object);
    return named;
  };
  const cost = new Map<number, number>();
  const onPath = new Set<number>();
  /** Bytes pdf.js interprets for the content named `names`, drawn with `named` (undefined: unknown resources). */
  const draws = (names: Names | undefined, named: Map<string, number> | undefined, depth: number): number => {
    let bytes = 0;
    for (const [drawnName, times] of names?.counts ?? []) {
      const targets = named ? (named.has(drawnName) ? [named.get(drawnName)!] : []) : [...(anywhere.get(drawnName) ?? [])];
      let most = 0;
      for (const target of targets) most = Math.max(most, formCost(target, depth + 1));
      bytes = Math.min(bytes + times * most, MAX_UNCOMPRESSED_BYTES + 1);
    }
    return bytes;
  };
  const formCost = (form: number, depth: number): number => {
    const known = cost.get(form);
    if (known !== undefined) return known;
    if (onPath.has(form)) refuse(`object ${form}: a form XObject that draws itself; refused`);
    if (depth > MAX_FORM_DEPTH) refuse(`form XObjects nested over ${MAX_FORM_DEPTH} deep; refused`);
    onPath.add(form);
    const content = contents.get(form);
    const own = entry(forms.get(form) ?? '', 'Resources');
    // A form without resources of its own uses its caller's: any form the name is given to.
    const value = Math.min((content?.size ?? 0) + draws(content?.names, own === undefined ? undefined : namedIn(objects.resolve(own)), depth), MAX_UNCOMPRESSED_BYTES + 1);
    onPath.delete(form);
    cost.set(form, value);
    return value;
  };
  for (const page of pages) {
    const named = namedIn(pageResources(objects, objects.containing(page.source, page.at)));
    const names = page.contents.map((object) => contents.get(object)?.names);
    for (const object of names) add(draws(object, named, 0));
    // pdf.js reads a page's streams as one: a name can begin in one and end in the next.
    for (let i = 1; i < names.length; i++) add(draws(names[i - 1]?.joinedWith(names[i]), named, 0));
  }
}
/**
 * How the file's streams are decrypted: undefined when it is not encrypted; refused when the
 * empty password does not open it, since pdf.js, given no password, will not read it either.
 */
function decrypter(text: string, streams: readonly Stream[], objects: PdfObjects, name: string): Decrypter | undefined {
  // The trailer says: the last `trailer` dictionary, or a cross-reference stream's.
  const trailers = [text.slice(text.lastIndexOf('trailer')), ...streams.filter((s) => /\/Type\s*\/XRef\b/u.test(s.dictionary)).map((s) => s.dictionary).reverse()];
  const trailer = trailers.find((t) => entry(t, 'Encrypt') !== undefined);
  if (trailer === undefined) return undefined;
  const encrypt = objects.resolve(entry(trailer, 'Encrypt'));
  const id = pdfString(/^\[\s*([<(][^]*)/u.exec(entry(trailer, 'ID') ?? '')?.[1]);
  const decrypt = encrypt === undefined ? undefined : emptyPasswordDecrypter(encrypt, id ?? new Uint8Array(0));
  if (!decrypt) throw new InputError(name, 'encrypted PDF (it needs a password): no text layer can be read', { code: 'no-text-layer' });
  return decrypt;
}

/** Levels of the page tree climbed to find a page's inherited resources. */
const MAX_TREE_DEPTH = 64;

/** A page's resources, its own or inherited from the page tree above it; undefined when they cannot be followed. */
function pageResources(objects: PdfObjects, page: string | undefined): string | undefined {
  let node = page;
  for (let level = 0; node !== undefined && level < MAX_TREE_DEPTH; level++) {
    const own = entry(node, 'Resources');
    if (own !== undefined) return objects.resolve(own);
    node = objects.resolve(entry(node, 'Parent'));
  }
  return undefined;
}

/** The streams of the file, found in its text (`stream` after a dictionary, in an object). */
function findStreams(text: string): Stream[] {
  const streams: Stream[] = [];
  for (const match of text.matchAll(STREAM)) {
    const at = match.index;
    if (text.startsWith('end', at - 3)) continue;
    const header = text.lastIndexOf('obj', at);
    const number = /(\d+)\s+(\d+)\s+$/u.exec(text.slice(Math.max(0, header - 24), header));
    if (header < 0 || !number) continue;
    const dictionary = text.slice(header + 3, at);
    const filter = entry(dictionary, 'Filter') ?? '';
    const filters = [...filter.matchAll(/\/(\w+)/gu)].map((m) => filterName(m[1]!));
    const subtype = entry(dictionary, 'Subtype');
    const start = at + match[0].length;
    const endstream = text.indexOf('endstream', start);
    streams.push({
      object: Number(number[1]),
      generation: Number(number[2]),
      dictionary,
      start,
      end: endstream < 0 ? text.length : endstream,
      filters,
      image: subtype === '/Image',
      // A subtype given by reference may be /Form: counted as one.
      form: subtype === '/Form' || (subtype !== undefined && !subtype.startsWith('/')),
    });
  }
  return streams;
}

/**
 * The names a content stream uses, counted (each `Do` draws the form its one name operand names,
 * so a form is drawn at most as many times as its name is written); and its first and last
 * pieces, for a name split between two streams of a page.
 */
class Names {
  readonly counts = new Map<string, number>();
  private carry = '';
  private head: string | undefined;

  feed(chunk: Uint8Array): this {
    const text = this.carry + latin1(chunk);
    this.head ??= text.slice(0, nameEnd(text, 0));
    // A name at the very end may go on in the next chunk: kept for it.
    const open = text.lastIndexOf('/');
    const cut = open >= 0 && nameEnd(text, open + 1) === text.length ? open : text.length;
    this.count(text.slice(0, cut));
    this.carry = text.slice(cut, cut + MAX_CARRY);
    return this;
  }

  end(): this {
    this.count(this.carry);
    return this;
  }

  /** The name that the end of this stream and the start of the next make together, if any. */
  joinedWith(next: Names | undefined): Names | undefined {
    if (!this.carry || next?.head === undefined) return undefined;
    const joined = new Names();
    joined.count(this.carry + next.head);
    return joined;
  }

  private count(text: string): void {
    for (const m of text.matchAll(NAME)) {
      const name = pdfName(m[1]!);
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    }
  }
}

/**
 * The length the zlib stream at `start` inflates to (it ends where its own data says, or where
 * the data stops making sense, as pdf.js's reading does), or undefined past `limit`. The output
 * is kept only when asked for.
 */
function inflate(data: Uint8Array, endstream: number, limit: number, keep: boolean, names?: Names): Decoded {
  // Most streams are small: inflated at once, when their data up to `endstream` is complete (deflate
  // data says where it ends, so what follows cannot change it). The rest, or a stream cut short,
  // is inflated a step at a time.
  if (endstream > 0 && endstream <= STEP) {
    try {
      // Into one buffer, reused: fflate would otherwise grow its own by doubling, a copy each time.
      scratch ??= new Uint8Array(STEP * DEFLATE_RATIO);
      const whole = unzlibSync(data.subarray(0, endstream), { out: scratch });
      // The whole buffer back is fflate's answer to data with no block in it: left to the step-by-step reading.
      if (whole.length === scratch.length) throw new RangeError('no deflate block');
      if (whole.length > limit) return undefined;
      names?.feed(whole).end();
      return keep ? { length: whole.length, kept: whole.slice() } : { length: whole.length };
    } catch {
      // Cut short by a stray `endstream` in the data, or damaged: read step by step below.
    }
  }
  let length = 0;
  const chunks: Uint8Array[] = [];
  const inflater = new Unzlib((chunk) => {
    length += chunk.length;
    if (length > limit) return;
    if (keep) chunks.push(chunk);
    names?.feed(chunk);
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
  names?.end();
  if (!keep) return { length };
  return { length, kept: Buffer.concat(chunks) };
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
