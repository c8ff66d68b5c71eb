/**
 * Typed errors. Each carries a stable code and the facts behind it, so that callers can act on
 * them; the message is one line of plain English without command-line advice (the CLI adds its
 * flag hints by code, cli/messages.ts). The CLI maps each class to an exit code (see README,
 * "Exit status"); anything else that escapes is a bug and exits with INTERNAL.
 */

export const EXIT = {
  OK: 0,
  /** Bad input or bad usage: the user can fix it. */
  INPUT: 1,
  /** A bug in bitext. */
  INTERNAL: 2,
  /** A corpus run (`bitext batch`) went through, but some of its documents could not be aligned. */
  SOME_DOCUMENTS_FAILED: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What went wrong, as a stable identifier. */
export type ErrorCode =
  /** Input bytes: empty, binary, not valid in their encoding, too large, unreadable. */
  | 'empty-input'
  | 'binary-input'
  | 'undecodable'
  | 'too-large'
  | 'unreadable'
  /** A document that is not what its format says (a truncated archive, malformed XML), or that cannot be read safely (an entity bomb) or at all (a PDF with no text layer). */
  | 'invalid-document'
  | 'unsafe-document'
  | 'no-text-layer'
  /** Languages: a side in another language than given, both sides in one, none found. */
  | 'wrong-language'
  | 'same-language'
  | 'undetermined-language'
  /** A one-file bilingual input: one language only, a given language missing, the same language given twice. */
  | 'one-language'
  | 'language-not-found'
  | 'same-languages-given'
  /** A one-file bilingual input that holds both languages, but not laid out as the layout it was told to read it by. */
  | 'layout-mismatch'
  /** An input with no sentence at all. */
  | 'no-sentences'
  /** Fixed beads that contradict each other or the input. */
  | 'invalid-fixed-bead'
  /** A corrections (anchors) file that cannot be read or applied, or was made on another text. */
  | 'invalid-anchors'
  | 'anchors-mismatch'
  /** A ladder (alignment) file or an eval manifest that cannot be read. */
  | 'invalid-ladder'
  | 'invalid-manifest'
  /** A dictionary or a lexicon file that cannot be read, or does not serve the language pair. */
  | 'invalid-dictionary'
  | 'invalid-lexicon'
  /** Options that do not go together. */
  | 'usage'
  /** An output that cannot be written. */
  | 'unwritable'
  /** Documents of a corpus that could not be aligned (the others were). */
  | 'documents-failed';

export interface ErrorDetails {
  readonly code: ErrorCode;
  /** The facts behind the error (languages, sides, counts), for messages and callers. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Base class of the errors a user can act on; `message` is one line, ready for stderr. */
export class BitextError extends Error {
  readonly exitCode: ExitCode = EXIT.INPUT;
  override name = 'BitextError';
  readonly code: ErrorCode;
  readonly data: Readonly<Record<string, unknown>>;
  constructor(message: string, details: ErrorDetails) {
    super(message);
    this.code = details.code;
    this.data = details.data ?? {};
  }
}

/** Input that cannot be used: empty, binary, undecodable, wrong language, unreadable. */
export class InputError extends BitextError {
  override name = 'InputError';
  /**
   * @param source the input's name as the user gave it (a path or `-`), named first in the message
   * @param problem what is wrong with it
   * @param details its code and facts
   */
  constructor(
    readonly source: string,
    readonly problem: string,
    details: ErrorDetails,
  ) {
    super(`${inputLabel(source)}: ${problem}`, details);
  }
}

/** Options or arguments that do not make sense together. */
export class UsageError extends BitextError {
  override name = 'UsageError';
  constructor(message: string, details: ErrorDetails = { code: 'usage' }) {
    super(message, details);
  }
}

/** An output that cannot be written. */
export class OutputError extends BitextError {
  override name = 'OutputError';
  constructor(
    readonly target: string,
    readonly problem: string,
  ) {
    super(`${target}: ${problem}`, { code: 'unwritable' });
  }
}

/** How messages name an input: its path, or `stdin` for `-`. */
export function inputLabel(name: string): string {
  return name === '-' ? 'stdin' : name;
}

/** Some documents of a corpus failed (each was reported as it failed); the others were aligned. */
export class DocumentsFailed extends BitextError {
  override name = 'DocumentsFailed';
  override readonly exitCode: ExitCode;
  /**
   * @param failed documents that failed
   * @param total documents of the run
   * @param internal how many of them failed on a bug in bitext (the run then exits as for a bug)
   */
  constructor(
    readonly failed: number,
    readonly total: number,
    readonly internal: number,
  ) {
    const bug = internal ? `, ${internal} of them on a bug in bitext` : '';
    super(`${failed} of ${total} document${total === 1 ? '' : 's'} could not be aligned${bug} (see the messages above)`, {
      code: 'documents-failed',
      data: { failed, total, internal },
    });
    this.exitCode = internal ? EXIT.INTERNAL : EXIT.SOME_DOCUMENTS_FAILED;
  }
}
