/**
 * The PDF filters other than Flate that pdf.js applies to a stream text extraction reads, decoded
 * here the way pdf.js decodes them (its LZWStream, RunLengthStream, Ascii85Stream and
 * AsciiHexStream, read in pdf.js 5), so that the budget counts what pdf.js would make of them. The
 * ones that expand stop at a limit, and give the length they reach without keeping it when the
 * bytes are not asked for.
 */

/** What a decoder gives: the decoded length, and the bytes when asked for. Undefined: over the limit. */
export type Decoded = { length: number; kept?: Uint8Array } | undefined;

/** Filter names by the abbreviations a stream dictionary may use instead (pdf.js takes both: its Parser.makeFilter). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  A85: 'ASCII85Decode',
  AHx: 'ASCIIHexDecode',
  RL: 'RunLengthDecode',
  CCF: 'CCITTFaxDecode',
  DCT: 'DCTDecode',
};

/** A filter's full name, whether written in full or abbreviated. */
export function filterName(name: string): string {
  return ABBREVIATIONS[name] ?? name;
}

/** LZW codes: 256 empties the table (257, the only other below the first free one, ends the data), the table's first free entry is 258 and it has 4 096 (12-bit codes). */
const CLEAR = 256;
const FIRST_FREE = 258;
const TABLE_SIZE = 4096;

/**
 * LZWDecode with pdf.js's table and code lengths (`earlyChange` 1 unless the stream's DecodeParms
 * say 0): the string lengths are tracked, so the length out costs a few operations a code; the
 * bytes are built only when kept.
 */
export function lzw(data: Uint8Array, limit: number, keep: boolean, earlyChange = 1): Decoded {
  const values = new Uint8Array(TABLE_SIZE);
  const lengths = new Uint16Array(TABLE_SIZE);
  const previous = new Uint16Array(TABLE_SIZE);
  for (let i = 0; i < 256; i++) {
    values[i] = i;
    lengths[i] = 1;
  }
  const sequence = new Uint8Array(TABLE_SIZE);
  let sequenceLength = 0;
  let next = FIRST_FREE;
  let codeLength = 9;
  let prior = 0;
  let length = 0;
  const out = keep ? new Grower(limit) : undefined;
  let bits = 0;
  let cached = 0;
  for (let p = 0; ; ) {
    while (bits < codeLength && p < data.length) {
      cached = ((cached << 8) | data[p++]!) >>> 0;
      bits += 8;
    }
    if (bits < codeLength) break;
    bits -= codeLength;
    const code = (cached >>> bits) & ((1 << codeLength) - 1);
    cached &= (1 << bits) - 1;
    const had = sequenceLength > 0;
    if (code < 256) {
      sequence[0] = code;
      sequenceLength = 1;
    } else if (code >= FIRST_FREE) {
      if (code < next) {
        sequenceLength = lengths[code]!;
        if (out) for (let i = sequenceLength - 1, c = code; i >= 0; i--, c = previous[c]!) sequence[i] = values[c]!;
      } else {
        // The code being defined (the KwKwK case): the last string and its own first byte.
        if (out) sequence[sequenceLength] = sequence[0]!;
        sequenceLength++;
      }
    } else if (code === CLEAR) {
      // The table empties, the codes are 9 bits again.
      codeLength = 9;
      next = FIRST_FREE;
      sequenceLength = 0;
      continue;
    } else break; // END
    if (had && next < TABLE_SIZE) {
      previous[next] = prior;
      lengths[next] = lengths[prior]! + 1;
      values[next] = sequence[0]!;
    }
    if (had) {
      next++;
      const reach = next + earlyChange;
      if ((reach & (reach - 1)) === 0) codeLength = Math.min(Math.log2(reach) + 1, 12) | 0;
    }
    prior = code;
    length += sequenceLength;
    if (length > limit) return undefined;
    out?.push(sequence, sequenceLength);
  }
  return out ? { length, kept: out.bytes() } : { length };
}

/** RunLengthDecode: a byte n under 128 copies the n + 1 bytes after it, one over 128 repeats the next byte 257 - n times, 128 ends. */
export function runLength(data: Uint8Array, limit: number, keep: boolean): Decoded {
  let length = 0;
  const out = keep ? new Grower(limit) : undefined;
  for (let p = 0; p + 1 < data.length && data[p] !== 128; ) {
    const n = data[p]!;
    const run = n < 128 ? Math.min(n + 1, data.length - p - 1) : 257 - n;
    length += run;
    if (length > limit) return undefined;
    if (out) {
      if (n < 128) out.push(data.subarray(p + 1, p + 1 + run), run);
      else out.fill(data[p + 1]!, run);
    }
    p += n < 128 ? n + 2 : 2;
  }
  return out ? { length, kept: out.bytes() } : { length };
}

/** ASCII85Decode: five characters for four bytes, `z` for four zeros (so up to four times its size), `~` ends. */
export function ascii85(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length * 4);
  let o = 0;
  const group = [0, 0, 0, 0, 0];
  let n = 0;
  const flush = (count: number) => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + ((i < count ? group[i]! : 117) - 33);
    for (let i = 3; i >= 0; i--) {
      if (i < count - 1) out[o + i] = value & 255;
      value = Math.floor(value / 256);
    }
    o += count - 1;
  };
  for (const byte of data) {
    if (byte === 126) break;
    if (isSpace(byte)) continue;
    if (byte === 122 && n === 0) {
      o += 4; // already zeros
      continue;
    }
    group[n++] = byte;
    if (n === 5) {
      flush(5);
      n = 0;
    }
  }
  if (n > 1) flush(n);
  return out.subarray(0, o);
}

/** ASCIIHexDecode: two hex digits a byte, anything else skipped, `>` ends (a lone last digit is its high half). */
export function asciiHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array((data.length + 1) >> 1);
  let o = 0;
  let high = -1;
  for (const byte of data) {
    let digit: number;
    if (byte >= 48 && byte <= 57) digit = byte & 15;
    else if ((byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102)) digit = (byte & 15) + 9;
    else if (byte === 62) break;
    else continue;
    if (high < 0) high = digit;
    else {
      out[o++] = (high << 4) | digit;
      high = -1;
    }
  }
  if (high >= 0) out[o++] = high << 4;
  return out.subarray(0, o);
}

/** PDF white space (pdf.js's isWhiteSpace): space, tab, CR, LF, form feed, NUL. */
function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a || byte === 0x0c || byte === 0x00;
}

/** Bytes written at the end, in a buffer grown by doubling up to `limit` (the decoders stop before it). */
class Grower {
  private buffer = new Uint8Array(1024);
  private length = 0;
  constructor(private readonly limit: number) {}
  push(bytes: Uint8Array, count: number): void {
    this.room(count);
    this.buffer.set(count === bytes.length ? bytes : bytes.subarray(0, count), this.length);
    this.length += count;
  }
  fill(byte: number, count: number): void {
    this.room(count);
    this.buffer.fill(byte, this.length, this.length + count);
    this.length += count;
  }
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
  private room(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    let size = this.buffer.length;
    while (size < this.length + count) size *= 2;
    const grown = new Uint8Array(Math.min(size, Math.max(this.limit, this.length + count)));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
