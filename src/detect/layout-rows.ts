/**
 * Lines that hold a text and its translation side by side: every line of a `columns` file
 * (`Save<TAB>Enregistrer`) or a `pairs` file (`Welcome / Bienvenue`, a half sometimes going on over
 * the next lines), and single bilingual lines inside other layouts (`Installation | Installation`,
 * `Français / English`).
 */
import type { Span } from '../types.js';
import { type Evidence, type EvidenceScorer, NO_EVIDENCE, type Side } from './layout-evidence.js';
import { lengthRatio, pairingGain } from './layout-lengths.js';
import { inTextOrder, type Placed, type Reading } from './layout-reading.js';
import type { ContentLine, Delimiter, LayoutText } from './layout-text.js';

/** Two halves of a line, and what they say. */
interface Halves {
  readonly left: Span;
  readonly right: Span;
  readonly leftEvidence: Evidence;
  readonly rightEvidence: Evidence;
  /** Cost of left in side 0 and right in side 1 (`straight`), and of the opposite (`crossed`). */
  readonly straight: number;
  readonly crossed: number;
  /** Cost of both halves in one language, the better of the two. */
  readonly same: number;
}

const LETTER = /\p{L}/u;

/** The span of `[start, end)` without spaces or a markdown table's outer bars at its ends; undefined when no letter is left. */
function trimHalf(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /[\s|]/u.test(text[s]!)) s++;
  while (e > s && /[\s|]/u.test(text[e - 1]!)) e--;
  return LETTER.test(text.slice(s, e)) ? [s, e] : undefined;
}

/**
 * The halves of a line cut at a delimiter. With `open`, a half may be empty (a hard-wrapped row cut
 * just after its delimiter goes on over the next line); otherwise both must hold a letter.
 */
function halvesAt(layout: LayoutText, line: ContentLine, cut: Span, scorer: EvidenceScorer, open = false): Halves | undefined {
  let left = trimHalf(layout.text, line.span[0], cut[0]);
  let right = trimHalf(layout.text, cut[1], line.span[1]);
  // An open half keeps what it holds, a dash opening a reply or nothing at all.
  if (open && left && !right) right = [cut[1], line.span[1]];
  if (open && right && !left) left = [line.span[0], cut[0]];
  if (!left || !right) return undefined;
  return halvesOf(layout.text, left, right, scorer);
}

/** The evidence of a half or a cell: none without a letter. */
function cellEvidence(text: string, span: Span, scorer: EvidenceScorer): Evidence {
  return LETTER.test(text.slice(span[0], span[1])) ? scorer.of(text.slice(span[0], span[1])) : NO_EVIDENCE;
}

/** Two spans read as the halves of a row: their evidence, and the costs of each way of placing them. */
function halvesOf(text: string, left: Span, right: Span, scorer: EvidenceScorer): Halves {
  const leftEvidence = cellEvidence(text, left, scorer);
  const rightEvidence = cellEvidence(text, right, scorer);
  const [l, r] = [leftEvidence.cost, rightEvidence.cost];
  return { left, right, leftEvidence, rightEvidence, straight: l[0] + r[1], crossed: l[1] + r[0], same: Math.min(l[0] + r[0], l[1] + r[1]) };
}

/** Letters of a half folded for comparison: "Installation" and "installation", "Électricité" and "Electricite" match. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
}

/** A half-line pair judged as one: which halves, which way round, how surely. */
export interface PairLine {
  readonly line: number;
  readonly kind: Delimiter;
  readonly halves: Halves;
  /** Log-odds that the line holds two languages rather than one. */
  readonly odds: number;
}

/**
 * Log-odds prior that a delimiter separates two languages, before the halves' languages are read.
 * A TAB rarely sits inside a sentence; ` | ` and ` / ` do, as often as they part two languages ("and / or").
 */
const DELIMITER_PRIOR: Readonly<Record<Delimiter, number>> = { tab: 1, bar: 0, slash: 0 };
/**
 * Evidence the same words on both sides of a delimiter give for a bilingual line: headings are
 * often spelt alike in both languages ("Installation | Installation", "Contact / Contact").
 */
const SAME_WORDS_ODDS = 2.5;
/** Log-odds from which a line inside another layout is read as holding both languages (e^1.5 ≈ 4.5 to 1). */
const PAIR_LINE_MIN_ODDS = 1.5;
/**
 * Log-odds a line gains when two other lines of the file split at the same delimiter hold two
 * languages: bilingual headings come in series ("Privacy | Confidentialité" beside "Terms of Use |
 * Conditions d'utilisation"), even where a half is too short to tell ("Contact | Nous joindre").
 */
const SERIES_ODDS = 2;
/** Other bilingual lines at the same delimiter that make a series. */
const SERIES_MIN_LINES = 1;

/** Log-odds that halves hold two languages: their languages, their spelling, their lengths, the delimiter. */
function pairOdds(layout: LayoutText, h: Halves, kind: Delimiter): number {
  const leftText = layout.text.slice(h.left[0], h.left[1]);
  const rightText = layout.text.slice(h.right[0], h.right[1]);
  const same = folded(leftText) === folded(rightText) ? SAME_WORDS_ODDS : 0;
  const [a, b] = [h.left[1] - h.left[0], h.right[1] - h.right[0]];
  // An empty half (a row going on over the next line) has no length to compare yet.
  const lengths = a > 0 && b > 0 ? Math.min(0, pairingGain(a, b, 1)) : 0;
  return h.same - Math.min(h.straight, h.crossed) + same + DELIMITER_PRIOR[kind] + lengths;
}

/** The best way to split a line at one of its delimiters of the given kinds, and how likely it holds two languages (`open`: see `halvesAt`). */
function bestSplit(layout: LayoutText, index: number, kinds: readonly Delimiter[], scorer: EvidenceScorer, open = false): PairLine | undefined {
  const line = layout.lines[index]!;
  let best: PairLine | undefined;
  for (const d of line.delimiters) {
    if (!kinds.includes(d.kind)) continue;
    const halves = halvesAt(layout, line, d.span, scorer, open);
    if (!halves) continue;
    const odds = pairOdds(layout, halves, d.kind);
    if (!best || odds > best.odds) best = { line: index, kind: d.kind, halves, odds };
  }
  return best;
}

/**
 * Lines holding both languages inside a block, sections or alternating layout (bilingual headings,
 * `Français / English`), with the side of each half.
 *
 * The halves' order follows their languages; where they say nothing (`Installation |
 * Installation`), the order of the file's other bilingual lines.
 *
 * @returns the lines (content-line indices) and their placed halves
 */
export function findPairLines(layout: LayoutText, scorer: EvidenceScorer): { lines: Set<number>; pieces: Placed[] } {
  const candidates: PairLine[] = [];
  layout.lines.forEach((line, i) => {
    // A bilingual line stands alone: inside a paragraph of several lines, a delimiter belongs to the prose.
    const paragraph = layout.paragraphs[line.paragraph]!;
    if (line.delimiters.length === 0 || paragraph.lines[1] - paragraph.lines[0] > 1) return;
    const pair = bestSplit(layout, i, ['tab', 'slash', 'bar'], scorer);
    if (pair) candidates.push(pair);
  });
  const sure = (kind: Delimiter): number => candidates.filter((c) => c.kind === kind && c.odds >= PAIR_LINE_MIN_ODDS).length;
  const found = candidates
    .map((pair) => {
      const others = sure(pair.kind) - (pair.odds >= PAIR_LINE_MIN_ODDS ? 1 : 0);
      return others >= SERIES_MIN_LINES ? { ...pair, odds: pair.odds + SERIES_ODDS } : pair;
    })
    .filter((p) => p.odds >= PAIR_LINE_MIN_ODDS);
  const order = orientationPrior(found.map((p) => p.halves));
  const pieces = found.flatMap((p) => placeHalves(p.halves, order, sigmoid(p.odds), p.line));
  return { lines: new Set(found.map((p) => p.line)), pieces };
}

/** Bound on how much the file's other lines may decide which half of a line is which. */
const ORIENTATION_PRIOR_MAX = 3;

/** Log-odds of the straight order (source language left) from all lines together, bounded. */
function orientationPrior(halves: readonly Halves[]): number {
  const sum = halves.reduce((s, h) => s + (h.crossed - h.straight), 0);
  return Math.max(-ORIENTATION_PRIOR_MAX, Math.min(ORIENTATION_PRIOR_MAX, sum));
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The two halves placed on their sides: straight when their own evidence plus `prior` says so. */
function placeHalves(h: Halves, prior: number, pairProbability: number, row: number): Placed[] {
  const odds = h.crossed - h.straight + prior;
  const straight = odds >= 0;
  const probability = pairProbability * sigmoid(Math.abs(odds));
  const [l, r]: [Side, Side] = straight ? [0, 1] : [1, 0];
  return [
    { span: h.left, side: l, probability, evidence: h.leftEvidence, row },
    { span: h.right, side: r, probability, evidence: h.rightEvidence, row },
  ];
}

/** Cost of a line a rows reading cannot read as a row (a title above the table, a note below). */
const LONE_LINE_COST = 2;
/** Cost of a line read as the continuation of a half on the line before (or its beginning on the line before the row). */
const CONTINUATION_COST = 0.3;

/** A line of a rows reading that is not a row: alone, or carrying on a half of the row above or below. */
type Extra = { kind: 'lone'; side: Side } | { kind: 'after'; row: number } | { kind: 'before'; row: number };

/**
 * The `pairs` (` / `, ` | `) or `columns` (TAB) reading of a file: each line holding the delimiter
 * is a row, its halves one on each side, the same way round in every row (the order the halves'
 * languages agree on over the whole file). In `pairs`, lines between rows carry on the right half
 * of the row above or start the left half of the row below, as their languages say (hard-wrapped
 * rows); other lines stand alone on the side of their language. In `columns`, a line with more than
 * two cells is read at its two cells whose languages differ most (the others, keys or notes, are
 * left out).
 *
 * @returns the reading, or undefined when fewer than two lines hold the delimiter
 */
export function readRows(layout: LayoutText, scorer: EvidenceScorer, kind: 'pairs' | 'columns'): Reading | undefined {
  const kinds: readonly Delimiter[] = kind === 'columns' ? ['tab'] : ['slash', 'bar'];
  const { text, lines } = layout;
  // Which delimiter the rows use: the one most lines hold.
  const counts = new Map<Delimiter, number>();
  for (const line of lines) for (const d of new Set(line.delimiters.map((x) => x.kind))) if (kinds.includes(d)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const delimiter = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (delimiter === undefined || counts.get(delimiter)! < 2) return undefined;

  const cells = kind === 'columns' ? columnCells(layout, scorer) : undefined;
  const rows: (Halves | undefined)[] = lines.map((_, i) => {
    if (cells) return cells.rows[i];
    return bestSplit(layout, i, [delimiter], scorer, true)?.halves;
  });
  const prior = orientationPrior(rows.filter((h): h is Halves => h !== undefined));
  const straight = prior >= 0;
  const rowCost = (h: Halves): number => (straight ? h.straight : h.crossed);
  const [leftSide, rightSide]: [Side, Side] = straight ? [0, 1] : [1, 0];

  const evidence = lines.map((l) => scorer.unit(text.slice(l.span[0], l.span[1])));
  const loneSide = (i: number): Side => (evidence[i]!.cost[0] <= evidence[i]!.cost[1] ? 0 : 1);
  const loneCost = (i: number): number => Math.min(...evidence[i]!.cost) + LONE_LINE_COST;
  // Every line holding the delimiter is a row: the fragment of a hard-wrapped half on it is often too
  // short to tell its language ("About a month" reads as French), and a line that is not a row costs
  // the reading its evidence instead.
  const isRow = rows.map((h) => h !== undefined);

  const extras = new Map<number, Extra>();
  let cost = 0;
  let rowCount = 0;
  const ratio = ratioOf(rows.filter((h, i): h is Halves => isRow[i]! && h !== undefined), straight);
  for (let i = 0; i < lines.length; ) {
    if (isRow[i]) {
      const h = rows[i]!;
      cost += rowCost(h);
      rowCount++;
      i++;
      continue;
    }
    // A run of lines between rows: the first k carry on the row above, the rest start the row below.
    let j = i;
    while (j < lines.length && !isRow[j]) j++;
    const above = i > 0 && isRow[i - 1] ? i - 1 : -1;
    const below = j < lines.length ? j : -1;
    const best = splitGap(i, j, above >= 0, below >= 0, {
      gap: (x) => lines[x]!.gap,
      after: (x) => evidence[x]!.cost[rightSide] + CONTINUATION_COST,
      before: (x) => evidence[x]!.cost[leftSide] + CONTINUATION_COST,
      lone: loneCost,
      break: (x) => {
        if (x <= 0 || x >= lines.length) return 0;
        const before = text.slice(lines[x - 1]!.span[0], lines[x - 1]!.span[1]);
        const after = text.slice(lines[x]!.span[0], lines[x]!.span[1]);
        return (SENTENCE_END.test(before) ? 0 : MID_SENTENCE_BREAK) + (LOWER_START.test(after) ? MID_SENTENCE_BREAK : 0);
      },
    });
    cost += best.cost;
    for (let x = i; x < j; x++) {
      if (x < i + best.k) extras.set(x, { kind: 'after', row: above });
      else if (x >= j - best.m) extras.set(x, { kind: 'before', row: below });
      else extras.set(x, { kind: 'lone', side: loneSide(x) });
    }
    i = j;
  }

  // The orientation's posterior, from the rows' evidence: how sure the reading is of every row's sides.
  const rowHalves = rows.filter((h, i): h is Halves => isRow[i]! && h !== undefined);
  const margin = Math.abs(rowHalves.reduce((s, h) => s + (h.crossed - h.straight), 0));
  const orientation = sigmoid(Math.max(margin, 0));
  const pieces: Placed[] = [];
  let gain = 0;
  lines.forEach((_, i) => {
    if (!isRow[i]) return;
    const h = rows[i]!;
    let left = h.left;
    let right = h.right;
    for (let x = i - 1; x >= 0 && extras.get(x)?.kind === 'before'; x--) left = [lines[x]!.span[0], left[1] > left[0] ? left[1] : lines[x]!.span[1]];
    for (let x = i + 1; x < lines.length && extras.get(x)?.kind === 'after'; x++) right = [right[1] > right[0] ? right[0] : lines[x]!.span[0], lines[x]!.span[1]];
    const [sourceSpan, targetSpan] = straight ? [left, right] : [right, left];
    gain += pairingGain(sourceSpan[1] - sourceSpan[0], targetSpan[1] - targetSpan[0], ratio);
    const leftEvidence = left === h.left ? h.leftEvidence : scorer.of(text.slice(left[0], left[1]));
    const rightEvidence = right === h.right ? h.rightEvidence : scorer.of(text.slice(right[0], right[1]));
    if (left[1] > left[0]) pieces.push({ span: left, side: leftSide, probability: orientation, evidence: leftEvidence, row: i });
    if (right[1] > right[0]) pieces.push({ span: right, side: rightSide, probability: orientation, evidence: rightEvidence, row: i });
  });
  const lone = [...extras].flatMap(([x, e]): Placed[] => {
    if (e.kind !== 'lone') return [];
    const ev = evidence[x]!;
    const p = sigmoid(Math.abs(ev.cost[0] - ev.cost[1]));
    return [{ span: lines[x]!.span, side: e.side, probability: ev.lang === 'und' ? 0.5 : p, evidence: ev }];
  });
  const columnChoice = cells ? Math.log((cells.count * (cells.count - 1)) / 2) : 0;
  return {
    layout: kind,
    cost: cost - gain + Math.log(2) + columnChoice,
    pieces: inTextOrder(pieces, lone),
    facts: {
      delimiter,
      rows: rowCount,
      first: leftSide,
      ...(cells && { columns: [cells.pair[0] + 1, cells.pair[1] + 1] as const, columnCount: cells.count }),
    },
  };
}

/** Costs of the lines between two rows, read three ways. */
interface GapCosts {
  gap(line: number): ContentLine['gap'];
  after(line: number): number;
  before(line: number): number;
  lone(line: number): number;
  /** Cost of the text ending at the line break before `line` (a row or a lone line ending there). */
  break(line: number): number;
}

/**
 * Cost of a row or a lone line ending at a line break where the sentence goes on, for each sign of
 * it: the line before does not end a sentence; the next starts in lower case. A hard-wrapped
 * row's half goes on over the next line ("You ought to have seen how every one set to work, and
 * how / quiet it was!"), and the sentence's shape tells it better than the few words of the line.
 */
const MID_SENTENCE_BREAK = 2;
const SENTENCE_END = /[.!?…:;»"”’)\]]$/u;
const LOWER_START = /^[\p{Ll}]/u;

/**
 * The cheapest reading of lines [i, j) between two rows: the first k carry on the row above (each
 * separated from the one before by a line break only), the last m start the row below (likewise),
 * the others stand alone. Linear: for each k, the best m comes from a running minimum.
 */
function splitGap(i: number, j: number, hasAbove: boolean, hasBelow: boolean, costs: GapCosts): { cost: number; k: number; m: number } {
  const n = j - i;
  // A join across a line break where the sentence goes on saves that break's cost (see MID_SENTENCE_BREAK).
  const loneSum = new Float64Array(n + 1);
  for (let x = 0; x < n; x++) loneSum[x + 1] = loneSum[x]! + costs.lone(i + x);
  let maxK = 0;
  if (hasAbove) while (maxK < n && costs.gap(i + maxK) === 'line') maxK++;
  let maxM = 0;
  // Line j (the row below) and each line taken before it must follow the previous one across a line break.
  if (hasBelow) while (maxM < n && costs.gap(j - maxM) === 'line') maxM++;
  // tail[m]: cost of the last m lines starting the row below, minus the lone cost they no longer pay.
  const tail = new Float64Array(maxM + 1);
  for (let m = 1; m <= maxM; m++) tail[m] = tail[m - 1]! + costs.before(j - m) - costs.break(j - m + 1);
  // Best m of at most t lines: prefix minimum of tail[m] + the lone costs of the lines before them.
  const bestM = new Int32Array(maxM + 1);
  const bestG = new Float64Array(maxM + 1);
  for (let m = 0; m <= maxM; m++) {
    const g = tail[m]! + loneSum[n - m]!;
    const keep = m > 0 && bestG[m - 1]! <= g + 1e-9;
    bestM[m] = keep ? bestM[m - 1]! : m;
    bestG[m] = keep ? bestG[m - 1]! : g;
  }
  let best = { cost: Infinity, k: 0, m: 0 };
  let head = 0;
  for (let k = 0; k <= maxK; k++) {
    if (k > 0) head += costs.after(i + k - 1) - costs.break(i + k - 1);
    const t = Math.min(maxM, n - k);
    const c = head - loneSum[k]! + bestG[t]!;
    if (c < best.cost - 1e-9) best = { cost: c, k, m: bestM[t]! };
  }
  return best;
}

/** The target/source length ratio over rows. */
function ratioOf(rows: readonly Halves[], straight: boolean): number {
  let s = 0;
  let t = 0;
  for (const h of rows) {
    const [a, b] = straight ? [h.left, h.right] : [h.right, h.left];
    s += a[1] - a[0];
    t += b[1] - b[0];
  }
  return lengthRatio(s, t);
}

/**
 * The TAB-separated cells of every line, read at the two columns whose languages differ most over
 * the file: per line, the two cells as halves.
 */
function columnCells(layout: LayoutText, scorer: EvidenceScorer): { rows: (Halves | undefined)[]; pair: readonly [number, number]; count: number } {
  const { text, lines } = layout;
  const split = lines.map((line) => {
    const out: Span[] = [];
    let start = line.span[0];
    for (const d of line.delimiters) {
      if (d.kind !== 'tab') continue;
      out.push([start, d.span[0]]);
      start = d.span[1];
    }
    if (out.length === 0) return [];
    out.push([start, line.span[1]]);
    return out;
  });
  const count = Math.max(2, ...split.map((s) => s.length));
  const evidence = split.map((cells) => cells.map((cell) => cellEvidence(text, cell, scorer)));
  let best = { pair: [0, 1] as [number, number], gain: -Infinity };
  for (let a = 0; a < count; a++) {
    for (let b = a + 1; b < count; b++) {
      let straight = 0;
      let crossed = 0;
      let same = 0;
      for (const ev of evidence) {
        const l = ev[a];
        const r = ev[b];
        if (!l || !r) continue;
        straight += l.cost[0] + r.cost[1];
        crossed += l.cost[1] + r.cost[0];
        same += Math.min(l.cost[0] + r.cost[0], l.cost[1] + r.cost[1]);
      }
      const gain = same - Math.min(straight, crossed);
      if (gain > best.gain) best = { pair: [a, b], gain };
    }
  }
  const [a, b] = best.pair;
  const rows = lines.map((_, i): Halves | undefined => {
    const cells = split[i]!;
    const l = cells[a] && trimHalf(text, cells[a][0], cells[a][1]);
    const r = cells[b] && trimHalf(text, cells[b][0], cells[b][1]);
    return l && r ? halvesOf(text, l, r, scorer) : undefined;
  });
  return { rows, pair: best.pair, count };
}
