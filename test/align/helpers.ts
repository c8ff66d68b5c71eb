/** Documents and ladder checks for the align tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CostModel } from '../../src/align/dp.js';
import { prefixSums } from '../../src/align/search.js';
import { lengthCost } from '../../src/align/length.js';
import { extractFeatures, FeatureVocabulary } from '../../src/lexical/index.js';
import { nfc } from '../../src/unicode.js';
import type { Bead, Document, Sentence } from '../../src/types.js';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** A Document from sentence texts; `paragraphEnds` (exclusive sentence indices) splits it into paragraphs. */
export function makeDoc(texts: readonly string[], paragraphEnds: readonly number[] = [texts.length], lang = 'en'): Document {
  let offset = 0;
  let p = 0;
  const sentences: Sentence[] = texts.map((text, index) => {
    while (index >= paragraphEnds[p]!) p++;
    const span = [offset, offset + text.length] as const;
    offset += text.length + 1;
    return { index, paragraph: p, text, span };
  });
  const paragraphs = [];
  let first = 0;
  for (const end of paragraphEnds) {
    if (end > first) paragraphs.push({ index: paragraphs.length, span: [sentences[first]!.span[0], sentences[end - 1]!.span[1]] as const, sentences: [first, end] as const });
    first = end;
  }
  return { name: 'test', lang, paragraphs, sentences };
}

export function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
}

/** Beads as `[0,1]:[0]` strings. */
export const ladder = (beads: readonly Bead[]): string[] => beads.map((b) => `[${b.source.join(',')}]:[${b.target.join(',')}]`);

/**
 * Problems with a ladder, or [] when it is valid: every sentence of both sides exactly once, in
 * order, consecutive inside a bead, no empty bead, only allowed shapes, scores in [0, 1].
 */
export function ladderProblems(beads: readonly Bead[], n: number, m: number, allowed?: readonly string[]): string[] {
  const problems: string[] = [];
  let i = 0;
  let j = 0;
  for (const [k, b] of beads.entries()) {
    if (!b.source.length && !b.target.length) problems.push(`bead ${k} is empty`);
    for (const s of b.source) if (s !== i++) problems.push(`bead ${k}: source ${s}, expected ${i - 1}`);
    for (const t of b.target) if (t !== j++) problems.push(`bead ${k}: target ${t}, expected ${j - 1}`);
    const shape = `${b.source.length}-${b.target.length}`;
    if (allowed && !allowed.includes(shape) && shape !== '1-0' && shape !== '0-1') problems.push(`bead ${k}: shape ${shape} not allowed`);
    if (!(b.score >= 0 && b.score <= 1)) problems.push(`bead ${k}: score ${b.score}`);
  }
  if (i !== n) problems.push(`source covered up to ${i} of ${n}`);
  if (j !== m) problems.push(`target covered up to ${j} of ${m}`);
  return problems;
}

/**
 * Cost of a bead as the kernel (src/align/dp.ts) computes it, for brute-force references:
 * prior + length cost − λ·similarity for a match, prior + slope·√length for a 1-0/0-1 bead
 * (heading bonuses and glue apart).
 */
export function beadCost(prior: number, ls: number, lt: number, match: boolean, sim: number, model: CostModel): number {
  if (!match) return prior + model.deletionSlope * Math.sqrt(ls + lt);
  return prior + lengthCost(ls, lt, model.length) - model.lexicalWeight * sim;
}

/** The feature keys of one sentence; `names` as in extractFeatures. */
export function sentenceFeatures(text: string, names: ReadonlySet<string> = new Set()): string[] {
  const vocab = new FeatureVocabulary();
  const rows = extractFeatures([nfc(text)], vocab, names);
  return Array.from(rows.ids, (id) => vocab.keys[id]!);
}

/** Words of one side seen capitalised away from the start of a sentence: names, not sentence starts. */
export function nameCandidates(texts: readonly string[]): Set<string> {
  const vocab = new FeatureVocabulary();
  const rows = extractFeatures(texts, vocab);
  const out = new Set<string>();
  for (const id of rows.ids) if (vocab.keys[id]!.startsWith('n:')) out.add(vocab.keys[id]!.slice(2));
  return out;
}

/**
 * A cost model over sentences of the given lengths: no offsets, no deletion bonuses, glue or locks,
 * a deletion slope of 0.1; the rest as given.
 */
export function costModelOf(
  src: readonly number[],
  tgt: readonly number[],
  parts: Pick<CostModel, 'moves' | 'length' | 'lexical' | 'lexicalWeight'>,
): CostModel {
  return {
    ...parts,
    srcPrefix: prefixSums(src),
    tgtPrefix: prefixSums(tgt),
    srcOffset: 0,
    tgtOffset: 0,
    deletionSlope: 0.1,
    srcDeletionBonus: undefined,
    tgtDeletionBonus: undefined,
    srcGlue: undefined,
    tgtGlue: undefined,
    srcLocks: undefined,
    tgtLocks: undefined,
  };
}

