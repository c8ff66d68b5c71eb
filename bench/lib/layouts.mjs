/**
 * One-file bilingual documents built from human-aligned parallel text, in every layout people
 * write: two blocks (with or without a separator line, either language first, hard-wrapped or
 * not), sections, alternating lines or paragraphs, line pairs `EN / FR` (hard-wrapped), columns
 * `EN<TAB>FR`, and one paragraph switching language mid-line. Each comes with what a perfect split
 * gives: each side's paragraphs as plain text (so that the expected sentences are those of the
 * side's text alone, whatever the sentence rules), and the gold beads as groups of gold sentences.
 *
 * Used by bench/layouts.mjs (dev and held-out figures) and test/detect/layout-property.test.ts;
 * its random() by other tests that want repeatable draws.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The layouts generated, with the name bitext reports for them. */
export const GENERATED_LAYOUTS = ['block', 'sections', 'alternating', 'pairs', 'columns', 'midline'];

/** What bitext calls each generated layout (a mid-line switch is a block cut inside a line). */
export const REPORTED_LAYOUT = { block: 'block', sections: 'sections', alternating: 'alternating', pairs: 'pairs', columns: 'columns', midline: 'block' };

/** Lines drawn between the blocks or sections of a generated document (none: blank lines only). */
const SEPARATORS = ['-----', '*****', '______________________', '""""""""""""', '※ ※ ※', '§', '* * *', '==========', null];

/** A deterministic pseudo-random generator (mulberry32), so that benches and tests are repeatable. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Untokenise a gold sentence ("Baron 's sister , by" → "Baron's sister, by"; "l' auberge" →
 * "l'auberge"), keeping French spaces before ; : ! ? and inside « ».
 */
export function untokenise(sentence, lang) {
  let s = ` ${sentence} `;
  s = s.replace(/ ([,.)\]}%])/gu, '$1').replace(/([(\[{]) /gu, '$1');
  s = s.replace(/ (['’](?:s|re|ve|ll|d|m|t)\b)/gu, '$1').replace(/ (n['’]t)\b/gu, '$1');
  s = s.replace(/(\p{L}['’]) (?=\p{L})/gu, '$1');
  if (lang === 'en') s = s.replace(/ ([;:!?])/gu, '$1');
  // Straight double quotes: open, close, open… in order.
  let open = false;
  s = s.replace(/ " ?/gu, (m) => {
    open = !open;
    return open ? ' "' : '" ';
  });
  return s.replace(/\s+/gu, ' ').replace(/ "$/u, '"').trim();
}

/** Lines of a file, final newline dropped. */
function readLines(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A sentence that goes on from the one before (the gold split "« … ? » demanda-t-il" in two): it starts in lower case. */
const CONTINUES = /^[\p{Ll}]/u;

/**
 * A gold document as beads of untokenised sentences, both sides non-empty, each holding whole
 * sentences: a bead whose first sentence on either side goes on from the bead before is merged into
 * it (people write a bilingual line per sentence, not per fragment).
 * @returns [{ source: string[], target: string[] }]
 */
export function goldBeads(dir, doc, from = 'en', to = 'fr') {
  const src = readLines(join(dir, `${doc}.${from}`));
  const tgt = readLines(join(dir, `${doc}.${to}`));
  const beads = [];
  for (const line of readLines(join(dir, `${doc}.gold`))) {
    const m = /^\[([\d,]*)\]:\[([\d,]*)\]/u.exec(line);
    if (!m) continue;
    const ids = (x) => (x ? x.split(',').map(Number) : []);
    const source = ids(m[1]).map((i) => untokenise(src[i], from));
    const target = ids(m[2]).map((j) => untokenise(tgt[j], to));
    if (!source.length || !target.length) continue;
    const last = beads[beads.length - 1];
    if (last && (CONTINUES.test(source[0]) || CONTINUES.test(target[0]))) {
      last.source.push(...source);
      last.target.push(...target);
    } else beads.push({ source, target });
  }
  return beads;
}

/** Every gold document of a set folder (its manifest.tsv), as goldBeads() reads it: [{ name, beads }]. */
export function goldDocuments(dir) {
  const names = readFileSync(join(dir, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0]);
  return names.map((name) => ({ name, beads: goldBeads(dir, name) }));
}

/** `fold -s -w width` on one paragraph: break at the last space that fits. */
export function wrap(text, width) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** Group consecutive beads into paragraphs of 1 to `max` beads. */
export function paragraphsOf(beads, rand, max) {
  const out = [];
  for (let i = 0; i < beads.length; ) {
    const n = Math.min(beads.length - i, 1 + Math.floor(rand() * max));
    out.push(beads.slice(i, i + n));
    i += n;
  }
  return out;
}

const joined = (beads, side) => beads.flatMap((b) => b[side]).join(' ');

/**
 * One generated document.
 *
 * @param beads consecutive gold beads (both sides non-empty)
 * @param layout one of GENERATED_LAYOUTS
 * @param rand a random() function
 * @param width the width to hard-wrap at (0: none); drawn when undefined (none, or 60 to 79)
 * @returns { text, layout, reported (the layout bitext should report), sourceFirst, source: string[] (paragraphs), target: string[], beads: [number[], number[]][] (gold, in gold-sentence indices), sourceSentences, targetSentences }
 */
export function layoutDocument(beads, layout, rand, width) {
  const sourceFirst = rand() < 0.5;
  const drawn = rand() < 0.4 ? 60 + Math.floor(rand() * 20) : 0;
  const wrapWidth = width ?? drawn;
  const fold = (p) => (wrapWidth ? wrap(p, wrapWidth) : p);
  let text;
  let reported = REPORTED_LAYOUT[layout];
  let sourceParagraphs;
  let targetParagraphs;
  const separator = () => SEPARATORS[Math.floor(rand() * SEPARATORS.length)];
  switch (layout) {
    case 'block': {
      const groups = paragraphsOf(beads, rand, 4);
      sourceParagraphs = groups.map((g) => joined(g, 'source'));
      targetParagraphs = groups.map((g) => joined(g, 'target'));
      const [a, b] = sourceFirst ? [sourceParagraphs, targetParagraphs] : [targetParagraphs, sourceParagraphs];
      const sep = separator();
      text = [...a.map(fold), ...(sep ? [sep] : []), ...b.map(fold)].join('\n\n');
      break;
    }
    case 'sections': {
      // Sections of two beads or more, each side 80 characters or more: a section is a few sentences under a heading, not one word.
      const sections = [];
      for (const section of paragraphsOf(beads, rand, Math.max(2, Math.ceil(beads.length / 3)))) {
        const last = sections[sections.length - 1];
        const small = (s) => s.length < 2 || joined(s, 'source').length < 80 || joined(s, 'target').length < 80;
        if (last && (small(last) || small(section))) last.push(...section);
        else sections.push([...section]);
      }
      const sep = separator() ?? '---';
      const parts = [];
      sourceParagraphs = [];
      targetParagraphs = [];
      for (const section of sections) {
        const groups = paragraphsOf(section, rand, 3);
        const s = groups.map((g) => joined(g, 'source'));
        const t = groups.map((g) => joined(g, 'target'));
        sourceParagraphs.push(...s);
        targetParagraphs.push(...t);
        const [a, b] = sourceFirst ? [s, t] : [t, s];
        parts.push([...a.map(fold), sep, ...b.map(fold)].join('\n\n'));
      }
      text = parts.join('\n\n');
      // One section is a block.
      if (sections.length === 1) reported = 'block';
      break;
    }
    case 'alternating': {
      // Lines alternating with no blank line, or paragraphs with blank lines between.
      const blank = rand() < 0.5;
      sourceParagraphs = beads.map((b) => b.source.join(' '));
      targetParagraphs = beads.map((b) => b.target.join(' '));
      const lines = beads.flatMap((_, i) => (sourceFirst ? [sourceParagraphs[i], targetParagraphs[i]] : [targetParagraphs[i], sourceParagraphs[i]]));
      text = lines.map(blank ? fold : (l) => l).join(blank ? '\n\n' : '\n');
      break;
    }
    case 'pairs': {
      sourceParagraphs = beads.map((b) => b.source.join(' '));
      targetParagraphs = beads.map((b) => b.target.join(' '));
      const delimiter = rand() < 0.7 ? ' / ' : ' | ';
      const rows = beads.map((_, i) => (sourceFirst ? `${sourceParagraphs[i]}${delimiter}${targetParagraphs[i]}` : `${targetParagraphs[i]}${delimiter}${sourceParagraphs[i]}`));
      text = rows.map(fold).join('\n');
      break;
    }
    case 'columns': {
      sourceParagraphs = beads.map((b) => b.source.join(' '));
      targetParagraphs = beads.map((b) => b.target.join(' '));
      text = beads.map((_, i) => (sourceFirst ? `${sourceParagraphs[i]}\t${targetParagraphs[i]}` : `${targetParagraphs[i]}\t${sourceParagraphs[i]}`)).join('\n');
      break;
    }
    case 'midline': {
      sourceParagraphs = [joined(beads, 'source')];
      targetParagraphs = [joined(beads, 'target')];
      const [a, b] = sourceFirst ? [sourceParagraphs[0], targetParagraphs[0]] : [targetParagraphs[0], sourceParagraphs[0]];
      text = fold(`${a} ${b}`);
      break;
    }
    default:
      throw new Error(`unknown layout ${layout}`);
  }
  let s = 0;
  let t = 0;
  const gold = beads.map((b) => {
    const bead = [b.source.map(() => s++), b.target.map(() => t++)];
    return bead;
  });
  return {
    text: `${text}\n`,
    layout,
    reported,
    sourceFirst,
    source: sourceParagraphs,
    target: targetParagraphs,
    beads: gold,
    sourceSentences: beads.flatMap((b) => b.source),
    targetSentences: beads.flatMap((b) => b.target),
  };
}

/**
 * The gold beads of a generated document in bitext's own sentences: each bitext sentence belongs
 * to the gold bead holding its first character in the side's text; gold beads sharing a bitext
 * sentence (the rules joined two gold sentences) are merged.
 *
 * @param document a layoutDocument()
 * @param sentencesOf (text, lang) => sentence strings of a side's text alone (paragraphs joined by blank lines)
 * @returns { source: string[], target: string[], beads: [number[], number[]][] }
 */
export function expectedAlignment(document, sentencesOf, from = 'en', to = 'fr') {
  const side = (paragraphs, gold, lang) => {
    const text = paragraphs.join('\n\n');
    const sentences = sentencesOf(text, lang);
    // Offsets of gold sentences in the text (they appear in order).
    const starts = [];
    let at = 0;
    for (const g of gold) {
      const i = text.indexOf(g, at);
      starts.push(i < 0 ? at : i);
      at = i < 0 ? at : i + g.length;
    }
    const owner = [];
    at = 0;
    for (const s of sentences) {
      const i = text.indexOf(s, at);
      const start = i < 0 ? at : i;
      at = i < 0 ? at : i + s.length;
      let g = 0;
      while (g + 1 < starts.length && starts[g + 1] <= start) g++;
      const end = start + s.length;
      let last = g;
      while (last + 1 < starts.length && starts[last + 1] < end) last++;
      owner.push([g, last]);
    }
    return { sentences, owner };
  };
  const src = side(document.source, document.sourceSentences, from);
  const tgt = side(document.target, document.targetSentences, to);
  // Gold bead of each gold sentence.
  const beadOfSource = [];
  const beadOfTarget = [];
  document.beads.forEach(([s, t], b) => {
    for (const i of s) beadOfSource[i] = b;
    for (const j of t) beadOfTarget[j] = b;
  });
  // Union of gold beads joined by a bitext sentence spanning several.
  const parent = document.beads.map((_, i) => i);
  const find = (x) => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const join2 = (a, b) => {
    parent[find(b)] = find(a);
  };
  for (const [g, last] of src.owner) for (let k = g; k < last; k++) join2(beadOfSource[k], beadOfSource[k + 1]);
  for (const [g, last] of tgt.owner) for (let k = g; k < last; k++) join2(beadOfTarget[k], beadOfTarget[k + 1]);
  const groups = new Map();
  const add = (bead, sideIndex, k) => {
    const root = find(bead);
    if (!groups.has(root)) groups.set(root, [[], []]);
    groups.get(root)[sideIndex].push(k);
  };
  src.owner.forEach(([g], k) => add(beadOfSource[g], 0, k));
  tgt.owner.forEach(([g], k) => add(beadOfTarget[g], 1, k));
  const beads = [...groups.values()].sort((a, b) => a[0][0] - b[0][0]);
  return { source: src.sentences, target: tgt.sentences, beads };
}

/**
 * Gold beads a generated document of a layout holds, [min, max]: a line switching language
 * mid-line holds a few; blocks and sections, long runs of each language.
 * @param layout one of GENERATED_LAYOUTS
 */
export function windowSize(layout) {
  return layout === 'midline' ? [2, 6] : layout === 'block' || layout === 'sections' ? [8, 30] : [4, 20];
}

/**
 * Windows of consecutive gold beads drawn from documents, for generated documents.
 *
 * @param documents [{ name, beads }] from goldBeads()
 * @param rand a random() function
 * @param size [min, max] beads per window
 */
export function drawWindow(documents, rand, [min, max]) {
  const doc = documents[Math.floor(rand() * documents.length)];
  const n = Math.min(doc.beads.length, min + Math.floor(rand() * (max - min + 1)));
  const start = Math.floor(rand() * (doc.beads.length - n + 1));
  return { name: doc.name, start, beads: doc.beads.slice(start, start + n) };
}
