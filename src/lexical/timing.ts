/**
 * Evidence from time: when both sides are subtitles, a source span and a target span whose cues
 * are on screen at the same time are likely translations of each other, whatever their words.
 * The similarity is the overlap of the two time spans over their union (1 for the same timing, 0
 * for spans apart); a unit without a time (none here: every cue has one) scores 0.
 */
import type { LexicalScorer } from './scorer.js';
import { onShared, type SharedLexical } from './share.js';

/**
 * A scorer from each unit's time span: unit k is on screen over `[starts[k], ends[k])` (ms).
 * Units are in time order on each side, as cues are.
 */
export function createTimingScorer(sourceStarts: Float64Array, sourceEnds: Float64Array, targetStarts: Float64Array, targetEnds: Float64Array): LexicalScorer {
  const scorer: LexicalScorer = {
    sourceUnits: sourceStarts.length,
    targetUnits: targetStarts.length,
    score(s0, s1, t0, t1) {
      if (s0 >= s1 || t0 >= t1) return 0;
      const a0 = minOf(sourceStarts, s0, s1);
      const a1 = maxOf(sourceEnds, s0, s1);
      const b0 = minOf(targetStarts, t0, t1);
      const b1 = maxOf(targetEnds, t0, t1);
      const union = Math.max(a1, b1) - Math.min(a0, b0);
      const overlap = Math.min(a1, b1) - Math.max(a0, b0);
      return union > 0 && overlap > 0 ? overlap / union : 0;
    },
    group(sourceBounds, targetBounds) {
      return createTimingScorer(...groupSpans(sourceStarts, sourceEnds, sourceBounds), ...groupSpans(targetStarts, targetEnds, targetBounds));
    },
    share(): SharedLexical {
      return {
        kind: 'timing',
        module: import.meta.url,
        sourceStarts: onShared(sourceStarts),
        sourceEnds: onShared(sourceEnds),
        targetStarts: onShared(targetStarts),
        targetEnds: onShared(targetEnds),
      };
    },
  };
  return scorer;
}

/** Rebuild a shared timing scorer on another thread (restore.ts finds it by the module URL). */
export function restore(shared: SharedLexical): LexicalScorer {
  return createTimingScorer(
    shared.sourceStarts as Float64Array,
    shared.sourceEnds as Float64Array,
    shared.targetStarts as Float64Array,
    shared.targetEnds as Float64Array,
  );
}

/** The time span of each group of units `[bounds[g], bounds[g + 1])`. */
function groupSpans(starts: Float64Array, ends: Float64Array, bounds: Int32Array): [Float64Array, Float64Array] {
  const n = Math.max(0, bounds.length - 1);
  const gs = new Float64Array(n);
  const ge = new Float64Array(n);
  for (let g = 0; g < n; g++) {
    const a = bounds[g]!;
    const b = bounds[g + 1]!;
    gs[g] = a < b ? minOf(starts, a, b) : 0;
    ge[g] = a < b ? maxOf(ends, a, b) : 0;
  }
  return [gs, ge];
}

function minOf(values: Float64Array, from: number, to: number): number {
  let m = Infinity;
  for (let i = from; i < to; i++) if (values[i]! < m) m = values[i]!;
  return m;
}

function maxOf(values: Float64Array, from: number, to: number): number {
  let m = -Infinity;
  for (let i = from; i < to; i++) if (values[i]! > m) m = values[i]!;
  return m;
}
