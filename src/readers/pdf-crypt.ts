/**
 * Stream decryption for the budget, for the PDFs pdf.js opens without being given a password:
 * those of the standard security handler whose user password is empty (many published PDFs,
 * locked against printing or copying only). The key is made from the empty password as ISO
 * 32000-2 7.6.4 says (revisions 2 to 4: MD5 and RC4 or AES-128; 5 and 6: SHA-2 and AES-256), and
 * each stream decrypted before it is decoded and counted. MD5, SHA-2 and AES are @noble's
 * (audited, dependency-free, pure JS: the core stays free of node:crypto); RC4 is a few lines here.
 */
import { cbc } from '@noble/ciphers/aes.js';
import { concatBytes, equalBytes } from '@noble/ciphers/utils.js';
import { md5 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { entry } from './pdf-objects.js';

/** Decrypts the data of stream `object` (generation `generation`). */
export type Decrypter = (data: Uint8Array, object: number, generation: number) => Uint8Array;

/** The 32 bytes a password is padded with (ISO 32000-2, 7.6.4.3.2, Algorithm 2, step a). */
const PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
/** Added to an object's key material for AES (Algorithm 1, step b). */
const SALT = Uint8Array.from([0x73, 0x41, 0x6c, 0x54]);

/**
 * The decrypter of a file encrypted with the dictionary `encrypt` (its text) and the first string
 * of its ID, or undefined when the empty password does not open it (it needs a password) or the
 * handler is not the standard one.
 */
export function emptyPasswordDecrypter(encrypt: string, id: Uint8Array): Decrypter | undefined {
  if (entry(encrypt, 'Filter') !== '/Standard') return undefined;
  const revision = Number(entry(encrypt, 'R'));
  const version = Number(entry(encrypt, 'V') ?? 0);
  const owner = pdfString(entry(encrypt, 'O'));
  const user = pdfString(entry(encrypt, 'U'));
  if (!owner || !user) return undefined;
  const method = cryptMethod(encrypt, version);
  let key: Uint8Array | undefined;
  if (revision >= 5) {
    const userKey = pdfString(entry(encrypt, 'UE'));
    if (!userKey || user.length < 48) return undefined;
    const hash = (salt: Uint8Array) => (revision === 5 ? sha256(salt) : hardenedHash(salt));
    if (!equalBytes(hash(user.subarray(32, 40)), user.subarray(0, 32))) return undefined;
    key = cbc(hash(user.subarray(40, 48)), new Uint8Array(16), { disablePadding: true }).decrypt(userKey.subarray(0, 32));
  } else {
    const length = revision === 2 ? 5 : Number(entry(encrypt, 'Length') ?? 40) / 8;
    const permissions = new Uint8Array(4);
    new DataView(permissions.buffer).setInt32(0, Number(entry(encrypt, 'P')), true);
    const plainMetadata = revision >= 4 && entry(encrypt, 'EncryptMetadata') === 'false';
    let hash = md5(concatBytes(PADDING, owner.subarray(0, 32), permissions, id, plainMetadata ? Uint8Array.from([255, 255, 255, 255]) : new Uint8Array(0)));
    if (revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, length));
    key = hash.subarray(0, length);
    if (!equalBytes(userCheck(key, id, revision), user.subarray(0, revision === 2 ? 32 : 16))) return undefined;
  }
  const fileKey = key;
  if (method === 'None') return (data) => data;
  return (data, object, generation) => {
    if (method === 'AESV3') return aes(fileKey, data);
    const material = concatBytes(fileKey, Uint8Array.from([object, object >> 8, object >> 16, generation, generation >> 8]), method === 'AESV2' ? SALT : new Uint8Array(0));
    const objectKey = md5(material).subarray(0, Math.min(fileKey.length + 5, 16));
    return method === 'AESV2' ? aes(objectKey, data) : rc4(objectKey, data);
  };
}

/** How streams are encrypted: RC4 below version 4, else the crypt filter that /StmF names (Identity: not at all). */
function cryptMethod(encrypt: string, version: number): 'V2' | 'AESV2' | 'AESV3' | 'None' {
  if (version < 4) return 'V2';
  const name = (entry(encrypt, 'StmF') ?? '/Identity').slice(1);
  if (name === 'Identity') return 'None';
  const filter = entry(entry(encrypt, 'CF') ?? '', name) ?? '';
  const method = entry(filter, 'CFM')?.slice(1);
  return method === 'AESV2' || method === 'AESV3' || method === 'V2' ? method : 'None';
}

/** What the U entry holds for the right key: RC4 of the padding (revision 2), or of MD5(padding, ID) twenty times over (3 and 4). */
function userCheck(key: Uint8Array, id: Uint8Array, revision: number): Uint8Array {
  if (revision === 2) return rc4(key, PADDING);
  let check = rc4(key, md5(concatBytes(PADDING, id)));
  for (let i = 1; i <= 19; i++) check = rc4(key.map((b) => b ^ i), check);
  return check;
}

/** Algorithm 2.B (revision 6) for the empty password: SHA-256, then rounds of AES-128 and SHA-2 until the last byte says stop. */
function hardenedHash(salt: Uint8Array): Uint8Array {
  let k = sha256(salt);
  for (let round = 0; ; round++) {
    const k1 = new Uint8Array(k.length * 64);
    for (let i = 0; i < 64; i++) k1.set(k, i * k.length);
    const e = cbc(k.subarray(0, 16), k.subarray(16, 32), { disablePadding: true }).encrypt(k1);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]!;
    k = sum % 3 === 0 ? sha256(e) : sum % 3 === 1 ? sha384(e) : sha512(e);
    if (round >= 63 && e[e.length - 1]! <= round + 1 - 32) return k.subarray(0, 32);
  }
}

/** AES-CBC with the IV in the first 16 bytes, its padding taken off when it is well formed (pdf.js reads a stream without it too). */
function aes(key: Uint8Array, data: Uint8Array): Uint8Array {
  const blocks = Math.floor(data.length / 16) * 16;
  if (blocks < 32) return new Uint8Array(0);
  const plain = cbc(key, data.subarray(0, 16), { disablePadding: true }).decrypt(data.subarray(16, blocks));
  const pad = plain[plain.length - 1]!;
  return pad >= 1 && pad <= 16 ? plain.subarray(0, plain.length - pad) : plain;
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/** A PDF string's bytes: `<hex>` or `(literal)` with its escapes read (the text is one character per byte). */
export function pdfString(value: string | undefined): Uint8Array | undefined {
  if (value === undefined) return undefined;
  if (value.startsWith('<')) {
    const hex = value.slice(1, value.indexOf('>') < 0 ? undefined : value.indexOf('>')).replace(/[^0-9a-fA-F]/gu, '');
    return Uint8Array.from((hex.length % 2 ? `${hex}0` : hex).match(/../gu) ?? [], (h) => parseInt(h, 16));
  }
  if (!value.startsWith('(')) return undefined;
  const out: number[] = [];
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let i = 1, depth = 1; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      const next = value[++i] ?? '';
      if (next in escapes) out.push(escapes[next]!);
      else if (/[0-7]/u.test(next)) {
        const octal = /^[0-7]{1,3}/u.exec(value.slice(i))![0];
        out.push(parseInt(octal, 8) & 255);
        i += octal.length - 1;
      } else if (next === '\r') {
        if (value[i + 1] === '\n') i++;
      } else if (next !== '\n') out.push(next.charCodeAt(0));
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) break;
    out.push(c.charCodeAt(0) & 255);
  }
  return Uint8Array.from(out);
}
