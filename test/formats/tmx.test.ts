import { describe, expect, it } from 'vitest';
import { escapeXml, removeXmlIllegal, writeTmx } from '../../src/formats/index.js';
import { VERSION } from '../../src/version.js';
import { alignment, bead, collect, doc } from '../helpers/documents.js';
import { validateTmx } from '../helpers/xmllint.js';

describe('removeXmlIllegal', () => {
  it.each([
    ['C0 controls', 'a\u0000b\u0001c\u0008d', 'abcd'],
    ['vertical tab and form feed', 'a\u000Bb\u000Cc', 'abc'],
    ['controls U+000E-U+001F', 'a\u000Eb\u001Fc', 'abc'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFFc', 'abc'],
    ['a lone high surrogate', 'a\uD800b', 'ab'],
    ['a lone low surrogate', 'a\uDC00b', 'ab'],
    ['a reversed surrogate pair', 'a\uDC00\uD800b', 'ab'],
  ])('removes %s', (_name, input, expected) => {
    expect(removeXmlIllegal(input)).toBe(expected);
  });

  it.each([
    ['tab, LF and CR', 'a\tb\nc\rd'],
    ['a valid surrogate pair (emoji)', 'smile \u{1F600}'],
    ['accents and French punctuation', 'déjà « vu » ?'],
    ['U+FFFD', 'bad \uFFFD char'],
  ])('keeps %s', (_name, input) => {
    expect(removeXmlIllegal(input)).toBe(input);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and quotes', () => {
    expect(escapeXml('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; &quot;d&quot;');
  });
});

describe('writeTmx', () => {
  const a = alignment(
    doc('in.en', 'en', ['Tom & Jerry <3', 'Bell\u0007 rang.', 'Untranslated.']),
    doc('in.fr', 'fr', ['Tom & Jerry <3', 'La cloche\u0000 a sonné.', 'English left here.'], { 2: 'en' }),
    [bead([0], [0], 0.97), bead([1], [1], 0.5), bead([2], [2], 0.3)],
  );
  const xml = collect(writeTmx(a));

  it('is valid against the TMX 1.4b DTD', () => {
    const result = validateTmx(xml);
    expect(result.messages).toBe('');
    expect(result.status).toBe(0);
  });

  it('has the header CAT tools need', () => {
    expect(xml).toContain(
      `<header creationtool="bitext" creationtoolversion="${VERSION}" segtype="sentence" o-tmf="plaintext" adminlang="en" srclang="en" datatype="plaintext">`,
    );
  });

  it('writes one tu per bead with both languages and the score', () => {
    expect(xml.match(/<tu /g)).toHaveLength(3);
    expect(xml).toContain('<prop type="x-bitext-score">0.9700</prop>');
    expect(xml).toContain('<tuv xml:lang="en"><seg>Tom &amp; Jerry &lt;3</seg></tuv>');
    expect(xml).toContain('<tuv xml:lang="fr"><seg>Tom &amp; Jerry &lt;3</seg></tuv>');
  });

  it('removes characters XML forbids', () => {
    expect(xml).toContain('<seg>Bell rang.</seg>');
    expect(xml).toContain('<seg>La cloche a sonné.</seg>');
  });

  it('marks a segment in another language than its side', () => {
    expect(xml).toContain('<tuv xml:lang="fr"><prop type="x-bitext-lang-mismatch">en</prop><seg>English left here.</seg></tuv>');
  });

  it('writes a kept 1-0 bead as a one-language unit, still valid', () => {
    const one = collect(writeTmx(alignment(doc('s', 'en', ['Header.']), doc('t', 'fr', []), [bead([0], [], 0.4)])));
    expect(one.match(/<tuv /g)).toHaveLength(1);
    expect(validateTmx(one).status).toBe(0);
  });

  it('escapes the input names it records', () => {
    const named = collect(writeTmx(alignment(doc('a&b.en', 'en', ['x']), doc('<t>', 'fr', ['y']), [bead([0], [0])])));
    expect(named).toContain('<prop type="x-bitext-source">a&amp;b.en</prop>');
    expect(validateTmx(named).status).toBe(0);
  });
});
