import { EXIT, type ExitCode } from '../errors.js';

export async function run(_argv: readonly string[]): Promise<ExitCode> {
  return EXIT.OK;
}
