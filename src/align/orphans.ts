/**
 * The lexical test of an untranslated sentence: a sentence whose words find no counterpart among
 * the sentences of the other side it could be aligned with (those its first-pass band reaches,
 * one more on each side) is likelier than others to have no counterpart at all. Such sentences
 * get a deletion bonus in the final pass, in proportion to how little of their evidence was found.
 */
import type { LexicalScorer } from '../lexical/index.js';
import type { Band } from './band.js';
import type { Segment } from './cuts.js';
import type { OrphanSettings, UnitCues } from './problem.js';
import type { ProblemCues } from './segment-problem.js';

/** What pass 1 leaves (engine.ts FirstPass): the segments, each one's band and paths. */
interface PassBands {
  readonly segments: readonly Segment[];
  readonly passes: ReadonlyArray<{ readonly band: Band; readonly paths: readonly { readonly pathX: Int32Array; readonly pathY: Int32Array }[]; readonly margin: number } | undefined>;
}

/** Neighbours on the other side each sentence is tested against, beyond those it may be aligned with. */
const REACH = 2;

/**
 * For each sentence of one side (rows of a lattice), the range of the other side's sentences it
 * may be aligned with: from a whole-segment path, the other side of its bead; else from the band.
 */
function windows(n: number, along: (x: number) => [number, number]): Int32Array {
  const out = new Int32Array(2 * n);
  for (let x = 0; x < n; x++) {
    const [a, b] = along(x);
    out[2 * x] = a - REACH;
    out[2 * x + 1] = b + REACH;
  }
  return out;
}

/** Per source sentence [from, to) of target sentences, and per target sentence the same of source ones. */
function pathWindows(pathX: Int32Array, pathY: Int32Array, n: number, m: number): { source: Int32Array; target: Int32Array } {
  const beadOfX = new Int32Array(n);
  const beadOfY = new Int32Array(m);
  for (let b = 0; b + 1 < pathX.length; b++) {
    for (let x = pathX[b]!; x < pathX[b + 1]!; x++) beadOfX[x] = b;
    for (let y = pathY[b]!; y < pathY[b + 1]!; y++) beadOfY[y] = b;
  }
  return {
    source: windows(n, (x) => [pathY[beadOfX[x]!]!, pathY[beadOfX[x]! + 1]!]),
    target: windows(m, (y) => [pathX[beadOfY[y]!]!, pathX[beadOfY[y]! + 1]!]),
  };
}

function bandWindows(band: Band): { source: Int32Array; target: Int32Array } {
  const { lo, hi, n, m } = band;
  // Source sentence x (row x to x+1) can meet target sentences [lo[x], hi[x+1]); target sentence y
  // the source sentences of the rows whose band reaches it.
  let first = 0;
  let last = 0;
  return {
    source: windows(n, (x) => [lo[x]!, hi[x + 1]!]),
    target: windows(m, (y) => {
      while (first < n && hi[first + 1]! < y + 1) first++;
      while (last < n && lo[last + 1]! <= y) last++;
      return [first, last + 1];
    }),
  };
}

function bonusOf(lexical: LexicalScorer, side: 'source' | 'target', unit: number, from: number, to: number, settings: OrphanSettings): number {
  const [found, total] = lexical.found!(side, unit, from, to);
  if (total < settings.minTotal) return 0;
  const share = found / total;
  return share >= settings.share ? 0 : (settings.bonus * (settings.share - share)) / settings.share;
}

/** The cues of pass 2: pass 1's deletion bonuses plus the orphan test's. Unchanged cues when the scorer cannot tell. */
export function orphanCues(
  first: PassBands,
  cues: ProblemCues,
  lexical: LexicalScorer,
  settings: OrphanSettings,
  sides: { readonly source: boolean; readonly target: boolean },
): ProblemCues {
  if (!lexical.found || settings.bonus === 0 || !(sides.source || sides.target)) return cues;
  const source = Float64Array.from(cues.source.deletionBonus);
  const target = Float64Array.from(cues.target.deletionBonus);
  first.segments.forEach((g, k) => {
    const pass = first.passes[k];
    if (!pass) return;
    const { n, m } = pass.band;
    const whole = pass.margin === 0 && pass.paths.length === 1 ? pass.paths[0]! : undefined;
    const w = whole ? pathWindows(whole.pathX, whole.pathY, n, m) : bandWindows(pass.band);
    if (sides.source) for (let x = 0; x < n; x++) source[g.s0 + x]! += bonusOf(lexical, 'source', g.s0 + x, g.t0 + w.source[2 * x]!, g.t0 + w.source[2 * x + 1]!, settings);
    if (sides.target) for (let y = 0; y < m; y++) target[g.t0 + y]! += bonusOf(lexical, 'target', g.t0 + y, g.s0 + w.target[2 * y]!, g.s0 + w.target[2 * y + 1]!, settings);
  });
  const withBonus = (c: UnitCues, deletionBonus: Float64Array): UnitCues => ({ ...c, deletionBonus });
  return { ...cues, source: withBonus(cues.source, source), target: withBonus(cues.target, target) };
}
