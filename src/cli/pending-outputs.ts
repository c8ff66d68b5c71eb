/**
 * The outputs of one run, put in place together: each file is written to a temp name beside it
 * when the run has it, and renamed only once the run has succeeded, so that a run that fails
 * leaves no new file (and no temp file) behind, as it leaves no half-written one. Without this,
 * `--save-lexicon` was in place before `-o` was written, and a run that failed to write `-o` left
 * a lexicon from a run that did not succeed.
 */
import { type AtomicFile, type Chunk, ClosedOutput, type FileOutput, STD_STREAM, writeStdout, writeToTemp } from './io.js';

export class PendingOutputs {
  private readonly files: AtomicFile[] = [];
  /** What goes to stdout (`-`): written at commit, since nothing written there can be taken back. */
  private readonly toStdout: Iterable<Chunk>[] = [];

  constructor(private readonly stdout: NodeJS.WritableStream) {}

  /**
   * Write an output to its temp file now (`-`: keep it for stdout).
   * @throws OutputError when the file cannot be written (the caller aborts the others)
   */
  async add(output: FileOutput): Promise<void> {
    if (output.path === STD_STREAM) {
      this.toStdout.push(output.chunks);
      return;
    }
    await writeToTemp(output, this.files);
  }

  /**
   * Write what goes to stdout, then rename every file into place. Stdout comes first: a failure
   * there (a full disk behind `>`) is a failed run, which leaves no file; the renames that follow
   * seldom fail. A reader that closed stdout early (`| head`) ends a successful run, so the files
   * are put in place before the run ends quietly.
   */
  async commit(): Promise<void> {
    try {
      for (const chunks of this.toStdout) await writeStdout(this.stdout, chunks);
    } catch (error) {
      if (error instanceof ClosedOutput) await this.rename();
      throw error;
    }
    await this.rename();
  }

  /** Remove the temp files not yet renamed (a no-op for those in place). */
  async abort(): Promise<void> {
    for (const file of this.files) await file.abort();
  }

  private async rename(): Promise<void> {
    for (const file of this.files) await file.commit();
  }
}

/** Write outputs as one: every file or none (as far as renames go), stdout included. */
export async function writeTogether(outputs: readonly FileOutput[], stdout: NodeJS.WritableStream): Promise<void> {
  const pending = new PendingOutputs(stdout);
  try {
    for (const output of outputs) await pending.add(output);
    await pending.commit();
  } finally {
    await pending.abort();
  }
}
