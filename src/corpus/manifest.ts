/**
 * A corpus manifest: one document a line, as TSV (`id<TAB>source<TAB>target[<TAB>from<TAB>to
 * [<TAB>anchors]]`, paths relative to the manifest's folder) or as JSONL (`{"id", "source",
 * "target", "from"?, "to"?, "anchors"?}` with paths, or `source_text`/`target_text` with the
 * texts inline). The form is sniffed
 * from the first character that is not blank. Lines are parsed one at a time, so that a manifest
 * on stdin is read as it comes.
 */
import { isAbsolute, join } from 'node:path';
import { InputError } from '../errors.js';
import { parseLangCode } from '../lang.js';
import type { Lang } from '../types.js';
import { LONE_SURROGATE } from '../unicode.js';

/** One side of a document: a file, or its text given inline. */
export type SideSource = { readonly path: string } | { readonly name: string; readonly text: string };

/** A document of a corpus. */
export interface CorpusEntry {
  readonly id: string;
  /** Where it was declared, for messages: `corpus.tsv:12`, or a file name for folder pairs. */
  readonly origin: string;
  readonly source: SideSource;
  /** Absent: `source` holds both languages (as UN and EU messages often do). */
  readonly target?: SideSource;
  readonly from?: Lang;
  readonly to?: Lang;
  /** A corrections file whose beads the document's alignment must hold (a review page's export). */
  readonly anchors?: string;
  /** Why the document cannot be aligned at all (a file without its counterpart): it fails without being read. */
  readonly problem?: string;
}

export const MANIFEST_KINDS = ['tsv', 'jsonl'] as const;
export type ManifestKind = (typeof MANIFEST_KINDS)[number];

/** The form of a manifest, from its first character that is not blank: `{` is JSONL. */
export function sniffManifest(firstChar: string): ManifestKind {
  return firstChar === '{' ? 'jsonl' : 'tsv';
}

/** The columns a TSV manifest's header names (its first line, when it reads so), in order. */
const TSV_HEADER = ['id', 'source', 'target', 'from', 'to', 'anchors'];

/**
 * Characters an id cannot hold: they would break TSV columns, `.ids` lines and messages. C1
 * controls (NEL, U+0085, among them) and U+2028/U+2029 too: Python's `str.splitlines()`, which
 * corpus tools read Moses files with (formats/moses.ts), ends a line there, so an `.ids` file
 * would have more lines than the corpus.
 */
const ID_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** Parses a manifest's lines in order (keeping what spans lines: the header, the form, the ids seen). */
export class ManifestParser {
  private kind: ManifestKind | undefined;
  private lineNumber = 0;
  private documents = 0;
  /** Each id and the line it came on; undefined when ids are not checked (memory grows with the corpus). */
  private readonly seen: Map<string, number> | undefined;

  /**
   * @param name the manifest as the user named it (`-` for stdin), for messages
   * @param base the folder relative paths are read from (the manifest's own)
   * @param checkIds whether to refuse an id seen before; false for a file read again after a reading that checked them
   */
  constructor(
    private readonly name: string,
    private readonly base: string,
    checkIds = true,
  ) {
    this.seen = checkIds ? new Map() : undefined;
  }

  /**
   * The document on the next line, or undefined for a blank line, a comment or the header.
   * @throws InputError naming the manifest and the line when the line is not a document, or its id was seen before
   */
  next(rawLine: string): CorpusEntry | undefined {
    const lineNumber = ++this.lineNumber;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/u, '') : rawLine;
    const trimmed = line.trim();
    if (trimmed === '') return undefined;
    this.kind ??= sniffManifest(trimmed[0]!);
    const entry = this.kind === 'jsonl' ? this.jsonEntry(trimmed, lineNumber) : this.tsvEntry(line.replace(/\r$/u, ''), lineNumber);
    if (entry === undefined) return undefined;
    this.documents++;
    const first = this.seen?.get(entry.id);
    if (first !== undefined) throw this.error(lineNumber, `duplicate id '${entry.id}' (first on line ${first})`);
    this.seen?.set(entry.id, lineNumber);
    return entry;
  }

  private tsvEntry(line: string, lineNumber: number): CorpusEntry | undefined {
    if (line.trimStart().startsWith('#')) return undefined;
    const fields = line.split('\t').map((f) => f.trim());
    if (this.documents === 0 && isHeader(fields)) return undefined;
    if (fields.length < 2 || fields.length > 6) {
      throw this.error(lineNumber, `expected id<TAB>source<TAB>target (optionally <TAB>from<TAB>to<TAB>anchors), found ${fields.length} column${fields.length === 1 ? '' : 's'}`);
    }
    const [id, source, target = '', from = '', to = '', anchors = ''] = fields as [string, string, ...string[]];
    return this.entry(lineNumber, {
      id,
      source: source === '' ? undefined : { path: this.path(source) },
      target: target === '' ? undefined : { path: this.path(target) },
      from,
      to,
      anchors: anchors === '' ? undefined : this.path(anchors),
    });
  }

  private jsonEntry(line: string, lineNumber: number): CorpusEntry {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw this.error(lineNumber, `not a JSON object (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw this.error(lineNumber, 'not a JSON object');
    const record = value as Record<string, unknown>;
    const text = (key: string): string | undefined => {
      const v = record[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string') throw this.error(lineNumber, `"${key}" must be a string`);
      return v;
    };
    const id = record.id;
    if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) throw this.error(lineNumber, '"id" must be a string or a number');
    const side = (which: 'source' | 'target') => {
      const path = text(which);
      const inline = text(`${which}_text`);
      if (path !== undefined && inline !== undefined) throw this.error(lineNumber, `give "${which}" (a path) or "${which}_text", not both`);
      if (inline !== undefined) return { name: `${which}_text`, text: inline };
      return path === undefined || path === '' ? undefined : { path: this.path(path) };
    };
    const anchors = text('anchors');
    return this.entry(lineNumber, {
      id: String(id),
      source: side('source'),
      target: side('target'),
      from: text('from') ?? '',
      to: text('to') ?? '',
      anchors: anchors === undefined || anchors === '' ? undefined : this.path(anchors),
    });
  }

  private entry(
    lineNumber: number,
    fields: { id: string; source: SideSource | undefined; target: SideSource | undefined; from: string; to: string; anchors: string | undefined },
  ): CorpusEntry {
    const { id, source, target } = fields;
    if (id.trim() === '') throw this.error(lineNumber, 'empty id');
    if (ID_FORBIDDEN.test(id)) throw this.error(lineNumber, `id ${JSON.stringify(id)} holds a control character (tab, line break…)`);
    // A lone surrogate (a JSON manifest's `"\ud800"`): no output writes it the same way (U+FFFD in TSV, removed in TMX, an escape jq refuses in JSONL).
    if (LONE_SURROGATE.test(id)) throw this.error(lineNumber, `id ${JSON.stringify(id)} holds a lone surrogate`);
    if (source === undefined) throw this.error(lineNumber, `document '${id}' has no source`);
    const lang = (value: string, column: string): Lang | undefined => {
      if (value === '') return undefined;
      const code = parseLangCode(value);
      if (code === undefined) throw this.error(lineNumber, `${column} '${value}' is not a language code (expected e.g. en, fr, de)`);
      return code;
    };
    const from = lang(fields.from, 'from');
    const to = lang(fields.to, 'to');
    return {
      id,
      origin: `${this.label()}:${lineNumber}`,
      source,
      ...(target !== undefined && { target }),
      ...(from !== undefined && { from }),
      ...(to !== undefined && { to }),
      ...(fields.anchors !== undefined && { anchors: fields.anchors }),
    };
  }

  private path(path: string): string {
    if (path === '-') throw this.error(this.lineNumber, 'a document cannot be read from stdin (-); give its path');
    return isAbsolute(path) ? path : join(this.base, path);
  }

  private label(): string {
    return this.name === '-' ? 'stdin' : this.name;
  }

  private error(lineNumber: number, problem: string): InputError {
    return new InputError(this.name, `line ${lineNumber}: ${problem}`, { code: 'invalid-manifest', data: { line: lineNumber } });
  }
}

function isHeader(fields: readonly string[]): boolean {
  return fields.length >= 3 && fields.every((f, k) => f.toLowerCase() === TSV_HEADER[k]);
}
