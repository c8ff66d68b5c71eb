/**
 * Exit status and messages, table-driven: every bad input or usage gives one line on stderr naming
 * the file and the problem, a non-zero exit, no stack trace and no output file left behind.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED, tempDir } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = tempDir();
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), ' \n\u00a0\n\t\n');
  // An executable's first bytes: binary, and no format bitext reads.
  writeFileSync(at('binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x14, 0x00]));
  // A ZIP archive's first bytes (a DOCX cut short): read as the archive it starts as.
  writeFileSync(at('cut.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
  writeFileSync(at('latin1.txt'), Buffer.from('Le caf\xe9 est chaud.\n', 'latin1'));
  writeFileSync(at('en-only.txt'), readFileSync(`${SEED}.en`, 'utf8').split('\n').join('\n\n'));
  writeFileSync(
    at('de.txt'),
    'Die Höhenzahlen der grossen Himalaya-Berge sind in letzter Zeit in Fluss gekommen, was zu einem argen Durcheinander führte.\n' +
      'Wie ist eine derartige Unsicherheit selbst bei den berühmtesten, seit hundert Jahren bekannten Bergen zu erklären?\n',
  );
  writeFileSync(at('separators.txt'), '*****\n\n---\n');
  // UTF-32 with a byte order mark, in both byte orders: U+FEFF then each character in four bytes.
  const utf32 = (text: string, bigEndian: boolean) => {
    const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
    const out = Buffer.alloc(points.length * 4);
    points.forEach((p, i) => (bigEndian ? out.writeUInt32BE(p, 4 * i) : out.writeUInt32LE(p, 4 * i)));
    return out;
  };
  writeFileSync(at('utf32le.txt'), utf32('Le café est chaud.\n', false));
  writeFileSync(at('utf32be.txt'), utf32('Le café est chaud.\n', true));
  writeFileSync(at('utf32le.html'), utf32('<html><body><p>Le café est chaud.</p></body></html>\n', false));
  mkdirSync(at('a-directory'));
  mkdirSync(at('out'));
});

interface Case {
  readonly name: string;
  readonly args: () => string[];
  readonly stdin?: string;
  readonly message: RegExp;
}

const fr = `${SEED}.fr`;
const en = `${SEED}.en`;

const inputErrors: Case[] = [
  { name: 'an empty file', args: () => ['align', at('empty.txt'), fr], message: /empty\.txt: empty input$/ },
  { name: 'a whitespace-only file', args: () => ['align', en, at('blank.txt')], message: /blank\.txt: empty input \(only whitespace\)$/ },
  { name: 'empty stdin', args: () => ['align', '-', fr], stdin: '', message: /^bitext: error: stdin: empty input$/ },
  { name: 'a binary file', args: () => ['align', at('binary.txt'), fr], message: /binary\.txt: binary data \(NUL byte at offset 4\); expected a text file$/ },
  { name: 'undecodable bytes', args: () => ['align', en, at('latin1.txt')], message: /latin1\.txt: not valid UTF-8 \(byte 0xE9 at offset 6\); convert the file to UTF-8 or name its encoding \(--encoding windows-1252\)$/ },
  { name: 'a missing file', args: () => ['align', at('nope.txt'), fr], message: /nope\.txt: cannot read: no such file$/ },
  { name: 'a file whose name holds a line break', args: () => ['align', at('two\nlines.txt'), fr], message: /two\\nlines\.txt: cannot read: no such file$/ },
  { name: 'a directory given as a file', args: () => ['align', at('a-directory'), fr], message: /a-directory: cannot read: is a directory, expected a file$/ },
  {
    name: 'a side in another language than --to says',
    args: () => ['align', '--input', 'sentences', '--from', 'en', '--to', 'fr', en, at('de.txt')],
    message: /de\.txt: .*German.*--no-lang-check/,
  },
  { name: 'a one-file input with one language only', args: () => ['align', at('en-only.txt')], message: /en-only\.txt: .*only/ },
  { name: 'a file of separator lines only', args: () => ['align', at('separators.txt'), fr], message: /separators\.txt: no sentences \(only separator lines\)$/ },
  // Said as align says it: split used to ask for --lang (which then gave this), detect printed nothing and exited 0.
  { name: 'split of a file of separator lines only', args: () => ['split', at('separators.txt')], message: /separators\.txt: no sentences \(only separator lines\)$/ },
  { name: 'detect of a file of separator lines only', args: () => ['detect', at('separators.txt')], message: /separators\.txt: no sentences \(only separator lines\)$/ },
  { name: 'split of a missing file', args: () => ['split', at('nope.txt')], message: /nope\.txt: cannot read: no such file$/ },
  { name: 'detect of a binary file', args: () => ['detect', at('binary.txt')], message: /binary\.txt: binary data/ },
  ...(['utf32le.txt', 'utf32be.txt', 'utf32le.html'] as const).map((file) => ({
    name: `a UTF-32 file (${file})`,
    args: () => ['align', en, at(file)],
    message: new RegExp(
      `${file.replace('.', '\\.')}: UTF-32 \\(${file.includes('be') ? 'big' : 'little'}-endian, by its byte order mark\\), which bitext does not read; convert the file to UTF-8 \\(iconv -f UTF-32 -t UTF-8\\)$`,
    ),
  })),
  { name: 'a truncated archive', args: () => ['align', at('cut.txt'), fr], message: /cut\.txt: damaged or truncated ZIP archive/ },
];

const outputErrors: Case[] = [
  { name: 'an output in a missing directory', args: () => ['align', en, fr, '--input', 'sentences', '-o', at('missing/out.tsv')], message: /missing\/out\.tsv: cannot write: no such directory$/ },
  { name: 'an output path that is a directory', args: () => ['align', en, fr, '--input', 'sentences', '-o', at('out')], message: /out: cannot write: is a directory$/ },
];

const usageErrors: Case[] = [
  { name: 'both inputs from stdin', args: () => ['align', '-', '-'], message: /only one of the inputs can be read from stdin/ },
  // Stdin is read once: the second reader would find it empty, or take what was meant for the first.
  {
    name: 'an input and the lexicon from stdin',
    args: () => ['align', '-', fr, '--lexicon', '-'],
    stdin: '#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0\n',
    message: /^bitext: error: the source and --lexicon cannot both be read from stdin \(-\): give one of them as a file$/,
  },
  {
    name: 'a manifest and a dictionary from stdin',
    args: () => ['batch', '-', '--dict', '-'],
    stdin: `doc\t${en}\t${fr}\n`,
    message: /^bitext: error: the manifest and --dict cannot both be read from stdin \(-\): give one of them as a file$/,
  },
  { name: 'two dictionaries from stdin', args: () => ['align', en, fr, '--dict', '-', '--dict', '-'], stdin: 'dog\tchien\n', message: /two --dict files cannot both be read from stdin/ },
  { name: 'an unknown format', args: () => ['align', en, fr, '-f', 'xlsx'], message: /argument 'xlsx' is invalid\. Allowed choices are tmx, tsv, json, jsonl, beads, moses/ },
  { name: 'a score out of range', args: () => ['align', en, fr, '--min-score', '1.5'], message: /'1\.5' is not a number between 0 and 1/ },
  { name: 'a bad language code', args: () => ['align', en, fr, '--from', 'english'], message: /'english' is not a language code/ },
  { name: 'an unknown bead type', args: () => ['align', en, fr, '--bead-types', '1-1,4-4'], message: /'4-4' is not a bead type/ },
  // Both aligned every sentence to nothing, scored as if it were right.
  { name: 'an empty bead type list', args: () => ['align', en, fr, '--bead-types', ''], message: /argument '' is invalid\. '' allows no bead that pairs sentences \(e\.g\. 1-1,1-2,2-1\)\.$/ },
  { name: 'bead types that pair nothing', args: () => ['align', en, fr, '--bead-types', '1-0,0-1'], message: /'1-0,0-1' allows no bead that pairs sentences/ },
  { name: 'no threads', args: () => ['align', en, fr, '--threads', '0'], message: /'0' is not a number of threads \(1 or more\)/ },
  { name: 'a fractional number of threads', args: () => ['align', en, fr, '--threads', '1.5'], message: /'1\.5' is not a number of threads/ },
  // Only TSV has a header line: --header with another format used to be ignored without a word.
  { name: '--header with json', args: () => ['align', en, fr, '-f', 'json', '--header'], message: /^bitext: error: --format json has no header line \(--header is for tsv\): leave out --header$/ },
  { name: '--header with tmx named by -o', args: () => ['align', en, fr, '-o', at('out.tmx'), '--header'], message: /--format tmx has no header line \(--header is for tsv\): leave out --header$/ },
  { name: 'batch --header with jsonl', args: () => ['batch', `${SEED}.tsv`, '--header'], message: /^bitext: error: --format jsonl has no header line \(--header is for tsv\): leave out --header$/ },
  { name: 'batch --header with moses', args: () => ['batch', `${SEED}.tsv`, '-f', 'moses', '--out-dir', at('moses'), '--header'], message: /--format moses has no header line/ },
  { name: 'moses without an output prefix', args: () => ['align', en, fr, '-f', 'moses'], message: /--format moses writes two files.*-o/ },
  ...['out.docx', 'out.csv', 'out.xlsx', 'out.txt'].map((name) => ({
    name: `an output named ${name} without -f (no silent TSV)`,
    args: () => ['align', en, fr, '--input', 'sentences', '-o', at(name)],
    message: new RegExp(`${name.replace('.', '\\.')}: no output format has the extension '\\.${name.split('.')[1]}'; give one with -f \\(tmx, tsv, json, jsonl, beads, moses[^)]*\\)$`),
  })),
  { name: 'an unknown layout', args: () => ['align', `${SEED}.txt`, '--layout', 'grid'], message: /argument 'grid' is invalid\. Allowed choices are block, sections, alternating, pairs, columns/ },
  { name: 'a layout for two files', args: () => ['align', en, fr, '--layout', 'block'], message: /--layout is for one file holding both languages/ },
  { name: 'a layout for split without --side', args: () => ['split', `${SEED}.txt`, '--layout', 'block'], message: /--layout goes with --side/ },
  { name: 'an unknown command', args: () => ['translate', en], message: /unknown command 'translate'/ },
  { name: 'a missing argument', args: () => ['align'], message: /missing required argument 'source'/ },
  { name: 'an unknown option', args: () => ['align', en, fr, '--fast'], message: /unknown option '--fast'/ },
  { name: 'a language the detector does not know', args: () => ['detect', '--langs', 'en,xx', en], message: /'xx' is not a language the detector knows/ },
];

describe.each([
  ['input errors', inputErrors],
  ['output errors', outputErrors],
  ['usage errors', usageErrors],
])('%s exit 1 with one line on stderr', async (_group, cases) => {
  it.each(cases)('$name', async ({ args, stdin, message }) => {
    const before = readdirSync(dir).sort();
    const r = await runBitext(args(), stdin === undefined ? {} : { stdin });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^bitext: error: /);
    expect(lines[0]).toMatch(message);
    expect(lines).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('an output that would replace an input, or another output', () => {
  // Outputs are renamed over their path: one naming an input replaced the text the user had.
  const cases: Array<{ name: string; args: (copy: { en: string; fr: string }) => string[]; message: RegExp }> = [
    { name: 'align -o naming the source', args: ({ en, fr }) => ['align', '--input', 'sentences', en, fr, '-f', 'tsv', '-o', en], message: /corpus\.en: -o would overwrite the source, which this command reads; write it elsewhere$/ },
    { name: 'align -f moses -o naming the inputs by their prefix', args: ({ en, fr }) => ['align', '--input', 'sentences', en, fr, '-f', 'moses', '-o', en.replace(/\.en$/u, '')], message: /corpus\.en: -o would overwrite the source/ },
    { name: 'split -o naming its input', args: ({ en }) => ['split', en, '-o', en], message: /corpus\.en: -o would overwrite the input/ },
    { name: 'detect -o naming its input', args: ({ fr }) => ['detect', fr, '-o', fr], message: /corpus\.fr: -o would overwrite the input/ },
    { name: 'align -o and --save-lexicon at one path', args: ({ en, fr }) => ['align', '--input', 'sentences', en, fr, '-o', at('same.tsv'), '--save-lexicon', at('same.tsv')], message: /same\.tsv: given to both -o and --save-lexicon; each output needs its own file$/ },
  ];
  it.each(cases)('$name', async ({ args, message }) => {
    const copy = { en: at('corpus.en'), fr: at('corpus.fr') };
    writeFileSync(copy.en, readFileSync(en));
    writeFileSync(copy.fr, readFileSync(fr));
    const before = readdirSync(dir).sort();
    const r = await runBitext(args(copy));
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^bitext: error: /);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(readFileSync(copy.en, 'utf8')).toBe(readFileSync(en, 'utf8'));
    expect(readFileSync(copy.fr, 'utf8')).toBe(readFileSync(fr, 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('eval -o naming its test file', async () => {
    const test = at('test.beads');
    writeFileSync(test, readFileSync(`${SEED}.gold`));
    const r = await runBitext(['eval', '--gold', `${SEED}.gold`, test, '-o', test]);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `bitext: error: ${test}: -o would overwrite a test file, which this command reads; write it elsewhere\n`]);
    expect(readFileSync(test, 'utf8')).toBe(readFileSync(`${SEED}.gold`, 'utf8'));
  });
});

describe('exit 0', () => {
  it('prints help on --help', async () => {
    const r = await runBitext(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/align \[options\] <source> \[target\]/);
  });

  it('lists in batch --help only the options batch takes: not --anchors, which a manifest line gives each document', async () => {
    const help = await runBitext(['batch', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).not.toMatch(/--anchors <file>/u);
    const given = await runBitext(['batch', `${SEED}.tsv`, '--anchors', 'fix.anchors.json']);
    expect([given.status, given.stderr]).toEqual([1, 'bitext: error: --anchors names the corrections of one document: give each document its own in the manifest (JSONL "anchors", or a sixth TSV column)\n']);
  });

  it('prints the version on --version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect((await runBitext(['--version'])).stdout.trim()).toBe(pkg.version);
  });

  it('aligns anyway with --no-lang-check', async () => {
    const r = await runBitext(['align', '--input', 'sentences', '--from', 'en', '--to', 'fr', '--no-lang-check', en, at('de.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toBe('');
  });
});
