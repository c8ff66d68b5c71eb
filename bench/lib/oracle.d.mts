/** Types of oracle.mjs, for the tests that import it. */
import type { SentenceGroups } from './projection.mjs';
export interface OracleBound {
  readonly f1: number;
  readonly hits: number;
  readonly beads: number;
  readonly gold: number;
}
export function oracleF1(docs: readonly SentenceGroups[]): OracleBound;
