// Writes an endless output with the CLI's atomic writer, so a test can interrupt it midway.
import { writeFilesAtomically } from '../../src/cli/io.js';

function* endless(): Generator<string> {
  for (;;) yield `${'x'.repeat(1000)}\n`;
}

await writeFilesAtomically([{ path: process.argv[2]!, chunks: endless() }]);
