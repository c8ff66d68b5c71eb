/** Shared helpers of the segment tests: segmenting a whole text, GNU `fold`, boundary scores. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../helpers/shared.js';
import { segmentText, sentenceText, type SegmentedParagraph } from '../../src/segment/index.js';
import type { Lang } from '../../src/types.js';

/**
 * Paragraphs of running text, each with its sentence spans (splitParagraphs, then splitSentences on
 * each), the way src/document/build.ts puts the segment stage together.
 */
export function segment(text: string, lang?: Lang): SegmentedParagraph[] {
  return segmentText(text, lang);
}

/** The sentences of running text as bitext outputs them, all paragraphs together. */
export function sentencesOf(text: string, lang?: Lang): string[] {
  return segment(text, lang).flatMap((p) => p.sentences.map((s) => sentenceText(text, s)));
}

const LF = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
/** GNU fold's tab stops. */
const TAB_WIDTH = 8;

/**
 * GNU coreutils `fold -s -w width`: counts bytes, not characters (so a line with accents ends short
 * of the margin), breaks after the last blank that fits and keeps that blank at the end of the line,
 * and cuts a word longer than the width.
 */
export function foldBytes(text: string, width: number): string {
  const out: number[] = [];
  let line: number[] = [];
  let column = 0;
  const advance = (col: number, b: number) => (b === TAB ? col + TAB_WIDTH - (col % TAB_WIDTH) : col + 1);
  for (const b of Buffer.from(text, 'utf8')) {
    if (b === LF) {
      out.push(...line, LF);
      line = [];
      column = 0;
      continue;
    }
    for (;;) {
      const next = advance(column, b);
      if (next <= width) {
        line.push(b);
        column = next;
        break;
      }
      let blank = line.length - 1;
      while (blank >= 0 && line[blank] !== SPACE && line[blank] !== TAB) blank--;
      if (blank >= 0) {
        out.push(...line.slice(0, blank + 1), LF);
        line = line.slice(blank + 1);
        column = line.reduce(advance, 0);
        continue;
      }
      if (line.length === 0) {
        line.push(b);
        column = next;
        break;
      }
      out.push(...line, LF);
      line = [];
      column = 0;
    }
  }
  out.push(...line);
  return Buffer.from(out).toString('utf8');
}

/** Sentence ends as offsets in the stream of non-whitespace characters (the end of the text left out), as bench/segmentation.mjs counts them. */
function ends(sentences: readonly string[]): Set<number> {
  const out = new Set<number>();
  let n = 0;
  for (const s of sentences) {
    n += s.replace(/\s+/gu, '').length;
    out.add(n);
  }
  out.delete(n);
  return out;
}

/** Boundary precision, recall and F1 of `test` sentences against `gold` sentences of the same text. */
export function boundaryScores(test: readonly string[], gold: readonly string[]): { p: number; r: number; f: number } {
  const t = ends(test);
  const g = ends(gold);
  let tp = 0;
  for (const x of t) if (g.has(x)) tp++;
  const p = t.size ? tp / t.size : 1;
  const r = g.size ? tp / g.size : 1;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** A file of the read-only shared material beside the project (CI has the same copy). */
export function sharedEval(path: string): string {
  return readFileSync(join(SHARED, 'eval', path), 'utf8');
}

/** A fixture of test/segment/fixtures. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}
