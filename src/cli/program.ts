/** The command line, declared: commands, arguments, options, their parsers and help. */
import { Command, Option } from 'commander';
import { FORMATS } from '../formats/index.js';
import { INPUT_FORMATS, INPUT_KINDS, LAYOUTS, SIDES } from '../types.js';
import { VERSION } from '../version.js';
import { type AlignCommandOptions, alignCommand } from './commands/align.js';
import { type BatchCommandOptions, batchCommand } from './commands/batch.js';
import { type DetectCommandOptions, detectCommand } from './commands/detect.js';
import { type EvalCommandOptions, evalCommand } from './commands/eval.js';
import { type SplitCommandOptions, splitCommand } from './commands/split.js';
import type { Context } from './context.js';
import { createLogger, type Io } from './io.js';
import { parseBeadTypes, parseDetectableLangs, parseEncoding, parseLang, parseScore, parseShardOption, parseThreads } from './options.js';

const layoutOption = (what: string) =>
  new Option('--layout <layout>', `${what}: how the languages are laid out (default: found in the file)`).choices(LAYOUTS);

const inputOption = () =>
  new Option('--input <kind>', 'text: running text; sentences: one sentence per line, blank line = paragraph break')
    .choices(INPUT_KINDS)
    .default('text');

/** How each input document is read (every command that reads documents takes these): its format… */
const inputFormatOption = () =>
  new Option('--input-format <format>', 'format of the inputs (default: from the content, then the extension)').choices(INPUT_FORMATS);

/** …and the legacy encoding of a text format without a BOM. */
const encodingOption = () =>
  new Option('--encoding <label>', 'encoding of text inputs without a BOM, e.g. windows-1252, iso-8859-2 (default UTF-8)').argParser(parseEncoding);

/**
 * The options of one alignment, shared by `align` and `batch` (which applies them to each
 * document): an option added here reaches both commands. Their values are a DocumentOptions,
 * mapped to the pipeline's options by document-options.ts.
 */
const documentOptions = (): Option[] => [
  new Option('--from <lang>', 'source language, ISO 639-1 (default: detected)').argParser(parseLang),
  new Option('--to <lang>', 'target language, ISO 639-1 (default: detected)').argParser(parseLang),
  inputOption(),
  inputFormatOption(),
  encodingOption(),
  layoutOption('one file holding both languages'),
  new Option('--min-score <score>', 'drop beads whose confidence is below this (0..1)').argParser(parseScore),
  new Option('--unaligned', 'keep 1-0 and 0-1 beads (the default except for tmx and moses; in tmx, one-language units)'),
  new Option('--no-unaligned', 'drop 1-0 and 0-1 beads'),
  new Option('--no-lang-check', 'align even if a side is in another language than --from/--to say'),
  new Option('--bead-types <list>', 'bead shapes allowed, e.g. 1-1,1-2,2-1 (1-0 and 0-1 always are; default: all)').argParser(parseBeadTypes),
  new Option('--anchors <file>', 'corrections the alignment must keep: a review page export (*.anchors.json) or TSV pairs of sentence indices (3<TAB>4)'),
  new Option('--anchors-loose', 'with --anchors, on a text that changed since: keep the anchors whose sentences are unchanged instead of stopping'),
  new Option('--dict <file>', 'a bilingual dictionary (hunalign, TSV, CSV, TBX, or a dictd .index/.dict.dz); repeatable').argParser(
    (value: string, previous: string[] = []) => [...previous, value],
  ),
  new Option('--lexicon <file>', 'use this lexicon (as --save-lexicon writes it) instead of learning one from the text'),
  new Option('--no-lexicon', 'do not learn a lexicon from the text'),
];

function addOptions(command: Command, options: readonly Option[]): Command {
  for (const option of options) command.addOption(option);
  return command;
}

/**
 * Build the program; actions receive a Context made from `io` and the global options.
 * @param writeOut takes what commander prints on stdout (help, version), for the caller to write
 */
export function createProgram(io: Io, writeOut: (text: string) => void): Command {
  const program = new Command('bitext')
    .description('Sentence-align a text and its translation.')
    .version(VERSION, '-V, --version')
    .option('-q, --quiet', 'no notes on stderr (errors are still printed)')
    .configureOutput({
      writeOut,
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `bitext: ${s}` : s),
    })
    .exitOverride();

  const context = (): Context => {
    const quiet = Boolean(program.opts().quiet);
    return { io, logger: createLogger(io.stderr, { quiet }), quiet };
  };

  addOptions(
    program
      .command('align')
      .description('align a text and its translation (two files, or one file holding both languages)')
      .argument('<source>', 'source text file, or - for stdin; given alone: one file holding both languages')
      .argument('[target]', 'target text file, or - for stdin'),
    documentOptions(),
  )
    .addOption(new Option('-f, --format <format>', "output format (default: from -o's extension, else tsv)").choices(FORMATS))
    .option('-o, --output <path>', 'output file (default: stdout); for moses, the prefix of <prefix>.<lang> files; out.html: the review page')
    .option('--header', 'tsv only: first line names the columns')
    .addOption(
      new Option('--threads <n>', 'threads for long inputs (default: the cores available; the output is the same for any n)').argParser(parseThreads),
    )
    .option('--save-lexicon <file>', 'write the lexicon learned from the text (TSV; - for stdout, with -o)')
    .action((source: string, target: string | undefined, options: AlignCommandOptions) =>
      alignCommand(source, target, options, context()),
    );

  addOptions(
    program
      .command('batch')
      .description('align every document of a corpus on all cores: a manifest, stdin, or two folders')
      .usage('[options] <manifest | - | --pairs DIR_A DIR_B>')
      .argument('[manifest]', 'TSV (id, source, target[, from, to, anchors]) or JSONL ({"id", "source", "target"} or "source_text"/"target_text"); - for stdin'),
    // Each document's corrections come from its manifest line: --anchors stays declared only to say so when given.
    documentOptions().map((option) => (option.long === '--anchors' ? option.hideHelp() : option)),
  )
    .option('--pairs <folders...>', 'two folders whose files are matched by name (en/0001.txt, fr/0001.txt), or one of doc.en.txt/doc.fr.txt files')
    .addOption(new Option('-f, --format <format>', "output format (default: from -o's extension, else jsonl)").choices(FORMATS))
    .option('-o, --output <path>', 'one output for the whole corpus (default: stdout); for moses, the prefix of <prefix>.<lang> and <prefix>.ids')
    .option('--out-dir <folder>', 'one output per document, <folder>/<id>.<ext>; documents whose output is there are skipped (resume)')
    .option('--force', 'with --out-dir: align again documents whose output is there')
    .option('--header', 'tsv only: first line names the columns (doc, source, target, score)')
    .option('--report <file>', 'one JSON line per document: status, sentences, beads by type, confidence, unaligned share, seconds, error (- for stdout, with -o or --out-dir)')
    .addOption(new Option('--threads <n>', 'worker threads (default: the cores available; the output is the same for any n)').argParser(parseThreads))
    .addOption(new Option('--shard <k/n>', 'align only the k-th of n near-equal parts of the corpus (1-based, as $SLURM_ARRAY_TASK_ID)').argParser(parseShardOption))
    .option('--progress', 'show the progress line even when stderr is not a terminal')
    .option('--no-progress', 'never show the progress line')
    .option('--corpus-lexicon', 'learn one lexicon from all the documents of the run (or shard) first, then align each with it (default for a manifest file or --pairs)')
    .option('--no-corpus-lexicon', 'each document learns its own lexicon, as align does (default for a manifest on stdin)')
    .option('--save-lexicon <file>', 'write the corpus lexicon (TSV, as align --save-lexicon; reuse it with --lexicon)')
    .option('--lexicon-only', 'with --save-lexicon: learn and write the corpus lexicon, align nothing')
    .action((manifest: string | undefined, options: BatchCommandOptions) => batchCommand(manifest, options, context()));

  program
    .command('split')
    .description('print the sentences bitext sees: one per line, a blank line between paragraphs')
    .argument('<file>', 'text file, or - for stdin')
    .addOption(new Option('--lang <lang>', 'language of the text, for its sentence rules (default: detected)').argParser(parseLang))
    .addOption(inputOption())
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .addOption(new Option('--side <side>', 'for a file holding both languages: print this side, as align numbers it').choices(SIDES))
    .addOption(new Option('--from <lang>', 'with --side: source language (default: detected)').argParser(parseLang))
    .addOption(new Option('--to <lang>', 'with --side: target language (default: detected)').argParser(parseLang))
    .addOption(layoutOption('with --side'))
    .option('-o, --output <path>', 'output file (default: stdout)')
    .action((file: string, options: SplitCommandOptions) => splitCommand(file, options, context()));

  program
    .command('detect')
    .description('print the language of each paragraph as TSV: index, language, confidence, first words')
    .argument('<file>', 'text file, or - for stdin')
    .addOption(
      new Option('--langs <list>', 'candidate languages, e.g. en,fr (default: the languages found in the file)').argParser(
        parseDetectableLangs,
      ),
    )
    .addOption(inputOption())
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .option('--header', 'first line names the columns')
    .option('-o, --output <path>', 'output file (default: stdout)')
    .action((file: string, options: DetectCommandOptions) => detectCommand(file, options, context()));

  program
    .command('eval')
    .description('score test alignments against gold ones: strict/lax precision, recall, F1, and recall by bead type')
    .argument('<test...>', 'test ladder files (e.g. from align -f beads), in the order of --gold; or one folder of <doc>.beads files')
    .requiredOption(
      '--gold <gold>',
      'gold ladder file, repeated once per test file; or one eval set folder (or its manifest.tsv)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--per-doc', 'also print a table per document')
    .option('--clip', 'score only the test beads inside the span the gold covers (a gold that aligns a prefix)')
    .option('--json', 'print the report as JSON')
    .option('-o, --output <path>', 'output file (default: stdout)')
    .action((tests: string[], options: EvalCommandOptions) => evalCommand(tests, options, context()));

  return program;
}
