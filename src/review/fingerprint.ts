/**
 * Fingerprints of a side's sentences, so that a corrections file can tell whether it still fits
 * the text it is applied to. FNV-1a over the UTF-8 bytes of the sentence texts: a published,
 * dependency-free hash that the review page computes with this same code (no Web Crypto, which is
 * asynchronous and absent from pages opened over plain HTTP). Not a security measure: it detects
 * edits, not forgeries.
 */

const FNV32_OFFSET = 0x811c9dc5;
const FNV32_PRIME = 0x01000193;

/** Calls `emit` with each UTF-8 byte of `text` (lone surrogates as U+FFFD, as TextEncoder does). */
function utf8Bytes(text: string, emit: (byte: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x80) emit(c);
    else if (c < 0x800) {
      emit(0xc0 | (c >> 6));
      emit(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      emit(0xe0 | (c >> 12));
      emit(0x80 | ((c >> 6) & 0x3f));
      emit(0x80 | (c & 0x3f));
    } else {
      emit(0xf0 | (c >> 18));
      emit(0x80 | ((c >> 12) & 0x3f));
      emit(0x80 | ((c >> 6) & 0x3f));
      emit(0x80 | (c & 0x3f));
    }
  }
}

const hex = (n: number, digits: number): string => n.toString(16).padStart(digits, '0');

/** 32-bit FNV-1a of a text's UTF-8 bytes, as 8 hex digits. */
export function fnv1a32(text: string): string {
  let h = FNV32_OFFSET;
  utf8Bytes(text, (b) => {
    h = Math.imul(h ^ b, FNV32_PRIME) >>> 0;
  });
  return hex(h, 8);
}

/**
 * 64-bit FNV-1a of the UTF-8 bytes of `texts` joined with line feeds, as 16 hex digits. The
 * 64-bit product is kept in four 16-bit limbs (prime 2^40 + 0x1b3: one multiply by 0x1b3 and one
 * shift by 40 bits), so that it needs no BigInt.
 */
export function fnv1a64(texts: Iterable<string>): string {
  // Offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const step = (b: number): void => {
    h0 ^= b;
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    let t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    t2 += t1 >>> 16;
    t3 += t2 >>> 16;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  };
  let first = true;
  for (const text of texts) {
    if (!first) step(0x0a);
    first = false;
    utf8Bytes(text, step);
  }
  return hex(h3, 4) + hex(h2, 4) + hex(h1, 4) + hex(h0, 4);
}

/** What identifies one side of a bitext: its sentence count, a hash of all its sentences, and one per sentence. */
export interface SideFingerprint {
  readonly sentences: number;
  /** `fnv1a64:` and 16 hex digits, over the sentence texts joined with line feeds. */
  readonly fingerprint: string;
  /** 32-bit FNV-1a of each sentence (8 hex digits): lets anchors follow their sentences when others change. */
  readonly hashes: readonly string[];
}

export const FINGERPRINT_PREFIX = 'fnv1a64:';

/** The fingerprint of a side, from its sentence texts (Sentence.text, as every writer prints them). */
export function sideFingerprint(texts: readonly string[]): SideFingerprint {
  return { sentences: texts.length, fingerprint: FINGERPRINT_PREFIX + fnv1a64(texts), hashes: texts.map(fnv1a32) };
}
