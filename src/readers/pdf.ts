/**
 * PDF: the text layer as pdf.js gives it (through unpdf's build, which needs no worker file, no
 * canvas and no download), rebuilt into blocks from positions: text items into lines, lines into
 * paragraphs by vertical gaps and first-line indentation, two-column pages read column by column,
 * hyphenated line ends re-joined (`inter-` + `national`), running headers, footers and page numbers
 * that repeat across pages removed, and lines in a larger font than the body made headings.
 * A PDF with no text layer (scanned, image-only) or locked by a password is a one-line error, and
 * so is one that would make pdf.js inflate or run more than a real document needs (pdf-budget.ts).
 */
import { getDocumentProxy } from 'unpdf';
import { InputError } from '../errors.js';
import { append } from '../sequence.js';
import { layOut } from './blocks.js';
import { MAX_PDF_PAGES, MAX_PDF_TEXT_ITEMS, checkPdfBudget } from './pdf-budget.js';
import type { Block, ReadContext, ReadDocument, Reader } from './types.js';

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>['getPage']>>;
type TextContent = Awaited<ReturnType<PdfPage['getTextContent']>>;

/** A text item of pdf.js: its string, and where it is drawn. */
interface Item {
  readonly str: string;
  readonly x: number;
  /** Baseline, in PDF units from the bottom of the page. */
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A line of text rebuilt from items on one baseline. */
interface Line {
  text: string;
  readonly x0: number;
  x1: number;
  readonly y: number;
  readonly size: number;
}

interface Page {
  readonly width: number;
  readonly height: number;
  lines: Line[];
}

/** Items whose baselines differ by less than this share of the font size are on one line (sub- and superscripts move less). */
const SAME_LINE = 0.5;
/** A horizontal gap between two items wider than this share of the font size is a space (pdf.js often leaves spaces out). */
const WORD_GAP = 0.15;
/** A gap between lines larger than this many times the document's usual line spacing ends a paragraph. */
const PARAGRAPH_GAP = 1.3;
/** A line indented by more than this share of the font size from the line above starts a paragraph. */
const INDENT = 1;
/** A line ending this far (share of the column width) short of the column's right edge ends its paragraph when it ends a sentence. */
const SHORT_LINE = 0.15;
/** A line in a font this much larger than the body's is a heading. */
const HEADING_SIZE = 1.15;
/** Lines this close to the top or bottom of a page (share of its height) can be running headers or footers. */
const MARGIN_BAND = 0.12;
/**
 * A header or footer repeats (digits aside, at the same height) on at least this share of the
 * pages: under a half, so that headers alternating between odd and even pages count.
 */
const REPEATED_SHARE = 0.4;
/** Heights of a running line on different pages differ by less than this (PDF units, points). */
const SAME_HEIGHT = 2;
/**
 * A running header or footer stands apart from the body: no other line within this many times its
 * font size above or below it (body lines are 1.2 apart), so a body line that ends a column is never one.
 */
const RUNNING_LINE_CLEARANCE = 1.6;
/** Share of a page's lines that must sit wholly in one half for the page to be read as two columns. */
const TWO_COLUMN_SHARE = 0.8;
/** Lines needed in each column for a page to be read as two columns. */
const MIN_COLUMN_LINES = 4;

export const pdfReader: Reader = {
  format: 'pdf',
  extensions: ['pdf'],
  async read(bytes: Uint8Array, context: ReadContext): Promise<ReadDocument> {
    const pages = await readPages(bytes, context.name);
    if (!pages.some((p) => p.lines.length)) {
      throw new InputError(context.name, 'no text layer (a scanned or image-only PDF?); run OCR on it first', { code: 'no-text-layer' });
    }
    removeRunningLines(pages);
    return layOut('pdf', paragraphs(pages));
  },
};

async function readPages(bytes: Uint8Array, name: string): Promise<Page[]> {
  checkPdfBudget(bytes, name);
  let pdf;
  try {
    // pdf.js takes the buffer over (detaches it): give it a copy, the caller's bytes stay usable.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false });
  } catch (error) {
    const kind = (error as { name?: string }).name;
    if (kind === 'PasswordException') throw new InputError(name, 'encrypted PDF (it needs a password): no text layer can be read', { code: 'no-text-layer' });
    throw new InputError(name, `damaged or truncated PDF (${describe(error)})`, { code: 'invalid-document' });
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new InputError(name, `over ${MAX_PDF_PAGES} pages (${pdf.numPages}); refused`, { code: 'unsafe-document' });
    }
    const pages: Page[] = [];
    let itemsRead = 0;
    /** The text items of a page, as getTextContent gives them, read in pdf.js's batches and counted as they come. */
    const textItems = async (page: PdfPage) => {
      const items: TextContent['items'] = [];
      const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<TextContent>;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        itemsRead += chunk.value.items.length;
        if (itemsRead > MAX_PDF_TEXT_ITEMS) {
          // Not cancelled: pdf.js, in this thread, would still send the page's next batch to the
          // closed stream and throw where nothing catches it; destroying the document stops it.
          throw new InputError(name, `over ${MAX_PDF_TEXT_ITEMS} pieces of text to place; refused`, { code: 'unsafe-document' });
        }
        append(items, chunk.value.items);
      }
      return items;
    };
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const items: Item[] = [];
      for (const raw of await textItems(page)) {
        if (!('str' in raw) || raw.str === '') continue;
        const [a, b, c, d, x, y] = raw.transform as [number, number, number, number, number, number];
        // Rotated text (a margin note written sideways) has no place in the lines.
        if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) continue;
        items.push({ str: raw.str, x: x - x0, y: y - y0, width: raw.width, size: Math.abs(d) || raw.height });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, lines: readingOrder(buildLines(items), x1 - x0) });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, `damaged or truncated PDF (${describe(error)})`, { code: 'invalid-document' });
  } finally {
    await pdf.destroy();
  }
}

/** Items in drawing order into lines: a new line where the baseline moves by more than half a font size. */
function buildLines(items: readonly Item[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  for (const item of items) {
    const text = item.str.replace(/\s+/gu, ' ');
    if (line && Math.abs(item.y - line.y) < SAME_LINE * Math.max(item.size, line.size) && item.x >= line.x1 - line.size) {
      const gap = item.x - line.x1;
      if (gap > WORD_GAP * line.size && !line.text.endsWith(' ') && !text.startsWith(' ')) line.text += ' ';
      line.text += text;
      line.x1 = Math.max(line.x1, item.x + item.width);
      continue;
    }
    if (line && line.text.trim()) lines.push(line);
    line = { text, x0: item.x, x1: item.x + item.width, y: item.y, size: item.size };
  }
  if (line && line.text.trim()) lines.push(line);
  for (const l of lines) l.text = l.text.trim();
  return lines;
}

/**
 * The lines of a page in reading order: top to bottom, or, on a two-column page, lines across the
 * page above the columns, then the left column, the right one, and lines across the page below.
 */
function readingOrder(lines: Line[], width: number): Line[] {
  const byY = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const middle = width / 2;
  const left = byY.filter((l) => l.x1 <= middle);
  const right = byY.filter((l) => l.x0 >= middle);
  if (left.length < MIN_COLUMN_LINES || right.length < MIN_COLUMN_LINES || left.length + right.length < TWO_COLUMN_SHARE * lines.length) {
    return byY;
  }
  const columnTop = Math.max(left[0]!.y, right[0]!.y);
  const columnBottom = Math.min(left[left.length - 1]!.y, right[right.length - 1]!.y);
  const across = byY.filter((l) => l.x1 > middle && l.x0 < middle);
  return [...across.filter((l) => l.y > columnTop), ...left, ...right, ...across.filter((l) => l.y <= columnTop && l.y >= columnBottom), ...across.filter((l) => l.y < columnBottom)];
}

/**
 * Running headers and footers: lines near the top or bottom of the page that repeat, digits aside
 * and at the same height, on many pages; and page numbers, the outermost line of a page. A line of
 * the body that happens to end a column near the bottom is neither.
 */
function removeRunningLines(pages: Page[]): void {
  const key = (l: Line) => `${Math.round(l.y / SAME_HEIGHT)} ${l.text.replace(/\d+/gu, '#').toLowerCase()}`;
  const inBand = (l: Line, p: Page) => l.y > p.height * (1 - MARGIN_BAND) || l.y < p.height * MARGIN_BAND;
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const k of new Set(page.lines.filter((l) => inBand(l, page)).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (k: string) => pages.length >= 3 && (counts.get(k) ?? 0) >= Math.max(2, REPEATED_SHARE * pages.length);
  for (const page of pages) {
    const top = Math.max(...page.lines.map((l) => l.y));
    const bottom = Math.min(...page.lines.map((l) => l.y));
    const outermost = (l: Line) => l.y === top || l.y === bottom;
    const apart = (l: Line) => page.lines.every((o) => o === l || Math.abs(o.y - l.y) < 1 || Math.abs(o.y - l.y) > RUNNING_LINE_CLEARANCE * l.size);
    page.lines = page.lines.filter((l) => !(inBand(l, page) && apart(l) && ((outermost(l) && isPageNumber(l.text)) || repeated(key(l)))));
  }
}

/** `12`, `- 12 -`, `Page 12`, `12 / 40`, `xii`. */
function isPageNumber(text: string): boolean {
  return /^(?:[-–—]\s*)?(?:(?:page|p\.|seite|página|pagina)\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:\/|of|sur|de|von)\s*\d{1,4})?(?:\s*[-–—])?$/iu.test(text.trim());
}

/** Lines into paragraphs (and headings), over page breaks when a paragraph runs on. */
function paragraphs(pages: readonly Page[]): Block[] {
  const all = pages.flatMap((p) => p.lines.map((l) => ({ line: l, page: p })));
  const compounds = hyphenatedWords(all.map((a) => a.line.text));
  const body = mode(all.map((a) => Math.round(a.line.size * 2) / 2));
  const spacing = lineSpacing(pages, body);
  const blocks: Block[] = [];
  let text = '';
  let heading = false;
  const flush = () => {
    if (text.trim()) blocks.push({ kind: heading ? 'heading' : 'paragraph', text: text.trim() });
    text = '';
  };
  let previous: { line: Line; page: Page; right: number } | undefined;
  for (const { line, page } of all) {
    const isHeading = line.size > body * HEADING_SIZE;
    const right = columnRight(page, line);
    if (!previous || startsParagraph(previous, { line, page }, spacing, isHeading !== heading)) {
      flush();
      heading = isHeading;
      text = line.text;
    } else {
      text = joinLines(text, line.text, compounds);
    }
    previous = { line, page, right };
  }
  flush();
  return blocks;
}

function startsParagraph(previous: { line: Line; page: Page; right: number }, current: { line: Line; page: Page }, spacing: number, kindChanges: boolean): boolean {
  if (kindChanges) return true;
  const a = previous.line;
  const b = current.line;
  const endsSentence = /[.!?:…"”»)]$/u.test(a.text);
  const short = a.x1 < previous.right - SHORT_LINE * (previous.right - a.x0);
  if (previous.page !== current.page || b.y > a.y) {
    // A new page or column: the paragraph runs on if the last line was full and did not end a sentence.
    return short || endsSentence;
  }
  if (a.y - b.y > PARAGRAPH_GAP * spacing) return true;
  if (b.x0 > a.x0 + INDENT * b.size) return true;
  return short && endsSentence;
}

/**
 * Lines of one paragraph joined with a space; a hyphen at a line end before a lower-case letter
 * is a word cut in two (`inter-` + `national`) and goes, unless the word is a compound: one with
 * another hyphen in it (`Thunder-ten-` + `tronckh`), or one the document writes with its hyphen
 * inside a line elsewhere (`fair-faced`).
 */
function joinLines(text: string, next: string, compounds: ReadonlySet<string>): string {
  if (/\p{L}\u00ad$/u.test(text)) return text.slice(0, -1) + next;
  if (/\p{Ll}[-‐]$/u.test(text) && /^\p{Ll}/u.test(next)) {
    const head = /[\p{L}\p{N}-]+-$/u.exec(text)?.[0] ?? '';
    const tail = /^[\p{L}\p{N}-]+/u.exec(next)?.[0] ?? '';
    if (head.slice(0, -1).includes('-') || compounds.has(`${head}${tail}`.toLowerCase())) return text + next;
    return text.slice(0, -1) + next;
  }
  return `${text} ${next}`;
}

/** Words written with a hyphen inside a line (`fair-faced`), lower case: the compounds a line-end hyphen must keep. */
function hyphenatedWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const m of line.matchAll(/\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+/gu)) words.add(m[0].toLowerCase());
  return words;
}

/** The right edge of the column a line is in: the furthest right any line of the page that starts near it reaches. */
function columnRight(page: Page, line: Line): number {
  let right = line.x1;
  const middle = page.width / 2;
  for (const l of page.lines) if ((l.x0 < middle) === (line.x0 < middle) && l.x1 > right) right = l.x1;
  return right;
}

/** The usual distance between consecutive baselines of body text. */
function lineSpacing(pages: readonly Page[], body: number): number {
  const gaps: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.lines.length; i++) {
      const gap = page.lines[i - 1]!.y - page.lines[i]!.y;
      if (gap > 0 && Math.abs(page.lines[i]!.size - body) < 0.5) gaps.push(Math.round(gap * 2) / 2);
    }
  }
  const usual = gaps.filter((g) => g >= body * 0.8).sort((x, y) => x - y);
  // The lower quartile: most gaps are between the lines of a paragraph, the rest are larger.
  return usual.length ? usual[Math.floor(usual.length / 4)]! : body * 1.2;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
