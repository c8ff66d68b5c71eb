/**
 * Subtitles: SRT and WebVTT. Each cue is a block with its time span; the lines of a cue are one
 * paragraph (a subtitle wraps its sentence over two lines). Styling tags (`<i>`, `<v Name>`,
 * `{\an8}`), cue settings, NOTE, STYLE and REGION blocks are dropped.
 */
import { InputError } from '../errors.js';
import type { TimeSpan } from '../types.js';
import { layOut } from './blocks.js';
import { decodeText } from './text.js';
import type { Block, ReadContext, ReadDocument, Reader } from './types.js';

/** `hh:mm:ss,mmm` (SRT) or `[hh:]mm:ss.mmm` (WebVTT); both accept either separator, as players do. */
const TIME = String.raw`(?:(\d+):)?(\d{1,2}):(\d{2})[,.](\d{1,3})`;
const TIMING = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}`, 'u');

export const srtReader: Reader = {
  format: 'srt',
  extensions: ['srt'],
  read: (bytes, context) => readCues(bytes, context, 'srt'),
};

export const webvttReader: Reader = {
  format: 'webvtt',
  extensions: ['vtt', 'webvtt'],
  read: (bytes, context) => readCues(bytes, context, 'webvtt'),
};

function readCues(bytes: Uint8Array, context: ReadContext, format: 'srt' | 'webvtt'): ReadDocument {
  const text = decodeText(bytes, context).replace(/^\uFEFF/u, '');
  const blocks: Block[] = [];
  const chunks = text.split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+|\r(?:[ \t]*\r)+/u);
  chunks.forEach((chunk, k) => {
    const lines = chunk.split(/\r\n|\r|\n/u).filter((l) => l.trim() !== '');
    if (!lines.length) return;
    if (format === 'webvtt' && (k === 0 || /^(?:NOTE|STYLE|REGION)(?:\s|$)/u.test(lines[0]!))) {
      if (k === 0 && !/^WEBVTT/u.test(lines[0]!)) throw new InputError(context.name, 'not a WebVTT file: it does not start with WEBVTT', { code: 'invalid-document' });
      return;
    }
    const at = lines.findIndex((l) => TIMING.test(l));
    if (at < 0 || at > 1) {
      throw new InputError(context.name, `cue ${blocks.length + 1} has no timing line ("00:00:01,000 --> 00:00:02,000")`, { code: 'invalid-document' });
    }
    const m = TIMING.exec(lines[at]!)!;
    const time: TimeSpan = [millis(m, 1), millis(m, 5)];
    const cue = lines
      .slice(at + 1)
      .map(stripTags)
      .join(' ')
      .replace(/\s+/gu, ' ')
      .trim();
    if (cue) blocks.push({ kind: 'cue', text: cue, time });
  });
  return layOut(format, blocks);
}

function millis(m: RegExpExecArray, at: number): number {
  const [h, min, s, ms] = [m[at], m[at + 1], m[at + 2], m[at + 3]];
  return ((Number(h ?? 0) * 60 + Number(min)) * 60 + Number(s)) * 1000 + Number((ms ?? '0').padEnd(3, '0'));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };

/** A cue line without its styling: `<i>`, `<b>`, `<font …>`, `<v Name>`, `<c.x>`, inline timestamps, `{\an8}`; entities decoded. */
function stripTags(line: string): string {
  return line
    .replace(/<[^>]*>/gu, '')
    .replace(/\{\\[^}]*\}/gu, '')
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm|quot|apos);/gu, (_, e: string) => ENTITIES[e] ?? '');
}
