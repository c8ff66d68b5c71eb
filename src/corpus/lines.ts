/** The lines of a stream of bytes, as they arrive: a manifest on stdin is read while it is written. */
import { InputError } from '../errors.js';

/** Characters a line may hold: V8's longest string (2^29 - 24 UTF-16 units); a longer line could not be held at all. */
export const MAX_LINE_CHARACTERS = 2 ** 29 - 24;

/**
 * Lines of UTF-8 bytes, without their line ends (`\n`, or `\r\n` left to the caller to trim).
 * @param chunks the bytes (or text) as they come
 * @param name the input's name, for messages
 * @throws InputError when the bytes are not valid UTF-8, or a line is longer than `limit` characters
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string>, name: string, limit = MAX_LINE_CHARACTERS): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk: Uint8Array | string, stream: boolean): string => {
    if (typeof chunk === 'string') return chunk;
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      throw new InputError(name, 'not valid UTF-8; convert the manifest to UTF-8', { code: 'undecodable' });
    }
  };
  // A long line (a text inline in JSON) comes in many chunks: its pieces are kept apart and joined
  // once, at its end, so that each chunk is searched and copied once (a string grown chunk by chunk
  // and searched each time was copied whole at every chunk: 100 MB took 47 s).
  let pieces: string[] = [];
  let length = 0;
  let line = 1;
  const keep = (piece: string) => {
    length += piece.length;
    if (length > limit) throw new InputError(name, `line ${line}: longer than ${limit} characters; refused`, { code: 'too-large' });
    pieces.push(piece);
  };
  const take = (): string => {
    const whole = pieces.join('');
    pieces = [];
    length = 0;
    line++;
    return whole;
  };
  for await (const chunk of chunks) {
    const text = decode(chunk, true);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      keep(text.slice(start, end));
      yield take();
      start = end + 1;
    }
    if (start < text.length) keep(text.slice(start));
  }
  keep(decode(new Uint8Array(0), false));
  if (length > 0) yield take();
}
