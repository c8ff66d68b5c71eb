/**
 * What the CLI says on stderr about diagnostics and errors: the core's facts in the words of the
 * command line, with the option that changes the outcome where there is one.
 */
import { languageName } from '../detect/index.js';
import type { Diagnostic, LayoutBoundary } from '../diagnostics.js';
import { type BitextError, inputLabel } from '../errors.js';
import type { SideName } from '../types.js';

/** The option that gives a side's language. */
function langOption(side: SideName): string {
  return side === 'source' ? '--from' : '--to';
}

/** What separates the two languages at a cut, in words. */
const CUT_WORDS: Readonly<Record<LayoutBoundary, string>> = {
  separator: 'separator',
  pair: 'bilingual line',
  blank: 'blank line',
  line: 'line break',
  wrap: 'line break inside a paragraph',
  inside: 'line break inside a sentence',
  sentence: 'mid-line',
};
/** Cuts listed in a note before the rest are counted. */
const MAX_CUTS_LISTED = 5;
/** A layout less likely than this is reported with its runner-up. */
const SURE_LAYOUT = 0.9;
const DELIMITER_WORDS = { tab: 'TAB', slash: '" / "', bar: '" | "' } as const;

/** `cut after line 57 (separator)`, `cut in line 3 (mid-line)`, `cuts after lines 12 (separator), 30 (separator) and 4 more`. */
function cutsText(cuts: NonNullable<Diagnostic<'layout'>['data']['cuts']>): string {
  const one = (c: (typeof cuts)[number], plural: boolean): string =>
    c.at === 'sentence' ? `${plural ? '' : 'in line '}${c.line} (mid-line)` : `${plural ? '' : 'after line '}${c.line} (${CUT_WORDS[c.at]})`;
  if (cuts.length === 1) return `cut ${one(cuts[0]!, false)}`;
  const listed = cuts.slice(0, MAX_CUTS_LISTED).map((c) => one(c, true));
  const more = cuts.length > MAX_CUTS_LISTED ? ` and ${cuts.length - MAX_CUTS_LISTED} more` : '';
  return `${cuts.length} cuts, after lines ${listed.join(', ')}${more}`;
}

/** `layout: block, cut after line 57 (separator)` and the like: the layout, where it changes language, how sure. */
function layoutText(data: Diagnostic<'layout'>['data']): string {
  const firstLang = languageName(data.first === 'source' ? data.from : data.to);
  const parts: string[] = [];
  switch (data.layout) {
    case 'pairs':
    case 'columns': {
      const which = data.columns && data.columnCount !== undefined && data.columnCount > 2 ? ` ${data.columns[0]} and ${data.columns[1]} of ${data.columnCount}` : '';
      const rows = data.rows ?? 0;
      parts.push(`${data.layout}${which} split at ${DELIMITER_WORDS[data.delimiter ?? 'tab']}`, plural(rows, 'line'), `${firstLang} on the left`);
      break;
    }
    case 'alternating':
      parts.push(`alternating ${data.units ?? 'paragraphs'}`, `${firstLang} first`);
      break;
    default:
      parts.push(data.layout);
      if (data.cuts?.length) parts.push(cutsText(data.cuts));
      if (data.layout === 'sections') parts.push(`${firstLang} first`);
  }
  if (data.pairLines) parts.push(plural(data.pairLines, 'bilingual line'));
  if (data.forced) parts.push('given by --layout');
  else if (data.probability < SURE_LAYOUT && data.alternatives[0]) {
    parts.push(`uncertain (${data.layout} ${data.probability.toFixed(2)}, ${data.alternatives[0].layout} ${data.alternatives[0].probability.toFixed(2)})`);
  }
  return `layout: ${parts.join(', ')}`;
}

/** A diagnostic as a note line (without the `bitext:` prefix). */
export function noteText(d: Diagnostic): string {
  switch (d.code) {
    case 'layout':
      return layoutText(d.data as Diagnostic<'layout'>['data']);
    case 'language-unchecked': {
      const { side, lang } = d.data as Diagnostic<'language-unchecked'>['data'];
      return `${langOption(side)} ${lang}: language unknown to the detector, not checked`;
    }
    case 'untranslated-sentences': {
      const { count, lang } = d.data as Diagnostic<'untranslated-sentences'>['data'];
      const where = d.input === undefined ? '' : `${inputLabel(d.input)}: `;
      return `${where}${plural(count, 'sentence')} not in ${languageName(lang)} (left as they are; marked in JSON and TMX)`;
    }
    // Named, since --dict is repeatable and a note on one of several would not say which.
    case 'dictionary-turned':
    case 'lexicon-turned':
    case 'close-language':
    case 'anchors-loose': {
      const where = d.input === undefined ? '' : `${inputLabel(d.input)}: `;
      return `${where}${d.message}`;
    }
    default:
      return d.message;
  }
}

/** An error as its message line (without the `bitext: error:` prefix), with the flag that gets past it. */
export function errorText(error: BitextError): string {
  const data = error.data as Record<string, string>;
  switch (error.code) {
    case 'wrong-language':
      return `${error.message} (${langOption(data.side as SideName)} ${data.expected}); use --no-lang-check to align anyway`;
    case 'same-language':
      return `${error.message} (or --from/--to with --no-lang-check)`;
    case 'undetermined-language':
      return `${error.message}; give it with --lang (or --from/--to)`;
    case 'language-not-found':
      return `${error.message} (${langOption(data.side as SideName)} ${data.lang})`;
    case 'undecodable':
      return error.message.endsWith('convert the file to UTF-8') ? `${error.message} or name its encoding (--encoding windows-1252)` : error.message;
    case 'anchors-mismatch':
      return `${error.message}; --anchors-loose keeps the anchors whose sentences are unchanged`;
    case 'invalid-dictionary':
      return data.lexicon ? `${error.message} (give it with --lexicon)` : error.message;
    case 'layout-mismatch':
      return `${error.message} (leave out --layout)`;
    case 'same-languages-given':
      return `--from and --to are both ${languageName(data.lang!)}; a one-file input is split by language and must hold two`;
    default:
      return error.message;
  }
}

/**
 * The notes on the beads the filters left out (`--min-score`, and 1-0/0-1 beads the writer's
 * consumers do not want unless `--unaligned` says so), as `align` and `batch` give them.
 */
export function droppedNotes(
  dropped: { readonly droppedUnaligned: number; readonly droppedLowScore: number },
  writerName: string,
  options: { readonly unaligned?: boolean; readonly minScore?: number },
): string[] {
  const notes: string[] = [];
  if (dropped.droppedUnaligned) {
    const hint = options.unaligned === undefined ? ` (${writerName} keeps translation pairs only; --unaligned keeps them)` : '';
    notes.push(`left out ${plural(dropped.droppedUnaligned, 'unaligned 1-0/0-1 bead')}${hint}`);
  }
  if (dropped.droppedLowScore) notes.push(`left out ${plural(dropped.droppedLowScore, 'bead')} scored below ${options.minScore}`);
  return notes;
}

/** `1 document`, `2 documents`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
