/**
 * The CLI as a function: argv in, exit code out. It never exits the process itself (bin/ does),
 * so other programs and tests can run it.
 */
import { CommanderError } from 'commander';
import { BitextError, EXIT, type ExitCode } from '../errors.js';
import { ClosedOutput, createLogger, type Io, processIo, writeStdout } from './io.js';
import { errorText } from './messages.js';
import { createProgram } from './program.js';

/**
 * Run bitext with the given arguments (without `node` and the script name).
 * @returns 0 on success, 1 for bad input or usage, 2 for an internal error
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<ExitCode> {
  // Help and version text is written as data is, so that a reader gone away (`bitext --help | true`)
  // ends quietly and a full disk is one line, instead of an unhandled stream error's stack trace.
  const printed: string[] = [];
  const program = createProgram(io, (text) => printed.push(text));
  let code: ExitCode;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    code = EXIT.OK;
  } catch (error) {
    code = exitCodeOf(error, io);
  }
  if (!printed.length) return code;
  try {
    await writeStdout(io.stdout, printed);
    return code;
  } catch (error) {
    return exitCodeOf(error, io);
  }
}

function exitCodeOf(error: unknown, io: Io): ExitCode {
  // Commander has already printed its message (or the help text it was asked for).
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.INPUT;
  // The reader of our output went away (`bitext … | head`): nothing left to say.
  if (error instanceof ClosedOutput) return EXIT.OK;
  const logger = createLogger(io.stderr);
  if (error instanceof BitextError) {
    logger.error(errorText(error));
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  logger.error(`internal error: ${detail.split('\n')[0]} (a bug in bitext; set BITEXT_DEBUG=1 for a stack trace)`);
  if (process.env.BITEXT_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.INTERNAL;
}
