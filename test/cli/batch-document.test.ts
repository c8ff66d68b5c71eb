/**
 * The documents of a worker's message aligned in lockstep (alignBatchDocuments) against the same
 * documents aligned one by one: the same outcomes, failures included, whatever their sizes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignBatchDocument, alignBatchDocuments, type BatchSetup } from '../../src/cli/batch-document.js';
import { processIo } from '../../src/cli/io.js';
import type { AlignedDocument, DocumentJob, FailedDocument } from '../../src/corpus/document.js';
import { LOCKSTEP_MAX_TEXT } from '../../src/pipeline/steps.js';
import { SHARED } from '../helpers/shared.js';

const ALIBI = join(SHARED, 'eval', 'alibi_en-fr');
const side = (doc: string, lang: string) => ({ path: join(ALIBI, `${doc}.${lang}`) });

const setup: BatchSetup = {
  options: { input: 'sentences', from: 'en', to: 'fr', langCheck: true },
  evidence: {},
  format: 'jsonl',
  into: { corpus: { header: false, first: true, from: 'en' } },
};

/** An outcome as written: all but the seconds it took. */
const written = ({ seconds: _, ...outcome }: AlignedDocument | FailedDocument) => ({
  ...outcome,
  ...(outcome.status === 'ok' && { output: Buffer.concat(outcome.output.kind === 'stream' ? outcome.output.chunks : []).toString() }),
});

describe('alignBatchDocuments', () => {
  it('gives each document the outcome it has alone: small, large, inline, missing, with its sides swapped', async () => {
    const en = readFileSync(join(ALIBI, 'TheInn.en'), 'utf8');
    const fr = readFileSync(join(ALIBI, 'TheInn.fr'), 'utf8');
    const short = (text: string) => text.split('\n').slice(0, 3).join('\n');
    const jobs: DocumentJob[] = [
      { id: 'story', source: side('MasterCat', 'en'), target: side('MasterCat', 'fr') },
      { id: 'inline', source: { name: 'a.en', text: short(en) }, target: { name: 'a.fr', text: short(fr) } },
      { id: 'missing', source: { path: join(ALIBI, 'nothing.en') }, target: side('TheInn', 'fr') },
      { id: 'large', source: { name: 'l.en', text: en.repeat(Math.ceil(LOCKSTEP_MAX_TEXT / en.length)) }, target: { name: 'l.fr', text: fr.repeat(Math.ceil(LOCKSTEP_MAX_TEXT / en.length)) } },
      { id: 'swapped', source: side('TheInn', 'fr'), target: side('TheInn', 'en') },
      { id: 'last', source: side('TheVision', 'en'), target: side('TheVision', 'fr') },
    ];
    const io = processIo();
    const together = await alignBatchDocuments(jobs, setup, io);
    const alone: (AlignedDocument | FailedDocument)[] = [];
    for (const job of jobs) alone.push(await alignBatchDocument(job, setup, io));
    expect(together.map((o) => o.status)).toEqual(['ok', 'ok', 'error', 'ok', 'ok', 'ok']);
    expect(together[4]!.status === 'ok' && together[4]!.diagnostics.length).toBeGreaterThan(0);
    expect(together.map(written)).toEqual(alone.map(written));
    for (const outcome of together) expect(outcome.seconds).toBeGreaterThan(0);
  });
});
