/**
 * Orchestration: features → lexical scorer → paragraph segments → anchors → pass 1 (coarse to
 * fine, Viterbi only) → re-estimate the length model from confident 1-1 beads → pass 2 in the
 * pass-1 band with forward-backward → beads with posteriors.
 */
import type { Bead, BeadType, Document } from '../types.js';
import { findAnchors } from './anchors.js';
import { isHeadingLike, nameCandidates, sentenceFeatures } from './features.js';
import { estimateLengthModel, GALE_CHURCH_S2, type LengthModel } from './length.js';
import { createCognateScorerFromFeatures, type LexicalScorer, type LexicalScorerFactory, noLexicalEvidence } from './lexical.js';
import { type MoveSet, moveSet } from './moves.js';
import * as P from './params.js';
import { paragraphSegments, type Segment } from './paragraphs.js';
import { refinePath, type SearchParams, type SearchResult, searchPath } from './search.js';

/** Settings of one alignment run (all optional in AlignOptions; defaults from params.ts). */
export interface EngineSettings {
  readonly beadTypes: readonly BeadType[];
  readonly lexical: LexicalScorerFactory | false | undefined;
  readonly lexicalWeight: number;
  readonly priors: Readonly<Record<string, number>>;
  readonly temperature: number;
  readonly deletionSlope: number;
  readonly headingDeletionBoost: number;
  readonly headingGlue: number;
  readonly priorAdaptation: number;
  readonly paragraphs: boolean;
  readonly anchors: boolean;
}

function trivialBeads(n: number, m: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = 0; i < n; i++) beads.push({ source: [i], target: [], score: 1 });
  for (let j = 0; j < m; j++) beads.push({ source: [], target: [j], score: 1 });
  return beads;
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, k) => a + k);

/** Align two documents' sentences. */
export function runEngine(source: Document, target: Document, settings: EngineSettings): Bead[] {
  const n = source.sentences.length;
  const m = target.sentences.length;
  if (!n || !m) return trivialBeads(n, m);
  const srcTexts = source.sentences.map((s) => s.text.normalize('NFC'));
  const tgtTexts = target.sentences.map((s) => s.text.normalize('NFC'));
  const srcLen = Float64Array.from(srcTexts, (t) => t.length);
  const tgtLen = Float64Array.from(tgtTexts, (t) => t.length);
  const headingBonus = Math.log(Math.max(1e-9, settings.headingDeletionBoost));
  const srcHeading = srcTexts.map(isHeadingLike);
  const tgtHeading = tgtTexts.map(isHeadingLike);
  const srcBonus = Float64Array.from(srcHeading, (h) => (h ? headingBonus : 0));
  const tgtBonus = Float64Array.from(tgtHeading, (h) => (h ? headingBonus : 0));
  // Gluing a heading line to a sentence inside one bead is rarer than gluing two sentences.
  const glueCost = Math.log(Math.max(1, settings.headingGlue));
  const glue = (heading: boolean[]): Float64Array => {
    const out = new Float64Array(heading.length);
    for (let u = 1; u < heading.length; u++) out[u] = out[u - 1]! + (heading[u] !== heading[u - 1] ? glueCost : 0);
    return out;
  };
  const srcGlue = glue(srcHeading);
  const tgtGlue = glue(tgtHeading);

  const needFeatures = settings.lexical === undefined || settings.anchors;
  const srcNames = needFeatures ? nameCandidates(srcTexts) : new Set<string>();
  const tgtNames = needFeatures ? nameCandidates(tgtTexts) : new Set<string>();
  const srcFeatures = needFeatures ? srcTexts.map((t) => sentenceFeatures(t, srcNames)) : [];
  const tgtFeatures = needFeatures ? tgtTexts.map((t) => sentenceFeatures(t, tgtNames)) : [];
  const lexical: LexicalScorer =
    settings.lexical === false
      ? noLexicalEvidence(n, m)
      : settings.lexical
        ? settings.lexical(srcTexts, tgtTexts)
        : createCognateScorerFromFeatures(srcFeatures, tgtFeatures);

  let sumS = 0;
  let sumT = 0;
  for (const l of srcLen) sumS += l;
  for (const l of tgtLen) sumT += l;
  const initial: LengthModel = { c: sumS > 0 && sumT > 0 ? sumT / sumS : 1, s2: GALE_CHURCH_S2 };
  const moves = moveSet(settings.beadTypes, settings.priors, P.FALLBACK_PRIOR);
  const base = {
    lexicalWeight: settings.lexical === false ? 0 : settings.lexicalWeight,
    deletionSlope: settings.deletionSlope,
    maxFullCells: P.MAX_FULL_CELLS,
    buffer: P.SEARCH_BUFFER,
    widenRounds: P.WIDEN_ROUNDS,
  };
  const coarseMoves = moveSet(
    P.COARSE_TYPES.filter((t) => t === '1-0' || t === '0-1' || settings.beadTypes.includes(t as BeadType)),
    settings.priors,
    P.FALLBACK_PRIOR,
  );

  const segments: Segment[] = settings.paragraphs
    ? paragraphSegments(source, target, srcLen, tgtLen, srcBonus, tgtBonus, lexical, base, initial, settings.temperature)
    : [{ s0: 0, s1: n, t0: 0, t1: m, confidence: 1 }];
  const anchors = settings.anchors ? findAnchors(srcFeatures, tgtFeatures, m / n) : [];

  const problemOf = (g: Segment) => ({
    srcLen: srcLen.subarray(g.s0, g.s1),
    tgtLen: tgtLen.subarray(g.t0, g.t1),
    lexical,
    srcOffset: g.s0,
    tgtOffset: g.t0,
    srcDeletionBonus: srcBonus.subarray(g.s0, g.s1),
    tgtDeletionBonus: tgtBonus.subarray(g.t0, g.t1),
    srcGlue: srcGlue.subarray(g.s0, g.s1),
    tgtGlue: tgtGlue.subarray(g.t0, g.t1),
  });
  const paramsOf = (g: Segment, length: LengthModel, moves: MoveSet): SearchParams => ({
    ...base,
    moves,
    coarseMoves,
    length,
    anchors: anchors.filter(([i, j]) => i >= g.s0 && i < g.s1 && j >= g.t0 && j < g.t1).map(([i, j]) => [i - g.s0, j - g.t0] as const),
  });

  // Pass 1: paths with the document-level length ratio and Gale & Church's variance.
  const first: Array<SearchResult | undefined> = segments.map((g) =>
    g.s1 > g.s0 && g.t1 > g.t0 ? searchPath(problemOf(g), paramsOf(g, initial, moves)) : undefined,
  );
  // Bead shape counts of the first pass, for re-estimating the priors of this document.
  const shapeCounts = new Map<string, number>();
  let beadCount = 0;
  const all: Array<[number, number]> = [];
  const confident: Array<[number, number]> = [];
  first.forEach((r, k) => {
    if (!r) return;
    const { pathX, pathY } = r.result;
    const g = segments[k]!;
    const oneToOne = (b: number): boolean => b >= 0 && b + 1 < pathX.length && pathX[b + 1]! - pathX[b]! === 1 && pathY[b + 1]! - pathY[b]! === 1;
    for (let b = 0; b + 1 < pathX.length; b++) {
      const shape = `${pathX[b + 1]! - pathX[b]!}-${pathY[b + 1]! - pathY[b]!}`;
      shapeCounts.set(shape, (shapeCounts.get(shape) ?? 0) + 1);
      beadCount++;
      if (!oneToOne(b)) continue;
      const pair: [number, number] = [srcLen[g.s0 + pathX[b]!]!, tgtLen[g.t0 + pathY[b]!]!];
      all.push(pair);
      // 1-1 beads between 1-1 beads: the ones a variance estimate can trust.
      if (oneToOne(b - 1) && oneToOne(b + 1)) confident.push(pair);
    }
  });
  const length =
    confident.length >= P.MIN_VARIANCE_PAIRS
      ? estimateLengthModel(confident, initial, P.MIN_RATIO_PAIRS, P.MIN_VARIANCE_PAIRS)
      : estimateLengthModel(all, initial, P.MIN_RATIO_PAIRS, Infinity);
  // Priors of this document: first-pass counts smoothed towards the global priors (Moore 2002
  // re-estimates his from a first pass too); the weight of the global priors is in beads.
  const strength = settings.priorAdaptation;
  const adapted =
    Number.isFinite(strength) && beadCount > 0
      ? moveSet(
          settings.beadTypes,
          Object.fromEntries(
            [...settings.beadTypes, '1-0', '0-1'].map((t) => [
              t,
              ((shapeCounts.get(t) ?? 0) + strength * (settings.priors[t] ?? P.FALLBACK_PRIOR)) / (beadCount + strength),
            ]),
          ),
          P.FALLBACK_PRIOR,
        )
      : moves;

  // Pass 2: the same bands, re-estimated lengths, posteriors.
  const beads: Bead[] = [];
  segments.forEach((g, k) => {
    const r = first[k];
    if (!r) {
      for (const i of range(g.s0, g.s1)) beads.push({ source: [i], target: [], score: g.confidence });
      for (const j of range(g.t0, g.t1)) beads.push({ source: [], target: [j], score: g.confidence });
      return;
    }
    const res = refinePath(problemOf(g), paramsOf(g, length, adapted), r.band, settings.temperature);
    const { pathX, pathY } = res;
    const post = res.beadPosterior!;
    for (let b = 0; b + 1 < pathX.length; b++) {
      beads.push({
        source: range(g.s0 + pathX[b]!, g.s0 + pathX[b + 1]!),
        target: range(g.t0 + pathY[b]!, g.t0 + pathY[b + 1]!),
        score: Math.max(0, Math.min(1, post[b]! * g.confidence)),
      });
    }
  });
  return beads;
}
