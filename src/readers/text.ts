/**
 * Plain text: decoded as src/input does (UTF-8 with or without BOM, UTF-16 with BOM, or the
 * legacy encoding asked for); its paragraphs are left to segmentation, as they always were.
 */
import { decodeInput } from '../input/decode.js';
import type { ReadContext, ReadDocument, Reader } from './types.js';

/** Bytes of a text format as a string, in the encoding its BOM or the context names (default UTF-8). */
export function decodeText(bytes: Uint8Array, context: ReadContext): string {
  return decodeInput(bytes, context.name, context.encoding !== undefined ? { encoding: context.encoding } : {}).text;
}

export const textReader: Reader = {
  format: 'text',
  extensions: ['txt', 'text'],
  read(bytes: Uint8Array, context: ReadContext): ReadDocument {
    return { format: 'text', text: decodeText(bytes, context) };
  },
};
