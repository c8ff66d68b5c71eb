/** Which writer a command uses: `-f`, else the extension of `-o`, else the command's default (TSV for align). */
import { UsageError } from '../errors.js';
import { extensionOf, FORMATS, type Format, type Writer, WRITERS, writerForPath } from '../formats/index.js';
import { STD_STREAM } from './io.js';

/** The default when neither `-f` nor `-o`'s extension names a format: TSV, what shell pipelines read. */
const DEFAULT_FORMAT: Format = 'tsv';

/**
 * @throws UsageError when `-o` has an extension no writer knows (`out.docx`): silently writing TSV
 *   into a file named for another format would only fail later, in the program that opens it
 */
export function chooseWriter(format: Format | undefined, output: string | undefined, fallback: Format = DEFAULT_FORMAT): Writer {
  if (format !== undefined) return WRITERS[format];
  if (output === undefined || output === STD_STREAM) return WRITERS[fallback];
  const ext = extensionOf(output);
  if (!ext) return WRITERS[fallback];
  const writer = writerForPath(output);
  if (!writer) throw new UsageError(`${output}: no output format has the extension '.${ext}'; give one with -f (${FORMATS.join(', ')})`);
  return writer;
}

/**
 * `--header` names the columns of a table; a format without one would ignore it without a word,
 * so it is refused as a filter the writer cannot apply is (document-options.ts, checkFilters).
 * @throws UsageError when `header` is asked of a writer that has no header line
 */
export function checkHeader(writer: Writer, header: boolean | undefined): void {
  if (header && !writer.headerLine) {
    const tables = Object.values(WRITERS).filter((w) => w.headerLine).map((w) => w.name);
    throw new UsageError(`--format ${writer.name} has no header line (--header is for ${tables.join(', ')}): leave out --header`);
  }
}
