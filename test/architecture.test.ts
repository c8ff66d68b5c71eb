/**
 * The layout's rules, checked on the imports of every source file (a lint of our own: it needs no
 * parser, since imports are one line each in this code base): the core does no I/O and loads no
 * CLI library, no import circle, and no stage imports one above it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Module specifiers a file imports (static `import … from`, `export … from`, and `import('…')` with a literal). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gmu)) out.push(m[1]!);
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gmu)) out.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu)) out.push(m[1]!);
  return out;
}

const files = sources(SRC).map((f) => relative(SRC, f));
const graph = new Map(
  files.map((f) => [
    f,
    importsOf(join(SRC, f))
      .filter((s) => s.startsWith('.'))
      .map((s) => relative(SRC, join(SRC, dirname(f), s)).replace(/\.js$/u, '.ts')),
  ]),
);

/** The stage a file belongs to: its folder under src/, or its own name for top-level files. */
const stage = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.ts$/u, ''));

/** The edge: the only code that may touch the process, files, threads and the CLI libraries. */
const EDGE = new Set(['cli', 'parallel', 'corpus', 'index']);

/**
 * Stages from the bottom up: a stage imports only stages of its own level or below. The shared
 * types and errors at the bottom, the CLI at the top; pipeline composes the stages beneath it, and
 * corpus runs it over many documents.
 */
const LEVELS: readonly (readonly string[])[] = [
  ['types', 'errors', 'version', 'unicode', 'sequence'],
  ['lang', 'diagnostics', 'input', 'eval', 'review'],
  ['segment', 'lexical', 'readers'],
  ['align', 'detect'],
  ['document', 'parallel'],
  ['formats', 'pipeline'],
  ['corpus'],
  ['cli', 'index'],
];
const level = (s: string): number => LEVELS.findIndex((l) => l.includes(s));

describe('architecture', () => {
  it('knows the level of every stage', () => {
    expect([...new Set(files.map(stage))].filter((s) => level(s) < 0)).toEqual([]);
  });

  it('keeps node:* modules, chalk and commander out of the core', () => {
    // node:buffer is data, not I/O: Documents keep a one-byte copy of their text with it (document/build.ts).
    const allowed = new Set(['node:buffer']);
    const offending = files
      .filter((f) => !EDGE.has(stage(f)))
      .flatMap((f) => importsOf(join(SRC, f)).filter((s) => (s.startsWith('node:') && !allowed.has(s)) || s === 'chalk' || s === 'commander').map((s) => `${f} → ${s}`));
    expect(offending).toEqual([]);
  });

  it('has no import circle', () => {
    // Tarjan's strongly connected components; a component of more than one file is a circle.
    let index = 0;
    const stack: string[] = [];
    const meta = new Map<string, { index: number; low: number; onStack: boolean }>();
    const circles: string[][] = [];
    const visit = (v: string): void => {
      meta.set(v, { index, low: index, onStack: true });
      index++;
      stack.push(v);
      for (const w of graph.get(v) ?? []) {
        if (!graph.has(w)) continue;
        if (!meta.has(w)) {
          visit(w);
          meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.low);
        } else if (meta.get(w)!.onStack) meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.index);
      }
      if (meta.get(v)!.low === meta.get(v)!.index) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          meta.get(w)!.onStack = false;
          component.push(w);
        } while (w !== v);
        if (component.length > 1) circles.push(component.sort());
      }
    };
    for (const f of files) if (!meta.has(f)) visit(f);
    expect(circles).toEqual([]);
  });

  it('imports only from its own level or below', () => {
    const upward = [...graph].flatMap(([f, deps]) => deps.filter((d) => level(stage(d)) > level(stage(f))).map((d) => `${f} → ${d}`));
    expect(upward).toEqual([]);
  });

  it('resolves every relative import to a source file', () => {
    const missing = [...graph].flatMap(([f, deps]) => deps.filter((d) => !graph.has(d)).map((d) => `${f} → ${d}`));
    expect(missing).toEqual([]);
  });
});
