/** `bitext detect`: the language of each paragraph, as TSV; the units `align` decides sides by. */
import { detectParagraphs } from '../../detect/index.js';
import { detectionUnits } from '../../document/prepare.js';
import { writeLanguageRows } from '../../formats/index.js';
import type { InputKind, Lang } from '../../types.js';
import { type Context, readDocumentInput, type ReadingOptions, writeOutput } from '../context.js';

export interface DetectCommandOptions extends ReadingOptions {
  readonly langs?: Lang[];
  readonly input: InputKind;
  readonly header?: boolean;
  readonly output?: string;
}

export async function detectCommand(name: string, options: DetectCommandOptions, context: Context): Promise<void> {
  const { text, blocks } = await readDocumentInput(name, context.io, options);
  const texts = detectionUnits(text, options.input, blocks).map((u) => u.text);
  const guesses = detectParagraphs(texts, options.langs);
  const rows = guesses.map((g, index) => ({ index, lang: g.lang, confidence: g.confidence, text: texts[index]! }));
  await writeOutput(options.output, writeLanguageRows(rows, { header: options.header ?? false }), context.io);
}
