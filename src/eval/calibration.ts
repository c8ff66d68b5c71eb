/**
 * Is the confidence of a bead a probability? Bins test beads by score and compares each bin's
 * mean score with the fraction of its beads that are exactly in the gold (strict correctness).
 */
import type { LadderBead } from './ladder.js';
import type { AlignmentPair } from './score.js';

export interface ReliabilityBin {
  /** Scores in [low, high); the last bin also holds 1. */
  readonly low: number;
  readonly high: number;
  readonly beads: number;
  readonly meanScore: number;
  /** Fraction of the bin's beads that are a gold bead. */
  readonly correct: number;
}

export interface ReliabilityReport {
  readonly bins: readonly ReliabilityBin[];
  /** Beads scored, over all documents (beads without a score are skipped). */
  readonly beads: number;
  /** Expected calibration error: Σ bin share × |mean score − fraction correct|. */
  readonly ece: number;
  /** Mean squared difference between score and correctness (0 or 1). */
  readonly brier: number;
}

/** Default bin edges: finer near 1, where most beads are. */
export const RELIABILITY_EDGES: readonly number[] = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1];

/** Reliability table of the test beads' scores against strict correctness. */
export function reliability(pairs: readonly AlignmentPair[], edges: readonly number[] = RELIABILITY_EDGES): ReliabilityReport {
  const n = edges.length - 1;
  const count = new Float64Array(n);
  const sumScore = new Float64Array(n);
  const sumCorrect = new Float64Array(n);
  let beads = 0;
  let brier = 0;
  const key = (b: LadderBead): string => `${b.source.join(',')}:${b.target.join(',')}`;
  for (const { gold, test } of pairs) {
    const goldKeys = new Set(gold.map(key));
    for (const b of test) {
      if (b.score === undefined || (!b.source.length && !b.target.length)) continue;
      let k = 0;
      while (k < n - 1 && b.score >= edges[k + 1]!) k++;
      const ok = goldKeys.has(key(b)) ? 1 : 0;
      count[k]!++;
      sumScore[k]! += b.score;
      sumCorrect[k]! += ok;
      beads++;
      brier += (b.score - ok) ** 2;
    }
  }
  const bins: ReliabilityBin[] = [];
  let ece = 0;
  for (let k = 0; k < n; k++) {
    const c = count[k]!;
    const meanScore = c ? sumScore[k]! / c : 0;
    const correct = c ? sumCorrect[k]! / c : 0;
    bins.push({ low: edges[k]!, high: edges[k + 1]!, beads: c, meanScore, correct });
    if (beads) ece += (c / beads) * Math.abs(meanScore - correct);
  }
  return { bins, beads, ece, brier: beads ? brier / beads : 0 };
}

/** The reliability table as aligned text. */
export function formatReliability(report: ReliabilityReport): string {
  const lines = ['score bin      beads  mean score  correct'];
  for (const b of report.bins) {
    const range = `[${b.low.toFixed(2)}, ${b.high.toFixed(2)}${b.high === 1 ? ']' : ')'}`;
    lines.push(`${range.padEnd(13)} ${String(b.beads).padStart(6)}  ${b.beads ? b.meanScore.toFixed(3) : '    -'}       ${b.beads ? b.correct.toFixed(3) : '    -'}`);
  }
  lines.push(`beads ${report.beads}, ECE ${report.ece.toFixed(3)}, Brier ${report.brier.toFixed(3)}`);
  return lines.join('\n');
}
