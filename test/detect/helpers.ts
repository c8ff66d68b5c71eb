/** Shared material for the detect tests: the founding example, the gold sets, paragraph splitting. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Sentence } from '../../src/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The read-only shared material, beside the project (CI has the same copy). */
export const EVAL = join(ROOT, '..', 'shared', 'eval');
export const FOUNDING = join(ROOT, 'fixtures', 'un-sg-trafficking-2020.txt');

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Non-empty lines of a file. */
export function lines(path: string): string[] {
  return read(path).split('\n').filter((l) => l.trim() !== '');
}

/**
 * Paragraphs of running text, independent of the segment stage: blank lines (spaces, no-break
 * spaces) and separator lines (`*****`) end a paragraph; lines of a paragraph are joined.
 */
export function paragraphs(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (/^[\s\u00a0\u202f]*$/u.test(line) || /^[\s*=\-_~#]+$/u.test(line)) {
      if (current.length) out.push(current.join(' '));
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) out.push(current.join(' '));
  return out;
}

/** Sentence files of a gold set for one language, e.g. `goldFiles('alibi_en-fr', 'en')`. */
export function goldFiles(set: string, lang: string): string[] {
  return readdirSync(join(EVAL, set))
    .filter((f) => f.endsWith(`.${lang}`) && !f.includes('.raw.') && !f.includes('.verses.'))
    .sort()
    .map((f) => join(EVAL, set, f));
}

/** All sentences of a gold set in one language. */
export function goldSentences(set: string, lang: string): string[] {
  return goldFiles(set, lang).flatMap(lines);
}

/** 1-1 beads of a gold file: pairs of sentence indices. */
export function oneToOne(goldPath: string): [number, number][] {
  return lines(goldPath).flatMap((line) => {
    const m = /^\[(\d+)\]:\[(\d+)\]/u.exec(line);
    return m ? [[Number(m[1]), Number(m[2])] as [number, number]] : [];
  });
}

/** A one-paragraph document of sentences. */
export function documentOf(lang: string, texts: readonly string[]): Document {
  let offset = 0;
  const sentences: Sentence[] = texts.map((text, index) => {
    const span = [offset, offset + text.length] as const;
    offset += text.length + 1;
    return { index, paragraph: 0, text, span };
  });
  return { name: `test.${lang}`, lang, paragraphs: [{ index: 0, span: [0, offset], sentences: [0, texts.length] }], sentences };
}
