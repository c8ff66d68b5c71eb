/**
 * What the CLI says on stderr about diagnostics and errors: the core's facts in the words of the
 * command line, with the option that changes the outcome where there is one.
 */
import { languageName } from '../detect/index.js';
import type { Diagnostic } from '../diagnostics.js';
import { type BitextError, inputLabel } from '../errors.js';
import type { SideName } from '../types.js';

/** The option that gives a side's language. */
function langOption(side: SideName): string {
  return side === 'source' ? '--from' : '--to';
}

/** A diagnostic as a note line (without the `bitext:` prefix). */
export function noteText(d: Diagnostic): string {
  switch (d.code) {
    case 'language-unchecked': {
      const { side, lang } = d.data as Diagnostic<'language-unchecked'>['data'];
      return `${langOption(side)} ${lang}: language unknown to the detector, not checked`;
    }
    case 'untranslated-sentences': {
      const { count, lang } = d.data as Diagnostic<'untranslated-sentences'>['data'];
      const where = d.input === undefined ? '' : `${inputLabel(d.input)}: `;
      return `${where}${count} sentence${count === 1 ? '' : 's'} not in ${languageName(lang)} (left as they are; marked in JSON and TMX)`;
    }
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
    case 'same-languages-given':
      return `--from and --to are both ${languageName(data.lang!)}; a one-file input is split by language and must hold two`;
    default:
      return error.message;
  }
}
