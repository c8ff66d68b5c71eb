/**
 * Orchestration: hard cuts (fixed beads, paragraphs) → pass 1 (coarse to fine, Viterbi only) →
 * re-estimate the length model and the bead priors of this document from the first-pass paths →
 * pass 2 in the pass-1 bands with forward-backward, as independent jobs → beads with posteriors.
 * The three steps are separate functions so that evidence learned from the first pass (a lexicon)
 * can join the problem before pass 2. The input is an AlignmentProblem (problem.ts): numbers per
 * sentence plus a lexical scorer, so the same core serves documents and bare lengths.
 */
import type { Bead } from '../types.js';
import type { Band } from './band.js';
import { type BaseParams, hardCuts, type Segment } from './cuts.js';
import type { DpResult } from './dp.js';
import { estimateLengthModel, GALE_CHURCH_S2, type LengthModel, spanLength } from './length.js';
import { type MoveSet, moveSet, parseBeadType } from './moves.js';
import * as P from './params.js';
import { splitIntoPieces } from './pieces.js';
import { joinRuns } from './unmatched-runs.js';
import { combineScorers, type LearnedEvidence, type LexicalScorer, type Lexicon, type PartialEvidence, type TrainingBeads } from '../lexical/index.js';
import { trainingBeads } from './confident.js';
import { orphanCues } from './orphans.js';
import { medianSupport, withUnevenShapes } from './uneven.js';
import { type AlignmentProblem, type EngineSettings, unitCues } from './problem.js';
import { refinePath, samplePaths, searchBand, type SearchParams, type SearchProblem, searchPath } from './search.js';
import { lockCounts, type ProblemCues, segmentProblem } from './segment-problem.js';

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
  /** A bead fixed in advance. */
  readonly fixed?: true;
}

/**
 * The beads of an alignment as numbers, segment by segment. The engine returns this rather than
 * Bead records so that its own arrays (features, postings, bands: hundreds of MB on a
 * million-sentence pair) can be let go before a million records are made (`ladderBeads`).
 */
export interface Ladder {
  readonly parts: readonly LadderPart[];
  /** Sentences fixed as unmatched: their 1-0/0-1 beads are confirmed. */
  readonly unmatched: AlignmentProblem['unmatched'];
}

function range(a: number, b: number): number[] {
  const out = new Array<number>(b - a);
  for (let k = a; k < b; k++) out[k - a] = k;
  return out;
}

/**
 * Every sentence of both sides once, in order: every bead of the ladder as a Bead record. Beads
 * fixed in advance (segments marked `fixed`, and the 1-0/0-1 beads of `unmatched` sentences) are
 * scored 1 and marked confirmed.
 */
export function ladderBeads(ladder: Ladder): Bead[] {
  const { parts, unmatched } = ladder;
  let count = 0;
  for (const part of parts) count += part.pathX ? part.pathX.length - 1 : part.s1 - part.s0 + (part.t1 - part.t0);
  const beads = new Array<Bead>(count);
  let at = 0;
  for (const { s0, s1, t0, t1, confidence, pathX, pathY, posterior, fixed } of parts) {
    if (!pathX || !pathY || !posterior) {
      for (let i = s0; i < s1; i++) beads[at++] = { source: [i], target: [], score: confidence };
      for (let j = t0; j < t1; j++) beads[at++] = { source: [], target: [j], score: confidence };
      continue;
    }
    for (let b = 0; b + 1 < pathX.length; b++) {
      const bead: Bead = {
        source: range(s0 + pathX[b]!, s0 + pathX[b + 1]!),
        target: range(t0 + pathY[b]!, t0 + pathY[b + 1]!),
        score: Math.max(0, Math.min(1, posterior[b]! * confidence)),
      };
      beads[at++] = fixed ? { ...bead, score: 1, confirmed: true } : bead;
    }
  }
  if (unmatched.source.length || unmatched.target.length) confirmUnmatched(beads, unmatched);
  return unmatched.runs?.length ? joinRuns(beads, unmatched.runs) : beads;
}

/** The 1-0 and 0-1 beads of sentences fixed as unmatched, scored 1 and marked confirmed. */
function confirmUnmatched(beads: Bead[], unmatched: AlignmentProblem['unmatched']): void {
  const source = new Set(unmatched.source);
  const target = new Set(unmatched.target);
  beads.forEach((b, k) => {
    const fixed = b.target.length === 0 ? source.has(b.source[0]!) : b.source.length === 0 && target.has(b.target[0]!);
    if (fixed) beads[k] = { ...b, score: 1, confirmed: true };
  });
}

/** Bead shape counts and 1-1 length pairs along first-pass paths. */
interface FirstPassStats {
  readonly shapes: Map<string, number>;
  beads: number;
  readonly pairs: Array<[number, number]>;
  readonly confidentPairs: Array<[number, number]>;
  /** Summed source and target lengths of every bead with both sides (collected when asked). */
  readonly beadPairs: Array<[number, number]>;
}

/** What pass 1 leaves of a segment for pass 2: its band, and paths to learn statistics from. */
export interface SegmentPass {
  readonly band: Band;
  readonly paths: readonly DpResult[];
  /** Beads to skip at both ends of each path (sampled windows start and end on a guess). */
  readonly margin: number;
}

/** The outcome of pass 1: the segments, and what it found in each. */
export interface FirstPass {
  readonly segments: readonly Segment[];
  /**
   * Per segment: its pass, or undefined for a fixed bead or a segment with an empty side (nothing
   * to search). Pass 2 takes the bands out (passTwoJobs empties this array), so that each can be
   * let go once its jobs are made.
   */
  readonly passes: Array<SegmentPass | undefined>;
  /** The length model pass 1 searched with (document-level ratio, Gale & Church's variance). */
  readonly initial: LengthModel;
  readonly cues: ProblemCues;
  /** Shapes beyond the run's bead types that this document was given (largerShapes), with their starting priors. */
  readonly larger: Readonly<Record<string, number>>;
}

function collectStats(first: FirstPass, problem: AlignmentProblem, beadLengths = false): FirstPassStats {
  const stats: FirstPassStats = { shapes: new Map(), beads: 0, pairs: [], confidentPairs: [], beadPairs: [] };
  first.segments.forEach((g, k) => {
    if (g.fixed) {
      // A bead fixed by a reviewer is a bead of this document too (its surest): it counts, so that
      // anchoring a few beads does not shift the statistics the rest is aligned with.
      const shape = `${g.s1 - g.s0}-${g.t1 - g.t0}`;
      stats.shapes.set(shape, (stats.shapes.get(shape) ?? 0) + 1);
      stats.beads++;
      if (shape === '1-1') stats.pairs.push([problem.source.len[g.s0]!, problem.target.len[g.t0]!]);
      if (beadLengths) stats.beadPairs.push([spanLength(problem.source.len, g.s0, g.s1), spanLength(problem.target.len, g.t0, g.t1)]);
      return;
    }
    const f = first.passes[k];
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
        if (beadLengths) stats.beadPairs.push([spanLength(problem.source.len, g.s0 + pathX[b]!, g.s0 + pathX[b + 1]!), spanLength(problem.target.len, g.t0 + pathY[b]!, g.t0 + pathY[b + 1]!)]);
        if (!oneToOne(b)) continue;
        const lengths: [number, number] = [problem.source.len[g.s0 + pathX[b]!]!, problem.target.len[g.t0 + pathY[b]!]!];
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
  /** Evidence added to problem.lexical for this job only (a lexicon, built for the job's units when asked). */
  readonly local?: LocalEvidence;
}

/** Evidence a job adds to its problem's, built when the job is solved (or sent to the thread that solves it). */
export interface LocalEvidence {
  readonly weight: number;
  scorer(): LexicalScorer;
}

/** A job's lexical evidence: its problem's, plus its local evidence when it has some. */
export function jobLexical(base: LexicalScorer, local: LexicalScorer | undefined, weight: number): LexicalScorer {
  return local ? combineScorers([{ scorer: base, weight: 1 }, { scorer: local, weight }], { sum: true }) : base;
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
  readonly unmatched: AlignmentProblem['unmatched'];
  readonly jobs: readonly RefineJob[];
  /** Pass-2 search parameters (the document's re-estimated model), the same for every job. */
  readonly params: SearchParams;
  /** The lexicon learned between the passes, when one was. */
  readonly lexicon?: Lexicon;
}

/** Align a problem on this thread. */
export function alignProblem(problem: AlignmentProblem, settings: EngineSettings): Ladder {
  const plan = planAlignment(problem, settings);
  return assembleLadder(plan, solvePlan(plan));
}

/** Pass 2 of every job of a plan, on this thread, in job order. */
export function solvePlan(plan: AlignmentPlan): RefineResult[] {
  const results: RefineResult[] = [];
  for (const job of plan.jobs) results.push(solveJob(job, plan.params));
  return results;
}

/** Pass 2 of one job. */
export function solveJob(job: RefineJob, params: SearchParams): RefineResult {
  const problem = job.local ? { ...job.problem, lexical: jobLexical(job.problem.lexical, job.local.scorer(), job.local.weight) } : job.problem;
  const r = refinePath(problem, params, job.band);
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
  const parts = plan.segments.map((g, s): LadderPart => {
    if (g.fixed) {
      return { ...g, pathX: Int32Array.of(0, g.s1 - g.s0), pathY: Int32Array.of(0, g.t1 - g.t0), posterior: Float64Array.of(1) };
    }
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
  return { parts, unmatched: plan.unmatched };
}

/**
 * The moves of a run: all its bead types (and the document's larger shapes) at the finest level,
 * and the few the coarse levels use.
 */
function runMoves(settings: EngineSettings, larger: Readonly<Record<string, number>> = {}): { moves: MoveSet; coarseMoves: MoveSet } {
  const { types, priors } = documentShapes(settings, larger);
  return {
    moves: moveSet(types, priors, P.FALLBACK_PRIOR),
    coarseMoves: moveSet(
      P.COARSE_TYPES.filter((t) => t === '1-0' || t === '0-1' || (settings.beadTypes as readonly string[]).includes(t)),
      settings.priors,
      P.FALLBACK_PRIOR,
    ),
  };
}

/** The bead types of a document (the run's and its larger shapes) and their starting priors. */
function documentShapes(settings: EngineSettings, larger: Readonly<Record<string, number>>): { types: readonly string[]; priors: Readonly<Record<string, number>> } {
  return { types: [...settings.beadTypes, ...Object.keys(larger)], priors: { ...settings.priors, ...larger } };
}

function baseParams(settings: EngineSettings): BaseParams {
  return {
    lexicalWeight: settings.lexicalWeight,
    deletionSlope: settings.deletionSlope,
    maxFullCells: P.MAX_FULL_CELLS,
    buffer: P.SEARCH_BUFFER,
    widenRounds: P.WIDEN_ROUNDS,
    temperature: settings.temperature,
  };
}

/**
 * Pass 1: the hard cuts, then in each segment a path with the document-level length ratio and
 * Gale & Church's variance; on long segments only sampled windows, enough for the statistics
 * (pass 2 searches everything).
 */
function runFirstPass(problem: AlignmentProblem, settings: EngineSettings): FirstPass {
  let sumS = 0;
  let sumT = 0;
  for (const l of problem.source.len) sumS += l;
  for (const l of problem.target.len) sumT += l;
  const initial: LengthModel = settings.lengthModel ?? { c: sumS > 0 && sumT > 0 ? sumT / sumS : 1, s2: GALE_CHURCH_S2 };
  const segments = hardCuts(problem, settings, baseParams(settings), initial);
  const cues: ProblemCues = {
    source: unitCues(problem.source.heading, settings, problem.source.foreign),
    target: unitCues(problem.target.heading, settings, problem.target.foreign),
    srcLocks: lockCounts(problem.unmatched.source, problem.source.len.length),
    tgtLocks: lockCounts(problem.unmatched.target, problem.target.len.length),
  };
  return searchSegments(problem, settings, { segments, initial, cues, larger: {} });
}

/** Pass 1 in each segment of `plan` (its segments, cues and starting model), with its shapes. */
function searchSegments(problem: AlignmentProblem, settings: EngineSettings, plan: Omit<FirstPass, 'passes'>): FirstPass {
  const { segments, initial, cues, larger } = plan;
  const base = baseParams(settings);
  const { moves, coarseMoves } = runMoves(settings, larger);
  const passes = segments.map((g): SegmentPass | undefined => {
    if (g.fixed || g.s1 <= g.s0 || g.t1 <= g.t0) return undefined;
    const units = segmentProblem(problem, cues, g);
    const anchors = problem.anchors.filter(([i, j]) => i >= g.s0 && i < g.s1 && j >= g.t0 && j < g.t1).map(([i, j]) => [i - g.s0, j - g.t0] as const);
    const params: SearchParams = { ...base, moves, coarseMoves, length: initial, anchors };
    const rows = g.s1 - g.s0;
    if (rows <= P.FULL_FIRST_PASS_ROWS) {
      const { band, result } = searchPath(units, params);
      return { band, paths: [result], margin: 0 };
    }
    const band = searchBand(units, params);
    const windows = Math.ceil(P.FIRST_PASS_SAMPLE_ROWS / P.FIRST_PASS_WINDOW_ROWS);
    return { band, paths: samplePaths(units, params, band, windows, P.FIRST_PASS_WINDOW_ROWS), margin: P.FIRST_PASS_WINDOW_MARGIN };
  });
  return { ...plan, passes };
}

/**
 * Shapes one sentence longer than the longest the document has (1-4/4-1 beyond the run's
 * 1-3/3-1), for a document whose pass needs its longest shapes often: at least `longShare` of its
 * beads. Such a document is split into sentences very differently on its two sides (a language
 * that ends sentences rarely or often, a segmenter that misses sentence ends, a free
 * translation), and the beads it needs go beyond the move set; elsewhere a longer shape only adds
 * chances to glue neighbours wrongly, and costs every cell two moves. `given`: the larger shapes
 * the document already has; a step beyond the first also needs `growBeads` beads of its longest
 * shapes (a share of a handful of beads is noise), and no shape grows past `largest`. Each starts
 * at FALLBACK_PRIOR, re-estimated from the pass that uses them, like every prior. Returns {} (no
 * more shapes) for most documents.
 */
export function largerShapes(
  shapes: ReadonlyMap<string, number>,
  beads: number,
  settings: Pick<EngineSettings, 'beadTypes' | 'largeShapes'>,
  given: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const rule = settings.largeShapes;
  if (!rule || beads <= 0) return {};
  let long = 0;
  for (const t of [...settings.beadTypes, ...Object.keys(given)]) {
    const [a, b] = parseBeadType(t);
    if (Math.min(a, b) === 1) long = Math.max(long, a, b);
  }
  if (long < 2 || long >= rule.largest) return {};
  const found = (shapes.get(`1-${long}`) ?? 0) + (shapes.get(`${long}-1`) ?? 0);
  if (found / beads < rule.longShare) return {};
  if (Object.keys(given).length && found < rule.growBeads) return {};
  return { [`1-${long + 1}`]: P.FALLBACK_PRIOR, [`${long + 1}-1`]: P.FALLBACK_PRIOR };
}

/**
 * Pass 1 and the document's model; while the last pass says the document needs larger shapes
 * (largerShapes), pass 1 again with them, and the model from the last pass.
 */
export function documentPasses(problem: AlignmentProblem, settings: EngineSettings): { first: FirstPass; params: SearchParams } {
  let first = runFirstPass(problem, settings);
  let stats = collectStats(first, problem);
  for (;;) {
    const more = largerShapes(stats.shapes, stats.beads, settings, first.larger);
    if (!Object.keys(more).length) break;
    first = searchSegments(problem, settings, { segments: first.segments, initial: first.initial, cues: first.cues, larger: { ...first.larger, ...more } });
    stats = collectStats(first, problem, grownTwice(first.larger));
  }
  return { first, params: reestimate(first, problem, settings, stats) };
}

/**
 * Whether a document was given larger shapes more than once (1-5/5-1 and beyond): its 1-1 beads
 * are then a minority and a biased sample (the pairs where the sentence that one side splits in
 * several happens not to be split), so its length variance is estimated from every bead.
 */
function grownTwice(larger: Readonly<Record<string, number>>): boolean {
  // Each step adds two shapes (1-k and k-1), none of them a run's bead type.
  return Object.keys(larger).length > 2;
}

/**
 * How many sentences of each side have no counterpart, by the length budget: with c target
 * characters per source character in the sentences that match, a target side shorter than c times
 * the source side leaves that much source text untranslated (and the other way round). Shares
 * below `margin` are within the noise of c and count as none.
 */
export function unmatchedByLength(problem: AlignmentProblem, c: number, margin: number): { source: number; target: number } {
  let S = 0;
  let T = 0;
  for (const l of problem.source.len) S += l;
  for (const l of problem.target.len) T += l;
  if (!(S > 0 && T > 0 && c > 0)) return { source: 0, target: 0 };
  return {
    source: Math.max(0, 1 - T / (c * S) - margin) * problem.source.len.length,
    target: Math.max(0, 1 - (c * S) / T - margin) * problem.target.len.length,
  };
}

/**
 * The document's length model from its first pass: c from its 1-1 beads, s² from its 1-1 beads
 * between 1-1 beads when there are enough of them (else Gale & Church's); with `everyBead`, s²
 * from every bead with both sides (the summed lengths of a bead follow the same model), when
 * there are enough of them.
 */
function documentLengthModel(stats: FirstPassStats, initial: LengthModel, everyBead: boolean): LengthModel {
  const model =
    stats.confidentPairs.length >= P.MIN_VARIANCE_PAIRS
      ? estimateLengthModel(stats.confidentPairs, initial, P.MIN_RATIO_PAIRS, P.MIN_VARIANCE_PAIRS, P.MIN_VARIANCE_CHARS)
      : estimateLengthModel(stats.pairs, initial, P.MIN_RATIO_PAIRS, Infinity);
  if (!everyBead || stats.beadPairs.length < P.MIN_VARIANCE_PAIRS) return model;
  return { c: model.c, s2: estimateLengthModel(stats.beadPairs, initial, P.MIN_RATIO_PAIRS, P.MIN_VARIANCE_PAIRS, P.MIN_VARIANCE_CHARS).s2 };
}

/**
 * The pass-2 parameters of this document: its length model from the 1-1 beads of pass 1, and
 * its bead priors from the first-pass counts smoothed towards the global priors (Moore 2002
 * re-estimates his from a first pass too); the weight of the global priors is in beads.
 */
function reestimate(first: FirstPass, problem: AlignmentProblem, settings: EngineSettings, stats = collectStats(first, problem)): SearchParams {
  const length = settings.lengthModel ?? documentLengthModel(stats, first.initial, grownTwice(first.larger));
  const { moves, coarseMoves } = runMoves(settings, first.larger);
  const strength = settings.priorAdaptation;
  const { types, priors } = documentShapes(settings, first.larger);
  // Deletions hide in pass 1 (a sentence with no counterpart is glued to a neighbour's bead): the
  // length budget counts them better when the document has many.
  const budget = unmatchedByLength(problem, length.c, settings.deletionMargin);
  const count = (t: string): number => {
    const found = stats.shapes.get(t) ?? 0;
    return t === '1-0' ? Math.max(found, budget.source) : t === '0-1' ? Math.max(found, budget.target) : found;
  };
  const adapted =
    Number.isFinite(strength) && stats.beads > 0
      ? moveSet(
          types,
          Object.fromEntries([...types, '1-0', '0-1'].map((t) => [t, (count(t) + strength * (priors[t] ?? P.FALLBACK_PRIOR)) / (stats.beads + strength)])),
          P.FALLBACK_PRIOR,
        )
      : moves;
  return { ...baseParams(settings), moves: adapted, coarseMoves, length };
}

/**
 * Pass 2 as jobs: each segment's pass-1 band with the re-estimated parameters, long segments in
 * pieces; the bands are taken out of `first` as the jobs are made. Evidence learned from pass 1
 * (`extra`) joins each job's: built once for a document of at most `pieceRows` source sentences,
 * else for each job's units, when the job is solved, so that a long document never holds it whole
 * (`whole`: `wholeEvidence`, given when the caller built it already).
 */
export function passTwoJobs(
  first: FirstPass,
  problem: AlignmentProblem,
  params: SearchParams,
  settings: EngineSettings,
  extra?: PartialEvidence,
  whole = wholeEvidence(problem, settings, extra),
): AlignmentPlan {
  const jobs: RefineJob[] = [];
  first.segments.forEach((g, k) => {
    const r = first.passes[k];
    if (!r) return;
    for (const piece of splitIntoPieces(segmentProblem(problem, first.cues, g), params, r.band, settings.pieceRows, P.CUT_WINDOW_ROWS)) {
      const range = { s0: g.s0 + piece.x0, s1: g.s0 + piece.x1, t0: g.t0 + piece.y0, t1: g.t0 + piece.y1 };
      const local: LocalEvidence | undefined = extra && { weight: extra.weight, scorer: whole ?? (() => extra.over(range)) };
      jobs.push({ segment: k, x0: piece.x0, y0: piece.y0, problem: piece.problem, band: piece.band, ...(local && { local }) });
    }
    first.passes[k] = undefined;
  });
  return { segments: first.segments, unmatched: problem.unmatched, jobs, params };
}

/**
 * The evidence learned from pass 1 over the whole document, built once on first use, for a
 * document of at most `pieceRows` source sentences; undefined for a longer one, whose jobs build
 * it for their own units only.
 */
function wholeEvidence(problem: AlignmentProblem, settings: EngineSettings, extra: PartialEvidence | undefined): (() => LexicalScorer) | undefined {
  return extra && problem.source.len.length <= settings.pieceRows ? once(() => extra.over()) : undefined;
}

/** A function's value, computed on the first call only. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * What the problem's learner learns from pass 1: from the first pass's bands searched again with
 * the document's model (`beads`), and, for a learner of several rounds, from the same bands
 * searched with the evidence learned the round before, each round's evidence replacing the last.
 * A lexicon learned from beads that only the lengths and cognates placed (sides in two scripts)
 * knows the words of the beads those get right; searched with it, the bands give more beads and
 * better ones to learn from. Each round after the first needs the document's evidence whole (a
 * document of at most `pieceRows` sentences); a longer one, or a round that learns nothing, stops.
 */
function learnEvidence(problem: AlignmentProblem, settings: EngineSettings, first: FirstPass, model: SearchParams, beads: (() => TrainingBeads) | undefined): LearnedEvidence | undefined {
  const learner = problem.learner;
  if (!learner || !beads) return undefined;
  let learned = learner.learn(beads());
  for (let round = 1; learned && round < (learner.rounds ?? 1); round++) {
    const searched = trainingBeadsWith(problem, settings, first, model, learned.evidence);
    if (!searched) break;
    const again = learner.learn(searched);
    if (!again) break;
    learned = again;
  }
  return learned;
}

/**
 * The training beads of a round after the first: pass 1's bands searched again with the evidence
 * learned the round before added to the problem's; undefined for a document too long to have
 * that evidence whole (longer than `pieceRows`).
 */
export function trainingBeadsWith(problem: AlignmentProblem, settings: EngineSettings, first: FirstPass, model: SearchParams, evidence: PartialEvidence): TrainingBeads | undefined {
  const whole = wholeEvidence(problem, settings, evidence);
  return whole && trainingBeads(first, { ...problem, lexical: jobLexical(problem.lexical, whole(), evidence.weight) }, model);
}

/**
 * Segments, pass 1 and the document's model; then, when the problem has a learner, the evidence
 * it learns from the beads the document's model is sure of; pass 2 as jobs.
 */
export function planAlignment(problem: AlignmentProblem, settings: EngineSettings): AlignmentPlan {
  const { first, params: model } = documentPasses(problem, settings);
  const uneven = settings.largeShapes && Object.keys(first.larger).length > 0;
  const beads = problem.learner || uneven ? once(() => trainingBeads(first, problem, model)) : undefined;
  const learned = problem.evidence ? undefined : learnEvidence(problem, settings, first, model, beads);
  const evidence = problem.evidence ?? learned?.evidence;
  // 2-3/3-2 beads where the evidence learned from the first pass supports them (uneven.ts); the
  // document's whole evidence is built for it only when pass 2 builds it whole too.
  const whole = wholeEvidence(problem, settings, evidence);
  const params = uneven && evidence && whole ? withUnevenShapes(model, medianSupport(jobLexical(problem.lexical, whole(), evidence.weight), beads!()), P.UNEVEN_SHAPES) : model;
  // The lexical test of untranslated sentences, on the sides the length budget says have some.
  const budget = unmatchedByLength(problem, params.length.c, settings.deletionMargin);
  const cues = orphanCues(first, first.cues, problem.lexical, settings.orphans, { source: budget.source > 0, target: budget.target > 0 });
  const decoded = problem.acrossScripts ? { ...params, decodingGain: P.DECODING_GAIN_ACROSS_SCRIPTS } : params;
  const plan = passTwoJobs({ ...first, cues }, problem, decoded, settings, evidence, whole);
  return learned ? { ...plan, lexicon: learned.lexicon } : plan;
}
