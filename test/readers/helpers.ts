/** Reader fixtures (made by real converters: scripts/make-reader-fixtures.sh) and a compact view of a document's blocks. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../src/readers/index.js';
import type { InputFormat } from '../../src/types.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixture(path: string): Uint8Array {
  return readFileSync(`${FIXTURES}${path}`);
}

/** `kind: text` per block, the easiest table to read and compare. */
export async function blocksOf(bytes: Uint8Array, name: string, options: { format?: InputFormat; encoding?: string } = {}): Promise<string[]> {
  const document = await readDocument(bytes, { name, ...options });
  return (document.blocks ?? []).map((b) => `${b.kind}: ${document.text.slice(b.span[0], b.span[1])}`);
}
