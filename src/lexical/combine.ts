/** Several kinds of lexical evidence as one scorer. */
import type { LexicalScorer } from './scorer.js';
import type { SharedLexical } from './share.js';

/** One part of a combined scorer. */
export interface WeightedScorer {
  readonly scorer: LexicalScorer;
  readonly weight: number;
}

/**
 * Several kinds of lexical evidence as one scorer: the weighted mean of their scores (so still in
 * [0, 1]). This is how a learned lexicon (IBM Model 1) or a user dictionary joins the cognate
 * evidence: `lexical: (s, t) => combineScorers([{ scorer: createCognateScorer(s, t), weight: 1 },
 * { scorer: model1(s, t), weight: 1 }])`. The fast cursor is kept when every part has one.
 */
export function combineScorers(parts: readonly WeightedScorer[], options: { readonly sum?: boolean } = {}): LexicalScorer {
  if (!parts.length) throw new Error('combineScorers: no scorers');
  const sum = options.sum ?? false;
  const total = sum ? 1 : parts.reduce((a, p) => a + p.weight, 0);
  const first = parts[0]!.scorer;
  const combined: LexicalScorer = {
    sourceUnits: first.sourceUnits,
    targetUnits: first.targetUnits,
    score(s0, s1, t0, t1) {
      let v = 0;
      for (const p of parts) v += p.weight * p.scorer.score(s0, s1, t0, t1);
      return total > 0 ? v / total : 0;
    },
    ...(parts.every((p) => p.scorer.found) && {
      found(side, unit, from, to): readonly [number, number] {
        let found = 0;
        let all = 0;
        for (const p of parts) {
          const [f, t] = p.scorer.found!(side, unit, from, to);
          found += p.weight * f;
          all += p.weight * t;
        }
        return [found, all];
      },
    }),
    group(sb, tb) {
      return combineScorers(
        parts.map((p) => ({ scorer: p.scorer.group(sb, tb), weight: p.weight })),
        options,
      );
    },
    ...(parts.every((p) => p.scorer.share) && {
      share: (): SharedLexical => ({
        kind: 'combined',
        module: import.meta.url,
        sum,
        parts: parts.map((p) => ({ weight: p.weight, scorer: p.scorer.share!() })),
      }),
    }),
  };
  if (!parts.every((p) => p.scorer.cursor)) return combined;
  return {
    ...combined,
    cursor(maxA, maxB) {
      const cursors = parts.map((p) => p.scorer.cursor!(maxA, maxB));
      const weights = Float64Array.from(parts, (p) => p.weight / total);
      const size = (maxA + 1) * (maxB + 1);
      const tmp = new Float64Array(size);
      return {
        row(i, jFrom, jTo) {
          for (const c of cursors) c.row(i, jFrom, jTo);
        },
        // The first part writes `out` itself, scaled; the others are added to it.
        cell(j, out) {
          cursors[0]!.cell(j, out);
          const w0 = weights[0]!;
          if (w0 !== 1) for (let q = 0; q < size; q++) out[q]! *= w0;
          for (let k = 1; k < cursors.length; k++) {
            cursors[k]!.cell(j, tmp);
            const w = weights[k]!;
            for (let q = 0; q < size; q++) out[q]! += w * tmp[q]!;
          }
        },
      };
    },
  };
}
