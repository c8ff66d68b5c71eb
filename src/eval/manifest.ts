/**
 * `manifest.tsv` of an eval folder: a header line, then one document per line with its files
 * (relative to the folder) and counts.
 */

/** One document of an eval set. */
export interface ManifestEntry {
  readonly doc: string;
  readonly srcLang: string;
  readonly tgtLang: string;
  readonly srcFile: string;
  readonly tgtFile: string;
  readonly goldFile: string;
  /** Running-text files (paragraphs separated by blank lines), when the set has them. */
  readonly rawFiles: readonly string[];
  readonly nSrc: number;
  readonly nTgt: number;
  readonly nBeads: number;
}

const COLUMNS = ['doc', 'src_lang', 'tgt_lang', 'src_file', 'tgt_file', 'gold_file', 'raw_files', 'n_src', 'n_tgt', 'n_beads'] as const;

/**
 * Read a manifest.tsv. Columns are found by their header name, so their order does not matter;
 * `raw_files` may be empty or absent, counts default to NaN when absent.
 * @throws Error when a required column (doc, src_file, tgt_file, gold_file) is missing.
 */
export function parseManifest(text: string): ManifestEntry[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (!lines.length) return [];
  const header = lines[0]!.split('\t').map((h) => h.trim());
  const col = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  for (const required of ['doc', 'src_file', 'tgt_file', 'gold_file'] as const) {
    if (col[required] < 0) throw new Error(`manifest: no '${required}' column in header ${JSON.stringify(lines[0])}`);
  }
  return lines.slice(1).map((line) => {
    const f = line.split('\t');
    const get = (c: (typeof COLUMNS)[number]): string => (col[c] >= 0 ? (f[col[c]] ?? '').trim() : '');
    const num = (c: (typeof COLUMNS)[number]): number => (get(c) === '' ? NaN : Number(get(c)));
    return {
      doc: get('doc'),
      srcLang: get('src_lang'),
      tgtLang: get('tgt_lang'),
      srcFile: get('src_file'),
      tgtFile: get('tgt_file'),
      goldFile: get('gold_file'),
      rawFiles: get('raw_files') ? get('raw_files').split(',').map((s) => s.trim()) : [],
      nSrc: num('n_src'),
      nTgt: num('n_tgt'),
      nBeads: num('n_beads'),
    };
  });
}
