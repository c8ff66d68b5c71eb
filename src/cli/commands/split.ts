/** `bitext split`: the sentences bitext sees, one per line, blank line between paragraphs. */
import { prepareBilingual, prepareDocument } from '../../document/prepare.js';
import { UsageError } from '../../errors.js';
import { writeSentences } from '../../formats/index.js';
import type { InputKind, Lang, Layout, SideName } from '../../types.js';
import { readGivenPairs } from '../../pipeline/given-pairs.js';
import { noteText } from '../messages.js';
import { checkOutputPaths } from '../output-paths.js';
import { type Context, readDocumentInput, type ReadingOptions, writeOutput } from '../context.js';

export interface SplitCommandOptions extends ReadingOptions {
  readonly lang?: Lang;
  readonly input: InputKind;
  readonly side?: SideName;
  readonly from?: Lang;
  readonly to?: Lang;
  readonly output?: string;
  readonly layout?: Layout;
}

export async function splitCommand(name: string, options: SplitCommandOptions, context: Context): Promise<void> {
  checkOutputPaths([['the input', name]], [['-o', options.output]]);
  const input = await readDocumentInput(name, context.io, options);
  if (options.side === undefined) {
    if (options.from !== undefined || options.to !== undefined) throw new UsageError('--from/--to go with --side (a file holding both languages); use --lang for one language');
    if (options.layout !== undefined) throw new UsageError('--layout goes with --side (a file holding both languages)');
    const document = prepareDocument(input, { input: options.input, ...(options.lang !== undefined && { lang: options.lang }) });
    await writeOutput(options.output, writeSentences(document), context.io);
    return;
  }
  if (options.lang !== undefined) throw new UsageError('--lang names the language of a one-language file; with --side use --from/--to');
  const sides = {
    input: options.input,
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
  };
  // A file that pairs its units itself (XLIFF with targets): its sides are the file's, as align reads them.
  if (input.translation) {
    if (options.layout !== undefined) throw new UsageError('--layout is for text holding both languages; this file gives its source and target apart');
    const given = readGivenPairs(input, input.translation, sides);
    await writeOutput(options.output, writeSentences(given.documents[options.side]), context.io);
    return;
  }
  const pair = prepareBilingual(input, { ...sides, ...(options.layout !== undefined && { layout: options.layout }) });
  for (const d of pair.diagnostics) if (d.code === 'layout') context.logger.note(noteText(d));
  await writeOutput(options.output, writeSentences(pair[options.side]), context.io);
}
