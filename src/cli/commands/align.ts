/** `bitext align`: read, align, filter, write. */
import type { DocumentPair } from '../../document/prepare.js';
import { UsageError } from '../../errors.js';
import { type Format, selectBeads } from '../../formats/index.js';
import { createThreadExecutor } from '../../parallel/executor.js';
import { alignPair, readPair } from '../../pipeline/align-pair.js';
import { alignGivenPairs, type GivenPairs, readGivenPairs } from '../../pipeline/given-pairs.js';
import { parseAnchors, resolveAnchors } from '../../review/index.js';
import type { Bead } from '../../types.js';
import { type Context, readPairTexts, readText } from '../context.js';
import { type DocumentOptions, pipelineOptions, recordOptions, selectOptions } from '../document-options.js';
import { STD_STREAM } from '../io.js';
import { COLLECT_AFTER_READING, collectGarbage } from '../memory.js';
import { noteText } from '../messages.js';
import { chooseSink } from '../sinks.js';
import { chooseWriter } from '../writer-choice.js';

export interface AlignCommandOptions extends DocumentOptions {
  readonly format?: Format;
  readonly output?: string;
  readonly header?: boolean;
  readonly threads?: number;
  /** A corrections file (`*.anchors.json`, or TSV sentence index pairs) whose beads the alignment must hold. */
  readonly anchors?: string;
  /** With `anchors`: on a changed text, keep the anchors whose sentences are unchanged rather than stop. */
  readonly anchorsLoose?: boolean;
}

export async function alignCommand(
  sourceName: string,
  targetName: string | undefined,
  options: AlignCommandOptions,
  context: Context,
): Promise<void> {
  if (sourceName === STD_STREAM && targetName === STD_STREAM) throw new UsageError('only one of the inputs can be read from stdin (-)');
  checkAnchorOptions(sourceName, targetName, options);
  const writer = chooseWriter(options.format, options.output);
  if (writer.needsEveryBead && (options.minScore !== undefined || options.unaligned === false)) {
    throw new UsageError(`--format ${writer.name} shows every bead (filter them in the page): leave out --min-score and --no-unaligned`);
  }
  const sink = chooseSink(writer, options.output, context.io);

  const { documents, given, textLength } = await readDocuments(sourceName, targetName, options, context);
  if (textLength >= COLLECT_AFTER_READING) collectGarbage();
  if (given && options.anchors !== undefined) {
    throw new UsageError(`${sourceName}: pairs its units itself (XLIFF with targets), so there is nothing for --anchors to realign`);
  }
  const fixed = await readAnchors(documents, options, context);
  const executor = createThreadExecutor(options.threads !== undefined ? { threads: options.threads } : {});
  let result;
  try {
    const pipeline = { ...pipelineOptions(options), ...(fixed && { fixed }), ...(writer.usesBand && { keepBand: true }) };
    result = given ? await alignGivenPairs(given, pipeline, executor) : await alignPair(documents, pipeline, executor);
  } finally {
    await executor.close();
  }
  for (const d of result.diagnostics) context.logger.note(noteText(d));

  const selection = selectBeads(result.alignment, selectOptions(options, writer));
  if (selection.droppedUnaligned) {
    const hint = options.unaligned === undefined ? ` (${writer.name} keeps translation pairs only; --unaligned keeps them)` : '';
    context.logger.note(`left out ${selection.droppedUnaligned} unaligned 1-0/0-1 bead${plural(selection.droppedUnaligned)}${hint}`);
  }
  if (selection.droppedLowScore) {
    context.logger.note(`left out ${selection.droppedLowScore} bead${plural(selection.droppedLowScore)} scored below ${options.minScore}`);
  }
  const { alignment } = selection;
  const inputs = targetName === undefined ? [sourceName] : [sourceName, targetName];
  const recorded = {
    ...recordOptions(options, inputs, writer),
    ...(options.anchors !== undefined && { anchors: options.anchors }),
    ...(options.anchorsLoose && { anchorsLoose: true }),
  };
  const output = writer.write(alignment, { header: options.header ?? false, recorded, ...('band' in result && result.band && { band: result.band }) });
  await sink.write(output, [alignment.source.lang, alignment.target.lang]);
}

/**
 * Read, decode and segment the inputs. A function of its own so that the decoded texts are
 * garbage when it returns: an async function keeps its locals alive across awaits, and on a
 * million-sentence pair the texts are hundreds of MB that the Documents no longer need.
 * @returns the Documents, and the length of the texts read (code units)
 */
async function readDocuments(
  sourceName: string,
  targetName: string | undefined,
  options: DocumentOptions,
  context: Context,
): Promise<{ documents: DocumentPair; given?: GivenPairs; textLength: number }> {
  const texts = await readPairTexts(sourceName, targetName, context.io, options);
  const textLength = texts.source.text.length + (texts.target?.text.length ?? texts.source.translation?.text.length ?? 0);
  // A bilingual file that pairs its units itself (XLIFF with targets): aligned as it says, and checked.
  if (texts.target === undefined && texts.source.translation) {
    const given = readGivenPairs(texts.source, texts.source.translation, pipelineOptions(options));
    return { documents: given.documents, given, textLength };
  }
  return { documents: readPair(texts, pipelineOptions(options)), textLength };
}

function checkAnchorOptions(sourceName: string, targetName: string | undefined, options: AlignCommandOptions): void {
  if (options.anchorsLoose && options.anchors === undefined) throw new UsageError('--anchors-loose goes with --anchors <file>');
  if (options.anchors === STD_STREAM && (sourceName === STD_STREAM || targetName === STD_STREAM)) {
    throw new UsageError('the anchors and an input cannot both be read from stdin (-)');
  }
}

/**
 * The beads a corrections file fixes, checked against the documents (its notes are printed
 * here); undefined without --anchors.
 */
async function readAnchors(documents: DocumentPair, options: AlignCommandOptions, context: Context): Promise<Pick<Bead, 'source' | 'target'>[] | undefined> {
  if (options.anchors === undefined) return undefined;
  const { name, text } = await readText(options.anchors, context.io);
  const resolved = resolveAnchors(parseAnchors(text, name), documents.source, documents.target, { name, loose: options.anchorsLoose ?? false });
  for (const d of resolved.diagnostics) context.logger.note(noteText(d));
  return [...resolved.fixed];
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

