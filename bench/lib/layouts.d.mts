/** Types of layouts.mjs, for the tests that import it. */
export type GeneratedLayout = 'block' | 'sections' | 'alternating' | 'pairs' | 'columns' | 'midline';
export const GENERATED_LAYOUTS: readonly GeneratedLayout[];
export const REPORTED_LAYOUT: Readonly<Record<GeneratedLayout, string>>;
export interface GoldBead {
  readonly source: string[];
  readonly target: string[];
}
export interface LayoutDocument {
  readonly text: string;
  readonly layout: GeneratedLayout;
  readonly reported: string;
  readonly sourceFirst: boolean;
  readonly source: string[];
  readonly target: string[];
  readonly beads: [number[], number[]][];
  readonly sourceSentences: string[];
  readonly targetSentences: string[];
}
export function random(seed: number): () => number;
export function untokenise(sentence: string, lang: string): string;
export function goldBeads(dir: string, doc: string, from?: string, to?: string): GoldBead[];
export function goldDocuments(dir: string): { name: string; beads: GoldBead[] }[];
export function paragraphsOf<T>(beads: readonly T[], rand: () => number, max: number): T[][];
export function layoutDocument(beads: readonly GoldBead[], layout: GeneratedLayout, rand: () => number, width?: number): LayoutDocument;
export function wrap(text: string, width: number): string;
export function expectedAlignment(
  document: LayoutDocument,
  sentencesOf: (text: string, lang: string) => string[],
  from?: string,
  to?: string,
): { source: string[]; target: string[]; beads: [number[], number[]][] };
export function windowSize(layout: GeneratedLayout): readonly [number, number];
export function drawWindow(
  documents: readonly { name: string; beads: GoldBead[] }[],
  rand: () => number,
  size: readonly [number, number],
): { name: string; start: number; beads: GoldBead[] };
