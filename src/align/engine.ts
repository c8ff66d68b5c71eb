/**
 * Orchestration: paragraph segments → pass 1 (coarse to fine, Viterbi only) → re-estimate the
 * length model and the bead priors of this document from the first-pass path → pass 2 in the
 * pass-1 bands with forward-backward → beads with posteriors.
 * The input is "prepared": numbers per sentence plus a lexical scorer (see prepare.ts), so the
 * same core serves documents and bare lengths.
 */
import type { Bead, BeadType } from '../types.js';
import { estimateLengthModel, GALE_CHURCH_S2, type LengthModel } from './length.js';
import type { LexicalScorer } from './lexical.js';
import { type MoveSet, moveSet } from './moves.js';
import * as P from './params.js';
import { paragraphSegments, type Segment } from './paragraphs.js';
import type { Band } from './band.js';
import type { DpResult } from './dp.js';
import { splitIntoPieces } from './pieces.js';
import { refinePath, samplePaths, searchBand, type SearchParams, type SearchProblem, searchPath } from './search.js';

/** One side, as numbers per sentence. */
export interface PreparedSide {
  /** Length of each sentence in characters (NFC). */
  readonly len: Float64Array;
  /** 1 for a heading-like line (features.ts isHeadingLike). */
  readonly heading: Uint8Array;
  /** Sentence bounds of its paragraphs, when it has a usable paragraphing. */
  readonly paragraphs: Int32Array | undefined;
}

export interface PreparedPair {
  readonly source: PreparedSide;
  readonly target: PreparedSide;
  readonly lexical: LexicalScorer;
  /** Pairs (source sentence, target sentence) known to share a bead, increasing in both. */
  readonly anchors: ReadonlyArray<readonly [number, number]>;
}

/** Per-unit cues derived from heading flags: deletion bonus and cumulative glue (see CostModel). */
export interface UnitCues {
  readonly deletionBonus: Float64Array;
  readonly glue: Float64Array;
}

/** Cues of units given their heading flags: headings are cheaper to leave out, dearer to glue to sentences. */
export function unitCues(heading: ArrayLike<number>, settings: Pick<EngineSettings, 'headingDeletionBoost' | 'headingGlue'>): UnitCues {
  const bonus = Math.log(Math.max(1e-9, settings.headingDeletionBoost));
  const glueCost = Math.log(Math.max(1, settings.headingGlue));
  const n = heading.length;
  const deletionBonus = new Float64Array(n);
  const glue = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    deletionBonus[u] = heading[u] ? bonus : 0;
    if (u > 0) glue[u] = glue[u - 1]! + (heading[u] !== heading[u - 1] ? glueCost : 0);
  }
  return { deletionBonus, glue };
}

/** Settings of one run (the resolved AlignOptions). */
export interface EngineSettings {
  readonly beadTypes: readonly BeadType[];
  readonly lexicalWeight: number;
  readonly priors: Readonly<Record<string, number>>;
  readonly temperature: number;
  readonly deletionSlope: number;
  readonly priorAdaptation: number;
  /** How much likelier a heading-like line is to be unmatched than a sentence. */
  readonly headingDeletionBoost: number;
  /** How much rarer gluing a heading-like line to a sentence in one bead is than two sentences. */
  readonly headingGlue: number;
  /** A fixed length model; estimated from the document when undefined. */
  readonly lengthModel: LengthModel | undefined;
  /** Pass 2 solves segments longer than this (source sentences) in pieces (pieces.ts). */
  readonly pieceRows: number;
}

/**
 * The beads of one segment as lattice points: bead b covers source sentences
 * [s0 + pathX[b], s0 + pathX[b+1]) and target sentences [t0 + pathY[b], t0 + pathY[b+1]), scored
 * posterior[b] × confidence (clamped to [0, 1]); with no posteriors, the segment has one empty
 * side and its sentences are 1-0 then 0-1 beads scored `confidence`.
 */
interface LadderPart {
  readonly s0: number;
  readonly s1: number;
  readonly t0: number;
  readonly t1: number;
  readonly confidence: number;
  readonly pathX?: Int32Array;
  readonly pathY?: Int32Array;
  readonly posterior?: Float64Array;
}

/**
 * The beads of an alignment as numbers, segment by segment. The engine returns this rather than
 * Bead records so that its own arrays (features, postings, bands: hundreds of MB on a
 * million-sentence pair) can be let go before a million records are made (`ladderBeads`).
 */
export type Ladder = readonly LadderPart[];

function range(a: number, b: number): number[] {
  const out = new Array<number>(b - a);
  for (let k = a; k < b; k++) out[k - a] = k;
  return out;
}

/** Every sentence of both sides once, in order: every bead of the ladder as a Bead record. */
export function ladderBeads(ladder: Ladder): Bead[] {
  let count = 0;
  for (const part of ladder) count += part.pathX ? part.pathX.length - 1 : part.s1 - part.s0 + (part.t1 - part.t0);
  const beads = new Array<Bead>(count);
  let at = 0;
  for (const { s0, s1, t0, t1, confidence, pathX, pathY, posterior } of ladder) {
    if (!pathX || !pathY || !posterior) {
      for (let i = s0; i < s1; i++) beads[at++] = { source: [i], target: [], score: confidence };
      for (let j = t0; j < t1; j++) beads[at++] = { source: [], target: [j], score: confidence };
      continue;
    }
    for (let b = 0; b + 1 < pathX.length; b++) {
      beads[at++] = {
        source: range(s0 + pathX[b]!, s0 + pathX[b + 1]!),
        target: range(t0 + pathY[b]!, t0 + pathY[b + 1]!),
        score: Math.max(0, Math.min(1, posterior[b]! * confidence)),
      };
    }
  }
  return beads;
}

/** Bead shape counts and 1-1 length pairs along first-pass paths. */
interface FirstPassStats {
  readonly shapes: Map<string, number>;
  beads: number;
  readonly pairs: Array<[number, number]>;
  readonly confidentPairs: Array<[number, number]>;
}

/** What pass 1 leaves for pass 2: the band of a segment, and paths to learn statistics from. */
interface FirstPass {
  readonly band: Band;
  readonly paths: readonly DpResult[];
  /** Beads to skip at both ends of each path (sampled windows start and end on a guess). */
  readonly margin: number;
}

function collectStats(first: ReadonlyArray<FirstPass | undefined>, segments: readonly Segment[], pair: PreparedPair): FirstPassStats {
  const stats: FirstPassStats = { shapes: new Map(), beads: 0, pairs: [], confidentPairs: [] };
  first.forEach((f, k) => {
    const g = segments[k]!;
    if (!f) {
      // A segment with one empty side: all its sentences are unmatched, and count as such.
      const shape = g.s1 > g.s0 ? '1-0' : '0-1';
      const count = g.s1 - g.s0 + (g.t1 - g.t0);
      stats.shapes.set(shape, (stats.shapes.get(shape) ?? 0) + count);
      stats.beads += count;
      return;
    }
    for (const { pathX, pathY } of f.paths) {
      const oneToOne = (b: number): boolean => b >= 0 && b + 1 < pathX.length && pathX[b + 1]! - pathX[b]! === 1 && pathY[b + 1]! - pathY[b]! === 1;
      for (let b = f.margin; b + 1 < pathX.length - f.margin; b++) {
        const shape = `${pathX[b + 1]! - pathX[b]!}-${pathY[b + 1]! - pathY[b]!}`;
        stats.shapes.set(shape, (stats.shapes.get(shape) ?? 0) + 1);
        stats.beads++;
        if (!oneToOne(b)) continue;
        const lengths: [number, number] = [pair.source.len[g.s0 + pathX[b]!]!, pair.target.len[g.t0 + pathY[b]!]!];
        stats.pairs.push(lengths);
        // 1-1 beads between 1-1 beads: the ones a variance estimate can trust.
        if (oneToOne(b - 1) && oneToOne(b + 1)) stats.confidentPairs.push(lengths);
      }
    }
  });
  return stats;
}

/**
 * Pass 2 of one piece of a segment: its units, cues and band, in the piece's own coordinates.
 * Jobs are independent of each other: they can be solved in any order, or on other threads.
 */
export interface RefineJob {
  /** Index of the segment in the plan, and where the piece starts in the segment's lattice. */
  readonly segment: number;
  readonly x0: number;
  readonly y0: number;
  readonly problem: SearchProblem;
  readonly band: Band;
}

/** A solved job: its best path (in the piece's coordinates) and the posterior of each bead. */
export interface RefineResult {
  readonly pathX: Int32Array;
  readonly pathY: Int32Array;
  readonly posterior: Float64Array;
}

/** Everything decided before pass 2: the segments, and pass 2 as independent jobs. */
export interface AlignmentPlan {
  readonly segments: readonly Segment[];
  readonly jobs: readonly RefineJob[];
  /** Pass-2 search parameters (the document's re-estimated model), the same for every job. */
  readonly params: SearchParams;
  readonly temperature: number;
}

/** Align a prepared pair of sides. */
export function alignPrepared(pair: PreparedPair, settings: EngineSettings): Ladder {
  const plan = planAlignment(pair, settings);
  const results: RefineResult[] = [];
  for (const job of plan.jobs) results.push(solveJob(job, plan.params, plan.temperature));
  return assembleLadder(plan, results);
}

/** Pass 2 of one job. */
export function solveJob(job: RefineJob, params: SearchParams, temperature: number): RefineResult {
  const r = refinePath(job.problem, params, job.band, temperature);
  return { pathX: r.pathX, pathY: r.pathY, posterior: r.beadPosterior! };
}

/** The ladder of a plan from the results of its jobs (in the order of plan.jobs). */
export function assembleLadder(plan: AlignmentPlan, results: readonly RefineResult[]): Ladder {
  const bySegment = new Map<number, number[]>();
  plan.jobs.forEach((job, k) => {
    const list = bySegment.get(job.segment);
    if (list) list.push(k);
    else bySegment.set(job.segment, [k]);
  });
  return plan.segments.map((g, s): LadderPart => {
    const jobs = bySegment.get(s);
    if (!jobs) return { ...g };
    if (jobs.length === 1) {
      const r = results[jobs[0]!]!;
      return { ...g, pathX: r.pathX, pathY: r.pathY, posterior: r.posterior };
    }
    // Pieces meet at their cut points: each piece after the first starts where the last ended.
    let beads = 0;
    for (const k of jobs) beads += results[k]!.posterior.length;
    const pathX = new Int32Array(beads + 1);
    const pathY = new Int32Array(beads + 1);
    const posterior = new Float64Array(beads);
    let at = 0;
    for (const k of jobs) {
      const { x0, y0 } = plan.jobs[k]!;
      const r = results[k]!;
      for (let b = 0; b < r.posterior.length; b++, at++) {
        pathX[at] = r.pathX[b]! + x0;
        pathY[at] = r.pathY[b]! + y0;
        posterior[at] = r.posterior[b]!;
      }
    }
    pathX[at] = g.s1 - g.s0;
    pathY[at] = g.t1 - g.t0;
    return { ...g, pathX, pathY, posterior };
  });
}

/** Segments, pass 1 and the document's model; pass 2 as jobs. */
export function planAlignment(pair: PreparedPair, settings: EngineSettings): AlignmentPlan {
  const { source, target, lexical } = pair;
  const n = source.len.length;
  const m = target.len.length;

  let sumS = 0;
  let sumT = 0;
  for (const l of source.len) sumS += l;
  for (const l of target.len) sumT += l;
  const initial: LengthModel = settings.lengthModel ?? { c: sumS > 0 && sumT > 0 ? sumT / sumS : 1, s2: GALE_CHURCH_S2 };
  const moves = moveSet(settings.beadTypes, settings.priors, P.FALLBACK_PRIOR);
  const base = {
    lexicalWeight: settings.lexicalWeight,
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

  const segments: Segment[] =
    source.paragraphs && target.paragraphs
      ? paragraphSegments(pair, source.paragraphs, target.paragraphs, settings, base, initial)
      : [{ s0: 0, s1: n, t0: 0, t1: m, confidence: 1 }];
  const srcCues = unitCues(source.heading, settings);
  const tgtCues = unitCues(target.heading, settings);

  const problemOf = (g: Segment): SearchProblem => ({
    srcLen: source.len.subarray(g.s0, g.s1),
    tgtLen: target.len.subarray(g.t0, g.t1),
    lexical,
    srcOffset: g.s0,
    tgtOffset: g.t0,
    srcDeletionBonus: srcCues.deletionBonus.subarray(g.s0, g.s1),
    tgtDeletionBonus: tgtCues.deletionBonus.subarray(g.t0, g.t1),
    srcGlue: srcCues.glue.subarray(g.s0, g.s1),
    tgtGlue: tgtCues.glue.subarray(g.t0, g.t1),
  });
  const paramsOf = (g: Segment, length: LengthModel, segmentMoves: MoveSet): SearchParams => ({
    ...base,
    moves: segmentMoves,
    coarseMoves,
    length,
    anchors: pair.anchors.filter(([i, j]) => i >= g.s0 && i < g.s1 && j >= g.t0 && j < g.t1).map(([i, j]) => [i - g.s0, j - g.t0] as const),
  });

  // Pass 1: paths with the document-level length ratio and Gale & Church's variance; on long
  // segments only sampled windows, enough for the statistics (pass 2 searches everything).
  const first = segments.map((g): FirstPass | undefined => {
    if (g.s1 <= g.s0 || g.t1 <= g.t0) return undefined;
    const problem = problemOf(g);
    const params = paramsOf(g, initial, moves);
    const rows = g.s1 - g.s0;
    if (rows <= P.FULL_FIRST_PASS_ROWS) {
      const { band, result } = searchPath(problem, params);
      return { band, paths: [result], margin: 0 };
    }
    const band = searchBand(problem, params);
    const windows = Math.ceil(P.FIRST_PASS_SAMPLE_ROWS / P.FIRST_PASS_WINDOW_ROWS);
    return { band, paths: samplePaths(problem, params, band, windows, P.FIRST_PASS_WINDOW_ROWS), margin: P.FIRST_PASS_WINDOW_MARGIN };
  });
  const stats = collectStats(first, segments, pair);
  const length =
    settings.lengthModel ??
    (stats.confidentPairs.length >= P.MIN_VARIANCE_PAIRS
      ? estimateLengthModel(stats.confidentPairs, initial, P.MIN_RATIO_PAIRS, P.MIN_VARIANCE_PAIRS)
      : estimateLengthModel(stats.pairs, initial, P.MIN_RATIO_PAIRS, Infinity));
  // Priors of this document: first-pass counts smoothed towards the global priors (Moore 2002
  // re-estimates his from a first pass too); the weight of the global priors is in beads.
  const strength = settings.priorAdaptation;
  const adapted =
    Number.isFinite(strength) && stats.beads > 0
      ? moveSet(
          settings.beadTypes,
          Object.fromEntries(
            [...settings.beadTypes, '1-0', '0-1'].map((t) => [
              t,
              ((stats.shapes.get(t) ?? 0) + strength * (settings.priors[t] ?? P.FALLBACK_PRIOR)) / (stats.beads + strength),
            ]),
          ),
          P.FALLBACK_PRIOR,
        )
      : moves;

  // Pass 2: the same bands, re-estimated model, posteriors; long segments in pieces.
  const params: SearchParams = { ...base, moves: adapted, coarseMoves, length };
  const jobs: RefineJob[] = [];
  segments.forEach((g, k) => {
    const r = first[k];
    if (!r) return;
    for (const piece of splitIntoPieces(problemOf(g), params, r.band, settings.pieceRows, P.CUT_WINDOW_ROWS, settings.temperature)) {
      jobs.push({ segment: k, x0: piece.x0, y0: piece.y0, problem: piece.problem, band: piece.band });
    }
    first[k] = undefined;
  });
  return { segments, jobs, params, temperature: settings.temperature };
}
