/**
 * Encrypted PDFs, made by qpdf (Debian package `qpdf`, which .ci/run installs) from the founding
 * PDF: with an empty user password, as many published PDFs are (locked against copying only),
 * pdf.js opens them and they read as the file unencrypted does, under every revision of the
 * standard security handler; the budget decrypts their streams first, so a bomb encrypted is
 * refused as it is in the clear; with a user password, one line says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBitext } from '../helpers/run.js';
import { FIXTURES, blocksOf, fixture } from './helpers.js';
import { flateBombPdf, formTreePdf, lzwBombPdf } from './hostile-pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-encrypted-'));
const FOUNDING = `${FIXTURES}founding/un-sg-trafficking-2020.pdf`;

/** `input` encrypted by qpdf with `options` (user password, owner password, key length, then its own), written as `name`. */
function encrypted(name: string, input: string | Uint8Array, options: readonly string[], before: readonly string[] = []): string {
  const source = typeof input === 'string' ? input : join(dir, `clear-${name}`);
  if (typeof input !== 'string') writeFileSync(source, input);
  const out = join(dir, name);
  // Exit 3: done, with warnings (qpdf finds the hostile files' streams odd, and says so).
  try {
    execFileSync('qpdf', [...before, '--encrypt', ...options, '--', source, out], { stdio: 'pipe' });
  } catch (error) {
    if ((error as { status?: number }).status !== 3) throw error;
  }
  return out;
}

const SCHEMES: [string, readonly string[], readonly string[]][] = [
  ['RC4 40-bit (revision 2)', ['', 'owner', '40'], ['--allow-weak-crypto']],
  ['RC4 128-bit (revision 3)', ['', 'owner', '128', '--use-aes=n'], ['--allow-weak-crypto']],
  ['AES-128 (revision 4), metadata in the clear', ['', 'owner', '128', '--use-aes=y', '--cleartext-metadata'], []],
  ['AES-256 (revision 5, Acrobat 9)', ['', 'owner', '256', '--force-R5'], []],
  ['AES-256 (revision 6)', ['', 'owner', '256'], []],
  ['AES-256 (revision 6), pages in object streams', ['', 'owner', '256'], ['--object-streams=generate']],
];

/** The founding PDF's blocks in the clear, read once for all the schemes. */
let clearBlocks: ReturnType<typeof blocksOf> | undefined;

describe('encrypted PDFs', () => {
  it.each(SCHEMES)('%s, empty user password: read as the unencrypted file', { timeout: 60_000 }, async (_name, options, before) => {
    const path = encrypted(`${options.join('-')}${before.join('')}.pdf`, FOUNDING, options, before);
    const clear = await (clearBlocks ??= blocksOf(fixture('founding/un-sg-trafficking-2020.pdf'), 'clear.pdf'));
    expect(clear.length).toBeGreaterThan(10);
    expect(await blocksOf(readFileSync(path), 'locked.pdf')).toEqual(clear);
  });

  const REFUSED: [string, () => string, RegExp][] = [
    ['a user password (AES-256)', () => encrypted('user.pdf', FOUNDING, ['user', 'owner', '256']), /user\.pdf: encrypted PDF \(it needs a password\): no text layer can be read$/u],
    ['a Flate bomb, AES-256', () => encrypted('flate.pdf', flateBombPdf(512), ['', 'owner', '256']), /flate\.pdf: streams would decode to over 256 MB \(a PDF bomb\?\); refused$/u],
    ['an LZW bomb, RC4', () => encrypted('lzw.pdf', lzwBombPdf(512), ['', 'owner', '128', '--use-aes=n'], ['--allow-weak-crypto']), /lzw\.pdf: streams would decode to over 256 MB/u],
    ['a tree of forms, AES-128', () => encrypted('tree.pdf', formTreePdf(64, 3, 2 ** 16), ['', 'owner', '128', '--use-aes=y']), /tree\.pdf: pages draw over 256 MB of content in all/u],
  ];
  it.each(REFUSED)('%s: one line naming the file, exit 1', { timeout: 60_000 }, async (_name, make, message) => {
    const r = await runBitext(['split', '--lang', 'en', make()]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
