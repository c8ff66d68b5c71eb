/**
 * A corpus of short documents with gold: each document of an eval set cut at bead boundaries of
 * its gold into documents of 20-50 beads (sizes drawn from a fixed-seed generator, so the same
 * cut every time; a last piece under 20 beads joins the one before), each with its sentences and
 * its gold renumbered from 0. What a crawl of short web pages or news items looks like to an
 * aligner, with a human answer for every piece.
 */
import { readFileSync } from 'node:fs';
import { loadSet, readLines } from './sets.mjs';

export const MIN_BEADS = 20;
export const MAX_BEADS = 50;

/** A fixed-seed linear congruential generator in [0, 1). */
function generator(seed) {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

/**
 * The short documents of the given sets: { set, mode, id, srcLang, tgtLang, src: lines, tgt: lines, gold: beads,
 * srcUnits?, tgtUnits? } (the verse keys of each line, for the Bible's verse-level gold: sets.mjs prepareTest).
 * @param ev the built eval module (parseManifest, parseLadder)
 */
export async function shortDocuments(sets, ev, { min = MIN_BEADS, max = MAX_BEADS, seed = 13 } = {}) {
  const random = generator(seed);
  const out = [];
  for (const set of sets) {
    for (const doc of await loadSet(set, ev)) {
      const src = readLines(doc.srcFile);
      const tgt = readLines(doc.tgtFile);
      const gold = ev.parseLadder(readFileSync(doc.goldFile, 'utf8'));
      let at = 0;
      for (let part = 0; at < gold.length; part++) {
        let n = min + Math.floor(random() * (max - min + 1));
        if (gold.length - at - n < min) n = gold.length - at;
        const beads = gold.slice(at, at + n);
        at += n;
        const s = beads.flatMap((b) => b.source);
        const t = beads.flatMap((b) => b.target);
        const [s0, t0] = [s[0] ?? 0, t[0] ?? 0];
        out.push({
          set,
          mode: doc.mode,
          ...(doc.mode === 'verses' && { srcUnits: s.map((k) => doc.srcUnits[k]), tgtUnits: t.map((k) => doc.tgtUnits[k]) }),
          id: `${doc.doc}-${String(part).padStart(3, '0')}`,
          srcLang: doc.srcLang,
          tgtLang: doc.tgtLang,
          src: s.map((k) => src[k]),
          tgt: t.map((k) => tgt[k]),
          gold: beads.map((b) => ({ source: b.source.map((k) => k - s0), target: b.target.map((k) => k - t0) })),
        });
      }
    }
  }
  return out;
}
