/**
 * `bitext eval`: strict/lax precision, recall and F1 of test alignments against gold ones, as the
 * field reports them (shared/eval/tools/score.py), plus recall by bead type.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import {
  type AlignmentPair,
  clipToGold,
  formatScores,
  type LadderBead,
  LadderSyntaxError,
  mergeByUnits,
  parseLadder,
  parseManifest,
  scoreAlignments,
} from '../../eval/index.js';
import { type Context, readText, writeOutput } from '../context.js';
import { checkOutputPaths, type NamedPath } from '../output-paths.js';

export interface EvalCommandOptions {
  readonly gold: string[];
  readonly perDoc?: boolean;
  readonly json?: boolean;
  readonly clip?: boolean;
  readonly output?: string;
}

/** Test alignments in a folder are named `<doc>.beads`, as `bitext align -f beads -o <doc>.beads` writes them. */
export const TEST_EXTENSION = '.beads';

export async function evalCommand(tests: string[], options: EvalCommandOptions, context: Context): Promise<void> {
  checkOutputPaths([...tests.map((t): NamedPath => ['a test file', t]), ...options.gold.map((g): NamedPath => ['a gold file', g])], [['-o', options.output]]);
  const pairs = await collectPairs(options.gold, tests, options, context);
  const report = scoreAlignments(pairs);
  const text = options.json
    ? `${JSON.stringify(report, null, 1)}\n`
    : `${formatScores(report, { perDocument: options.perDoc ?? false })}\n`;
  await writeOutput(options.output, [text], context.io);
}

/** Gold/test pairs from `--gold g1 g2 t1 t2`, or `--gold <set folder or manifest.tsv> <test folder>`. */
async function collectPairs(golds: string[], tests: string[], options: EvalCommandOptions, context: Context): Promise<AlignmentPair[]> {
  const manifest = golds.length === 1 ? await manifestPath(golds[0]!) : undefined;
  if (manifest) {
    if (tests.length !== 1) throw new UsageError('with a gold set folder or manifest, give one test folder holding <doc>.beads files');
    return manifestPairs(manifest, tests[0]!, context);
  }
  if (golds.length !== tests.length) {
    throw new UsageError(`${golds.length} gold file${golds.length === 1 ? '' : 's'} but ${tests.length} test file${tests.length === 1 ? '' : 's'}: give them in pairs, in the same order`);
  }
  const pairs: AlignmentPair[] = [];
  for (const [i, goldPath] of golds.entries()) {
    const gold = await readLadder(goldPath, context);
    const test = await readLadder(tests[i]!, context);
    pairs.push({ name: tests[i]!, gold, test: options.clip ? clipToGold(test, gold) : test });
  }
  return pairs;
}

/** The manifest a gold argument names: the file itself, or `manifest.tsv` in a folder; undefined for a plain gold file. */
async function manifestPath(gold: string): Promise<string | undefined> {
  const info = await stat(gold).catch(() => undefined);
  if (info?.isDirectory()) {
    const inside = join(gold, 'manifest.tsv');
    if (!(await stat(inside).catch(() => undefined))) throw new InputError(gold, 'is a folder without a manifest.tsv', { code: 'invalid-manifest' });
    return inside;
  }
  return basename(gold) === 'manifest.tsv' ? gold : undefined;
}

/**
 * One pair per manifest document. Gold files that cover only a prefix (`*.prefix.gold`) clip the test
 * to their span; verse-level gold (with `<doc>.verses.<lang>` files beside it) merges test beads by
 * verse first, as shared/eval/tools/{clip_align,merge_by_units}.py do.
 */
async function manifestPairs(manifest: string, testDir: string, context: Context): Promise<AlignmentPair[]> {
  const folder = dirname(manifest);
  let entries;
  try {
    entries = parseManifest((await readText(manifest, context.io)).text);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(manifest, (error as Error).message, { code: 'invalid-manifest' });
  }
  const pairs: AlignmentPair[] = [];
  for (const entry of entries) {
    const gold = await readLadder(join(folder, entry.goldFile), context);
    let test = await readLadder(join(testDir, `${entry.doc}${TEST_EXTENSION}`), context);
    if (entry.goldFile.endsWith('.prefix.gold')) test = clipToGold(test, gold);
    const units = await readUnits(folder, entry.doc, entry.srcLang, entry.tgtLang, context);
    if (units) test = mergeByUnits(test, units[0], units[1]);
    pairs.push({ name: entry.doc, gold, test });
  }
  return pairs;
}

async function readUnits(folder: string, doc: string, src: string, tgt: string, context: Context): Promise<[string[], string[]] | undefined> {
  const paths = [join(folder, `${doc}.verses.${src}`), join(folder, `${doc}.verses.${tgt}`)];
  const exists = await Promise.all(paths.map((p) => stat(p).then(() => true, () => false)));
  if (!exists.every(Boolean)) return undefined;
  const lines = async (p: string) => (await readText(p, context.io)).text.split('\n').filter((l) => l !== '');
  return [await lines(paths[0]!), await lines(paths[1]!)];
}

async function readLadder(path: string, context: Context): Promise<LadderBead[]> {
  // An alignment filtered down to nothing is an empty file, and still an alignment.
  const { text } = await readText(path, context.io, { allowEmpty: true });
  try {
    return parseLadder(text);
  } catch (error) {
    if (error instanceof LadderSyntaxError) throw new InputError(path, error.message, { code: 'invalid-ladder' });
    throw error;
  }
}
