/**
 * `bitext batch`: align every document of a corpus (a manifest, stdin, or folders) on one pool of
 * worker threads, writing one output in corpus order, or one file per document.
 */
import { availableParallelism } from 'node:os';
import type { DocumentJob, DocumentOutcome, FailedDocument, WordsOutcome } from '../../corpus/document.js';
import { type CorpusLexicon, CorpusLexicons } from '../../corpus/lexicon-pool.js';
import type { CorpusEntry } from '../../corpus/manifest.js';
import { FileNamer } from '../../corpus/names.js';
import { inOrder } from '../../corpus/order.js';
import { reportLine } from '../../corpus/report.js';
import { coarseToFineItems } from '../../corpus/sample.js';
import { type Shard, shardRange } from '../../corpus/shard.js';
import { type CorpusSource, folderCorpus, manifestCorpus, readableOnce } from '../../corpus/source.js';
import { DocumentPool } from '../../corpus/threads.js';
import { byteLength } from '../../corpus/utf8.js';
import { DocumentsFailed, InputError, UsageError } from '../../errors.js';
import type { CorpusInfo, Format, Writer } from '../../formats/index.js';
import { collectGarbage, limitHeapGrowth } from '../../parallel/collect.js';
import { type BatchSetup, alignBatchDocument, batchDocumentWords } from '../batch-document.js';
import { readEvidenceAndDigests } from '../evidence.js';
import type { Context } from '../context.js';
import { checkFilters, type DocumentOptions } from '../document-options.js';
import { holdSignalHandlers, type OutputStream, openOutput, STD_STREAM } from '../io.js';
import { CORPUS_HEAP_GROWING_PERCENT } from '../memory.js';
import { droppedNotes, noteText, plural } from '../messages.js';
import { checkOptionsRecord, outputOptions } from '../out-dir-record.js';
import { PendingOutputs, writeTogether } from '../pending-outputs.js';
import { createProgress } from '../progress.js';
import { type CorpusSink, type DirectorySink, mosesNeedsPrefix, openCorpusSink, openDirectorySink } from '../sinks.js';
import { checkOutputPaths, dataOutput, type NamedPath } from '../output-paths.js';
import { checkOneStdinReader, optionReaders } from '../stdin-readers.js';
import { checkHeader, chooseWriter } from '../writer-choice.js';

export interface BatchCommandOptions extends DocumentOptions {
  readonly pairs?: string[];
  readonly format?: Format;
  readonly output?: string;
  readonly outDir?: string;
  readonly force?: boolean;
  readonly header?: boolean;
  readonly report?: string;
  readonly threads?: number;
  readonly shard?: Shard;
  readonly progress?: boolean;
  /** One lexicon learned from all the documents of the run (default for a manifest file or folders), or one per document. */
  readonly corpusLexicon?: boolean;
  /** Where to write the corpus lexicon. */
  readonly saveLexicon?: string;
  /** Learn and write the corpus lexicon, align nothing. */
  readonly lexiconOnly?: boolean;
}

/** What a corpus writes when neither -f nor -o's extension says: one bead a line, naming its document. */
const BATCH_FORMAT: Format = 'jsonl';

/**
 * Documents started and not yet written, per thread: enough that a long document does not hold up
 * the others for long, few enough that memory stays small (a 100-sentence document's output is
 * some 40 KB).
 */
const WINDOW_PER_THREAD = 64;
/**
 * Documents the corpus lexicon's first pass starts ahead of the one it pools, per thread: enough
 * to keep the threads busy; what is running when the pass stops is thrown away.
 */
const SAMPLE_WINDOW_PER_THREAD = 4;
/** Output of finished documents waiting for an earlier one to be written, at most (UTF-8 bytes). */
const WINDOW_BYTES = 1 << 27;

/**
 * Notes about the run's own files (a dictionary or lexicon read the other way round), the same for
 * every document of a language pair: said once, where the first document raises them, not once a
 * document (10 000 lines for a 10 000-document corpus).
 */
const RUN_NOTES: ReadonlySet<string> = new Set(['dictionary-turned', 'lexicon-turned']);

/** Where the pool's workers come from; tests give a script built from the sources. */
export interface BatchRuntime {
  readonly workerScript?: URL;
}

/** A document of the run, with its file name when there is one to give (`--out-dir`). */
interface Item {
  readonly entry: CorpusEntry;
  readonly name?: string;
}

/** One document as the run follows it: its place, its file name (`--out-dir`), and its outcome. */
interface Done extends Item {
  readonly outcome: DocumentOutcome;
}

export async function batchCommand(manifest: string | undefined, options: BatchCommandOptions, context: Context, runtime: BatchRuntime = {}): Promise<void> {
  const once = manifest !== undefined && !options.pairs && (await readableOnce(manifest));
  const writer = checkUsage(manifest, options, once);
  const pooled = corpusLexiconWanted(once, options);
  const threads = options.threads ?? availableParallelism();
  const source = options.pairs ? await folderCorpus(options.pairs, options) : await manifestCorpus(manifest!, context.io.stdin, once);
  for (const note of source.notes) context.logger.note(note);
  // A manifest file or folders with no document is a mistake (a wrong folder, a header alone), not an
  // empty success; a manifest on stdin may be empty (an empty Spark partition) and is not counted.
  if (source.total === 0) throw new InputError(source.name, 'no documents in the corpus', { code: 'empty-input' });
  const [first, end] = options.shard && source.total !== undefined ? shardRange(options.shard, source.total) : [0, Infinity];
  const total = source.total === undefined ? undefined : Math.min(end, source.total) - first;
  const showProgress = options.progress ?? (!context.quiet && (context.io.stderr as { isTTY?: boolean }).isTTY === true);

  const info: CorpusInfo = {
    header: options.header ?? false,
    first: first === 0,
    ...(options.from !== undefined && { from: options.from }),
    ...(options.inputFormat !== undefined && { format: options.inputFormat }),
  };
  // Dictionaries and a lexicon file are read once, here, and handed to every document; their
  // digests are what the --out-dir record holds of them.
  const { evidence, digests } = await readEvidenceAndDigests(options, context.io);
  let setup: BatchSetup = {
    // Every per-document option, as given (plain data): an option added to the shared list reaches the workers.
    options,
    evidence,
    format: writer.name,
    into: options.outDir === undefined ? { corpus: info } : { files: { header: options.header ?? false } },
  };
  // Parsing a dictionary leaves several times its packed size as garbage (FreeDict eng-deu: the
  // 92 MB file inflated, its lines, 190 MB in all); this thread allocates little from now on, so
  // V8 would keep it through the run. The first collection frees the strings; the buffers' memory
  // goes back at the next (measured: RSS 393 → 355 MB after one, 201 MB after two).
  if (setup.evidence.dictionaries) {
    collectGarbage();
    collectGarbage();
  }
  const aligning = !options.lexiconOnly;
  const directory = aligning && options.outDir !== undefined ? await openDirectorySink(writer, options.outDir) : undefined;
  // Read after the folder (openDirectorySink): a record is written before any output, so outputs seen have theirs.
  const record = directory
    ? await checkOptionsRecord(options.outDir!, writer.name, outputOptions(options, writer, pooled, digests), { force: options.force ?? false, outputsThere: directory.holdsOutputs() })
    : undefined;
  const corpus =
    aligning && options.outDir === undefined ? await openCorpusSink(writer, options.output, context.io, { ...info, ...(options.to !== undefined && { to: options.to }) }) : undefined;
  let report: OutputStream | undefined;
  // The corpus lexicon, learned before the documents are aligned, is put in place with the run's other outputs.
  const lexiconFile = new PendingOutputs(context.io.stdout);
  let pool: DocumentPool | undefined;
  const releaseSignals = holdSignalHandlers();
  // Before any work, so that every thread of the run (the workers share the process's settings) collects as often.
  limitHeapGrowth(CORPUS_HEAP_GROWING_PERCENT);
  try {
    report = options.report === undefined ? undefined : await openOutput(options.report, context.io.stdout);
    pool = threads > 1 ? new DocumentPool(threads, runtime.workerScript ?? new URL('../batch-worker.js', import.meta.url), setup) : undefined;
    const run = pool;
    if (pooled) {
      const words = (job: DocumentJob): Promise<WordsOutcome> => (run ? run.words(job) : batchDocumentWords(job, setup, context.io));
      const learnFrom = (documents?: number, label = 'learning the lexicon'): Promise<Learned> =>
        learnCorpusLexicons(coarseToFineItems(total!, () => entriesOf(source, first, end), source.name), words, {
          window: SAMPLE_WINDOW_PER_THREAD * threads,
          progress: createProgress(context.io.stderr, { enabled: showProgress, label }),
          ...(documents !== undefined && { documents }),
        });
      // The documents' first passes (of the next round, or of the alignment) are searched with these lexicons.
      const useLexicons = (lexicons: readonly CorpusLexicon[]): void => {
        const evidence = { ...setup.evidence, corpusLexicons: lexicons.map((l) => l.file) };
        setup = { ...setup, evidence };
        run?.share({ evidence });
      };
      let learned = await learnFrom();
      // Each round after the first reads the first round's documents again, their first passes
      // searched with the lexicons the round before learned, as a document's own lexicon is
      // learned (confidentWords; sides in two scripts: LEXICON.acrossScripts.rounds); a pair
      // that learns nothing in a round keeps the lexicon of the round before, as a document does.
      const rounds = learned.rounds;
      for (let round = 2; round <= rounds && learned.lexicons.length; round++) {
        useLexicons(learned.lexicons);
        const before = learned.lexicons;
        learned = await learnFrom(learned.documents, `learning the lexicon, round ${round}`);
        const again = learned.lexicons;
        learned = { ...learned, lexicons: before.map((l) => again.find((a) => samePair(a, l)) ?? l) };
      }
      for (const lexicon of learned.lexicons) {
        const { source: s, target: t } = lexicon.file.languages;
        const rounds = lexicon.rounds > 1 ? `, in ${lexicon.rounds} rounds` : '';
        context.logger.note(`corpus lexicon ${s}-${t}: learned from ${lexicon.beads} beads of ${plural(lexicon.documents, 'document')}${rounds}`);
      }
      if (learned.documents < total!) context.logger.note(`corpus lexicon: learned from a sample of ${learned.documents} of the ${total} documents, spread evenly over them`);
      if (options.saveLexicon !== undefined) await saveCorpusLexicon(options.saveLexicon, learned.lexicons, context, lexiconFile);
      useLexicons(learned.lexicons);
      if (!aligning) {
        await lexiconFile.commit();
        for (const { id, message } of learned.failed) context.logger.warn(`doc ${id}: ${message}`);
        const internal = learned.failed.filter((f) => f.internal).length;
        if (learned.failed.length) throw new DocumentsFailed(learned.failed.length, learned.documents, internal);
        return;
      }
    }
    const align = (job: DocumentJob): Promise<DocumentOutcome> => (run ? run.align(job) : alignBatchDocument(job, setup, context.io));
    const start = (item: Item): Promise<Done> => {
      const immediate = outcomeBeforeAligning(item, directory, options.force ?? false);
      return immediate ? Promise.resolve({ ...item, outcome: immediate }) : align(jobOf(item.entry)).then((outcome) => ({ ...item, outcome }));
    };
    const tally = await writeAll(inOrder(documentsOf(source, first, end, directory !== undefined), start, { documents: WINDOW_PER_THREAD * threads, bytes: WINDOW_BYTES }, sizeOf), {
      writer,
      corpus,
      directory,
      report,
      context,
      progress: createProgress(context.io.stderr, { enabled: showProgress, ...(total !== undefined && { total }) }),
    });
    await record?.complete();
    await corpus?.finish();
    await report?.commit();
    await lexiconFile.commit();
    summarise(tally, writer, options, context);
    if (tally.failed) throw new DocumentsFailed(tally.failed, tally.done, tally.internal);
  } catch (error) {
    await corpus?.abort();
    await report?.abort();
    await lexiconFile.abort();
    throw error;
  } finally {
    await pool?.close();
    releaseSignals();
  }
}

/**
 * Whether the run learns one lexicon from all its documents before aligning them (two passes
 * over the corpus), rather than one per document as `align` does: by default when the corpus can
 * be read twice (a manifest file, folders) and a lexicon is to be learned at all.
 */
function corpusLexiconWanted(readOnce: boolean, options: BatchCommandOptions): boolean {
  const asked = options.corpusLexicon === true || options.saveLexicon !== undefined || options.lexiconOnly === true;
  const needs = options.corpusLexicon === true ? '--corpus-lexicon' : options.lexiconOnly ? '--lexicon-only' : '--save-lexicon';
  if (options.lexiconOnly && options.saveLexicon === undefined) throw new UsageError('--lexicon-only learns the corpus lexicon to write it: give --save-lexicon FILE');
  if (options.lexiconOnly && (options.output !== undefined || options.outDir !== undefined || options.report !== undefined)) {
    throw new UsageError('--lexicon-only aligns nothing: leave out -o, --out-dir and --report');
  }
  if (asked && options.lexicon === false) throw new UsageError(`${needs} learns a lexicon from the corpus: leave out --no-lexicon`);
  if (asked && typeof options.lexicon === 'string') throw new UsageError(`${needs} learns a lexicon from the corpus: --lexicon ${options.lexicon} is used instead of one`);
  if (asked && readOnce) {
    throw new UsageError(`${needs} reads the corpus twice (to learn the lexicon, then to align): give a manifest file or --pairs, not stdin or a pipe`);
  }
  if (options.corpusLexicon === false && (options.saveLexicon !== undefined || options.lexiconOnly)) {
    throw new UsageError(`${options.lexiconOnly ? '--lexicon-only' : '--save-lexicon'} writes the corpus lexicon: leave out --no-corpus-lexicon`);
  }
  if (options.lexicon !== undefined || options.corpusLexicon === false) return false;
  return !readOnce;
}

/** Whether two corpus lexicons are of the same language pair, the same way round (as one run's pools are). */
function samePair(a: CorpusLexicon, b: CorpusLexicon): boolean {
  return a.file.languages.source === b.file.languages.source && a.file.languages.target === b.file.languages.target;
}

/** What phase 1 gives: the lexicons learned, the documents read, and those that could not be. */
interface Learned {
  readonly lexicons: CorpusLexicon[];
  readonly documents: number;
  readonly failed: FailedDocument[];
  /** Rounds the lexicons are to be learned in (CorpusLexicons.rounds). */
  readonly rounds: number;
}

/**
 * Phase 1: the words of the documents' confident beads, read on the pool in the order given
 * (coarse to fine) and pooled strictly in that order until they are enough (CorpusLexicons.enough;
 * in a round after the first, until `run.documents` are read: the first round's sample), then one
 * lexicon learned per language pair. What the pool has run past the stopping point is
 * thrown away, so the pools are the same for any number of threads. Documents that cannot be read
 * are left out here; aligning them fails the same way and says so.
 */
async function learnCorpusLexicons(
  entries: AsyncIterable<CorpusEntry>,
  words: (job: DocumentJob) => Promise<WordsOutcome>,
  run: { window: number; progress: ReturnType<typeof createProgress>; documents?: number },
): Promise<Learned> {
  const pools = new CorpusLexicons();
  const failed: FailedDocument[] = [];
  let documents = 0;
  let sentences = 0;
  const start = (entry: CorpusEntry): Promise<WordsOutcome> => {
    const failed = entryFailure(entry);
    return failed ? Promise.resolve(failed) : words(jobOf(entry));
  };
  for await (const outcome of inOrder(entries, start, { documents: run.window, bytes: WINDOW_BYTES }, wordsSize)) {
    documents++;
    if (outcome.status === 'error') failed.push(outcome);
    else {
      if (outcome.words) pools.add(outcome.words);
      sentences += outcome.sentences;
    }
    run.progress.update(documents, sentences);
    if (run.documents !== undefined ? documents >= run.documents : pools.enough(sentences)) break;
  }
  run.progress.clear();
  return { lexicons: pools.learn(), documents, failed, rounds: pools.rounds };
}

/** The memory a document's words hold, in bytes as the window counts output (about: their word ids). */
function wordsSize(outcome: WordsOutcome): number {
  if (outcome.status !== 'ok' || !outcome.words) return 0;
  const { beads } = outcome.words;
  return beads.source.ids.byteLength + beads.target.ids.byteLength;
}

/**
 * Write the corpus lexicon for `--save-lexicon` (to a temp file, put in place with the run's
 * outputs): of a corpus of several language pairs, the lexicon of the pair of most documents (a
 * file holds one pair); or say why there is none.
 */
async function saveCorpusLexicon(path: string, lexicons: readonly CorpusLexicon[], context: Context, pending: PendingOutputs): Promise<void> {
  if (!lexicons.length) {
    context.logger.note(`${path}: no lexicon to save (too few sentences the first pass is sure of to learn from); nothing written`);
    return;
  }
  const chosen = lexicons.reduce((best, l) => (l.documents > best.documents ? l : best));
  const pairOf = (l: CorpusLexicon): string => `${l.file.languages.source}-${l.file.languages.target}`;
  const others = lexicons.filter((l) => l !== chosen).map(pairOf);
  if (others.length) context.logger.note(`${path}: holds the ${pairOf(chosen)} lexicon (the pair of most documents), not the ${others.join(', ')} one${others.length === 1 ? '' : 's'}`);
  await pending.add({ path, chunks: [chosen.text] });
}

/** The writer, once the options and inputs are known to go together. */
function checkUsage(manifest: string | undefined, options: BatchCommandOptions, readOnce: boolean): Writer {
  const { pairs } = options;
  if (pairs && manifest !== undefined) throw new UsageError('give a manifest or --pairs, not both');
  if (!pairs && manifest === undefined) throw new UsageError('give a manifest (TSV or JSONL, or - for stdin), or --pairs DIR_A DIR_B');
  if (pairs && pairs.length > 2) throw new UsageError(`--pairs takes one folder (doc.en.txt, doc.fr.txt) or two (matched by file name), not ${pairs.length}`);
  if (options.outDir !== undefined && options.output !== undefined) throw new UsageError('-o writes one output for the whole corpus, --out-dir one per document: give one of them');
  if (options.force && options.outDir === undefined) throw new UsageError('--force redoes documents whose output is already in --out-dir; it needs --out-dir');
  if (options.shard && readOnce) throw new UsageError('--shard needs a manifest file or --pairs: a manifest on stdin or a pipe cannot be counted before it is read');
  if (options.anchors !== undefined) {
    throw new UsageError('--anchors names the corrections of one document: give each document its own in the manifest (JSONL "anchors", or a sixth TSV column)');
  }
  // Every file the run reads: at most one from stdin, and none that an output would replace.
  const reads: NamedPath[] = [['the manifest', manifest], ...optionReaders(options)];
  checkOneStdinReader(reads);
  const writer = chooseWriter(options.format, options.output, BATCH_FORMAT);
  // The corpus's one output (-o's file, else stdout), unless it goes to a Moses prefix or --out-dir, or there is none (--lexicon-only).
  const oneStream = options.outDir === undefined && !options.lexiconOnly && writer.outputs !== 'per-language';
  checkOutputPaths(reads, [dataOutput(options.output, oneStream), ['--report', options.report], ['--save-lexicon', options.saveLexicon]]);
  checkFilters(writer, options);
  checkHeader(writer, options.header);
  if (options.outDir === undefined && !writer.corpus) {
    throw new UsageError(`--format ${writer.name} holds one document: give --out-dir DIR for one file per document (or use jsonl, tsv, tmx or moses)`);
  }
  if (options.outDir === undefined && writer.outputs === 'per-language' && (options.output === undefined || options.output === STD_STREAM)) throw mosesNeedsPrefix(writer);
  return writer;
}

/** The items `[first, end)` of a corpus-ordered list. */
async function* shardOf<T>(items: AsyncIterable<T>, first: number, end: number): AsyncGenerator<T> {
  let index = 0;
  for await (const item of items) {
    if (index >= end) return;
    if (index++ >= first) yield item;
  }
}

/** The entries of the shard `[first, end)`. */
const entriesOf = (source: CorpusSource, first: number, end: number): AsyncGenerator<CorpusEntry> => shardOf(source.entries(), first, end);

/**
 * The documents of the shard `[first, end)`, each with its file name if `withNames`: names are
 * given to every document from the start of the corpus, so that each shard names a document as the
 * whole run does. Naming holds every name given (FileNamer), so a run without files does without.
 */
const documentsOf = (source: CorpusSource, first: number, end: number, withNames: boolean): AsyncGenerator<Item> => shardOf(items(source.entries(), withNames), first, end);

async function* items(entries: AsyncIterable<CorpusEntry>, withNames: boolean): AsyncGenerator<Item> {
  const namer = withNames ? new FileNamer() : undefined;
  for await (const entry of entries) yield namer ? { entry, name: namer.name(entry.id) } : { entry };
}

/** The outcome of a document that is not aligned: one that cannot be, or whose output is there (resume). */
function outcomeBeforeAligning(item: Item, directory: DirectorySink | undefined, force: boolean): DocumentOutcome | undefined {
  const { entry, name } = item;
  const failed = entryFailure(entry);
  if (failed) return failed;
  if (directory && name !== undefined && !force && directory.has(name, entry)) return { status: 'skipped', id: entry.id, reason: 'output exists' };
  return undefined;
}

/** The outcome of a document that cannot be aligned at all (its manifest entry says why), without reading it. */
function entryFailure(entry: CorpusEntry): FailedDocument | undefined {
  return entry.problem === undefined ? undefined : { status: 'error', id: entry.id, message: entry.problem, internal: false, seconds: 0 };
}

function jobOf(entry: CorpusEntry): DocumentJob {
  return {
    id: entry.id,
    source: entry.source,
    ...(entry.target !== undefined && { target: entry.target }),
    ...(entry.from !== undefined && { from: entry.from }),
    ...(entry.to !== undefined && { to: entry.to }),
    ...(entry.anchors !== undefined && { anchors: entry.anchors }),
  };
}

function sizeOf(done: Done): number {
  const { outcome } = done;
  if (outcome.status !== 'ok') return 0;
  const { output } = outcome;
  return output.kind === 'stream' ? byteLength(output.chunks) : byteLength(output.source) + byteLength(output.target);
}

interface Tally {
  done: number;
  aligned: number;
  failed: number;
  internal: number;
  skipped: number;
  droppedUnaligned: number;
  droppedLowScore: number;
}

/** Write each document's output, report line and messages, in corpus order. */
async function writeAll(
  results: AsyncIterable<Done>,
  out: {
    writer: Writer;
    corpus: CorpusSink | undefined;
    directory: DirectorySink | undefined;
    report: OutputStream | undefined;
    context: Context;
    progress: ReturnType<typeof createProgress>;
  },
): Promise<Tally> {
  const { corpus, directory, report, context, progress } = out;
  const tally: Tally = { done: 0, aligned: 0, failed: 0, internal: 0, skipped: 0, droppedUnaligned: 0, droppedLowScore: 0 };
  let sentences = 0;
  const say = (write: () => void) => {
    progress.clear();
    write();
  };
  const said = new Set<string>();
  for await (const { name, outcome: result } of results) {
    let outcome = result;
    if (outcome.status === 'ok') {
      const langs = [outcome.figures.sourceLang, outcome.figures.targetLang] as const;
      const refusal = corpus?.refuses(langs);
      if (refusal !== undefined) outcome = { status: 'error', id: outcome.id, message: refusal, internal: false, seconds: outcome.seconds };
      else {
        const { output } = outcome;
        if (corpus) await corpus.document(outcome.id, output, langs, outcome.written);
        else await writeTogether(directory!.sinkFor(name!).place(output, langs), context.io.stdout);
        for (const d of outcome.diagnostics) {
          const text = noteText(d);
          if (!RUN_NOTES.has(d.code)) say(() => context.logger.note(`doc ${outcome.id}: ${text}`));
          else if (!said.has(text)) {
            said.add(text);
            say(() => context.logger.note(text));
          }
        }
        tally.aligned++;
        tally.droppedUnaligned += outcome.droppedUnaligned;
        tally.droppedLowScore += outcome.droppedLowScore;
        sentences += outcome.figures.sourceSentences;
      }
    }
    if (outcome.status === 'error') {
      const { id, message } = outcome;
      say(() => context.logger.warn(`doc ${id}: ${message}`));
      // An older output of a document that fails now (a forced redo, or a Moses file left without its pair)
      // would stand for this run's.
      if (directory && name !== undefined) await directory.remove(name);
      tally.failed++;
      if (outcome.internal) tally.internal++;
    }
    if (outcome.status === 'skipped') tally.skipped++;
    await report?.write(reportLine(outcome));
    tally.done++;
    progress.update(tally.done, sentences);
  }
  progress.clear();
  return tally;
}

/** The notes at the end of a run: what was skipped, and the beads the filters left out. */
function summarise(tally: Tally, writer: Writer, options: BatchCommandOptions, context: Context): void {
  if (tally.skipped) context.logger.note(`${plural(tally.skipped, 'document')} skipped: output already in ${options.outDir} (--force redoes them)`);
  for (const note of droppedNotes(tally, writer.name, options)) context.logger.note(note);
}
