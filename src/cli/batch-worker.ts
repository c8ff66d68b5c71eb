/** A worker thread of `bitext batch`: aligns (or reads for the corpus lexicon) the documents it is sent, with the run's setup. */
import { serveDocuments } from '../corpus/threads.js';
import { type BatchSetup, alignBatchDocument, batchDocumentWords } from './batch-document.js';
import { processIo } from './io.js';

const io = processIo();
serveDocuments<BatchSetup>({
  align: (job, setup) => alignBatchDocument(job, setup, io),
  words: (job, setup) => batchDocumentWords(job, setup, io),
});
