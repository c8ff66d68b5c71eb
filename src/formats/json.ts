/**
 * JSON (one document with metadata) and JSONL (one bead object per line, nothing else).
 * Both share the bead object, so a JSONL line is exactly an element of the JSON `beads` array.
 */
import { countMismatched } from '../document/build.js';
import { type Alignment, type Bead, beadType, type BlockKind, type Document } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { roundScore, sideKinds, sideLangs, sideText } from './text.js';

/**
 * A bead as JSON consumers see it. `lang` appears only when a sentence is not in its side's
 * language; `kind` only for a side read from a structured document (DOCX, HTML, subtitles…): the
 * block kind of each of its sentences.
 */
export interface BeadObject {
  source: readonly number[];
  target: readonly number[];
  sourceText: string;
  targetText: string;
  score: number;
  /** Present (true) on a bead fixed by an anchor: a reviewer confirmed or made it. */
  confirmed?: true;
  lang?: { source?: string[]; target?: string[] };
  kind?: { source?: BlockKind[]; target?: BlockKind[] };
}

/** Option values recorded in the JSON output, as the user gave them. */
export type RecordedOptions = Readonly<Record<string, string | number | boolean | readonly string[]>>;

export interface JsonOptions {
  /** The options that produced this alignment, recorded for reproducibility. */
  readonly options?: RecordedOptions;
}

/** The JSON object of one bead. */
export function beadObject(alignment: Alignment, bead: Bead): BeadObject {
  const out: BeadObject = {
    source: bead.source,
    target: bead.target,
    sourceText: sideText(alignment.source, bead.source),
    targetText: sideText(alignment.target, bead.target),
    score: roundScore(bead.score),
  };
  if (bead.confirmed) out.confirmed = true;
  const lang = bySide(sideLangs(alignment.source, bead.source), sideLangs(alignment.target, bead.target));
  if (lang) out.lang = lang;
  const kind = bySide(sideKinds(alignment.source, bead.source), sideKinds(alignment.target, bead.target));
  if (kind) out.kind = kind;
  return out;
}

/** `{ source?, target? }` with the sides that have a value; undefined when neither has. */
function bySide<T>(source: T | undefined, target: T | undefined): { source?: T; target?: T } | undefined {
  if (source === undefined && target === undefined) return undefined;
  return { ...(source !== undefined && { source }), ...(target !== undefined && { target }) };
}

/** JSONL lines: one bead object per line. */
export function* writeJsonl(alignment: Alignment): Generator<string> {
  for (const bead of alignment.beads) yield `${JSON.stringify(beadObject(alignment, bead))}\n`;
}

/** JSONL lines of one document of a corpus: `writeJsonl`'s objects with `"doc"` as their first field. */
export function* writeCorpusJsonl(alignment: Alignment, doc: string): Generator<string> {
  const prefix = `{"doc":${JSON.stringify(doc)},`;
  // The rest of each line is writeJsonl's object without its opening brace, so that the two stay the same.
  for (const bead of alignment.beads) yield `${prefix}${JSON.stringify(beadObject(alignment, bead)).slice(1)}\n`;
}

/** Counts of what the output holds, by bead type in a fixed order so the bytes are deterministic. */
export function countBeads(beads: readonly Bead[]): Record<string, number> {
  const byType = new Map<string, number>();
  for (const b of beads) {
    const t = beadType(b);
    byType.set(t, (byType.get(t) ?? 0) + 1);
  }
  return Object.fromEntries([...byType].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function documentSummary(document: Document) {
  return {
    name: document.name,
    lang: document.lang,
    ...(document.format !== undefined && { format: document.format }),
    paragraphs: document.paragraphs.length,
    sentences: document.sentences.length,
    mismatchedSentences: countMismatched(document),
  };
}

/**
 * One JSON document: tool, both inputs (name, language, counts), options, bead counts, beads.
 * Written as a stream (one bead per line inside `beads`) so million-sentence outputs never sit in one string.
 */
export function* writeJson(alignment: Alignment, options: JsonOptions = {}): Generator<string> {
  const head = {
    tool: { name: TOOL_NAME, version: VERSION },
    source: documentSummary(alignment.source),
    target: documentSummary(alignment.target),
    options: options.options ?? {},
    counts: { beads: alignment.beads.length, byType: countBeads(alignment.beads) },
  };
  const headText = JSON.stringify(head, null, 2);
  yield `${headText.slice(0, -2)},\n  "beads": [`;
  let first = true;
  for (const bead of alignment.beads) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(beadObject(alignment, bead))}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]\n}\n`;
}
