/**
 * A corpus of Bible documents for the corpus benches: the scale_en-es books cut into documents of
 * about N verses at verse boundaries, repeated to the wanted count, written as one file per side
 * and document with a TSV manifest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chunks of about `verses` verses of every book (loadBooks in scale.mjs): [source lines, target lines]. */
export function chunks(books, verses) {
  const out = [];
  for (const b of books) {
    const keys = [...new Set(b.srcUnits.slice(0, b.src.length))];
    const group = new Map(keys.map((k, i) => [k, Math.floor(i / verses)]));
    const parts = new Map();
    const add = (side, lines, units) =>
      lines.forEach((line, i) => {
        const g = group.get(units[i]);
        if (g === undefined) return;
        if (!parts.has(g)) parts.set(g, [[], []]);
        parts.get(g)[side].push(line);
      });
    add(0, b.src, b.srcUnits);
    add(1, b.tgt, b.tgtUnits);
    for (const [, part] of [...parts].sort((x, y) => x[0] - y[0])) if (part[0].length && part[1].length) out.push(part);
  }
  return out;
}

/** A corpus of `count` documents of about `verses` verses in `dir/name`: files, a manifest; its sentence count. */
export function writeCorpus(books, dir, name, count, verses) {
  const base = join(dir, name);
  mkdirSync(join(base, 'en'), { recursive: true });
  mkdirSync(join(base, 'es'), { recursive: true });
  const parts = chunks(books, verses);
  const manifest = [];
  let sentences = 0;
  for (let k = 0; k < count; k++) {
    const [en, es] = parts[k % parts.length];
    const id = String(k).padStart(6, '0');
    writeFileSync(join(base, 'en', `${id}.txt`), `${en.join('\n')}\n`);
    writeFileSync(join(base, 'es', `${id}.txt`), `${es.join('\n')}\n`);
    manifest.push(`${id}\ten/${id}.txt\tes/${id}.txt\n`);
    sentences += en.length;
  }
  writeFileSync(join(base, 'manifest.tsv'), manifest.join(''));
  return { manifest: join(base, 'manifest.tsv'), base, sentences, docs: count };
}
