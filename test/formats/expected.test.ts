/**
 * Every writer's exact bytes on one sample alignment, pinned in test/formats/expected/: the bytes
 * consumers parse must not change unnoticed (escapes, score digits, field order, line ends).
 * After an intended change, check the new output by eye and update the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeBeads, writeJson, writeJsonl, writeMoses, writeTmx, writeTsv } from '../../src/formats/index.js';
import { collect, sampleAlignment } from '../helpers/documents.js';

const expected = (name: string) => readFileSync(new URL(`./expected/${name}`, import.meta.url), 'utf8');
const a = sampleAlignment();

describe('writers give the pinned bytes', () => {
  it.each([
    ['sample.tsv', () => collect(writeTsv(a, { header: true }))],
    ['sample.beads', () => collect(writeBeads(a))],
    ['sample.jsonl', () => collect(writeJsonl(a))],
    ['sample.json', () => collect(writeJson(a, { options: { input: 'text', minScore: 0.1 } }))],
    ['sample.tmx', () => collect(writeTmx(a))],
    ['sample.moses.en', () => collect(writeMoses(a).source)],
    ['sample.moses.fr', () => collect(writeMoses(a).target)],
  ])('%s', (name, write) => {
    expect(write()).toBe(expected(name));
  });
});
