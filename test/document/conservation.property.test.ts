/**
 * Nothing is lost: for random multi-paragraph texts, every sentence of both inputs appears exactly
 * once, in order, in the beads and JSON output, numbered as `bitext split` numbers them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/pipeline/align-pair.js';
import { prepareDocument } from '../../src/document/prepare.js';
import { writeBeads, writeJson } from '../../src/formats/index.js';
import { collect } from '../helpers/documents.js';
import { parseLadder } from '../helpers/cli.js';

const word = fc.constantFrom('the', 'cat', 'Paris', 'le', 'chat', 'dort', '3,5', '1 000', 'M.', 'Dr.', 'etc.', '«', '»', 'U.N.', 'café', 'été');
// A sentence opens with a real word: a line of punctuation alone is a separator, never a sentence.
const opening = fc.constantFrom('The', 'Le', 'Il', 'Alice', 'We');
const sentence = fc
  .tuple(opening, fc.array(word, { maxLength: 12 }), fc.constantFrom('.', '!', '?', '…', ' ?', ''))
  .map(([first, words, end]) => `${[first, ...words].join(' ')}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const text = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n\n', '\n \n', '\r\n\r\n', '\n\u00a0\n'))
  .map(([ps, gap]) => ps.join(gap));

const options = { from: 'en', to: 'fr', langCheck: false } as const;

describe('conservation of sentences', () => {
  it('beads cover every sentence of both sides exactly once, in order', () => {
    fc.assert(
      fc.property(text, text, (source, target) => {
        const result = align(source, target, options).alignment;
        const n = prepareDocument({ name: 's', text: source }, { lang: 'en' }).sentences.length;
        const m = prepareDocument({ name: 't', text: target }, { lang: 'fr' }).sentences.length;
        const ladder = parseLadder(collect(writeBeads(result)));
        expect(ladder.flatMap(([s]) => s)).toEqual([...Array(n).keys()]);
        expect(ladder.flatMap(([, t]) => t)).toEqual([...Array(m).keys()]);
      }),
      { numRuns: 150 },
    );
  });

  it('JSON carries the text of both inputs, every character once, in order', () => {
    fc.assert(
      fc.property(text, text, (source, target) => {
        const json = JSON.parse(collect(writeJson(align(source, target, options).alignment)));
        // Nothing lost, nothing added: the texts of the beads, read in order, are the inputs but for whitespace.
        const squash = (t: string) => t.replace(/\s+/gu, '');
        expect(squash(json.beads.map((b: { sourceText: string }) => b.sourceText).join(''))).toBe(squash(source));
        expect(squash(json.beads.map((b: { targetText: string }) => b.targetText).join(''))).toBe(squash(target));
      }),
      { numRuns: 100 },
    );
  });
});
