/**
 * One layout for a whole bilingual file. Every layout reads the file its own way (see
 * layout-block.ts, layout-runs.ts, layout-rows.ts); each reading's cost is the −log likelihood of
 * the file's language evidence and lengths under it, its structure included, so the readings are
 * compared on the whole file and the cheapest wins. How much cheaper it is gives the probability
 * that the layout is right, and a piece's final probability of being on the right side weighs in
 * the readings that place it otherwise.
 */
import type { Layout, Span } from '../types.js';
import { readBlock } from './layout-block.js';
import { type Evidence, type EvidenceScorer, NO_EVIDENCE, type Side, spanEvidence } from './layout-evidence.js';
import { type LayoutFacts, type Part, type Placed, placed, type Reading, type Unit } from './layout-reading.js';
import { findPairLines, readRows } from './layout-rows.js';
import { readRuns, runUnits } from './layout-runs.js';
import { firstEndingAfter, type LayoutText } from './layout-text.js';

/** A piece of the file on one side as the decision gives it: its probability includes the layout's own uncertainty. */
export type LayoutPiece = Placed;

/** The layout chosen for a file, and how it was chosen. */
export interface LayoutDecision {
  readonly layout: Layout;
  readonly pieces: readonly LayoutPiece[];
  readonly facts: LayoutFacts;
  /** Probability of the chosen layout against the others read (1 when forced). */
  readonly probability: number;
  /** The other layouts read, most likely first, with their probabilities. */
  readonly alternatives: readonly { readonly layout: Layout; readonly probability: number }[];
  /** Whether the layout was given rather than found. */
  readonly forced: boolean;
}

/** Cost, on top of its evidence, of a line holding both languages inside a block, sections or alternating file: an exception to the layout. */
const PAIR_LINE_COST = 1;

/** Characters each part of a sentence split at a line break needs for its own language to count (glued lines). */
const GLUED_MIN_LENGTH = 30;
/** Confidence both parts need then (see `runUnits`, which splits such units the same way). */
const GLUED_MIN_CONFIDENCE = 0.98;

/**
 * The units of the block, sections and alternating readings: the file's atoms, less the lines
 * holding both languages, which mark a strong boundary where they stood.
 *
 * Evidence is read on paragraphs, or on whole sentences where a paragraph holds both languages
 * (see `paragraphUnits`): franc misreads a line's fragment of a sentence ("But how came you" is
 * French at 0.999) far more often than a sentence, and a sentence more often than a paragraph.
 */
function unitsOf(layout: LayoutText, pairLines: ReadonlySet<number>, scorer: EvidenceScorer): Unit[] {
  const { text, lines, atoms } = layout;
  // The atoms outside bilingual lines, as units without evidence yet, and where each sentence starts.
  const units: Unit[] = [];
  const sentenceStart: boolean[] = [];
  let pairBetween = false;
  for (const atom of atoms) {
    if (pairLines.has(atom.line)) {
      pairBetween = true;
      continue;
    }
    sentenceStart.push(atom.boundary !== 'inside' || pairBetween);
    units.push({
      span: atom.span,
      paragraph: atom.paragraph,
      firstLine: atom.line,
      lastLine: atom.line,
      boundary: pairBetween && units.length > 0 ? 'pair' : atom.boundary,
      evidence: NO_EVIDENCE,
      length: atom.span[1] - atom.span[0],
    });
    pairBetween = false;
  }
  const out: Unit[] = [];
  for (let i = 0; i < units.length; ) {
    let j = i + 1;
    while (j < units.length && units[j]!.paragraph === units[i]!.paragraph && units[j]!.boundary !== 'pair') j++;
    out.push(...paragraphUnits(text, lines, units.slice(i, j), sentenceStart.slice(i, j), scorer));
    i = j;
  }
  return out;
}

/** Confidence and characters that sentences of each language need for a paragraph to hold both. */
const MIXED_MIN_CONFIDENCE = 0.98;
const MIXED_MIN_LENGTH = 40;
/** Characters read at the end of a paragraph to tell whether it holds one language. */
const PARAGRAPH_END_SAMPLE = 256;

/**
 * The units of one paragraph with their evidence. A paragraph holding one language (its start and
 * its end surely in the same one, or its sentences showing no second one) gives each unit its share
 * of the paragraph's evidence, as the sections reading judges it: a few sentences misread in a long
 * paragraph ("said Pangloss." is French to franc) are no evidence against it. A paragraph holding
 * both (confident sentences of each language, MIXED_MIN_LENGTH characters or more of each) keeps its
 * sentences' own evidence, which places a change inside it.
 */
function paragraphUnits(text: string, lines: LayoutText['lines'], units: readonly Unit[], sentenceStart: readonly boolean[], scorer: EvidenceScorer): Unit[] {
  const n = units.length;
  const span: Span = [units[0]!.span[0], units[n - 1]!.span[1]];
  const whole = spanEvidence(text, span, lines, scorer);
  const share = (evidence: Evidence, u: Unit, length: number): Unit => ({
    ...u,
    evidence: u.length === length ? evidence : { ...evidence, cost: [(evidence.cost[0] * u.length) / length, (evidence.cost[1] * u.length) / length] },
  });
  const total = units.reduce((sum, u) => sum + u.length, 0);
  if (n > 1) {
    let k = n - 1;
    while (k > 0 && span[1] - units[k]!.span[0] < PARAGRAPH_END_SAMPLE) k--;
    const end = spanEvidence(text, [units[k]!.span[0], span[1]], lines, scorer);
    const sure = whole.confidence >= MIXED_MIN_CONFIDENCE && end.confidence >= MIXED_MIN_CONFIDENCE;
    if (sure && whole.lang === end.lang && whole.lang !== 'und') return units.map((u) => share(whole, u, total));
  }
  // Sentence by sentence: a sentence hard-wrapped over several lines is judged whole, each of its
  // atoms taking its share by length, unless it is two lines glued in different languages.
  const judged: Unit[] = [];
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !sentenceStart[j]) j++;
    for (const [from, to] of gluedParts(text, lines, units, i, j, scorer)) {
      const length = units.slice(from, to).reduce((sum, u) => sum + u.length, 0);
      const evidence = spanEvidence(text, [units[from]!.span[0], units[to - 1]!.span[1]], lines, scorer);
      for (let k = from; k < to; k++) judged.push(share(evidence, units[k]!, length));
    }
    i = j;
  }
  let source = 0;
  let target = 0;
  for (const u of judged) {
    const e = u.evidence;
    if (e.confidence < MIXED_MIN_CONFIDENCE || e.cost[0] === e.cost[1]) continue;
    if (e.cost[0] < e.cost[1]) source += u.length;
    else target += u.length;
  }
  return n === 1 || (source >= MIXED_MIN_LENGTH && target >= MIXED_MIN_LENGTH) ? judged : units.map((u) => share(whole, u, total));
}

/**
 * The atoms [i, j) of one sentence in parts judged apart: cut where the lines' parts on either side
 * of a line break are long and surely in different languages.
 */
function gluedParts(text: string, lines: LayoutText['lines'], atoms: readonly { readonly span: Span }[], i: number, j: number, scorer: EvidenceScorer): [number, number][] {
  const parts: [number, number][] = [];
  let start = i;
  for (let k = i + 1; k < j; k++) {
    const [a, b] = [atoms[k - 1]!.span, atoms[k]!.span];
    if (a[1] - a[0] < GLUED_MIN_LENGTH || b[1] - b[0] < GLUED_MIN_LENGTH) continue;
    const before = spanEvidence(text, a, lines, scorer);
    const after = spanEvidence(text, b, lines, scorer);
    const sure = before.confidence >= GLUED_MIN_CONFIDENCE && after.confidence >= GLUED_MIN_CONFIDENCE;
    if (sure && before.lang !== after.lang && before.lang !== 'und' && after.lang !== 'und') {
      parts.push([start, k]);
      start = k;
    }
  }
  parts.push([start, j]);
  return parts;
}

/** Share of a span's characters that a reading puts on `side` (its pieces are in text order and disjoint). */
function agreement(span: Span, side: Side, reading: Reading): number {
  const pieces = reading.pieces;
  let same = 0;
  for (let i = firstEndingAfter(pieces, span[0]); i < pieces.length && pieces[i]!.span[0] < span[1]; i++) {
    const other = pieces[i]!;
    const overlap = Math.min(span[1], other.span[1]) - Math.max(span[0], other.span[0]);
    if (overlap > 0 && other.side === side) same += overlap;
  }
  return same / Math.max(1, span[1] - span[0]);
}

/**
 * Every reading of a file that applies, cheapest first.
 *
 * @param layout the file's structure (see `readLayoutText`)
 * @param scorer the evidence of its two languages
 * @param forced a layout to read the file by instead of all (`sections` and `alternating` are one reading, named by its rhythm)
 */
export function readLayouts(layout: LayoutText, scorer: EvidenceScorer, forced?: Layout): Reading[] {
  const pairLines = findPairLines(layout, scorer);
  const atoms = unitsOf(layout, pairLines.lines, scorer);
  const pairCost = pairLines.pieces.reduce((s, p) => s + p.evidence.cost[p.side], 0) + PAIR_LINE_COST * pairLines.lines.size;
  const withPairLines = (r: Reading | undefined): Reading | undefined =>
    r && {
      ...r,
      cost: r.cost + pairCost,
      pieces: [...r.pieces, ...pairLines.pieces].sort((a, b) => a.span[0] - b.span[0]),
      facts: { ...r.facts, ...(pairLines.lines.size > 0 && { pairLines: pairLines.lines.size }) },
    };
  const runs = forced === 'sections' || forced === 'alternating';
  const readings: Reading[] = [];
  if (forced === undefined || forced === 'block') {
    const r = withPairLines(readBlock(layout, atoms, scorer));
    if (r) readings.push(r);
  }
  if (forced === undefined || runs) {
    const r = withPairLines(readRuns(layout, runUnits(atoms, scorer), scorer));
    if (r) readings.push(runs ? { ...r, layout: forced } : r);
  }
  for (const kind of ['pairs', 'columns'] as const) {
    if (forced !== undefined && forced !== kind) continue;
    const r = readRows(layout, scorer, kind);
    if (r) readings.push(r);
  }
  return readings.sort((a, b) => a.cost - b.cost);
}

/**
 * Read the layout of a bilingual file: the cheapest reading, with its probability against the others.
 *
 * @param layout the file's structure (see `readLayoutText`)
 * @param scorer the evidence of its two languages
 * @param forced a layout to use instead of finding one
 * @returns the decision, or undefined when no reading applies (a file of one unit)
 */
export function decideLayout(layout: LayoutText, scorer: EvidenceScorer, forced?: Layout): LayoutDecision | undefined {
  const readings = readLayouts(layout, scorer, forced);
  if (readings.length === 0) return undefined;
  const best = readings[0]!;
  const weights = readings.map((r) => Math.exp(best.cost - r.cost));
  const total = weights.reduce((s, w) => s + w, 0);
  const probability = forced === undefined ? weights[0]! / total : 1;
  const pieces = best.pieces.map((p): LayoutPiece => {
    if (forced !== undefined) return p;
    // The chance a part is right: under the chosen reading, weighed by the readings that agree with it.
    const parts = (p.parts ?? [{ span: p.span, probability: p.probability }]).map((part): Part => {
      let agreeing = weights[0]!;
      for (let r = 1; r < readings.length; r++) agreeing += weights[r]! * agreement(part.span, p.side, readings[r]!);
      return { span: part.span, probability: part.probability * (agreeing / total) };
    });
    return { ...placed(p.span, p.side, parts, p.evidence), ...(p.row !== undefined && { row: p.row }) };
  });
  return {
    layout: best.layout,
    pieces,
    facts: best.facts,
    probability,
    alternatives: readings.slice(1).map((r, i) => ({ layout: r.layout, probability: weights[i + 1]! / total })),
    forced: forced !== undefined,
  };
}
