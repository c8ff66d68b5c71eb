/**
 * What realigning with corrections is worth, on a dev novel (Emma, TransRead): the 5 least
 * confident wrong beads corrected from the gold and fed back as anchors raise strict F1 by more
 * than pasting the same corrections in with nothing else moved. bench/anchors.mjs gives the figure
 * for every dev document (README, "Review").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLadder, pasteCorrections, scoreAlignments, simulateCorrections } from '../../src/eval/index.js';
import { alignPairSync } from '../../src/pipeline/align-pair.js';
import { SHARED } from '../helpers/shared.js';

const DOC = join(SHARED, 'eval', 'transread_en-fr', 'Emma');

describe('realigning with 5 corrections', () => {
  it('gains more strict F1 on a dev novel than the 5 corrected beads alone', () => {
    const inputs = { source: { name: 'Emma.en', text: readFileSync(`${DOC}.en`, 'utf8') }, target: { name: 'Emma.fr', text: readFileSync(`${DOC}.fr`, 'utf8') } };
    const options = { input: 'sentences', from: 'en', to: 'fr' } as const;
    const gold = parseLadder(readFileSync(`${DOC}.gold`, 'utf8'));
    const test = alignPairSync(inputs, options).alignment.beads;
    const { fixed, anchors } = simulateCorrections(test, gold, 5);
    expect(fixed).toHaveLength(5);
    const realigned = alignPairSync(inputs, { ...options, fixed: anchors }).alignment.beads;
    const f1 = (beads: typeof test | ReturnType<typeof pasteCorrections>) => scoreAlignments([{ gold, test: beads }]).f1Strict;
    const before = f1(test);
    const alone = f1(pasteCorrections(test, anchors)) - before;
    const realign = f1(realigned) - before;
    expect(alone).toBeGreaterThan(0);
    expect(realign).toBeGreaterThan(alone);
    // Every anchor is in the realigned output as it was given.
    const out = new Set(realigned.filter((b) => b.confirmed).map((b) => `${b.source}:${b.target}`));
    for (const a of anchors) expect(out.has(`${a.source}:${a.target}`)).toBe(true);
  });
});
