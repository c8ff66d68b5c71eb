/**
 * Documents are built from spans kept in typed arrays, with `text` and `span` read on demand:
 * they must give exactly what plain records built from segment's spans give, and look like them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument, numberDocument, segmentParagraphs } from '../../src/document/build.js';
import { readSentenceLines, readSentenceLineTable, sentenceText } from '../../src/segment/index.js';
import type { Document, InputKind } from '../../src/types.js';

/** The Document as plain records, the way it was built before spans moved to typed arrays. */
function plainDocument(text: string, input: InputKind): Document {
  const sentences: Document['sentences'][number][] = [];
  const paragraphs: Document['paragraphs'][number][] = [];
  for (const p of segmentParagraphs(text, input, 'en')) {
    const first = sentences.length;
    for (const span of p.sentences) {
      const t = sentenceText(text, span);
      if (t) sentences.push({ index: sentences.length, paragraph: paragraphs.length, text: t, span });
    }
    if (sentences.length > first) paragraphs.push({ index: paragraphs.length, span: p.span, sentences: [first, sentences.length] });
  }
  return { name: 'x', lang: 'en', paragraphs, sentences };
}

// Characters above U+00FF (curly quotes, dashes, wide spaces, a surrogate pair, Greek) make the text
// two-byte: rare, the Documents read a one-byte copy patched where they are; many, the text itself.
const piece = fc.constantFrom(
  'One.', 'Two', ' ', '  ', '\t', '\u00a0', '\u200b', '\ufeff', '\r', '\n', '\n\n', '\n \n', 'é’', 'Mr. Smith. He left.', '*****',
  '\u2028', '\u3000', '\u2003x', '—', '😀', 'Ωμέγα.', 'l’été « là ».',
);
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

describe('buildDocument', () => {
  it('gives the plain records of segment’s spans, for pre-split input and running text', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const input of ['sentences', 'text'] as const) {
          const built = buildDocument(t, input, 'en', 'x');
          const plain = plainDocument(t, input);
          expect(built).toEqual(plain);
          expect(built.sentences.map((s) => JSON.stringify(s))).toEqual(plain.sentences.map((s) => JSON.stringify(s)));
          expect(numberDocument(t, segmentParagraphs(t, input, 'en'), 'x', 'en')).toEqual(plain);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('makes sentences that read, spread and serialise like plain records', () => {
    const text = 'First  one.\n\nSecond’s line. \n';
    const [first, second] = buildDocument(text, 'sentences', 'en', 'x').sentences;
    expect(Object.keys(first!)).toEqual(['index', 'paragraph', 'text', 'span']);
    expect({ ...second! }).toEqual({ index: 1, paragraph: 1, text: 'Second’s line.', span: [13, 27] });
    expect(JSON.parse(JSON.stringify(first))).toEqual({ index: 0, paragraph: 0, text: 'First one.', span: [0, 11] });
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect({ ...first!, lang: 'fr' }.lang).toBe('fr');
  });

  it('reads texts with characters above U+00FF exactly, few or many', () => {
    const few = `${'Plain line.\n'.repeat(40)}It’s — “quoted” 😀.\n\u3000Wide\u2003space\u3000\n`;
    const many = 'Ωμέγα ’ — 😀.\nΆλφα.\n';
    for (const t of [few, many]) {
      const built = buildDocument(t, 'sentences', 'en', 'x');
      expect(built.sentences.map((s) => s.text)).toEqual(plainDocument(t, 'sentences').sentences.map((s) => s.text));
    }
    expect(buildDocument(few, 'sentences', 'en', 'x').sentences.slice(-2).map((s) => s.text)).toEqual(['It’s — “quoted” 😀.', 'Wide space']);
  });

  it('keeps the sentences of two documents apart', () => {
    const a = buildDocument('a one\na two\n', 'sentences', 'en', 'a');
    const b = buildDocument('b one\n\nb two\nb three\n', 'sentences', 'fr', 'b');
    expect(a.sentences.map((s) => [s.text, s.span, s.paragraph])).toEqual([
      ['a one', [0, 5], 0],
      ['a two', [6, 11], 0],
    ]);
    expect(b.sentences.map((s) => [s.text, s.span, s.paragraph])).toEqual([
      ['b one', [0, 5], 0],
      ['b two', [7, 12], 1],
      ['b three', [13, 20], 1],
    ]);
  });
});

describe('readSentenceLineTable', () => {
  /** The rule, written plainly: lines end at LF; a line of only `\s` and U+200B is blank; others are trimmed of those. */
  function reference(t: string): [number, number][][] {
    const paragraphs: [number, number][][] = [];
    let current: [number, number][] = [];
    let at = 0;
    const lines = t.split('\n');
    if (t.endsWith('\n')) lines.pop();
    for (const line of lines) {
      const content = /^[\s\u200b]*(.*?)[\s\u200b]*$/su.exec(line)!;
      if (content[1]) current.push([at + content[0].indexOf(content[1]), at + content[0].indexOf(content[1]) + content[1].length]);
      else if (current.length) {
        paragraphs.push(current);
        current = [];
      }
      at += line.length + 1;
    }
    if (current.length) paragraphs.push(current);
    return paragraphs;
  }

  it('reads lines as the rule says, and as readSentenceLines gives them', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { starts, ends, paragraphStarts } = readSentenceLineTable(t);
        const grouped: [number, number][][] = [];
        for (let p = 0; p + 1 < paragraphStarts.length; p++) {
          grouped.push(Array.from({ length: paragraphStarts[p + 1]! - paragraphStarts[p]! }, (_, k) => [starts[paragraphStarts[p]! + k]!, ends[paragraphStarts[p]! + k]!]));
        }
        expect(grouped).toEqual(reference(t));
        expect(readSentenceLines(t)).toEqual(grouped);
      }),
      { numRuns: 300 },
    );
  });
});
