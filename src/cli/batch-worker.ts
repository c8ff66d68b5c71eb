/** A worker thread of `bitext batch`: aligns (or reads for the corpus lexicon) the documents it is sent, with the run's setup. */
import { serveDocuments } from '../corpus/threads.js';
import { type BatchSetup, alignBatchDocuments, batchDocumentWords } from './batch-document.js';
import { processIo } from './io.js';

const io = processIo();
serveDocuments<BatchSetup>({
  align: (jobs, setup) => alignBatchDocuments(jobs, setup, io),
  words: (job, setup) => batchDocumentWords(job, setup, io),
});
