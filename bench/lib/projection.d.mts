/** Types of projection.mjs, for the tests that import it. */
export type Range = readonly [start: number, end: number, unit: number];
export interface ProjectedAlignment {
  readonly source: { readonly sentences: ReadonlyArray<{ readonly span: readonly [number, number] }> };
  readonly target: { readonly sentences: ReadonlyArray<{ readonly span: readonly [number, number] }> };
  readonly beads: ReadonlyArray<{ readonly source: readonly number[]; readonly target: readonly number[] }>;
}
export interface SentenceGroups {
  readonly source: number[][];
  readonly target: number[][];
  readonly groups: number;
}
export function unitsOf(ranges: readonly Range[], span: readonly [number, number]): number[];
export function unitGroups(n: number, alignment: ProjectedAlignment, srcRanges: readonly Range[], tgtRanges: readonly Range[]): number[];
export function sentenceGroups(alignment: ProjectedAlignment, srcRanges: readonly Range[], tgtRanges: readonly Range[], n: number, joined?: boolean): SentenceGroups;
export function project(
  alignment: ProjectedAlignment,
  srcRanges: readonly Range[],
  tgtRanges: readonly Range[],
  n: number,
  joined?: boolean,
): { test: Array<{ source: number[]; target: number[] }>; gold: Array<{ source: number[]; target: number[] }>; groups: number };
