/**
 * A bilingual file that pairs its units itself (XLIFF with targets, as a CAT tool writes it):
 * aligned as the file says, one bead per unit, and checked against the aligner. A unit with both
 * sides is confirmed when no bead the aligner finds on its own joins its sentences to another
 * pair's, and then scored by the least sure of those beads; a unit the aligner would pair
 * otherwise is scored 0 and counted in a diagnostic, so that `--min-score` drops it and the user is
 * told. A unit with one side only (no translation in the file) is a 1-0 or 0-1 bead, scored 1.
 */
import type { AlignOptions, PlanExecutor } from '../align/index.js';
import { inlineExecutor } from '../align/index.js';
import { diagnostic } from '../diagnostics.js';
import { type DocumentPair, type InputText, preparePair, type PrepareOptions } from '../document/prepare.js';
import { inputLabel } from '../errors.js';
import type { Bead, Document } from '../types.js';
import { alignPair, type PairResult } from './align-pair.js';


/** The two Documents of a bilingual file, and the file's pairs as sentence ranges. */
export interface GivenPairs {
  readonly documents: DocumentPair;
  /** Unit k holds source sentences `[sources[k][0], sources[k][1])` and target sentences `[targets[k][0], targets[k][1])`. */
  readonly units: readonly { readonly source: readonly [number, number]; readonly target: readonly [number, number] }[];
}

/**
 * Read a bilingual file's two sides into Documents (languages checked against what the file
 * declares, unless `from`/`to` say otherwise), keeping which sentences each unit holds.
 */
export function readGivenPairs(source: InputText, translation: InputText, options: PrepareOptions = {}): GivenPairs {
  const from = options.from ?? source.lang;
  const to = options.to ?? translation.lang;
  const documents = preparePair(source, translation, { ...options, ...(from && { from }), ...(to && { to }) });
  const swapped = documents.diagnostics.some((d) => d.code === 'inputs-swapped');
  const [s, t] = swapped ? [translation, source] : [source, translation];
  const sourceRanges = unitRanges(s, documents.source);
  const targetRanges = unitRanges(t, documents.target);
  return { documents, units: sourceRanges.map((r, k) => ({ source: r, target: targetRanges[k]! })) };
}

/** The sentence range of each block of `input` in its Document (sentences sit inside their block's span). */
function unitRanges(input: InputText, document: Document): [number, number][] {
  const blocks = input.blocks ?? [];
  const ranges: [number, number][] = [];
  let k = 0;
  for (const block of blocks) {
    const first = k;
    while (k < document.sentences.length && document.sentences[k]!.span[1] <= block.span[1]) k++;
    ranges.push([first, k]);
  }
  return ranges;
}

/** The file's pairs as beads, each scored by the aligner's check (see the module's comment). */
export async function alignGivenPairs(given: GivenPairs, options: AlignOptions = {}, executor: PlanExecutor = inlineExecutor): Promise<PairResult> {
  const { alignment, diagnostics } = await alignPair(given.documents, options, executor);
  // The pair each sentence belongs to; -1 for a sentence of a one-sided unit (no translation in
  // the file), which claims nothing, so that a bead gluing it to a neighbour is no disagreement.
  const sourcePair = new Int32Array(alignment.source.sentences.length).fill(-1);
  const targetPair = new Int32Array(alignment.target.sentences.length).fill(-1);
  given.units.forEach(({ source: [s0, s1], target: [t0, t1] }, k) => {
    if (s0 === s1 || t0 === t1) return;
    sourcePair.fill(k, s0, s1);
    targetPair.fill(k, t0, t1);
  });
  const bySource = new Map<number, Bead>();
  const byTarget = new Map<number, Bead>();
  for (const b of alignment.beads) {
    for (const i of b.source) bySource.set(i, b);
    for (const j of b.target) byTarget.set(j, b);
  }
  const beads: Bead[] = [];
  let pairs = 0;
  let disagreeing = 0;
  given.units.forEach(({ source: [s0, s1], target: [t0, t1] }, k) => {
    if (s0 === s1 && t0 === t1) return;
    if (s0 === s1 || t0 === t1) {
      beads.push({ source: range(s0, s1), target: range(t0, t1), score: 1 });
      return;
    }
    pairs++;
    const touching = new Set<Bead>();
    for (let i = s0; i < s1; i++) touching.add(bySource.get(i)!);
    for (let j = t0; j < t1; j++) touching.add(byTarget.get(j)!);
    let score = 1;
    let agrees = true;
    for (const b of touching) {
      score = Math.min(score, b.score);
      if (b.source.some((i) => sourcePair[i] !== -1 && sourcePair[i] !== k) || b.target.some((j) => targetPair[j] !== -1 && targetPair[j] !== k)) agrees = false;
      // A unit the aligner leaves (partly) unmatched is not a pair it confirms either.
      if (!b.source.length || !b.target.length) agrees = false;
    }
    if (!agrees) disagreeing++;
    beads.push({ source: range(s0, s1), target: range(t0, t1), score: agrees ? score : 0 });
  });
  const notes = [...diagnostics];
  if (disagreeing) {
    const name = given.documents.source.name;
    const message = `${inputLabel(name)}: ${disagreeing} of ${pairs} pair${pairs === 1 ? '' : 's'} the aligner would make otherwise (scored 0)`;
    notes.push(diagnostic('pairs-unconfirmed', 'warning', message, { count: disagreeing, units: pairs }, { input: name }));
  }
  return { alignment: { ...alignment, beads }, diagnostics: notes };
}

function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) out.push(i);
  return out;
}
