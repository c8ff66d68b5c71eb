/**
 * Stdin can be read once. Of the files one command reads (its inputs or manifest, `--anchors`,
 * `--dict`, `--lexicon`), at most one may be `-`: a second reader would find stdin empty, or, had
 * it been read first, take for its own what was meant for another (`batch - --dict -` read the
 * manifest as a dictionary, then aligned an empty corpus and succeeded). So such a command is
 * refused before anything is read.
 */
import { UsageError } from '../errors.js';
import { STD_STREAM } from './io.js';
import type { NamedPath } from './output-paths.js';

/**
 * @param readers every file the command will read, in the order of its command line
 * @throws UsageError naming the first two that are both `-`
 */
export function checkOneStdinReader(readers: readonly NamedPath[]): void {
  const fromStdin = readers.filter(([, path]) => path === STD_STREAM).map(([what]) => what);
  if (fromStdin.length < 2) return;
  const [first, second] = fromStdin as [string, string];
  const both = first === second ? `two ${first} files` : `${first} and ${second}`;
  throw new UsageError(`${both} cannot both be read from stdin (-): give one of them as a file`);
}

/** The option files of a document's alignment that may be read from stdin: `--anchors`, each `--dict`, `--lexicon`. */
export function optionReaders(options: { readonly anchors?: string; readonly dict?: readonly string[]; readonly lexicon?: string | false }): NamedPath[] {
  return [
    ['--anchors', options.anchors],
    ...(options.dict ?? []).map((path): NamedPath => ['--dict', path]),
    ['--lexicon', typeof options.lexicon === 'string' ? options.lexicon : undefined],
  ];
}
