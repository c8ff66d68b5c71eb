/**
 * From decoded input texts to the two Documents the aligner takes: the composition of
 * segment (paragraphs, sentences) and detect (languages, sides). Pure.
 */
import { detectDocument, markMismatches, type NamedText, resolvePair, splitBilingual } from '../detect/index.js';
import { InputError } from '../errors.js';
import { readSentenceLines, splitParagraphs } from '../segment/index.js';
import { type Document, type InputKind, type Lang, type Span, UNDETERMINED } from '../types.js';
import { numberDocument, type ParagraphSpans, segmentParagraphs } from './build.js';

export type { NamedText };

export interface PrepareOptions {
  /** Source language (ISO 639-1); detected when absent. */
  readonly from?: Lang;
  /** Target language (ISO 639-1); detected when absent. */
  readonly to?: Lang;
  /** `text` (running text, default) or `sentences` (one per line, blank line = paragraph break). */
  readonly input?: InputKind;
  /** Refuse a side that is confidently in another language than `from`/`to` say (default true). */
  readonly langCheck?: boolean;
}

/** Two documents ready to align, and what the user should be told about how they were read. */
export interface PreparedPair {
  readonly source: Document;
  readonly target: Document;
  /** One-line notes for stderr (swapped inputs, untranslated sentences). */
  readonly notes: readonly string[];
}

/** Read one monolingual input as a Document; its language is `lang`, or detected. */
export function prepareDocument(input: NamedText, options: { lang?: Lang; input?: InputKind } = {}): Document {
  const lang = options.lang ?? detectDocumentLanguage(input);
  return numberDocument(input.text, segmentParagraphs(input.text, options.input ?? 'text', lang), input.name, lang);
}

/** Two inputs, one per language: check (or detect) their languages, swap them if they were given the wrong way round. */
export function preparePair(source: NamedText, target: NamedText, options: PrepareOptions = {}): PreparedPair {
  const pair = resolvePair(source, target, {
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
    langCheck: options.langCheck ?? true,
  });
  const [s, t] = pair.swapped ? [target, source] : [source, target];
  const input = options.input ?? 'text';
  return finish(prepareDocument(s, { lang: pair.from, input }), prepareDocument(t, { lang: pair.to, input }), pair.notes);
}

/** One input holding both languages (as UN and EU messages often do): split it into its two sides. */
export function prepareBilingual(bilingual: NamedText, options: PrepareOptions = {}): PreparedPair {
  const { text, name } = bilingual;
  const input = options.input ?? 'text';
  const units = input === 'sentences' ? sentenceUnits(text) : splitParagraphs(text).map((p) => ({ lines: [p], paragraph: 0 }));
  const split = splitBilingual(
    units.map((u) => u.lines.map(([s, e]) => text.slice(s, e)).join('\n')),
    {
      name,
      ...(options.from !== undefined && { from: options.from }),
      ...(options.to !== undefined && { to: options.to }),
    },
  );
  const side = (which: 'source' | 'target', lang: Lang): Document => {
    const paragraphs: ParagraphSpans[] = [];
    let open: { lines: Span[]; paragraph: number; unit: number } | undefined;
    const close = () => {
      if (!open) return;
      const span: Span = [open.lines[0]![0], open.lines[open.lines.length - 1]![1]];
      paragraphs.push(input === 'sentences' ? { span, sentences: open.lines } : segmentParagraphs(text, 'text', lang, [span])[0]!);
      open = undefined;
    };
    units.forEach((unit, i) => {
      if (split.sides[i] !== which) return close();
      // Lines of one input paragraph that fall on the same side stay one paragraph.
      if (open && (input !== 'sentences' || open.paragraph !== unit.paragraph || open.unit !== i - 1)) close();
      if (!open) open = { lines: [], paragraph: unit.paragraph, unit: i };
      open.lines.push(...unit.lines);
      open.unit = i;
    });
    close();
    return numberDocument(text, paragraphs, name, lang);
  };
  return finish(side('source', split.from), side('target', split.to), []);
}

/** Mark untranslated sentences on both sides and say how many there are. */
function finish(source: Document, target: Document, notes: readonly string[]): PreparedPair {
  const markedSource = markMismatches(source, target.lang);
  const markedTarget = markMismatches(target, source.lang);
  const out = [...notes];
  for (const d of [markedSource, markedTarget]) {
    const n = d.sentences.reduce((k, s) => k + (s.lang === undefined ? 0 : 1), 0);
    if (n) out.push(`${displayName(d.name)}: ${n} sentence${n === 1 ? '' : 's'} not in ${d.lang} (left as they are; marked in JSON and TMX)`);
  }
  return { source: markedSource, target: markedTarget, notes: out };
}

/** A detection unit of a bilingual input and the input paragraph it comes from. */
interface Unit {
  readonly lines: readonly Span[];
  readonly paragraph: number;
}

/**
 * Detection units of pre-split input: its paragraphs, or its lines when it has no blank line at all
 * (a paragraph holding both languages could not be split otherwise).
 */
function sentenceUnits(text: string): Unit[] {
  const paragraphs = readSentenceLines(text);
  if (paragraphs.length === 1) return paragraphs[0]!.map((line) => ({ lines: [line], paragraph: 0 }));
  return paragraphs.map((lines, paragraph) => ({ lines, paragraph }));
}

function detectDocumentLanguage(input: NamedText): Lang {
  const guess = detectDocument(input.text);
  if (guess.lang === UNDETERMINED) {
    throw new InputError(input.name, 'cannot tell which language the text is in; give it with --lang (or --from/--to)');
  }
  return guess.lang;
}

function displayName(name: string): string {
  return name === '-' ? 'stdin' : name;
}
