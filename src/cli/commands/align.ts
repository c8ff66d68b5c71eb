/** `bitext align`: read, align, filter, write. */
import type { DocumentPair } from '../../document/prepare.js';
import { UsageError } from '../../errors.js';
import { type Format, selectBeads } from '../../formats/index.js';
import { createThreadExecutor } from '../../parallel/executor.js';
import { alignPair, readPair } from '../../pipeline/align-pair.js';
import { alignGivenPairs, type GivenPairs, readGivenPairs } from '../../pipeline/given-pairs.js';
import { type Context, readPairTexts } from '../context.js';
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
}

export async function alignCommand(
  sourceName: string,
  targetName: string | undefined,
  options: AlignCommandOptions,
  context: Context,
): Promise<void> {
  if (sourceName === STD_STREAM && targetName === STD_STREAM) throw new UsageError('only one of the inputs can be read from stdin (-)');
  const writer = chooseWriter(options.format, options.output);
  const sink = chooseSink(writer, options.output, context.io);

  const { documents, given, textLength } = await readDocuments(sourceName, targetName, options, context);
  if (textLength >= COLLECT_AFTER_READING) collectGarbage();
  const executor = createThreadExecutor(options.threads !== undefined ? { threads: options.threads } : {});
  let result;
  try {
    result = given ? await alignGivenPairs(given, pipelineOptions(options), executor) : await alignPair(documents, pipelineOptions(options), executor);
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
  const output = writer.write(alignment, { header: options.header ?? false, recorded: recordOptions(options, inputs, writer) });
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

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

