/** `bitext align`: read, align, filter, write. */
import type { DocumentPair } from '../../document/prepare.js';
import { UsageError } from '../../errors.js';
import { type Format, type RecordedOptions, selectBeads, type Writer } from '../../formats/index.js';
import { createThreadExecutor } from '../../parallel/executor.js';
import { alignPair, readPair } from '../../pipeline/align-pair.js';
import type { BeadType, InputKind, Lang } from '../../types.js';
import { type Context, readText } from '../context.js';
import { STD_STREAM } from '../io.js';
import { COLLECT_AFTER_READING, collectGarbage } from '../memory.js';
import { noteText } from '../messages.js';
import { chooseSink } from '../sinks.js';
import { chooseWriter } from '../writer-choice.js';

export interface AlignCommandOptions {
  readonly from?: Lang;
  readonly to?: Lang;
  readonly input: InputKind;
  readonly format?: Format;
  readonly output?: string;
  readonly minScore?: number;
  readonly unaligned?: boolean;
  readonly header?: boolean;
  readonly langCheck: boolean;
  readonly beadTypes?: BeadType[];
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

  const { documents, textLength } = await readDocuments(sourceName, targetName, options, context);
  if (textLength >= COLLECT_AFTER_READING) collectGarbage();
  const executor = createThreadExecutor(options.threads !== undefined ? { threads: options.threads } : {});
  let result;
  try {
    result = await alignPair(documents, options.beadTypes !== undefined ? { beadTypes: options.beadTypes } : {}, executor);
  } finally {
    await executor.close();
  }
  for (const d of result.diagnostics) context.logger.note(noteText(d));

  const unaligned = options.unaligned ?? !writer.pairsOnly;
  const selection = selectBeads(result.alignment, { unaligned, ...(options.minScore !== undefined && { minScore: options.minScore }) });
  if (selection.droppedUnaligned) {
    const hint = options.unaligned === undefined ? ` (${writer.name} keeps translation pairs only; --unaligned keeps them)` : '';
    context.logger.note(`left out ${selection.droppedUnaligned} unaligned 1-0/0-1 bead${plural(selection.droppedUnaligned)}${hint}`);
  }
  if (selection.droppedLowScore) {
    context.logger.note(`left out ${selection.droppedLowScore} bead${plural(selection.droppedLowScore)} scored below ${options.minScore}`);
  }
  const { alignment } = selection;
  const output = writer.write(alignment, { header: options.header ?? false, recorded: recordOptions(options, sourceName, targetName, writer) });
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
  options: AlignCommandOptions,
  context: Context,
): Promise<{ documents: DocumentPair; textLength: number }> {
  const source = await readText(sourceName, context.io);
  const target = targetName === undefined ? undefined : await readText(targetName, context.io);
  const documents = readPair(target === undefined ? { source } : { source, target }, {
    input: options.input,
    langCheck: options.langCheck,
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
  });
  return { documents, textLength: source.text.length + (target?.text.length ?? 0) };
}

/** The options that shaped this output, as JSON records them (only what changes the result). */
function recordOptions(options: AlignCommandOptions, sourceName: string, targetName: string | undefined, writer: Writer): RecordedOptions {
  return {
    inputs: targetName === undefined ? [sourceName] : [sourceName, targetName],
    input: options.input,
    format: writer.name,
    langCheck: options.langCheck,
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
    ...(options.minScore !== undefined && { minScore: options.minScore }),
    ...(options.unaligned !== undefined && { unaligned: options.unaligned }),
    ...(options.beadTypes !== undefined && { beadTypes: options.beadTypes }),
  };
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

