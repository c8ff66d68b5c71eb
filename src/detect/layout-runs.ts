/**
 * The `sections` and `alternating` readings: the language changes many times, at paragraph or line
 * boundaries. Each unit (a paragraph, or the part of one on lines of one language) gets its side
 * from its own language, from how often the file changes language, learned from the file
 * (separately at separator lines and bilingual lines, where sections change, and elsewhere, where
 * alternating lines change), and from the lengths of the runs it makes, each run being the
 * translation of the next (see layout-pairing.ts). The rhythm may leave out an opening or closing
 * block in one language (a UN message's place, date, title and signature), which goes by its own
 * language.
 */
import { type Side, spanEvidence } from './layout-evidence.js';
import { lengthRatio } from './layout-lengths.js';
import { decodeRuns, type PairingModel, runPosteriors } from './layout-pairing.js';
import { cutBefore, type LayoutCut, piecesOf, type Reading, type Unit } from './layout-reading.js';
import type { EvidenceScorer } from './layout-evidence.js';
import type { LayoutText } from './layout-text.js';

/** Confidence a unit needs to count as evidence of the file's rhythm (about 95 % right, see `confidenceOf`). */
const RHYTHM_MIN_CONFIDENCE = 0.9;
/** The same as a difference of costs: log((1 + c) / (1 − c)). */
const RHYTHM_MIN_MARGIN = Math.log((1 + RHYTHM_MIN_CONFIDENCE) / (1 - RHYTHM_MIN_CONFIDENCE));

/**
 * Confidence of the units that show a file may change language several times, for the rhythm to be
 * read at all (the reading itself then weighs every unit by its evidence): a few short lines are
 * read at 0.6 to 0.9 more often than not ("Am I a servant?" is French at 0.78).
 */
const RHYTHM_GATE_CONFIDENCE = 0.5;
const RHYTHM_GATE_MARGIN = Math.log((1 + RHYTHM_GATE_CONFIDENCE) / (1 - RHYTHM_GATE_CONFIDENCE));

/** The side a unit's evidence confidently gives, if any (a marker line gives none, whatever its language). */
function confidentSide(u: Unit, margin = RHYTHM_MIN_MARGIN): Side | undefined {
  const [a, b] = u.evidence.cost;
  return a - b <= -margin ? 0 : b - a <= -margin ? 1 : undefined;
}

/** Bounds on a learned switch rate: no file is certain to change language at a boundary, or not to. */
const MIN_RATE = 0.02;
const MAX_RATE = 0.9;
/** Switch rate inside an opening or closing block in one language. */
const BLOCK_RATE = 0.05;
/** Characters each side of a line break inside a sentence needs for a change of language there to be believed. */
const INSIDE_MIN_LENGTH = 30;
/** Rounds of learning the rates from the best labelling (they settle after two or three). */
const LEARNING_ROUNDS = 3;
/** Rates hard EM starts from: even, and a change at every ordinary boundary (see `decodeWithin`). */
const RATE_STARTS: readonly { strong: number; weak: number }[] = [
  { strong: 0.5, weak: 0.5 },
  { strong: 0.5, weak: MAX_RATE },
];
/** Mean units a run may hold for the reading to be called alternating rather than sections. */
const ALTERNATING_MAX_RUN = 1.5;

/** Whether a unit's boundary is one where sections change: a separator line or a bilingual line. */
function strong(u: Unit): boolean {
  return u.boundary === 'separator' || u.boundary === 'pair';
}

/**
 * Confidence of the units that show an opening or closing block in one language: franc misreads a
 * short line now and then at 0.9 ("Ah, how well I remember it, that last lesson!" is French at
 * 0.93), and one such line at the end of an alternating file is no closing block.
 */
const BLOCK_MIN_CONFIDENCE = 0.98;
const BLOCK_MIN_MARGIN = Math.log((1 + BLOCK_MIN_CONFIDENCE) / (1 - BLOCK_MIN_CONFIDENCE));

/** Where the rhythm of changes holds: [start, end) of the units, an opening and a closing block outside. */
function rhythmSpan(units: readonly Unit[]): { start: number; end: number } | undefined {
  let confident = 0;
  let changes = 0;
  let last: Side | undefined;
  for (const u of units) {
    const side = confidentSide(u, RHYTHM_GATE_MARGIN);
    if (side === undefined) continue;
    confident++;
    if (last !== undefined && side !== last) changes++;
    last = side;
  }
  if (changes < 2 || confident < 3) return undefined;
  const margin = (u: Unit): number => u.evidence.cost[1] - u.evidence.cost[0]; // > 0 favours side 0
  const sure = (u: Unit): boolean => Math.abs(margin(u)) >= BLOCK_MIN_MARGIN;
  /**
   * The block at one end: units from that end none of which leans to the other language than the
   * first very sure one; a block when it holds two very sure units or more. Returns the index of
   * its very sure unit nearest the rhythm, or undefined.
   */
  const block = (order: readonly number[]): number | undefined => {
    let lang: number | undefined;
    let count = 0;
    let inner: number | undefined;
    for (const i of order) {
      const m = margin(units[i]!);
      if (lang === undefined && sure(units[i]!)) lang = Math.sign(m);
      if (lang !== undefined && Math.sign(m) === -lang && m !== 0) break;
      if (lang === undefined && m !== 0 && Math.abs(m) >= RHYTHM_MIN_MARGIN) break;
      if (sure(units[i]!)) {
        count++;
        inner = i;
      }
    }
    return count >= 2 ? inner : undefined;
  };
  const indices = units.map((_, i) => i);
  const opening = block(indices);
  const closing = block([...indices].reverse());
  return { start: opening ?? 0, end: closing === undefined ? units.length : closing + 1 };
}

/**
 * The evidence of units taken together: their costs added, as the block reading adds them, so that
 * both readings account for the same evidence however they group the text.
 */
function sumEvidence(units: readonly Unit[], scorer: EvidenceScorer): Unit['evidence'] {
  if (units.length === 1) return units[0]!.evidence;
  let a = 0;
  let b = 0;
  for (const u of units) {
    a += u.evidence.cost[0];
    b += u.evidence.cost[1];
  }
  const low = Math.min(a, b);
  const odds = Math.abs(a - b);
  return { cost: [a - low, b - low], lang: a === b ? 'und' : scorer.by[a < b ? 0 : 1]!, confidence: Math.tanh(odds / 2) };
}

/** Merge atoms into units: the atoms of one paragraph, cut where a line break separates two confident languages. */
export function runUnits(atoms: readonly Unit[], scorer: EvidenceScorer): Unit[] {
  // The atoms of each line of a paragraph, judged together.
  const lineParts: Unit[][] = [];
  for (const a of atoms) {
    const last = lineParts[lineParts.length - 1];
    if (last && last[0]!.paragraph === a.paragraph && a.boundary === 'sentence') last.push(a);
    else lineParts.push([a]);
  }
  const judged = lineParts.map((part) => ({ part, evidence: sumEvidence(part, scorer) }));
  const groups: Unit[][] = [];
  let previous: Side | undefined;
  let previousLength = 0;
  for (const { part, evidence } of judged) {
    const last = groups[groups.length - 1];
    const lang = confidentSide({ evidence } as Unit);
    const length = part.reduce((s, u) => s + u.length, 0);
    // Inside a sentence (a line break in mid-sentence) only two long, sure parts show a change:
    // a fragment's few words are misread too often ("learning your lessons?").
    const inside = part[0]!.boundary === 'inside';
    const sureEnough = !inside || (Math.abs(evidence.cost[0] - evidence.cost[1]) >= BLOCK_MIN_MARGIN && length >= INSIDE_MIN_LENGTH && previousLength >= INSIDE_MIN_LENGTH);
    const change = sureEnough && lang !== undefined && previous !== undefined && lang !== previous;
    if (last && last[0]!.paragraph === part[0]!.paragraph && (part[0]!.boundary === 'wrap' || part[0]!.boundary === 'inside') && !change) last.push(...part);
    else {
      groups.push([...part]);
      previous = undefined;
    }
    if (lang !== undefined) previous = lang;
    previousLength = length;
  }
  return groups.map((g) => {
    const first = g[0]!;
    const last = g[g.length - 1]!;
    const span = [first.span[0], last.span[1]] as const;
    return {
      span,
      paragraph: first.paragraph,
      firstLine: first.firstLine,
      lastLine: last.lastLine,
      boundary: first.boundary,
      evidence: sumEvidence(g, scorer),
      length: g.reduce((s, u) => s + u.length, 0),
    };
  });
}

/** Transition cost of each boundary (into unit i) for staying and for switching, given the rates. */
function transitions(units: readonly Unit[], span: { start: number; end: number }, rates: { strong: number; weak: number }): { stay: Float64Array; change: Float64Array } {
  const n = units.length;
  const stay = new Float64Array(n);
  const change = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const inRhythm = i > span.start && i < span.end;
    const rate = inRhythm ? (strong(units[i]!) ? rates.strong : rates.weak) : BLOCK_RATE;
    stay[i] = -Math.log(1 - rate);
    change[i] = -Math.log(rate);
  }
  return { stay, change };
}

/** Target/source length ratio of the units a labelling puts on each side (undefined: on none). */
function ratioOf(units: readonly Unit[], sideOf: (u: Unit, i: number) => Side | undefined): number {
  let source = 0;
  let target = 0;
  units.forEach((u, i) => {
    const side = sideOf(u, i);
    if (side === 0) source += u.length;
    else if (side === 1) target += u.length;
  });
  return lengthRatio(source, target);
}

/** The most likely sides under the two-state chain alone (Viterbi), to learn the rates from: linear, where the pairing model is not. */
function viterbi(units: readonly Unit[], stay: Float64Array, change: Float64Array): Uint8Array {
  const n = units.length;
  const back = new Uint8Array(n * 2);
  let cost = [units[0]!.evidence.cost[0], units[0]!.evidence.cost[1]];
  for (let i = 1; i < n; i++) {
    const next = [0, 0];
    for (const s of [0, 1] as const) {
      const st = cost[s]! + stay[i]!;
      const ch = cost[1 - s]! + change[i]!;
      back[i * 2 + s] = st <= ch ? s : 1 - s;
      next[s] = Math.min(st, ch) + units[i]!.evidence.cost[s];
    }
    cost = next;
  }
  const sides = new Uint8Array(n);
  let s = cost[0]! <= cost[1]! ? 0 : 1;
  for (let i = n - 1; i >= 0; i--) {
    sides[i] = s;
    s = back[i * 2 + s]!;
  }
  return sides;
}

/** Switch rates learned from a labelling, Laplace-smoothed, per kind of boundary inside the rhythm. */
function learnRates(units: readonly Unit[], sides: Uint8Array, span: { start: number; end: number }): { strong: number; weak: number } {
  const counts = { strong: [1, 2], weak: [1, 2] };
  for (let i = span.start + 1; i < span.end; i++) {
    const c = strong(units[i]!) ? counts.strong : counts.weak;
    c[1]!++;
    if (sides[i] !== sides[i - 1]) c[0]!++;
  }
  const rate = ([changes, all]: number[]): number => Math.min(MAX_RATE, Math.max(MIN_RATE, changes! / all!));
  return { strong: rate(counts.strong), weak: rate(counts.weak) };
}

/**
 * Read a file as sections or alternating lines or paragraphs.
 *
 * @param layout the file's structure
 * @param units its units (see `runUnits`)
 * @param scorer the pair's evidence
 * @returns the reading, or undefined when the file does not change language twice with confidence
 */
export function readRuns(layout: LayoutText, units: readonly Unit[], scorer: EvidenceScorer): Reading | undefined {
  const found = rhythmSpan(units);
  if (!found) return undefined;
  // An opening or closing block is a hypothesis like any other: read the file with and without
  // each, and keep the cheapest (a misread line at the end of an alternating file is no block).
  const spans = [
    found,
    { start: 0, end: found.end },
    { start: found.start, end: units.length },
    { start: 0, end: units.length },
  ].filter((s, i, all) => all.findIndex((o) => o.start === s.start && o.end === s.end) === i);
  // The hypotheses are compared on their best labellings; only the best one is read in full.
  let best: Decoded | undefined;
  for (const span of spans) {
    const d = decodeWithin(units, span);
    if (!best || d.cost < best.cost) best = d;
  }
  return readDecoded(layout, units, scorer, best!);
}

/** A hypothesis decoded: its span of rhythm, its model, its best labelling and what that costs. */
interface Decoded {
  readonly span: { readonly start: number; readonly end: number };
  readonly model: PairingModel;
  readonly sides: Uint8Array;
  readonly cost: number;
}

/** Cost of assuming an opening or closing block in one language: most files have none (e^2.3 ≈ 10 to 1). */
const BLOCK_PRIOR_COST = 2.3;

/** Prior cost of a hypothesis's opening and closing blocks: BLOCK_PRIOR_COST for each one the rhythm leaves out of n units. */
function blockPrior(span: { start: number; end: number }, n: number): number {
  return ((span.start > 0 ? 1 : 0) + (span.end < n ? 1 : 0)) * BLOCK_PRIOR_COST;
}

/** The best labelling with the rhythm holding over [start, end) of the units, rates learned from the file. */
function decodeWithin(units: readonly Unit[], span: { start: number; end: number }): Decoded {
  const n = units.length;
  const model = (rates: { strong: number; weak: number }, ratio: number): PairingModel => ({
    cost: [Float64Array.from(units, (u) => u.evidence.cost[0]), Float64Array.from(units, (u) => u.evidence.cost[1])],
    length: Float64Array.from(units, (u) => u.length),
    ...transitions(units, span, rates),
    ratio,
  });
  // Learn the rates from the best labelling of the chain alone, then decode with the runs' lengths
  // at the ratio of the sides so labelled. Hard EM keeps to the labelling it starts from (a title
  // misread at 0.76 in an alternating file teaches a rate low enough to keep it misread), so it
  // starts from even rates and from the file changing language at every line, and the cheaper
  // decoding is kept.
  const blocks = blockPrior(span, n);
  let best: Decoded | undefined;
  const learned: { strong: number; weak: number }[] = [];
  for (const start of RATE_STARTS) {
    let rates = start;
    let sides: Uint8Array = new Uint8Array(n);
    for (let round = 0; round < LEARNING_ROUNDS; round++) {
      const t = transitions(units, span, rates);
      sides = viterbi(units, t.stay, t.change);
      rates = learnRates(units, sides, span);
    }
    if (learned.some((r) => r.strong === rates.strong && r.weak === rates.weak)) continue;
    learned.push(rates);
    const final = model(rates, ratioOf(units, (_, i) => sides[i] as Side));
    const decoded = decodeRuns(final);
    if (!best || decoded.cost + blocks < best.cost) best = { span, model: final, sides: decoded.sides, cost: decoded.cost + blocks };
  }
  return best!;
}


/** The sections or alternating reading of a decoded hypothesis. */
function readDecoded(layout: LayoutText, units: readonly Unit[], scorer: EvidenceScorer, decoded: Decoded): Reading | undefined {
  const { span, sides } = decoded;
  const n = units.length;
  const { logLikelihood, first: onFirst } = runPosteriors(decoded.model);
  const probabilities = Float64Array.from(onFirst, (p, i) => (sides[i] === 0 ? p : 1 - p));

  // Runs of one side, for the report.
  const runs: { side: Side; units: number; end: number }[] = [];
  const cuts: LayoutCut[] = [];
  units.forEach((_, i) => {
    const side = sides[i] as Side;
    const last = runs[runs.length - 1];
    if (last && last.side === side) {
      last.units++;
      last.end = i;
    } else {
      if (last) cuts.push(cutBefore(layout.lines, units, i));
      runs.push({ side, units: 1, end: i });
    }
  });
  // One change is a block, which the block reading weighs with its own prior.
  if (runs.length <= 2) return undefined;
  const blocks = blockPrior(span, n);
  // Two learned rates, each worth half a log of the units it is learned from (BIC).
  const parameters = Math.log(Math.max(2, span.end - span.start));
  // Alternating: runs of about one unit, changing at ordinary boundaries; sections change at
  // separator lines and bilingual headings, or hold several units each.
  const inner = runs.filter((r) => r.end > span.start && r.end < span.end);
  const mean = inner.length ? inner.reduce((s, r) => s + r.units, 0) / inner.length : Infinity;
  const atStrong = cuts.filter((c) => c.at === 'separator' || c.at === 'pair').length;
  const alternating = mean <= ALTERNATING_MAX_RUN && atStrong * 2 < cuts.length;
  const lineChanges = cuts.filter((c) => c.at === 'line' || c.at === 'wrap' || c.at === 'inside').length;
  return {
    layout: alternating ? 'alternating' : 'sections',
    cost: -logLikelihood + parameters + blocks,
    pieces: piecesOf(units, sides as unknown as ArrayLike<Side>, probabilities, (s) => spanEvidence(layout.text, s, layout.lines, scorer)),
    facts: { cuts, first: sides[0] as Side, ...(alternating && { units: lineChanges * 2 >= cuts.length ? 'lines' : 'paragraphs' }) },
  };
}
