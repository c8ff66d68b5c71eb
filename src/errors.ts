/**
 * Typed errors. The CLI maps each class to an exit code (see README, "Exit status");
 * anything else that escapes is a bug and exits with INTERNAL.
 */

export const EXIT = {
  OK: 0,
  /** Bad input or bad usage: the user can fix it. */
  INPUT: 1,
  /** A bug in bitext. */
  INTERNAL: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Base class of the errors a user can act on; `message` is one line, ready for stderr. */
export class BitextError extends Error {
  readonly exitCode: ExitCode = EXIT.INPUT;
  override name = 'BitextError';
}

/** Input that cannot be used: empty, binary, undecodable, wrong language, unreadable. */
export class InputError extends BitextError {
  override name = 'InputError';
  /**
   * @param source the input's name as the user gave it (a path or `-`), named first in the message
   * @param problem what is wrong with it
   */
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${inputLabel(source)}: ${problem}`);
  }
}

/** Options or arguments that do not make sense together. */
export class UsageError extends BitextError {
  override name = 'UsageError';
}

/** An output that cannot be written. */
export class OutputError extends BitextError {
  override name = 'OutputError';
  constructor(
    readonly target: string,
    readonly problem: string,
  ) {
    super(`${target}: ${problem}`);
  }
}

/** How messages name an input: its path, or `stdin` for `-`. */
export function inputLabel(name: string): string {
  return name === '-' ? 'stdin' : name;
}
