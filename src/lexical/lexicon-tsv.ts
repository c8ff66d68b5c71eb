/**
 * A lexicon as a TSV file, to keep and reuse: a header line naming the languages and how words
 * were folded, then one line per word pair, `source<TAB>target<TAB>p(target|source)<TAB>p(source|target)`
 * (`-` where the pair is not kept in that direction; NULL is IBM Model 1's empty word), sorted by
 * source word then target word, probabilities to 6 significant digits: the same lexicon always
 * gives the same bytes. Pure.
 */
import { InputError } from '../errors.js';
import { type Lexicon, NULL_WORD, sparseRows } from './lexicon.js';

/** The first cell of the header line. */
export const LEXICON_MAGIC = '#bitext-lexicon';

/** A lexicon's languages, as its file names them. */
export interface LexiconLanguages {
  readonly source: string;
  readonly target: string;
}

function probability(p: number): string {
  return p.toPrecision(6);
}

/** The lexicon as TSV text (one line a pair, each ending in a newline). */
export function formatLexicon(lexicon: Lexicon, languages: LexiconLanguages): string {
  const pairs = new Map<string, [string, string, string, string]>();
  const at = (s: string, t: string): [string, string, string, string] => {
    const key = `${s}\t${t}`;
    let row = pairs.get(key);
    if (!row) {
      row = [s, t, '-', '-'];
      pairs.set(key, row);
    }
    return row;
  };
  const { forward, backward, sourceWords, targetWords } = lexicon;
  for (let s = 0; s < sourceWords.length; s++) {
    for (let k = forward.off[s]!; k < forward.off[s + 1]!; k++) at(sourceWords[s]!, targetWords[forward.ids[k]!]!)[2] = probability(forward.p[k]!);
  }
  for (let t = 0; t < targetWords.length; t++) {
    for (let k = backward.off[t]!; k < backward.off[t + 1]!; k++) at(sourceWords[backward.ids[k]!]!, targetWords[t]!)[3] = probability(backward.p[k]!);
  }
  lexicon.forwardNull.forEach((p, t) => {
    if (p > 0) at(NULL_WORD, targetWords[t]!)[2] = probability(p);
  });
  lexicon.backwardNull.forEach((p, s) => {
    if (p > 0) at(sourceWords[s]!, NULL_WORD)[3] = probability(p);
  });
  const rows = [...pairs.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const header = `${LEXICON_MAGIC}\tsource=${languages.source}\ttarget=${languages.target}\tprefix=${lexicon.prefix}\n`;
  return header + rows.map((r) => `${r.join('\t')}\n`).join('');
}

/**
 * Read a lexicon file.
 * @throws InputError naming the file and line when the header or a line is not as formatLexicon writes them
 */
export function parseLexicon(text: string, name: string): { lexicon: Lexicon; languages: LexiconLanguages } {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const fail = (line: number, problem: string): InputError => new InputError(name, `line ${line}: ${problem} (bitext lexicon)`, { code: 'invalid-lexicon' });
  const head = /^#bitext-lexicon\tsource=([^\t]+)\ttarget=([^\t]+)\tprefix=(\d+)$/u.exec(lines[0] ?? '');
  if (!head) throw fail(1, `expected the header '${LEXICON_MAGIC}<TAB>source=…<TAB>target=…<TAB>prefix=…'`);
  const rows: Array<[string, string, number, number]> = [];
  const number = (cell: string, line: number): number => {
    if (cell === '-') return NaN;
    const p = Number(cell);
    if (!(cell.trim() !== '' && p >= 0 && p <= 1)) throw fail(line, `'${cell}' is not a probability`);
    return p;
  };
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line) continue;
    const cells = line.split('\t');
    if (cells.length !== 4 || !cells[0] || !cells[1]) throw fail(k + 1, 'expected source<TAB>target<TAB>p(target|source)<TAB>p(source|target)');
    rows.push([cells[0], cells[1], number(cells[2]!, k + 1), number(cells[3]!, k + 1)]);
  }
  const sourceWords = [...new Set(rows.map((r) => r[0]).filter((w) => w !== NULL_WORD))].sort();
  const targetWords = [...new Set(rows.map((r) => r[1]).filter((w) => w !== NULL_WORD))].sort();
  const sid = new Map(sourceWords.map((w, k) => [w, k]));
  const tid = new Map(targetWords.map((w, k) => [w, k]));
  const forwardNull = new Float64Array(targetWords.length);
  const backwardNull = new Float64Array(sourceWords.length);
  const fwd: number[][] = [[], [], []];
  const bwd: number[][] = [[], [], []];
  for (const [s, t, pf, pb] of rows) {
    if (s === NULL_WORD && t !== NULL_WORD) forwardNull[tid.get(t)!] = pf || 0;
    else if (t === NULL_WORD && s !== NULL_WORD) backwardNull[sid.get(s)!] = pb || 0;
    else if (s !== NULL_WORD) {
      if (!Number.isNaN(pf)) fwd.forEach((a, k) => a.push([sid.get(s)!, tid.get(t)!, pf][k]!));
      if (!Number.isNaN(pb)) bwd.forEach((a, k) => a.push([tid.get(t)!, sid.get(s)!, pb][k]!));
    }
  }
  const rowsOf = (n: number, a: number[][]) => sparseRows(n, Int32Array.from(a[0]!), Int32Array.from(a[1]!), Float64Array.from(a[2]!));
  return {
    lexicon: {
      prefix: Number(head[3]),
      sourceWords,
      targetWords,
      forward: rowsOf(sourceWords.length, fwd),
      backward: rowsOf(targetWords.length, bwd),
      forwardNull,
      backwardNull,
    },
    languages: { source: head[1]!, target: head[2]! },
  };
}

/** Lexicons turned, so that a lexicon turned for each of many documents is turned once. */
const reversed = new WeakMap<Lexicon, Lexicon>();

/** The same lexicon the other way round: its target words become the source words. */
export function reverseLexicon(lexicon: Lexicon): Lexicon {
  let turned = reversed.get(lexicon);
  if (!turned) reversed.set(lexicon, (turned = turnedLexicon(lexicon)));
  return turned;
}

function turnedLexicon(lexicon: Lexicon): Lexicon {
  return {
    prefix: lexicon.prefix,
    sourceWords: lexicon.targetWords,
    targetWords: lexicon.sourceWords,
    forward: lexicon.backward,
    backward: lexicon.forward,
    forwardNull: lexicon.backwardNull,
    backwardNull: lexicon.forwardNull,
  };
}
