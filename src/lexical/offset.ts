/**
 * Evidence about a stretch of a document only, as a scorer of the whole document: units are
 * indexed as in the document, and units outside the stretch have no evidence. Lets evidence too
 * large to hold for a long document (a learned lexicon) be built for one piece of it at a time.
 */
import type { LexicalScorer, Side, SpanCursor } from './scorer.js';
import type { SharedLexical } from './share.js';

const clip = (v: number, n: number): number => (v < 0 ? 0 : v > n ? n : v);

/**
 * `inner` (units from 0) as the units from s0 on the source and t0 on the target of a document of
 * sourceUnits × targetUnits units.
 */
export function offsetScorer(inner: LexicalScorer, s0: number, t0: number, sourceUnits: number, targetUnits: number): LexicalScorer {
  const n = inner.sourceUnits;
  const m = inner.targetUnits;
  const scorer: LexicalScorer = {
    sourceUnits,
    targetUnits,
    score: (a0, a1, b0, b1) => inner.score(clip(a0 - s0, n), clip(a1 - s0, n), clip(b0 - t0, m), clip(b1 - t0, m)),
    group: (sb, tb) => inner.group(sb.map((b) => clip(b - s0, n)), tb.map((b) => clip(b - t0, m))),
    ...(inner.found && {
      found: (side: Side, unit: number, from: number, to: number): readonly [number, number] => {
        const [o, count] = side === 'source' ? [s0, n] : [t0, m];
        const [p, other] = side === 'source' ? [t0, m] : [s0, n];
        return unit - o < 0 || unit - o >= count ? [0, 0] : inner.found!(side, unit - o, clip(from - p, other), clip(to - p, other));
      },
    }),
    ...(inner.share && {
      share: (): SharedLexical => ({ kind: 'offset', module: import.meta.url, s0, t0, sourceUnits, targetUnits, inner: inner.share!() }),
    }),
  };
  if (!inner.cursor) return scorer;
  return {
    ...scorer,
    cursor(maxA, maxB): SpanCursor {
      const c = inner.cursor!(maxA, maxB);
      const size = (maxA + 1) * (maxB + 1);
      let outside = false;
      return {
        row(i, jFrom, jTo) {
          // The DP of a piece stays inside it; a row outside has no evidence.
          outside = i - s0 < 0 || i - s0 > n || jTo - t0 < 0 || jFrom - t0 > m;
          if (!outside) c.row(i - s0, clip(jFrom - t0, m), clip(jTo - t0, m));
        },
        cell(j, out) {
          if (outside || j - t0 < 0 || j - t0 > m) out.fill(0, 0, size);
          else c.cell(j - t0, out);
        },
      };
    },
  };
}
