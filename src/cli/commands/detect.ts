/** `bitext detect`: the language of each paragraph, as TSV. */
import { detectParagraphs } from '../../detect/index.js';
import { readSentenceLines, splitParagraphs } from '../../segment/index.js';
import { writeLanguageRows } from '../../formats/index.js';
import type { InputKind, Lang, Span } from '../../types.js';
import { type Context, readText, writeOutput } from '../context.js';

export interface DetectCommandOptions {
  readonly langs?: Lang[];
  readonly input: InputKind;
  readonly header?: boolean;
  readonly output?: string;
}

export async function detectCommand(name: string, options: DetectCommandOptions, context: Context): Promise<void> {
  const { text } = await readText(name, context.io);
  const spans: Span[] =
    options.input === 'sentences'
      ? readSentenceLines(text).map((lines) => [lines[0]![0], lines[lines.length - 1]![1]] as const)
      : splitParagraphs(text);
  const texts = spans.map(([s, e]) => text.slice(s, e).replace(/\s+/gu, ' ').trim());
  const guesses = detectParagraphs(texts, options.langs);
  const rows = guesses.map((g, index) => ({ index, lang: g.lang, confidence: g.confidence, text: texts[index]! }));
  await writeOutput(options.output, writeLanguageRows(rows, { header: options.header ?? false }), context.io);
}
