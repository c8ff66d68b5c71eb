/** A worker thread of `bitext batch`: aligns the documents it is sent, with the run's setup. */
import { serveDocuments } from '../corpus/threads.js';
import { type BatchSetup, alignBatchDocument } from './batch-document.js';
import { processIo } from './io.js';

const io = processIo();
serveDocuments<BatchSetup>((job, setup) => alignBatchDocument(job, setup, io));
