/**
 * Corrections files: the beads a reviewer confirmed or shaped, which `align --anchors` forces the
 * aligner through. Two forms are read:
 * - the JSON the review page exports (`*.anchors.json`): format name and version, each side's
 *   language and fingerprint, and the beads as index lists;
 * - for scripts, a plain TSV of sentence index pairs, `3<TAB>4` (source sentence 3 and target
 *   sentence 4 share a bead; `3<TAB>-` leaves source sentence 3 unmatched). Pairs that share a
 *   sentence are one bead, so `3<TAB>4` and `3<TAB>5` make the bead [3]:[4,5].
 * Pure: the CLI reads the file, this module reads its text.
 */
import { InputError } from '../errors.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { sideFingerprint, type SideFingerprint } from './fingerprint.js';

export const ANCHORS_FORMAT = 'bitext-anchors';
export const ANCHORS_VERSION = 1;

/** How a bead came to be an anchor. */
export type AnchorStatus = 'confirmed' | 'edited';

/** A bead that must be in the alignment: sentence indices of each side (one side may be empty). */
export interface Anchor {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly status?: AnchorStatus;
}

/** One side of the text a corrections file was made on. */
export interface AnchorSide extends SideFingerprint {
  readonly name?: string;
  readonly lang: string;
}

/** A corrections file as the review page writes it. */
export interface AnchorFile {
  readonly format: typeof ANCHORS_FORMAT;
  readonly version: typeof ANCHORS_VERSION;
  readonly tool?: { readonly name: string; readonly version: string };
  readonly source: AnchorSide;
  readonly target: AnchorSide;
  readonly anchors: readonly Anchor[];
}

/** Anchors read from a file: the beads, and (JSON form) the text they were made on. */
export interface Anchors {
  readonly anchors: readonly Anchor[];
  readonly made?: { readonly source: AnchorSide; readonly target: AnchorSide };
}

/** What a corrections file is made from: each side's name, language and sentence texts. */
export interface AnchoredSide {
  readonly name?: string;
  readonly lang: string;
  readonly texts: readonly string[];
}

/** A corrections file for `anchors` on the text of `source` and `target`. */
export function anchorFile(source: AnchoredSide, target: AnchoredSide, anchors: readonly Anchor[]): AnchorFile {
  const side = (s: AnchoredSide): AnchorSide => ({ ...(s.name !== undefined && { name: s.name }), lang: s.lang, ...sideFingerprint(s.texts) });
  return {
    format: ANCHORS_FORMAT,
    version: ANCHORS_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    source: side(source),
    target: side(target),
    anchors: anchors.map((a) => ({ source: [...a.source], target: [...a.target], ...(a.status && { status: a.status }) })),
  };
}

/** The JSON text of a corrections file: one anchor per line, so that it diffs and reads well. */
export function formatAnchorFile(file: AnchorFile): string {
  const side = (s: AnchorSide): string =>
    `{${s.name !== undefined ? `"name": ${JSON.stringify(s.name)}, ` : ''}"lang": ${JSON.stringify(s.lang)}, "sentences": ${s.sentences}, ` +
    `"fingerprint": ${JSON.stringify(s.fingerprint)},\n    "hashes": ${JSON.stringify(s.hashes)}}`;
  const anchors = file.anchors.map((a) => `    ${JSON.stringify(a)}`).join(',\n');
  return (
    '{\n' +
    `  "format": ${JSON.stringify(file.format)},\n` +
    `  "version": ${file.version},\n` +
    (file.tool ? `  "tool": ${JSON.stringify(file.tool)},\n` : '') +
    `  "source": ${side(file.source)},\n` +
    `  "target": ${side(file.target)},\n` +
    `  "anchors": [${anchors ? `\n${anchors}\n  ` : ''}]\n` +
    '}\n'
  );
}

/**
 * Read a corrections file: JSON when it starts with `{`, else TSV index pairs.
 * @param name the file's name as the user gave it, for error messages
 * @throws InputError (code `invalid-anchors`) naming the file and the problem
 */
export function parseAnchors(text: string, name: string): Anchors {
  const body = text.replace(/^\uFEFF/u, '');
  return body.trimStart().startsWith('{') ? parseAnchorJson(body, name) : parseAnchorPairs(body, name);
}

function invalid(name: string, problem: string): InputError {
  return new InputError(name, problem, { code: 'invalid-anchors' });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function parseAnchorJson(text: string, name: string): Anchors {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid(name, `not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  if (!isRecord(data) || data.format !== ANCHORS_FORMAT) throw invalid(name, `not a bitext corrections file (no "format": "${ANCHORS_FORMAT}")`);
  if (data.version !== ANCHORS_VERSION) {
    throw invalid(name, `corrections format version ${JSON.stringify(data.version)} is not supported (this bitext reads version ${ANCHORS_VERSION})`);
  }
  const side = (key: 'source' | 'target'): AnchorSide => {
    const s = data[key];
    if (!isRecord(s)) throw invalid(name, `"${key}" is missing`);
    const { lang, sentences, fingerprint, hashes } = s;
    if (typeof lang !== 'string' || !isIndex(sentences) || typeof fingerprint !== 'string') {
      throw invalid(name, `"${key}" needs "lang", "sentences" and "fingerprint"`);
    }
    if (!Array.isArray(hashes) || hashes.length !== sentences || !hashes.every((h) => typeof h === 'string')) {
      throw invalid(name, `"${key}.hashes" must hold one hash per sentence (${sentences})`);
    }
    return { ...(typeof s.name === 'string' && { name: s.name }), lang, sentences, fingerprint, hashes: hashes as string[] };
  };
  const made = { source: side('source'), target: side('target') };
  if (!Array.isArray(data.anchors)) throw invalid(name, '"anchors" must be a list of beads');
  const anchors = data.anchors.map((a: unknown, k: number): Anchor => {
    const ok = isRecord(a) && Array.isArray(a.source) && Array.isArray(a.target) && a.source.every(isIndex) && a.target.every(isIndex);
    if (!ok) throw invalid(name, `anchor ${k + 1} is not {"source": [indices], "target": [indices]}`);
    const status = a.status === 'confirmed' || a.status === 'edited' ? a.status : undefined;
    return { source: a.source as number[], target: a.target as number[], ...(status && { status }) };
  });
  return { anchors, made };
}

/** A field of a TSV pair: a sentence index, or nothing (`-` or empty) for an unmatched sentence. */
function pairField(field: string, name: string, line: number): number | undefined {
  const f = field.trim();
  if (f === '' || f === '-') return undefined;
  if (!/^\d+$/u.test(f) || !Number.isSafeInteger(Number(f))) throw invalid(name, `line ${line}: ${JSON.stringify(f)} is not a sentence index`);
  return Number(f);
}

function parseAnchorPairs(text: string, name: string): Anchors {
  // Union-find over sentences: source i is node 2i, target j is node 2j + 1.
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const add = (x: number): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/u, '');
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const fields = line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/u);
    if (fields.length !== 2) throw invalid(name, `line ${n + 1}: expected two columns, a source and a target sentence index (e.g. 3<TAB>4)`);
    const s = pairField(fields[0]!, name, n + 1);
    const t = pairField(fields[1]!, name, n + 1);
    if (s === undefined && t === undefined) throw invalid(name, `line ${n + 1}: both columns are empty`);
    const nodes = [s === undefined ? undefined : 2 * s, t === undefined ? undefined : 2 * t + 1].filter((x) => x !== undefined);
    nodes.forEach(add);
    if (nodes.length === 2) parent.set(find(nodes[0]!), find(nodes[1]!));
  }
  const groups = new Map<number, { source: number[]; target: number[] }>();
  for (const node of [...parent.keys()].sort((a, b) => a - b)) {
    const root = find(node);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { source: [], target: [] }));
    // Halved by division: a shift would take the index modulo 2^31 (4294967296 read as 0).
    (node % 2 === 0 ? g.source : g.target).push(Math.floor(node / 2));
  }
  const anchors = [...groups.values()];
  if (anchors.length === 0) throw invalid(name, 'no sentence index pairs');
  return { anchors };
}
