/**
 * What the pipeline tells its caller about how the inputs were read, as values (vfile's model):
 * a stable code, a severity, the input it concerns, where in it, the facts, and a plain message
 * without command-line advice. The CLI turns them into its notes on stderr; the API hands them
 * over as they are; a review page can show them at their spans.
 */
import type { Lang, Layout, SideName, Span } from './types.js';

export const SEVERITIES = ['info', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What separates the two languages where a bilingual file changes language. */
export type LayoutBoundary = 'inside' | 'sentence' | 'wrap' | 'line' | 'blank' | 'separator' | 'pair';

/** What a bilingual file's layout decision rests on. */
export interface LayoutFacts {
  /** Block, sections, alternating: where the language changes, as the 1-based number of the last line before it (or of the line holding it). */
  readonly cuts?: readonly { readonly line: number; readonly at: LayoutBoundary }[];
  /** Alternating: whether lines or paragraphs alternate. */
  readonly units?: 'lines' | 'paragraphs';
  /** Pairs and columns: the delimiter (`tab`, ` / `, ` | `) and how many lines it splits. */
  readonly delimiter?: 'tab' | 'slash' | 'bar';
  readonly rows?: number;
  /** Columns: the two columns read (1-based), out of how many. */
  readonly columns?: readonly [number, number];
  readonly columnCount?: number;
  /** Lines holding both languages side by side inside a block, sections or alternating file (bilingual headings). */
  readonly pairLines?: number;
}

/** The facts behind each diagnostic, by code. */
export interface DiagnosticData {
  /** The two inputs were given in the wrong order and are aligned the other way round. */
  'inputs-swapped': { readonly source: string; readonly sourceLang: Lang; readonly target: string; readonly targetLang: Lang };
  /** A language given (option `side`) that the detector does not know: that side is not checked. */
  'language-unchecked': { readonly side: 'source' | 'target'; readonly lang: Lang };
  /** Units of a bilingual file (XLIFF) that the aligner, on its own, pairs otherwise than the file does. */
  'pairs-unconfirmed': { readonly count: number; readonly units: number };
  /** A side looks like a close relative (groups.ts) of the language given for it; aligned as given. */
  'close-language': { readonly side: 'source' | 'target'; readonly found: Lang; readonly expected: Lang; readonly confidence: number };
  /**
   * How a one-file bilingual input was read: its layout and what the decision rests on, the side
   * written first (or on the left), how likely the layout is against the others read, and whether
   * it was given.
   */
  layout: LayoutFacts & {
    readonly layout: Layout;
    readonly from: Lang;
    readonly to: Lang;
    readonly first: SideName;
    readonly probability: number;
    readonly alternatives: readonly { readonly layout: Layout; readonly probability: number }[];
    readonly forced: boolean;
  };
  /** Sentences of a side confidently in another language than the side's (left as they are, marked). */
  'untranslated-sentences': { readonly count: number; readonly lang: Lang };
  /** Anchors applied to a text that changed since: those whose sentences are all still there were kept. */
  'anchors-loose': { readonly kept: number; readonly dropped: number; readonly moved: number };
  /** A dictionary read the other way round (it runs target to source), or whose direction was told from the texts. */
  'dictionary-turned': { readonly name: string; readonly reversed: boolean; readonly guessed: boolean };
  /** A saved lexicon read the other way round. */
  'lexicon-turned': { readonly name: string };
}
export type DiagnosticCode = keyof DiagnosticData;

export interface Diagnostic<C extends DiagnosticCode = DiagnosticCode> {
  readonly code: C;
  readonly severity: Severity;
  /** The input it concerns, as the user named it (`-` for stdin), when it concerns one. */
  readonly input?: string;
  /** Where in that input's decoded text. */
  readonly span?: Span;
  /** One line, plain English, no advice on options. */
  readonly message: string;
  readonly data: DiagnosticData[C];
}

/** A diagnostic, typed by its code. */
export function diagnostic<C extends DiagnosticCode>(
  code: C,
  severity: Severity,
  message: string,
  data: DiagnosticData[C],
  where: { readonly input?: string; readonly span?: Span } = {},
): Diagnostic<C> {
  return { code, severity, ...(where.input !== undefined && { input: where.input }), ...(where.span && { span: where.span }), message, data };
}
