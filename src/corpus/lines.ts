/** The lines of a stream of bytes, as they arrive: a manifest on stdin is read while it is written. */
import { InputError } from '../errors.js';

/**
 * Lines of UTF-8 bytes, without their line ends (`\n`, or `\r\n` left to the caller to trim).
 * @param chunks the bytes (or text) as they come
 * @param name the input's name, for messages
 * @throws InputError when the bytes are not valid UTF-8
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string>, name: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  const decode = (chunk: Uint8Array | string, stream: boolean): string => {
    if (typeof chunk === 'string') return chunk;
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      throw new InputError(name, 'not valid UTF-8; convert the manifest to UTF-8', { code: 'undecodable' });
    }
  };
  for await (const chunk of chunks) {
    // A long line (a text inline in JSON) comes in many chunks: look for its end in the new part only.
    const searched = pending.length;
    pending += decode(chunk, true);
    let start = 0;
    for (let end = pending.indexOf('\n', searched); end >= 0; end = pending.indexOf('\n', start)) {
      yield pending.slice(start, end);
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  pending += decode(new Uint8Array(0), false);
  if (pending !== '') yield pending;
}
