/**
 * The oracle bound of bench/languages.mjs: the best strict F1 that any monotone bead sequence over
 * given sentences can reach, once its beads are projected on the reference units as the bench
 * projects them (bench/lib/projection.mjs) and scored as `scoreAlignments` scores them.
 *
 * What the projection does, and the search follows exactly: each bead covers the unit groups its
 * sentences overlap; it is merged into the last merged bead when they share a group on either side,
 * else it starts a new merged bead. A merged bead is a strict hit when it is `{g} ↔ {g}`; the gold is
 * one bead per group. Every test bead counts in precision, so strict F1 = 2·hits / (test beads +
 * gold beads), summed over documents.
 *
 * Search: a dynamic programme over sentence positions (i, j) of both sides, in which a bead is
 * built one sentence at a time (so beads of any shape, 0-1 and 1-0 included, cost nothing more).
 * What the future needs to know of the past is small, because a side's units never decrease along
 * its sentences: a bead overlaps the last merged bead on a side exactly when its first sentence
 * there shares a unit with the sentence before it, and the merged bead is a hit exactly when each
 * side's units are one and the same group. The ratio is maximised by Dinkelbach's method: maximise
 * 2·hits − λ·beads for a λ, set λ to the F1 of the best sequence found, until it stops rising.
 */

// Status of a side of a merged bead (or of a bead being built): no unit yet, one unit, several.
const EMPTY = 0;
const SINGLE = 1;
const MULTI = 2;

// States per sentence position: 9 at a bead boundary (the last merged bead's two side statuses),
// 16 while building a bead that starts a new merged bead (per side: barred because its first
// sentence would overlap, or a status), 36 while building one merged into the last (which side
// overlaps, whether that side has had its sentence yet, the merged bead's two statuses); each
// four times, for the two duplicate flags below.
const BOUNDARY = 0;
const FRESH = 9;
const MERGING = 25;
const KINDS = 61;
const STATES = 4 * KINDS;
const BARRED = 0; // FRESH side value; 1 + status otherwise
// The scorer counts identical test beads once. The only merged beads that can repeat are one-sided
// beads of one unit ({x} ↔ nothing, with beads of the other side only between them): flag bit 1
// (source) or 2 (target) says that one such bead was closed at the side's current unit, so the
// next identical one is no new test bead.
const DUP_SOURCE = 1;
const DUP_TARGET = 2;

/** The status of a side after one more sentence with units lo..hi; `joins`: lo is the side's last unit. */
function extend(status, lo, hi, joins) {
  if (status === EMPTY) return lo === hi ? SINGLE : MULTI;
  if (status === SINGLE) return lo === hi && joins ? SINGLE : MULTI;
  return MULTI;
}

/**
 * Best 2·hits − λ·beads of one document, with its hits and beads. `floor`: a value some sequence
 * is known to reach; positions that cannot beat it are skipped (exact). `band`: only positions
 * whose two sides stand within one group of each other (a feasible sequence, fast: the floor).
 * @param {number[][]} source units (groups) of each source sentence, ascending, none empty
 * @param {number[][]} target the same for the target
 * @param {number} groups number of groups (gold beads)
 */
function bestSequence(source, target, groups, lambda, floor, band) {
  const n = source.length;
  const m = target.length;
  for (const side of [source, target]) if (side.some((u) => !u.length)) throw new Error('oracle: a sentence overlaps no unit');
  const los = (side) => Int32Array.from(side, (u) => u[0]);
  const his = (side) => Int32Array.from(side, (u) => u[u.length - 1]);
  const loS = los(source);
  const hiS = his(source);
  const loT = los(target);
  const hiT = his(target);
  // joinsS[i]: source sentence i starts in the unit where sentence i − 1 ends; keepS[i]: and is of that unit alone.
  const joins = (lo, hi) => lo.map((x, k) => (k > 0 && x === hi[k - 1] ? 1 : 0));
  const joinsS = joins(loS, hiS);
  const joinsT = joins(loT, hiT);
  const keepS = joinsS.map((x, k) => (x && loS[k] === hiS[k] ? 1 : 0));
  const keepT = joinsT.map((x, k) => (x && loT[k] === hiT[k] ? 1 : 0));
  const front = (hi, k) => (k > 0 ? hi[k - 1] : 0);
  // What is still to win from a position: the last merged bead's hit, and one hit (2 − λ) per group
  // not yet passed that can be hit at all (it has a sentence of that group alone on both sides).
  const alone = (lo, hi, side) => {
    const has = new Uint8Array(groups + 1);
    for (let k = 0; k < side.length; k++) if (lo[k] === hi[k]) has[lo[k]] = 1;
    return has;
  };
  const aloneS = alone(loS, hiS, source);
  const aloneT = alone(loT, hiT, target);
  const hittable = new Int32Array(groups + 1); // hittable[g]: such groups from g on
  for (let g = groups - 1; g >= 0; g--) hittable[g] = hittable[g + 1] + (aloneS[g] && aloneT[g] ? 1 : 0);
  const ahead = (i, j) => 2 + (2 - lambda) * hittable[Math.min(groups, Math.max(front(hiS, i), front(hiT, j)))];
  const width = (m + 1) * STATES;
  // A row's cells are cleared when first reached (most are never reached once the floor prunes).
  const row = () => ({ val: new Float64Array(width), hits: new Int32Array(width), beads: new Int32Array(width), live: new Uint8Array(m + 1) });
  let cur = row();
  let next = row();
  const relax = (to, at, v, h, b) => {
    const j = (at / STATES) | 0;
    if (!to.live[j]) {
      to.live[j] = 1;
      to.val.fill(-Infinity, j * STATES, (j + 1) * STATES);
    }
    if (v > to.val[at]) {
      to.val[at] = v;
      to.hits[at] = h;
      to.beads[at] = b;
    }
  };
  relax(cur, BOUNDARY, 0, 0, 0); // (0, 0): nothing merged yet
  let best = { value: -Infinity, hits: 0, beads: 0 };
  for (let i = 0; i <= n; i++) {
    next.live.fill(0);
    const { val, hits, beads, live } = cur;
    for (let j = 0; j <= m; j++) {
      const cell = j * STATES;
      if (!live[j]) continue;
      if (band && ((i > 0 ? loS[i - 1] : 0) > front(hiT, j) + 1 || (j > 0 ? loT[j - 1] : 0) > front(hiS, i) + 1)) continue;
      let top = -Infinity;
      for (let k = cell; k < cell + STATES; k++) if (val[k] > top) top = val[k];
      if (top === -Infinity || top + ahead(i, j) < floor - 1e-9) continue;
      for (let flags = 0; flags < 4; flags++) {
        const base = cell + flags * KINDS;
        // 1. A bead with at least one sentence may end here.
        for (let vs = 0; vs < 4; vs++) {
          for (let vt = 0; vt < 4; vt++) {
            const at = base + FRESH + vs * 4 + vt;
            if (val[at] === -Infinity || (vs < 2 && vt < 2)) continue;
            relax(cur, base + BOUNDARY + Math.max(vs - 1, 0) * 3 + Math.max(vt - 1, 0), val[at], hits[at], beads[at]);
          }
        }
        for (let via = 0; via < 2; via++) {
          for (let s = 0; s < 9; s++) {
            const at = base + MERGING + via * 18 + 9 + s; // its overlapping side taken
            if (val[at] !== -Infinity) relax(cur, base + BOUNDARY + s, val[at], hits[at], beads[at]);
          }
        }
        // 2. The last merged bead closes and a new one starts, or a bead starts that merges into
        // it, or the document ends.
        for (let ss = 0; ss < 3; ss++) {
          for (let st = 0; st < 3; st++) {
            const at = base + BOUNDARY + ss * 3 + st;
            const v = val[at];
            if (v === -Infinity) continue;
            const hit = ss === SINGLE && st === SINGLE && hiS[i - 1] === hiT[j - 1] ? 1 : 0;
            const onlyS = ss === SINGLE && st === EMPTY;
            const onlyT = ss === EMPTY && st === SINGLE;
            const repeat = (onlyS && flags & DUP_SOURCE) || (onlyT && flags & DUP_TARGET) ? 1 : 0;
            const closed = flags | (onlyS ? DUP_SOURCE : 0) | (onlyT ? DUP_TARGET : 0);
            const value = v + 2 * hit + repeat * lambda;
            if (i === n && j === m) {
              if (value > best.value) best = { value, hits: hits[at] + hit, beads: beads[at] - repeat };
              continue;
            }
            const overlapS = i < n && ss !== EMPTY && joinsS[i] === 1;
            const overlapT = j < m && st !== EMPTY && joinsT[j] === 1;
            const openS = i < n && !overlapS;
            const openT = j < m && !overlapT;
            if (openS || openT) relax(cur, cell + closed * KINDS + FRESH + (openS ? 1 : BARRED) * 4 + (openT ? 1 : BARRED), value - lambda, hits[at] + hit, beads[at] - repeat + 1);
            if (overlapS) relax(cur, base + MERGING + ss * 3 + st, v, hits[at], beads[at]);
            if (overlapT) relax(cur, base + MERGING + 18 + ss * 3 + st, v, hits[at], beads[at]);
          }
        }
        // 3. The bead being built takes the next sentence of either side.
        const nextS = i < n ? j * STATES + (keepS[i] ? flags : flags & ~DUP_SOURCE) * KINDS : 0;
        const nextT = j < m ? (j + 1) * STATES + (keepT[j] ? flags : flags & ~DUP_TARGET) * KINDS : 0;
        for (let vs = 0; vs < 4; vs++) {
          for (let vt = 0; vt < 4; vt++) {
            const at = base + FRESH + vs * 4 + vt;
            const v = val[at];
            if (v === -Infinity) continue;
            if (i < n && vs !== BARRED) relax(next, nextS + FRESH + (1 + extend(vs - 1, loS[i], hiS[i], joinsS[i])) * 4 + vt, v, hits[at], beads[at]);
            if (j < m && vt !== BARRED) relax(cur, nextT + FRESH + vs * 4 + 1 + extend(vt - 1, loT[j], hiT[j], joinsT[j]), v, hits[at], beads[at]);
          }
        }
        for (let via = 0; via < 2; via++) {
          for (let taken = 0; taken < 2; taken++) {
            for (let ss = 0; ss < 3; ss++) {
              for (let st = 0; st < 3; st++) {
                const at = base + MERGING + via * 18 + taken * 9 + ss * 3 + st;
                const v = val[at];
                if (v === -Infinity) continue;
                if (i < n) relax(next, nextS + MERGING + via * 18 + (via === 0 ? 1 : taken) * 9 + extend(ss, loS[i], hiS[i], joinsS[i]) * 3 + st, v, hits[at], beads[at]);
                if (j < m) relax(cur, nextT + MERGING + via * 18 + (via === 1 ? 1 : taken) * 9 + ss * 3 + extend(st, loT[j], hiT[j], joinsT[j]), v, hits[at], beads[at]);
              }
            }
          }
        }
      }
    }
    [cur, next] = [next, cur];
  }
  return best;
}

/**
 * The best strict F1 of any bead sequences over these documents' sentences, and its counts.
 * @param {Array<{ source: number[][], target: number[][], groups: number }>} docs per sentence the
 *   unit groups it overlaps (bench/lib/projection.mjs sentenceGroups), and the number of groups
 *   (gold beads, each one group on both sides)
 */
export function oracleF1(docs) {
  const gold = docs.reduce((k, d) => k + d.groups, 0);
  // Dinkelbach: λ starts at the F1 of the banded search (a sequence that exists), then becomes the
  // F1 of the best sequence for λ, which rises until the best sequence for λ scores λ itself.
  const f1Of = (hits, beads) => (beads + gold ? (2 * hits) / (beads + gold) : 0);
  const run = (lambda, exact) => {
    let hits = 0;
    let beads = 0;
    for (const d of docs) {
      // The banded search gives a floor; the whole search, skipping what cannot beat it, the best.
      const banded = bestSequence(d.source, d.target, d.groups, lambda, -Infinity, true);
      const b = exact ? bestSequence(d.source, d.target, d.groups, lambda, banded.value, false) : banded;
      hits += b.hits;
      beads += b.beads;
    }
    return { f1: f1Of(hits, beads), hits, beads, gold };
  };
  let lambda = run(1, false).f1;
  for (;;) {
    const best = run(lambda, true);
    if (best.f1 <= lambda + 1e-12) return best;
    lambda = best.f1;
  }
}
