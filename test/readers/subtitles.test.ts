/**
 * Subtitles: cues with their times, and the times used as evidence when both sides are subtitles
 * (through the lexical-evidence interface: lexical/timing.ts, pipeline/cue-times.ts).
 */
import { describe, expect, it } from 'vitest';
import { createTimingScorer } from '../../src/lexical/index.js';
import { alignPairSync } from '../../src/pipeline/align-pair.js';
import { readPair } from '../../src/pipeline/align-pair.js';
import { readDocument } from '../../src/readers/index.js';
import type { Document } from '../../src/types.js';
import { runBitext } from '../helpers/run.js';
import { FIXTURES, fixture } from './helpers.js';

const EN = `${FIXTURES}subtitles/episode.en.srt`;
const FR = `${FIXTURES}subtitles/episode.fr.srt`;

async function input(path: string, name: string) {
  const d = await readDocument(fixture(path), { name });
  return { name, text: d.text, format: d.format, ...(d.blocks && { blocks: d.blocks }) };
}

describe('subtitle readers', () => {
  it('SRT: one cue block per cue with its time span; lines joined, tags dropped', async () => {
    const d = await readDocument(fixture('subtitles/episode.en.srt'), { name: 'en.srt' });
    expect(d.blocks).toHaveLength(12);
    expect(d.blocks![2]).toMatchObject({ kind: 'cue', time: [6500, 9800] });
    expect(d.text.slice(...d.blocks![1]!.span)).toBe('Welcome to the station.');
    expect(d.text.slice(...d.blocks![2]!.span)).toBe("The train to Lyon leaves at nine o'clock.");
  });

  it('WebVTT: header, NOTE and STYLE blocks, cue ids and settings, voice tags, inline timestamps and entities', async () => {
    const d = await readDocument(fixture('subtitles/episode.en.vtt'), { name: 'en.vtt' });
    expect(d.format).toBe('webvtt');
    expect(d.blocks!.map((b) => [b.time, d.text.slice(...b.span)])).toEqual([
      [[1000, 3200], 'Good morning, everyone.'],
      [[3400, 6000], 'Welcome to the station.'],
      [[6500, 9800], "The train to Lyon & Geneva leaves at nine o'clock."],
    ]);
  });
});

describe('cue times as alignment evidence', () => {
  it('aligns an SRT pair whose sides cut the dialogue into different cues', async () => {
    const r = await runBitext(['align', EN, FR, '-f', 'beads']);
    expect(r.status).toBe(0);
    const beads = r.stdout.trim().split('\n');
    expect(beads.map((b) => b.replace(/:[0-9.]+$/u, ''))).toEqual(Array.from({ length: 12 }, (_, i) => `[${i}]:[${i}]`));
  });

  it('raises the confidence of beads whose cues overlap in time, and only when both sides are timed', async () => {
    const documents = readPair({ source: await input('subtitles/episode.en.srt', 'en.srt'), target: await input('subtitles/episode.fr.srt', 'fr.srt') }, { from: 'en', to: 'fr' });
    const timed = alignPairSync(documents).alignment.beads;
    const untimed = alignPairSync({ ...documents, target: withoutTimes(documents.target) }).alignment.beads;
    expect(timed.map((b) => [b.source, b.target])).toEqual(untimed.map((b) => [b.source, b.target]));
    const mean = (beads: readonly { score: number }[]) => beads.reduce((a, b) => a + b.score, 0) / beads.length;
    expect(mean(untimed)).toBeLessThan(0.9);
    expect(mean(timed)).toBeGreaterThan(0.95);
  });

  it('finds a cue left untranslated by its time, where lengths alone mislead', async () => {
    // The French track drops "Is it far?" and gives "No." a long line of its own.
    const en = 'WEBVTT\n\n00:01.000 --> 00:03.000\nIs it far?\n\n00:03.100 --> 00:04.000\nNo.\n\n00:04.100 --> 00:06.000\nTwo minutes at most.\n';
    const fr = 'WEBVTT\n\n00:03.100 --> 00:04.000\nNon, pas du tout, ce n’est vraiment pas loin.\n\n00:04.100 --> 00:06.000\nDeux minutes au plus.\n';
    const read = async (name: string, text: string) => {
      const d = await readDocument(new TextEncoder().encode(text), { name });
      return { name, text: d.text, format: d.format, blocks: d.blocks! };
    };
    const documents = readPair({ source: await read('en.vtt', en), target: await read('fr.vtt', fr) }, { from: 'en', to: 'fr' });
    const timed = alignPairSync(documents).alignment.beads.map((b) => [b.source, b.target]);
    const untimed = alignPairSync({ ...documents, target: withoutTimes(documents.target) }).alignment.beads.map((b) => [b.source, b.target]);
    expect(timed).toEqual([[[0], []], [[1], [0]], [[2], [1]]]);
    expect(untimed).not.toEqual(timed);
  });

  it('scores time spans by their overlap over their union, for sentences and for groups', () => {
    const f = (xs: number[]) => Float64Array.from(xs);
    const scorer = createTimingScorer(f([0, 2000]), f([2000, 4000]), f([0, 1000, 3000]), f([1000, 3000, 4000]));
    expect(scorer.score(0, 1, 0, 1)).toBeCloseTo(0.5);
    expect(scorer.score(0, 1, 0, 2)).toBeCloseTo(2 / 3);
    expect(scorer.score(0, 2, 0, 3)).toBe(1);
    expect(scorer.score(0, 1, 2, 3)).toBe(0);
    expect(scorer.group(Int32Array.from([0, 2]), Int32Array.from([0, 1, 3])).score(0, 1, 1, 2)).toBeCloseTo(0.75);
  });
});

function withoutTimes(document: Document): Document {
  return { ...document, paragraphs: document.paragraphs.map(({ time: _time, ...p }) => p) };
}
