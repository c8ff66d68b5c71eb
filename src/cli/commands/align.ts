/** `bitext align`: read, align, filter, write. */
import { UsageError } from '../../errors.js';
import { type Format, selectBeads } from '../../formats/index.js';
import { formatLexicon } from '../../lexical/index.js';
import { collectGarbage } from '../../parallel/collect.js';
import { createThreadExecutor } from '../../parallel/executor.js';
import type { PairResult } from '../../pipeline/align-pair.js';
import type { UserEvidence } from '../../pipeline/evidence.js';
import type { Context } from '../context.js';
import { checkFilters, type DocumentOptions, recordOptions, selectOptions } from '../document-options.js';
import { readEvidence } from '../evidence.js';
import { type FileOutput, STD_STREAM } from '../io.js';
import { COLLECT_AFTER_READING } from '../memory.js';
import { droppedNotes, noteText } from '../messages.js';
import { alignPairInputs, readAnchorBeads, readPairInputs } from '../pair-input.js';
import { checkOutputPaths, dataOutput, type NamedPath } from '../output-paths.js';
import { writeTogether } from '../pending-outputs.js';
import { chooseSink } from '../sinks.js';
import { checkOneStdinReader, optionReaders } from '../stdin-readers.js';
import { checkHeader, chooseWriter } from '../writer-choice.js';

export interface AlignCommandOptions extends DocumentOptions {
  readonly format?: Format;
  readonly output?: string;
  readonly header?: boolean;
  readonly threads?: number;
  /** Where to write the lexicon learned from the text. */
  readonly saveLexicon?: string;
}

export async function alignCommand(
  sourceName: string,
  targetName: string | undefined,
  options: AlignCommandOptions,
  context: Context,
): Promise<void> {
  if (sourceName === STD_STREAM && targetName === STD_STREAM) throw new UsageError('only one of the inputs can be read from stdin (-)');
  // Every file the command reads: at most one from stdin, and none that an output would replace.
  const reads: NamedPath[] = [['the source', sourceName], ['the target', targetName], ...optionReaders(options)];
  checkOneStdinReader(reads);
  checkAnchorOptions(options);
  const writer = chooseWriter(options.format, options.output);
  // A Moses prefix names two files (checked once their languages are known), never stdout.
  checkOutputPaths(reads, [dataOutput(options.output, writer.outputs !== 'per-language'), ['--save-lexicon', options.saveLexicon]]);
  checkFilters(writer, options);
  checkHeader(writer, options.header);
  const sink = chooseSink(writer, options.output);
  const evidence = await readEvidence(options, context.io);

  const inputs = await readPairInputs(sourceName, targetName, options, context.io);
  if (inputs.textLength >= COLLECT_AFTER_READING) collectGarbage();
  if (inputs.given && options.anchors !== undefined) {
    throw new UsageError(`${sourceName}: pairs its units itself (XLIFF with targets), so there is nothing for --anchors to realign`);
  }
  const anchors = options.anchors === undefined ? undefined : await readAnchorBeads(inputs, options.anchors, options.anchorsLoose ?? false, context.io);
  for (const d of anchors?.diagnostics ?? []) context.logger.note(noteText(d));
  const executor = createThreadExecutor({ oneShot: true, ...(options.threads !== undefined && { threads: options.threads }) });
  let result;
  try {
    result = await alignPairInputs(inputs, options, executor, { ...(anchors && { fixed: anchors.fixed }), keepBand: writer.usesBand === true, evidence });
  } finally {
    await executor.close();
  }
  // Moses files are named by the languages, known only now: `-o corpus` beside corpus.en and corpus.fr would replace them.
  if (writer.outputs === 'per-language' && options.output !== undefined) {
    const { source, target } = result.alignment;
    checkOutputPaths(reads, [source.lang, target.lang].map((lang) => ['-o', `${options.output}.${lang}`] as const));
  }
  for (const d of result.diagnostics) context.logger.note(noteText(d));
  const lexicon = options.saveLexicon === undefined ? undefined : lexiconOutput(options.saveLexicon, result, evidence, options, context);

  const selection = selectBeads(result.alignment, selectOptions(options, writer));
  for (const note of droppedNotes(selection, writer.name, options)) context.logger.note(note);
  const { alignment } = selection;
  const names = targetName === undefined ? [sourceName] : [sourceName, targetName];
  const recorded = {
    ...recordOptions(options, names, writer),
    ...(options.anchors !== undefined && { anchors: options.anchors }),
    ...(options.anchorsLoose && { anchorsLoose: true }),
  };
  const output = writer.write(alignment, { header: options.header ?? false, recorded, ...('band' in result && result.band && { band: result.band }) });
  // The alignment and the lexicon appear together or not at all: a lexicon is no use from a run that failed.
  await writeTogether([...sink.place(output, [alignment.source.lang, alignment.target.lang]), ...(lexicon ? [lexicon] : [])], context.io.stdout);
}

/** The lexicon learned (or the one given) for `--save-lexicon`, as the TSV file it is saved as; or say why there is none. */
function lexiconOutput(path: string, result: PairResult, evidence: UserEvidence, options: DocumentOptions, context: Context): FileOutput | undefined {
  const { source, target } = result.alignment;
  // A lexicon given (and reversed to serve this pair) is saved in this pair's direction.
  const lexicon = result.lexicon ?? evidence.lexiconFile?.lexicon;
  if (!lexicon) {
    const why = options.lexicon === false ? '--no-lexicon' : 'too few sentences the first pass is sure of to learn from';
    context.logger.note(`${path}: no lexicon to save (${why}); nothing written`);
    return undefined;
  }
  return { path, chunks: [formatLexicon(lexicon, { source: source.lang, target: target.lang })] };
}

function checkAnchorOptions(options: AlignCommandOptions): void {
  if (options.anchorsLoose && options.anchors === undefined) throw new UsageError('--anchors-loose goes with --anchors <file>');
}

