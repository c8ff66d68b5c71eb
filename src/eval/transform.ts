/**
 * Re-shaping a test alignment before scoring, for gold files that do not cover the test the
 * usual way. Ports of `shared/eval/tools/clip_align.py` and `merge_by_units.py`.
 */
import type { LadderBead } from './ladder.js';

/**
 * Keep the test beads that lie inside the span a prefix gold covers (clip_align.py): every source
 * id ≤ the largest gold source id and every target id ≤ the largest gold target id. Scores are kept.
 */
export function clipToGold(test: readonly LadderBead[], gold: readonly LadderBead[]): LadderBead[] {
  let ms = -1;
  let mt = -1;
  for (const b of gold) {
    for (const s of b.source) ms = Math.max(ms, s);
    for (const t of b.target) mt = Math.max(mt, t);
  }
  return test.filter((b) => (b.source.length || b.target.length) && b.source.every((s) => s <= ms) && b.target.every((t) => t <= mt));
}

/**
 * Coarsen a test alignment to the units of a unit-level gold (merge_by_units.py): a bead's label is
 * the one unit key all its sentences share (none if they span several); runs of consecutive beads
 * with the same label become one bead, ids sorted. `sourceUnits[i]` is the unit key of source
 * sentence i (e.g. a Bible verse key). A merged bead's score is the lowest of its parts.
 */
export function mergeByUnits(test: readonly LadderBead[], sourceUnits: readonly string[], targetUnits: readonly string[]): LadderBead[] {
  const label = (b: LadderBead): string | undefined => {
    const keys = new Set<string | undefined>();
    for (const i of b.source) keys.add(sourceUnits[i]);
    for (const j of b.target) keys.add(targetUnits[j]);
    return keys.size === 1 ? [...keys][0] : undefined;
  };
  const out: Array<{ source: number[]; target: number[]; score?: number }> = [];
  let last: string | undefined;
  for (const b of test) {
    const lab = label(b);
    const prev = out[out.length - 1];
    if (prev && lab !== undefined && lab === last) {
      prev.source.push(...b.source);
      prev.target.push(...b.target);
      if (b.score !== undefined) prev.score = prev.score === undefined ? b.score : Math.min(prev.score, b.score);
    } else {
      out.push(b.score === undefined ? { source: [...b.source], target: [...b.target] } : { source: [...b.source], target: [...b.target], score: b.score });
    }
    last = lab;
  }
  const byNumber = (a: number, b: number): number => a - b;
  return out.map((b) => ({ ...b, source: b.source.sort(byNumber), target: b.target.sort(byNumber) }));
}
