import { describe, expect, it } from 'vitest';
import { ManifestParser, sniffManifest } from '../../src/corpus/manifest.js';
import { InputError } from '../../src/errors.js';

/** Every document of `lines`, parsed as a manifest `corpus/m.tsv`. */
function parse(lines: readonly string[], name = 'corpus/m.tsv', base = 'corpus') {
  const parser = new ManifestParser(name, base);
  return lines.flatMap((line) => parser.next(line) ?? []);
}

function failure(lines: readonly string[]): string {
  try {
    parse(lines);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('TSV manifests', () => {
  it('reads id, source and target, paths relative to the manifest folder, absolute paths as they are', () => {
    expect(parse(['a\ten/a.txt\tfr/a.txt', 'b\t/abs/b.en\t/abs/b.fr'])).toEqual([
      { id: 'a', origin: 'corpus/m.tsv:1', source: { path: 'corpus/en/a.txt' }, target: { path: 'corpus/fr/a.txt' } },
      { id: 'b', origin: 'corpus/m.tsv:2', source: { path: '/abs/b.en' }, target: { path: '/abs/b.fr' } },
    ]);
  });

  it('skips the header, comments and blank lines; reads CRLF, a BOM and the optional language columns', () => {
    const entries = parse(['\uFEFFid\tsource\ttarget\tfrom\tto\r', '# a comment', '', '   ', 'x\tx.en\tx.fr\tEN\tfr\r', 'y\ty.txt']);
    expect(entries.map((e) => [e.id, e.origin, e.from, e.to, e.target])).toEqual([
      ['x', 'corpus/m.tsv:5', 'en', 'fr', { path: 'corpus/x.fr' }],
      // Two columns: one file holding both languages.
      ['y', 'corpus/m.tsv:6', undefined, undefined, undefined],
    ]);
  });

  it('reads a sixth column: the corrections file of the document (a review page export)', () => {
    expect(parse(['id\tsource\ttarget\tfrom\tto\tanchors', 'a\ta.en\ta.fr\t\t\ta.anchors.json'])).toEqual([
      { id: 'a', origin: 'corpus/m.tsv:2', source: { path: 'corpus/a.en' }, target: { path: 'corpus/a.fr' }, anchors: 'corpus/a.anchors.json' },
    ]);
    expect(parse(['{"id": "b", "source": "b.en", "target": "b.fr", "anchors": "b.tsv"}'])[0]!.anchors).toBe('corpus/b.tsv');
  });

  it('reads a header-like line after the first document as a document', () => {
    expect(parse(['a\ta.en\ta.fr', 'id\tsource\ttarget']).map((e) => e.id)).toEqual(['a', 'id']);
  });

  it.each([
    [['a\tb\tc\td\te\tf\tg'], 'corpus/m.tsv: line 1: expected id<TAB>source<TAB>target (optionally <TAB>from<TAB>to<TAB>anchors), found 7 columns'],
    [['# x', 'just-an-id'], 'corpus/m.tsv: line 2: expected id<TAB>source<TAB>target (optionally <TAB>from<TAB>to<TAB>anchors), found 1 column'],
    [['\ta.en\ta.fr'], 'corpus/m.tsv: line 1: empty id'],
    [['a\t\ta.fr'], "corpus/m.tsv: line 1: document 'a' has no source"],
    [['a\ta.en\ta.fr\tenglish'], "corpus/m.tsv: line 1: from 'english' is not a language code (expected e.g. en, fr, de)"],
    [['a\t-\ta.fr'], 'corpus/m.tsv: line 1: a document cannot be read from stdin (-); give its path'],
    [['a\ta.en\ta.fr', '', 'b\tb.en\tb.fr', 'a\tc.en\tc.fr'], "corpus/m.tsv: line 4: duplicate id 'a' (first on line 1)"],
  ])('refuses %j with the line number', (lines, message) => {
    expect(failure(lines)).toBe(message);
  });
});

describe('a manifest read again after a reading that checked its ids', () => {
  it('holds no ids: a repeated one passes, and the header is still read as such only before the first document', () => {
    const parser = new ManifestParser('corpus/m.tsv', 'corpus', false);
    const lines = ['id\tsource\ttarget', 'a\ta.en\ta.fr', 'id\tsource\ttarget', 'a\tc.en\tc.fr'];
    expect(lines.flatMap((line) => parser.next(line) ?? []).map((e) => [e.id, e.origin])).toEqual([
      ['a', 'corpus/m.tsv:2'],
      ['id', 'corpus/m.tsv:3'],
      ['a', 'corpus/m.tsv:4'],
    ]);
  });
});

describe('JSONL manifests', () => {
  it('reads paths, inline texts, numeric ids and languages', () => {
    const entries = parse([
      '{"id": "p", "source": "en/p.txt", "target": "fr/p.txt", "from": "en", "to": "fr"}',
      '{"id": 7, "source_text": "Hello.", "target_text": "Bonjour."}',
      '{"id": "one-file", "source": "both.txt"}',
    ]);
    expect(entries).toEqual([
      { id: 'p', origin: 'corpus/m.tsv:1', source: { path: 'corpus/en/p.txt' }, target: { path: 'corpus/fr/p.txt' }, from: 'en', to: 'fr' },
      { id: '7', origin: 'corpus/m.tsv:2', source: { name: 'source_text', text: 'Hello.' }, target: { name: 'target_text', text: 'Bonjour.' } },
      { id: 'one-file', origin: 'corpus/m.tsv:3', source: { path: 'corpus/both.txt' } },
    ]);
  });

  it.each([
    [['{"id": "a", "source": "a.en"', 'x'], /^corpus\/m\.tsv: line 1: not a JSON object \(/],
    [['{"id": "a", "source": "a.en"}', '["a", "b"]'], /^corpus\/m\.tsv: line 2: not a JSON object$/],
    [['{"id": "a", "source": "a.en", "target": 3}'], /^corpus\/m\.tsv: line 1: "target" must be a string$/],
    [['{"id": "a", "source": "a.en", "source_text": "x"}'], /^corpus\/m\.tsv: line 1: give "source" \(a path\) or "source_text", not both$/],
    [['{"source": "a.en"}'], /^corpus\/m\.tsv: line 1: "id" must be a string or a number$/],
    [['{"id": "a\\tb", "source": "a.en"}'], /^corpus\/m\.tsv: line 1: id "a\\tb" holds a control character/],
    // Line ends to Python's splitlines(), which reads a Moses corpus's .ids file: one id would take two lines.
    [['{"id": "a\\u0085b", "source": "a.en"}'], /^corpus\/m\.tsv: line 1: id "a\u0085b" holds a control character/],
    [['{"id": "a\\u2028b", "source": "a.en"}'], /^corpus\/m\.tsv: line 1: id "a\u2028b" holds a control character/],
    // JSON.parse makes a lone surrogate of \ud800; written out, it is U+FFFD in TSV, dropped in TMX and an escape jq refuses in JSONL
    [['{"id": "a\\ud800b", "source": "a.en"}'], /^corpus\/m\.tsv: line 1: id "a\\ud800b" holds a lone surrogate/],
    [['{"id": "a", "source_text": "x"}', '{"id": "a", "source_text": "y"}'], /^corpus\/m\.tsv: line 2: duplicate id 'a' \(first on line 1\)$/],
  ])('refuses %j with the line number', (lines, message) => {
    expect(failure(lines)).toMatch(message);
  });
});

describe('sniffManifest', () => {
  it.each([
    ['{', 'jsonl'],
    ['i', 'tsv'],
    ['#', 'tsv'],
  ])('reads a manifest starting with %j as %s', (first, kind) => {
    expect(sniffManifest(first)).toBe(kind);
  });

  it('names stdin as such', () => {
    const parser = new ManifestParser('-', '.');
    expect(() => parser.next('a')).toThrow('stdin: line 1: expected');
  });
});
