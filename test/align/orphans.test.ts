import { describe, expect, it } from 'vitest';
import { fullBand } from '../../src/align/band.js';
import { orphanCues } from '../../src/align/orphans.js';
import type { UnitCues } from '../../src/align/problem.js';
import { createCognateScorer } from '../../src/lexical/index.js';

const en = ['Paris and London signed the treaty in 1815.', 'Napoleon left Elba with 700 soldiers.', 'Marmalade recipes vary from Seville to Dundee.', 'Wellington waited at Waterloo.'];
const fr = ['Paris et Londres signèrent le traité en 1815.', 'Napoléon quitta l’île d’Elbe avec 700 soldats.', 'Wellington attendait à Waterloo.'];
const none = (n: number): UnitCues => ({ deletionBonus: new Float64Array(n), glue: new Float64Array(n) });
const cues = { source: none(4), target: none(3), srcLocks: undefined, tgtLocks: undefined };
// One segment, its first-pass path 1-1, 1-1, 1-0, 1-1.
const first = {
  segments: [{ s0: 0, s1: 4, t0: 0, t1: 3, confidence: 1 }],
  passes: [{ band: fullBand(4, 3), paths: [{ pathX: Int32Array.of(0, 1, 2, 3, 4), pathY: Int32Array.of(0, 1, 2, 2, 3) }], margin: 0 }],
};
const settings = { bonus: 2, share: 0.1, minTotal: 0.5 };

describe('the lexical test of untranslated sentences', () => {
  it('gives a deletion bonus to a sentence none of whose cues its neighbours hold, and to no other', () => {
    const out = orphanCues(first, cues, createCognateScorer(en, fr), settings, { source: true, target: true });
    expect(Array.from(out.source.deletionBonus, (b) => b > 0)).toEqual([false, false, true, false]);
    expect(out.source.deletionBonus[2]).toBeCloseTo(2, 9);
    expect(Array.from(out.target.deletionBonus)).toEqual([0, 0, 0]);
  });

  it('looks at the sides the length budget points to only', () => {
    const out = orphanCues(first, cues, createCognateScorer(en, fr), settings, { source: false, target: true });
    expect(Array.from(out.source.deletionBonus)).toEqual([0, 0, 0, 0]);
    expect(orphanCues(first, cues, createCognateScorer(en, fr), settings, { source: false, target: false })).toBe(cues);
  });
});
