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
export function combineScorers(parts: readonly WeightedScorer[]): LexicalScorer {
  if (!parts.length) throw new Error('combineScorers: no scorers');
  const total = parts.reduce((a, p) => a + p.weight, 0);
  const first = parts[0]!.scorer;
  const combined: LexicalScorer = {
    sourceUnits: first.sourceUnits,
    targetUnits: first.targetUnits,
    score(s0, s1, t0, t1) {
      let v = 0;
      for (const p of parts) v += p.weight * p.scorer.score(s0, s1, t0, t1);
      return total > 0 ? v / total : 0;
    },
    group(sb, tb) {
      return combineScorers(parts.map((p) => ({ scorer: p.scorer.group(sb, tb), weight: p.weight })));
    },
    ...(parts.every((p) => p.scorer.share) && {
      share: (): SharedLexical => ({
        kind: 'combined',
        module: import.meta.url,
        parts: parts.map((p) => ({ weight: p.weight, scorer: p.scorer.share!() })),
      }),
    }),
  };
  if (!parts.every((p) => p.scorer.cursor)) return combined;
  return {
    ...combined,
    cursor(maxA, maxB) {
      const cursors = parts.map((p) => p.scorer.cursor!(maxA, maxB));
      const size = (maxA + 1) * (maxB + 1);
      const tmp = new Float64Array(size);
      return {
        row(i, jFrom, jTo) {
          for (const c of cursors) c.row(i, jFrom, jTo);
        },
        cell(j, out) {
          out.fill(0, 0, size);
          cursors.forEach((c, k) => {
            c.cell(j, tmp);
            const w = parts[k]!.weight / total;
            for (let q = 0; q < size; q++) out[q]! += w * tmp[q]!;
          });
        },
      };
    },
  };
}
