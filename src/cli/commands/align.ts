/** `bitext align`: read, align, filter, write. */
import { prepareInputs } from '../../bitext.js';
import type { PreparedPair } from '../../document/prepare.js';
import { UsageError } from '../../errors.js';
import {
  type Format,
  formatFromPath,
  PAIRS_ONLY_FORMATS,
  type RecordedOptions,
  selectBeads,
  writeBeads,
  writeJson,
  writeJsonl,
  writeMoses,
  writeTmx,
  writeTsv,
} from '../../formats/index.js';
import type { Alignment, BeadType, InputKind, Lang } from '../../types.js';
import { type Context, readText, writeOutput } from '../context.js';
import { STD_STREAM, writeFilesAtomically } from '../io.js';
import { alignInputsParallel } from '../../parallel/align.js';
import { COLLECT_AFTER_READING, collectGarbage } from '../memory.js';

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
  const format = options.format ?? (options.output ? formatFromPath(options.output) : undefined) ?? 'tsv';
  if (format === 'moses' && (!options.output || options.output === STD_STREAM)) {
    throw new UsageError('--format moses writes two files, <prefix>.<source lang> and <prefix>.<target lang>: give the prefix with -o');
  }

  if (format === 'moses' && options.from !== undefined && options.from === options.to) throw sameLanguageMoses(options.from);

  const { prepared, textLength } = await readDocuments(sourceName, targetName, options, context);
  if (textLength >= COLLECT_AFTER_READING) collectGarbage();
  const result = await alignInputsParallel(prepared, {
    ...(options.beadTypes !== undefined && { beadTypes: options.beadTypes }),
    ...(options.threads !== undefined && { threads: options.threads }),
  });
  for (const note of result.notes) context.logger.note(note);

  const unaligned = options.unaligned ?? !PAIRS_ONLY_FORMATS.has(format);
  const selection = selectBeads(result, { unaligned, ...(options.minScore !== undefined && { minScore: options.minScore }) });
  if (selection.droppedUnaligned) {
    const hint = options.unaligned === undefined ? ` (${format} keeps translation pairs only; --unaligned keeps them)` : '';
    context.logger.note(`left out ${selection.droppedUnaligned} unaligned 1-0/0-1 bead${plural(selection.droppedUnaligned)}${hint}`);
  }
  if (selection.droppedLowScore) {
    context.logger.note(`left out ${selection.droppedLowScore} bead${plural(selection.droppedLowScore)} scored below ${options.minScore}`);
  }

  const alignment = selection.alignment;
  if (format === 'moses') {
    const { source: s, target: t } = alignment;
    const prefix = options.output!;
    if (s.lang === t.lang) throw sameLanguageMoses(s.lang);
    const lines = writeMoses(alignment);
    await writeFilesAtomically([
      { path: `${prefix}.${s.lang}`, chunks: lines.source },
      { path: `${prefix}.${t.lang}`, chunks: lines.target },
    ]);
    return;
  }
  await writeOutput(options.output, render(alignment, format, options, sourceName, targetName), context.io);
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
): Promise<{ prepared: PreparedPair; textLength: number }> {
  const source = await readText(sourceName, context.io);
  const target = targetName === undefined ? undefined : await readText(targetName, context.io);
  const prepared = prepareInputs(source, target, {
    input: options.input,
    langCheck: options.langCheck,
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
  });
  return { prepared, textLength: source.text.length + (target?.text.length ?? 0) };
}

function render(
  alignment: Alignment,
  format: Exclude<Format, 'moses'>,
  options: AlignCommandOptions,
  sourceName: string,
  targetName: string | undefined,
): Iterable<string> {
  switch (format) {
    case 'tsv':
      return writeTsv(alignment, { header: options.header ?? false });
    case 'tmx':
      return writeTmx(alignment);
    case 'json':
      return writeJson(alignment, { options: recordOptions(options, sourceName, targetName, format) });
    case 'jsonl':
      return writeJsonl(alignment);
    case 'beads':
      return writeBeads(alignment);
  }
}

/** The options that shaped this output, as JSON records them (only what changes the result). */
function recordOptions(options: AlignCommandOptions, sourceName: string, targetName: string | undefined, format: Format): RecordedOptions {
  return {
    inputs: targetName === undefined ? [sourceName] : [sourceName, targetName],
    input: options.input,
    format,
    langCheck: options.langCheck,
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
    ...(options.minScore !== undefined && { minScore: options.minScore }),
    ...(options.unaligned !== undefined && { unaligned: options.unaligned }),
    ...(options.beadTypes !== undefined && { beadTypes: options.beadTypes }),
  };
}

function sameLanguageMoses(lang: string): UsageError {
  return new UsageError(`both sides are '${lang}': Moses file names <prefix>.<lang> need two languages`);
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
