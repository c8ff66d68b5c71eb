/**
 * The review page: one self-contained HTML file (style, script and data inline; a Content Security
 * Policy forbids every request, so the page works from disk and sends nothing anywhere) in which
 * a translator checks an alignment, corrects it, and exports TMX, TSV or the corrections for
 * `align --anchors`. The page's code is in review-page/, compiled into review-assets.ts.
 */
import { coversInOrder, mismatchedSentences, paragraphStarts, REVIEW_DATA_VERSION, type SearchBand } from '../review/data.js';
import type { Alignment, Document } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { REVIEW_BODY, REVIEW_SCRIPT, REVIEW_STYLE } from './review-assets.js';
import { roundScore } from './text.js';
import { escapeXml } from './xml.js';

/** No network of any kind: inline style and script only, images from data: or blob: URLs at most. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data: blob:";

export interface HtmlOptions {
  /** The search band of the final pass, drawn behind the path (PairResult.band). */
  readonly band?: SearchBand;
}

/** JSON that can sit inside a <script> element: `<` never appears as such, so no `</script>` can. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page's data as JSON text, a piece at a time (one sentence or bead per piece, so large pages stream). */
function* dataJson(alignment: Alignment, options: HtmlOptions): Generator<string> {
  const side = function* (document: Document): Generator<string> {
    const format = document.format === undefined ? '' : `"format":${scriptJson(document.format)},`;
    yield `{"name":${scriptJson(document.name)},"lang":${scriptJson(document.lang)},${format}"paragraphs":${scriptJson(paragraphStarts(document))},`;
    yield `"mismatched":${scriptJson(mismatchedSentences(document))},"sentences":[`;
    let first = true;
    for (const s of document.sentences) {
      yield `${first ? '' : ','}\n${scriptJson(s.text)}`;
      first = false;
    }
    yield ']}';
  };
  yield `{"version":${REVIEW_DATA_VERSION},"tool":${scriptJson({ name: TOOL_NAME, version: VERSION })},\n"source":`;
  yield* side(alignment.source);
  yield ',\n"target":';
  yield* side(alignment.target);
  yield ',\n"beads":[';
  let first = true;
  for (const b of alignment.beads) {
    yield `${first ? '' : ','}\n[${b.source.length},${b.target.length},${roundScore(b.score)},${b.confirmed ? 1 : 0}]`;
    first = false;
  }
  yield ']';
  if (options.band) yield `,\n"band":{"lo":[${Array.from(options.band.lo).join(',')}],"hi":[${Array.from(options.band.hi).join(',')}]}`;
  yield '}';
}

/**
 * The review page of an alignment. It must hold every sentence of both sides, in order (the page
 * edits and exports the whole alignment): no `--min-score` or `--no-unaligned` before it.
 * @throws Error when the beads do not cover both documents in order (a caller's bug)
 */
export function* writeHtml(alignment: Alignment, options: HtmlOptions = {}): Generator<string> {
  const { source, target } = alignment;
  if (!coversInOrder(alignment.beads, source.sentences.length, target.sentences.length)) {
    throw new Error('the review page needs every sentence of both sides in order (an alignment without filtered beads)');
  }
  const title = `bitext review: ${source.name} → ${target.name}`;
  yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n';
  yield `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n`;
  yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n';
  yield `<meta name="generator" content="${TOOL_NAME} ${VERSION}">\n`;
  yield `<title>${escapeXml(title)}</title>\n`;
  yield `<style>\n${REVIEW_STYLE}\n</style>\n</head>\n<body>\n${REVIEW_BODY}\n`;
  yield '<script type="application/json" id="bitext-data">';
  yield* dataJson(alignment, options);
  yield '</script>\n';
  yield `<script>\n${REVIEW_SCRIPT}\n</script>\n</body>\n</html>\n`;
}
