/**
 * A corpus as folders instead of a manifest: two folders whose files are matched by name
 * (`en/0001.txt` with `fr/0001.txt`), or one folder whose file names carry their language
 * (`doc.en.txt` with `doc.fr.txt`, or Moses-style `doc.en` with `doc.fr`). Files are listed in
 * code-unit order of their paths, so the corpus order is the same on every machine; a file
 * without its counterpart becomes a document that fails, so that nothing is dropped silently.
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { toFrancCodes } from '../detect/index.js';
import { InputError, UsageError } from '../errors.js';
import type { Lang } from '../types.js';
import type { CorpusEntry } from './manifest.js';

/** The documents of one or two folders, and what was left out of them. */
export interface FolderCorpus {
  readonly entries: CorpusEntry[];
  /** Files that are no document's (no language tag, a third language), as one line each for the user. */
  readonly notes: string[];
}

/**
 * Documents of two folders: the files of `sourceDir` and `targetDir` (and their subfolders) with
 * the same path once the last extension is dropped; the document's id is that path.
 */
export async function twoFolderCorpus(sourceDir: string, targetDir: string): Promise<FolderCorpus> {
  const [sources, targets] = await Promise.all([byKey(sourceDir), byKey(targetDir)]);
  const keys = [...new Set([...sources.keys(), ...targets.keys()])].sort(byCodeUnits);
  const entries = keys.map((id): CorpusEntry => {
    const source = sources.get(id);
    const target = targets.get(id);
    const origin = join(source ? sourceDir : targetDir, source ?? target!);
    if (source && target) return { id, origin, source: { path: join(sourceDir, source) }, target: { path: join(targetDir, target) } };
    const [has, lacks] = source ? [sourceDir, targetDir] : [targetDir, sourceDir];
    return { id, origin, source: { path: origin }, problem: `${join(has, (source ?? target)!)} has no counterpart in ${lacks}` };
  });
  return { entries, notes: [] };
}

/**
 * Documents of one folder whose file names carry a language tag, `<stem>.<lang>` or
 * `<stem>.<lang>.<ext>`: the source is the file tagged `from`, the target the one tagged `to`.
 * Without them, the folder must hold exactly two languages, taken in alphabetical order.
 */
export async function taggedFolderCorpus(dir: string, langs: { from?: Lang; to?: Lang }): Promise<FolderCorpus> {
  const files = await listFiles(dir);
  const tagged = files.map((path) => ({ path, ...languageTag(path) }));
  const found = [...new Set(tagged.flatMap((f) => (f.lang === undefined ? [] : [f.lang])))].sort(byCodeUnits);
  const from = langs.from ?? (langs.to === undefined ? found[0] : found.find((l) => l !== langs.to));
  const to = langs.to ?? found.find((l) => l !== from);
  if (from === undefined || to === undefined || (langs.from === undefined && langs.to === undefined && found.length !== 2)) {
    const what = found.length ? `language tags ${found.join(', ')}` : 'no language tag';
    throw new UsageError(`--pairs ${dir}: found ${what} in the file names (doc.en.txt, doc.fr.txt); give --from and --to`);
  }
  const sources = new Map<string, string>();
  const targets = new Map<string, string>();
  const left: string[] = [];
  for (const f of tagged) {
    const side = f.lang === from ? sources : f.lang === to ? targets : undefined;
    if (!side || f.stem === undefined) {
      left.push(f.path);
      continue;
    }
    const other = side.get(f.stem);
    if (other !== undefined) throw new InputError(join(dir, f.path), `same document and language as ${join(dir, other)}`, { code: 'invalid-manifest' });
    side.set(f.stem, f.path);
  }
  const keys = [...new Set([...sources.keys(), ...targets.keys()])].sort(byCodeUnits);
  const entries = keys.map((id): CorpusEntry => {
    const source = sources.get(id);
    const target = targets.get(id);
    const origin = join(dir, source ?? target!);
    if (source && target) return { id, origin, source: { path: join(dir, source) }, target: { path: join(dir, target) }, from, to };
    return { id, origin, source: { path: origin }, problem: `${origin} has no ${source ? to : from} counterpart` };
  });
  const notes = left.length
    ? [`--pairs ${dir}: ${left.length} file${left.length === 1 ? '' : 's'} without a ${from} or ${to} tag left out (${left.slice(0, 3).join(', ')}${left.length > 3 ? ', …' : ''})`]
    : [];
  return { entries, notes };
}

/** A file's stem and language tag: `doc.en.txt` and `doc.en` are `doc` in `en`. */
function languageTag(path: string): { stem?: string; lang?: Lang } {
  const parts = path.split('.');
  for (const at of [parts.length - 1, parts.length - 2]) {
    if (at < 1) continue;
    const tag = parts[at]!;
    if (isLanguageTag(tag)) return { stem: parts.slice(0, at).join('.'), lang: tag };
  }
  return {};
}

/** Two lower-case letters (an ISO 639-1 code), or three that name a language the detector knows. */
function isLanguageTag(tag: string): boolean {
  return /^[a-z]{2}$/u.test(tag) || (/^[a-z]{3}$/u.test(tag) && toFrancCodes(tag).length > 0);
}

/** The files of a folder, by their path without the last extension. */
async function byKey(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of await listFiles(dir)) {
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    const key = dot > slash + 1 ? path.slice(0, dot) : path;
    const other = out.get(key);
    if (other !== undefined) {
      throw new InputError(join(dir, path), `same document name as ${join(dir, other)} (files are matched by name without extension)`, { code: 'invalid-manifest' });
    }
    out.set(key, path);
  }
  return out;
}

/** Regular files under a folder (hidden ones left out), as paths relative to it with `/`, in code-unit order. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let items: Dirent[];
  try {
    items = await readdir(join(dir, prefix), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : (error as Error).message;
    throw new InputError(join(dir, prefix), `cannot list: ${problem}`, { code: 'unreadable' });
  }
  const out: string[] = [];
  for (const item of items.sort((a, b) => byCodeUnits(a.name, b.name))) {
    if (item.name.startsWith('.')) continue;
    const path = prefix ? `${prefix}/${item.name}` : item.name;
    if (item.isDirectory()) out.push(...(await listFiles(dir, path)));
    else if (item.isFile() || item.isSymbolicLink()) out.push(path);
  }
  return out;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
