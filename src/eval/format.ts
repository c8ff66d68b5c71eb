/** Score reports as text tables, for `bitext eval` and the benches. */
import type { Metrics, ScoreReport } from './score.js';

export interface FormatScoresOptions {
  /** Also print one table per document (like score.py --per-doc). Default false. */
  readonly perDocument?: boolean;
  /** Also print recall by gold bead shape. Default true. */
  readonly byType?: boolean;
}

const f3 = (x: number): string => x.toFixed(3);

function table(m: Metrics, title: string): string[] {
  return [
    title,
    '             strict    lax',
    `precision    ${f3(m.precisionStrict)}     ${f3(m.precisionLax)}`,
    `recall       ${f3(m.recallStrict)}     ${f3(m.recallLax)}`,
    `F1           ${f3(m.f1Strict)}     ${f3(m.f1Lax)}`,
  ];
}

/**
 * The report as text: the totals in score.py's layout (so the two can be compared line by line),
 * then recall by gold bead shape.
 */
export function formatScores(report: ScoreReport, options: FormatScoresOptions = {}): string {
  const lines: string[] = [];
  if (options.perDocument) {
    for (const d of report.perDocument) lines.push(...table(d, d.name), '');
  }
  lines.push(...table(report, `TOTAL (${report.documents} document${report.documents === 1 ? '' : 's'})`));
  if (options.byType ?? true) {
    lines.push('', 'recall by gold bead type', 'type    gold   strict   lax');
    for (const t of report.byType) {
      lines.push(`${t.type.padEnd(6)} ${String(t.gold).padStart(5)}   ${f3(t.recallStrict)}    ${f3(t.recallLax)}`);
    }
  }
  return lines.join('\n');
}
