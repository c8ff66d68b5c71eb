/**
 * The projection of bench/languages.mjs: sentence beads → beads over reference units (verses,
 * UDHR paragraphs), merged where they share one, and the gold (one bead per unit group). In a
 * module of its own so that the oracle bound (bench/lib/oracle.mjs) and its test score exactly
 * what the bench scores.
 */

/** Units (indices) a sentence span overlaps. */
export function unitsOf(ranges, [start, end]) {
  const out = [];
  for (const [s, e, u] of ranges) if (s < end && e > start && !out.includes(u)) out.push(u);
  return out;
}

/**
 * Units that no segmentation of the running text can tell apart: a sentence of either side that
 * runs over a unit boundary (a verse ending inside an English sentence) joins the units it
 * crosses. Returns the group of each unit, groups numbered in order.
 */
export function unitGroups(n, alignment, srcRanges, tgtRanges) {
  const parent = Array.from({ length: n }, (_, u) => u);
  const find = (u) => (parent[u] === u ? u : (parent[u] = find(parent[u])));
  for (const [doc, ranges] of [[alignment.source, srcRanges], [alignment.target, tgtRanges]]) {
    for (const s of doc.sentences) {
      const us = unitsOf(ranges, s.span);
      for (const u of us.slice(1)) parent[find(u)] = find(us[0]);
    }
  }
  const group = new Array(n);
  let g = -1;
  let last;
  for (let u = 0; u < n; u++) {
    const root = find(u);
    if (root !== last) g++;
    last = root;
    group[u] = g;
  }
  return group;
}

/**
 * The unit groups each sentence of either side overlaps, and the number of groups. `joined`
 * false: every unit its own group.
 */
export function sentenceGroups(alignment, srcRanges, tgtRanges, n, joined = true) {
  const group = joined ? unitGroups(n, alignment, srcRanges, tgtRanges) : Array.from({ length: n }, (_, u) => u);
  const byNumber = (a, b) => a - b;
  const of = (doc, ranges) => doc.sentences.map((s) => [...new Set(unitsOf(ranges, s.span).map((u) => group[u]))].sort(byNumber));
  return { source: of(alignment.source, srcRanges), target: of(alignment.target, tgtRanges), groups: group.length ? group[group.length - 1] + 1 : 0 };
}

/**
 * Beads over sentences → beads over unit groups, merged where they share one; and the gold, one
 * bead per group. `joined` false: every unit its own group (the gold is one bead per verse, as the
 * translators made it, whatever the sentences). A bead is merged into the last merged bead only
 * (merge_by_units.py's rule).
 */
export function project(alignment, srcRanges, tgtRanges, n, joined = true) {
  const { source: sUnits, target: tUnits, groups } = sentenceGroups(alignment, srcRanges, tgtRanges, n, joined);
  const merged = [];
  for (const bead of alignment.beads) {
    const src = new Set(bead.source.flatMap((i) => sUnits[i]));
    const tgt = new Set(bead.target.flatMap((j) => tUnits[j]));
    const last = merged[merged.length - 1];
    if (last && ([...src].some((u) => last.src.has(u)) || [...tgt].some((u) => last.tgt.has(u)))) {
      for (const u of src) last.src.add(u);
      for (const u of tgt) last.tgt.add(u);
    } else merged.push({ src, tgt });
  }
  const byNumber = (a, b) => a - b;
  return {
    test: merged.map((b) => ({ source: [...b.src].sort(byNumber), target: [...b.tgt].sort(byNumber) })),
    gold: Array.from({ length: groups }, (_, g) => ({ source: [g], target: [g] })),
    groups,
  };
}
