/**
 * The `block` reading: all of one language, then all of the other, cut once. Every place between
 * two units may hold the cut; how likely each is comes from what separates the units there (a
 * separator line far more than a sentence end inside a line) and from the languages on either side.
 * The reading's cost sums over every cut, so that a file where the cut is unclear costs more than
 * one where it is plain, and each unit's probability is the share of cuts that put it on its side.
 */
import { type Side, spanEvidence } from './layout-evidence.js';
import { pairingGain } from './layout-lengths.js';
import { cutBefore, type LayoutCut, logSumExp, piecesOf, type Reading, type Unit } from './layout-reading.js';
import { firstEndingAfter, type LayoutText } from './layout-text.js';
import type { Span } from '../types.js';
import { changePoint } from './change-point.js';
import { splitSentences } from '../segment/index.js';
import type { EvidenceScorer } from './layout-evidence.js';

/**
 * Prior weight of a cut at each kind of boundary, against one at a line break between paragraphs.
 * A separator line is drawn to part things (`-----` between the English and the French); a line
 * holding both languages is a bilingual heading that opens the second block; a mid-paragraph or
 * mid-line cut happens (one paragraph holding both languages) but rarely, and inside a sentence
 * only where the sentence rules missed its end.
 */
const CUT_WEIGHT: Readonly<Record<Unit['boundary'], number>> = {
  separator: 30,
  pair: 10,
  blank: 3,
  line: 1,
  wrap: 0.2,
  sentence: 0.2,
  inside: 0.02,
};
/** A heading goes with the text below it: a cut just after one is this much less likely, just before one this much more. */
const AFTER_HEADING = 0.2;
const BEFORE_HEADING = 2;
/** Characters under which a line alone in its paragraph, not ending a sentence, reads as a heading. */
const HEADING_MAX_LENGTH = 80;
/** Expected target/source length ratio of a block file before its cut is known: any, about 1. */
const BLOCK_RATIO = 1;

const TERMINAL_END = /[.!?…:;]["'”’»)\]]*$/u;

/** Whether unit i reads as a heading of what follows: a short line alone in its paragraph, without a sentence end. */
function isHeading(layout: LayoutText, units: readonly Unit[], i: number): boolean {
  const u = units[i]!;
  const next = units[i + 1];
  if (!next || next.paragraph === u.paragraph || u.length > HEADING_MAX_LENGTH) return false;
  const paragraph = layout.paragraphs[u.paragraph]!;
  if (paragraph.lines[1] - paragraph.lines[0] !== 1) return false;
  return !TERMINAL_END.test(layout.text.slice(u.span[0], u.span[1]));
}

/** Characters each part of a unit cut inside a paragraph needs, so that both have some language to tell. */
const CHANGE_MIN_PART = 2;

/**
 * The cut placed where the language changes inside the paragraph that holds it (see
 * change-point.ts), and the probabilities of that paragraph's units lowered to the chance that the
 * change point puts them on their side ("…with his hand - Il / ne pouvait pas achever sa phrase.":
 * the French starts inside the unit the sentence rules made).
 *
 * @returns the units with the paragraph's made again around the new cut, the new cut, and the probabilities mapped over
 */
function placeChange(
  layout: LayoutText,
  units: readonly Unit[],
  cut: number,
  first: Side,
  scorer: EvidenceScorer,
): { units: Unit[]; cut: number; probability: (old: ArrayLike<number>) => Float64Array<ArrayBuffer> } | undefined {
  const other = (1 - first) as Side;
  const paragraph = units[cut]!.paragraph;
  let lo = cut - 1;
  while (lo > 0 && units[lo - 1]!.paragraph === paragraph && units[lo]!.boundary !== 'pair') lo--;
  let hi = cut + 1;
  while (hi < units.length && units[hi]!.paragraph === paragraph && units[hi]!.boundary !== 'pair') hi++;
  const span: Span = [units[lo]!.span[0], units[hi - 1]!.span[1]];
  const change = changePoint(layout.text, span, [scorer.by[first], scorer.by[other]], splitSentences(layout.text, span));
  if (!change) return undefined;
  const at = change.at;
  // The paragraph's units before the change, the one it falls in cut in two, and those after.
  const made: Unit[] = [];
  let newCut = lo;
  for (let i = lo; i < hi; i++) {
    const u = units[i]!;
    if (u.span[1] <= at) {
      made.push(u);
      newCut = made.length + lo;
      continue;
    }
    if (u.span[0] >= at) {
      made.push(u);
      continue;
    }
    let end = at;
    while (end > u.span[0] && /\s/u.test(layout.text[end - 1]!)) end--;
    if (end - u.span[0] < CHANGE_MIN_PART || u.span[1] - at < CHANGE_MIN_PART) {
      // Too little on one side to be a part: the unit goes whole to the side of most of it.
      made.push(u);
      if (end - u.span[0] >= u.span[1] - at) newCut = made.length + lo;
      continue;
    }
    const part = (from: number, to: number, boundary: Unit['boundary']): Unit => ({
      ...u,
      span: [from, to],
      boundary,
      evidence: scorer.unit(layout.text.slice(from, to)),
      length: to - from,
    });
    made.push(part(u.span[0], end, u.boundary), part(at, u.span[1], 'sentence'));
    newCut = made.length - 1 + lo;
  }
  const out = [...units.slice(0, lo), ...made, ...units.slice(hi)];
  // A change at the paragraph's very edge leaves one side empty: the cut between units stands.
  if (newCut <= 0 || newCut >= out.length) return undefined;
  return {
    units: out,
    cut: newCut,
    probability: (old) =>
      Float64Array.from(out, (u, i) => {
        if (i < lo) return old[i]!;
        if (i >= lo + made.length) return old[i - made.length + (hi - lo)]!;
        // A part keeps the probability of the unit holding it, lowered by the change point's doubt.
        const base = old[firstEndingAfter(units, u.span[0])]!;
        return Math.min(base, i < newCut ? change.before(u.span[1]) : change.after(u.span[0]));
      }),
  };
}

/**
 * Read a file as two blocks.
 *
 * @param layout the file's structure
 * @param units its units in order (atoms; lines holding both languages left out)
 * @param scorer the pair's evidence
 * @returns the reading, or undefined for fewer than two units
 */
export function readBlock(layout: LayoutText, given: readonly Unit[], scorer: EvidenceScorer): Reading | undefined {
  let units = given;
  const n = units.length;
  if (n < 2) return undefined;
  // Log prior of a cut before unit k (1 ≤ k < n), normalised over all places.
  const weights = new Float64Array(n);
  for (let k = 1; k < n; k++) {
    let w = CUT_WEIGHT[units[k]!.boundary];
    if (isHeading(layout, units, k - 1)) w *= AFTER_HEADING;
    if (isHeading(layout, units, k)) w *= BEFORE_HEADING;
    weights[k] = w;
  }
  let total = 0;
  for (let k = 1; k < n; k++) total += weights[k]!;

  // Prefix sums of costs and lengths on each side.
  const costs = [new Float64Array(n + 1), new Float64Array(n + 1)];
  const lengths = new Float64Array(n + 1);
  units.forEach((u, i) => {
    costs[0]![i + 1] = costs[0]![i]! + u.evidence.cost[0];
    costs[1]![i + 1] = costs[1]![i]! + u.evidence.cost[1];
    lengths[i + 1] = lengths[i]! + u.length;
  });
  // Log-probability of each (first side, cut): index o * n + k.
  const logp = new Float64Array(2 * n).fill(-Infinity);
  for (const o of [0, 1] as const) {
    const other = 1 - o;
    for (let k = 1; k < n; k++) {
      const before = costs[o]![k]!;
      const after = costs[other]![n]! - costs[other]![k]!;
      const [sourceLength, targetLength] = o === 0 ? [lengths[k]!, lengths[n]! - lengths[k]!] : [lengths[n]! - lengths[k]!, lengths[k]!];
      logp[o * n + k] = Math.log(weights[k]! / total) - Math.log(2) - before - after + pairingGain(sourceLength, targetLength, BLOCK_RATIO);
    }
  }
  const evidence = logSumExp(logp);
  let best = 1;
  for (let x = 2; x < 2 * n; x++) if (logp[x]! > logp[best]!) best = x;
  const first = (best >= n ? 1 : 0) as Side;
  let cut = best % n;

  // Probability of each unit being on the side the best cut gives it: the mass of cuts agreeing.
  // P(unit i on side `first`) = mass of cuts (first, k > i) + mass of cuts (other, k ≤ i).
  const mass = Array.from(logp, (x) => Math.exp(x - evidence));
  const firstAfter = new Float64Array(n + 1); // Σ mass[first][k] for k > i
  for (let k = n - 1; k >= 1; k--) firstAfter[k - 1] = firstAfter[k]! + mass[first * n + k]!;
  const otherUpTo = new Float64Array(n); // Σ mass[other][k] for k ≤ i
  const other = 1 - first;
  for (let i = 1; i < n; i++) otherUpTo[i] = otherUpTo[i - 1]! + mass[other * n + i]!;
  let sides = new Uint8Array(n);
  let probabilities = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const onFirst = firstAfter[i]! + otherUpTo[i]!;
    sides[i] = i < cut ? first : other;
    probabilities[i] = Math.min(1, i < cut ? onFirst : 1 - onFirst);
  }
  // Inside a paragraph, the change is placed by the language model over the whole paragraph,
  // between two words even where the sentence rules saw no end ("…with his hand - Il ne pouvait pas…").
  const refined = cut > 0 && units[cut]!.paragraph === units[cut - 1]!.paragraph ? placeChange(layout, units, cut, first, scorer) : undefined;
  if (refined) {
    probabilities = refined.probability(probabilities);
    units = refined.units;
    cut = refined.cut;
    sides = Uint8Array.from(units, (_, i) => (i < cut ? first : other));
  }
  const cuts: LayoutCut[] = [cutBefore(layout.lines, units, cut)];
  return {
    layout: 'block',
    cost: -evidence,
    pieces: piecesOf(units, sides as unknown as ArrayLike<Side>, probabilities, (span) => spanEvidence(layout.text, span, layout.lines, scorer)),
    facts: { cuts, first },
  };
}
