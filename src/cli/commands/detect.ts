/** `bitext detect`: the language of each paragraph (see `detectionUnits`), as TSV. */
import { detectParagraphs } from '../../detect/index.js';
import { detectionUnits, noSentences } from '../../document/prepare.js';
import { writeLanguageRows } from '../../formats/index.js';
import type { InputKind, Lang } from '../../types.js';
import { checkOutputPaths } from '../output-paths.js';
import { type Context, readDocumentInput, type ReadingOptions, writeOutput } from '../context.js';

export interface DetectCommandOptions extends ReadingOptions {
  readonly langs?: Lang[];
  readonly input: InputKind;
  readonly header?: boolean;
  readonly output?: string;
}

export async function detectCommand(name: string, options: DetectCommandOptions, context: Context): Promise<void> {
  checkOutputPaths([['the input', name]], [['-o', options.output]]);
  const { text, blocks } = await readDocumentInput(name, context.io, options);
  const units = detectionUnits(text, options.input, blocks);
  // Nothing to print is a file of separator lines, said as align and split say it, not an empty success.
  if (units.length === 0) throw noSentences(name);
  const texts = units.map((u) => u.text);
  const guesses = detectParagraphs(texts, options.langs);
  // A paragraph too short to tell (confidence 0: its neighbour's language) takes the one its document declares for it, if any.
  const declared = (index: number) => {
    const lang = units[index]!.lang;
    return lang !== undefined && (options.langs === undefined || options.langs.includes(lang)) ? lang : undefined;
  };
  const rows = guesses.map((g, index) => ({
    index,
    lang: g.confidence === 0 ? (declared(index) ?? g.lang) : g.lang,
    confidence: g.confidence,
    text: texts[index]!,
  }));
  await writeOutput(options.output, writeLanguageRows(rows, { header: options.header ?? false }), context.io);
}
