/**
 * The entries of a ZIP archive (DOCX, ODT and EPUB are ZIP files), read with fflate and refused
 * safely when hostile: a zip bomb (too many entries, or more uncompressed bytes than any real
 * document holds) or a truncated or damaged archive is a one-line InputError, never a hang.
 */
import { unzipSync } from 'fflate';
import { InputError } from '../errors.js';

/** Entries an archive may list: a long EPUB has a few thousand (chapters, images, fonts); zip bombs list millions. */
export const MAX_ZIP_ENTRIES = 20_000;
/**
 * Uncompressed bytes of the entries of a DOCX, ODT or EPUB read (text entries only: images are
 * never inflated). Reading costs about 0.15 s and 15 MB a MB of XML (a DOCX of 200 MB of short
 * paragraphs: 31 s and 2.9 GB), while pandoc and LibreOffice write 1.3 to 1.6 bytes of XML a byte
 * of text (a novel as DOCX and ODT), so 64 MB holds some 40 MB of text, about 15 000 pages; Word's own
 * files (a revision id on every paragraph and run, one run per formatting change; not measured
 * here) take several times the XML a byte, which still leaves thousands of pages.
 */
export const MAX_ARCHIVE_TEXT_BYTES = 64 * 1024 * 1024;

/** Whether the bytes start as a ZIP archive does (a local file header, or the end record of an empty one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** Names of the entries of an archive, without inflating any. */
export function zipEntryNames(bytes: Uint8Array, name: string): string[] {
  const names: string[] = [];
  unzipSafely(bytes, name, (entry) => {
    names.push(entry);
    return false;
  });
  return names;
}

/**
 * The entries `wanted` picks, inflated.
 * @throws InputError when the archive is damaged or truncated, lists too many entries, or its wanted entries inflate to too much
 */
export function readZipEntries(bytes: Uint8Array, name: string, wanted: (entry: string) => boolean): Map<string, Uint8Array> {
  let total = 0;
  const files = unzipSafely(bytes, name, (entry, originalSize) => {
    if (!wanted(entry)) return false;
    total += originalSize;
    if (total > MAX_ARCHIVE_TEXT_BYTES) {
      throw new InputError(name, `archive entries would inflate to over ${MAX_ARCHIVE_TEXT_BYTES / 2 ** 20} MB (a zip bomb, or more text than a book holds?); refused`, {
        code: 'unsafe-document',
      });
    }
    return true;
  });
  return new Map(Object.entries(files));
}

function unzipSafely(bytes: Uint8Array, name: string, filter: (entry: string, originalSize: number) => boolean): Record<string, Uint8Array> {
  let entries = 0;
  try {
    // fflate inflates each entry into a buffer of the size the archive declares for it, and no
    // further, so a lying size cannot make it allocate more than the cap checked here.
    return unzipSync(bytes, {
      filter: (file) => {
        if (++entries > MAX_ZIP_ENTRIES) {
          throw new InputError(name, `archive lists over ${MAX_ZIP_ENTRIES} entries (a zip bomb?); refused`, { code: 'unsafe-document' });
        }
        return filter(file.name, file.originalSize);
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, `damaged or truncated ZIP archive (${describe(error)})`, { code: 'invalid-document' });
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
