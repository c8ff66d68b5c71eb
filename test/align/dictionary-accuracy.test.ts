/**
 * A user dictionary must keep paying for itself where the text is too short to learn a lexicon
 * from: FreeDict eng-fra on a short story of the alibi dev set, against its human gold
 * (bench/dictionary.mjs and bench/accuracy.mjs measure every set). Reads the Debian package's
 * files (`apt-get install dict-freedict-eng-fra`, which .ci/run installs), as the benches do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments, planDocuments } from '../../src/align/index.js';
import { readEvidence } from '../../src/cli/evidence.js';
import { processIo } from '../../src/cli/io.js';
import { canonicalLang, isDetectable } from '../../src/detect/iso.js';
import { parseLadder, scoreAlignments } from '../../src/eval/index.js';
import { orientDictionary } from '../../src/lexical/index.js';
import { SHARED } from '../helpers/shared.js';
import { lines, makeDoc } from './helpers.js';

const FREEDICT = '/usr/share/dictd/freedict-eng-fra';
const DIR = join(SHARED, 'eval', 'alibi_en-fr');

describe('FreeDict on a dev story too short for a lexicon', () => {
  it('lifts strict F1 on Blue Beard (79 sentences): .912 without, .934 with when this was written', async () => {
    const source = makeDoc(lines(join(DIR, 'BlueBeard.en')));
    const target = makeDoc(lines(join(DIR, 'BlueBeard.fr')), undefined, 'fr');
    const [parsed] = (await readEvidence({ dict: [`${FREEDICT}.index`] }, processIo())).dictionaries!;
    const { entries } = orientDictionary(parsed!, { source: 'en', target: 'fr' }, { canonical: canonicalLang, known: isDetectable });
    const gold = parseLadder(readFileSync(join(DIR, 'BlueBeard.gold'), 'utf8'));
    const f1 = (beads: ReturnType<typeof alignDocuments>): number => scoreAlignments([{ gold, test: beads }]).f1Strict;

    // The gain is the dictionary's own: no lexicon is learned from a story this short.
    expect(planDocuments(source, target).lexicon).toBeUndefined();
    const without = f1(alignDocuments(source, target));
    const withDictionary = f1(alignDocuments(source, target, { dictionary: { entries } }));
    expect(withDictionary - without).toBeGreaterThanOrEqual(0.015);
  });
});
