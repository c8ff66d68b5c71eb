#!/usr/bin/env node
/**
 * Plain text to HTML, one <p> per paragraph (paragraphs: runs of lines between blank lines, the
 * lines of one paragraph joined with a space; a line drawn with punctuation only, `*****`, is a
 * paragraph of its own, as a person retyping the text would make it). The first step of the reader fixtures
 * (scripts/make-reader-fixtures.sh): the HTML that real converters then turn into DOCX, ODT, EPUB,
 * Markdown and PDF.
 * Usage: node scripts/text-to-html.mjs <in.txt> [title] [lang] > out.html
 * Without a title the page has none, so that converters add no title paragraph or title page.
 */
import { readFileSync } from 'node:fs';

const [input, title = '', lang] = process.argv.slice(2);
if (!input) {
  process.stderr.write('usage: text-to-html.mjs <in.txt> [title] [lang]\n');
  process.exit(1);
}
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = readFileSync(input, 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n[\s\u00a0]*\r?\n/u)
  .flatMap((p) => p.split(/\r?\n(?=[*=_~#-]{3,}[ \t]*(?:\r?\n|$))|(?<=^|\n)([*=_~#-]{3,})[ \t]*\r?\n/u).filter((x) => x !== undefined))
  .map((p) => p.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(' '))
  .filter((p) => p.trim() !== '');
const out = [
  '<!DOCTYPE html>',
  `<html${lang ? ` lang="${lang}"` : ''}>`,
  '<head>',
  '<meta charset="utf-8">',
  ...(title ? [`<title>${escape(title)}</title>`] : []),
  '</head>',
  '<body>',
  ...paragraphs.map((p) => `<p>${escape(p)}</p>`),
  '</body>',
  '</html>',
  '',
];
process.stdout.write(out.join('\n'));
