/**
 * HTML and XHTML (htmlparser2): block elements are blocks (`p`, `h1`-`h6`, `li`, `td`, `th`,
 * `blockquote`, `pre`, a `div` with text of its own…), `br` a line break, entities decoded;
 * `script`, `style`, `template`, `nav` and the `head` skipped; `lang` attributes kept on each block
 * as hints. The charset is the BOM's, else `--encoding`'s, else the one a `<meta>` declares, else UTF-8.
 */
import { Parser } from 'htmlparser2';
import { InputError } from '../errors.js';
import { isKnownEncoding } from '../input/decode.js';
import type { BlockKind, Lang } from '../types.js';
import { BlockBuilder, layOut } from './blocks.js';
import { decodeText } from './text.js';
import type { Block, ReadContext, ReadDocument, Reader } from './types.js';

/** Elements whose content is never text to align: code, styling, navigation, metadata, embedded objects, form controls. */
const SKIPPED = new Set(['script', 'style', 'template', 'nav', 'head', 'noscript', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'button']);

/** Block elements by the kind of block they make; any other block element makes paragraphs of the text directly inside it. */
const KINDS: Readonly<Record<string, BlockKind>> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  td: 'table-cell',
  th: 'table-cell',
  caption: 'caption',
  figcaption: 'caption',
  pre: 'code',
};

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figure', 'footer',
  'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'main', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul', ...Object.keys(KINDS),
]);

/**
 * Elements open at once past which a document is refused: Blink's parser nests at most 512 deep
 * (kMaximumHTMLParserDOMTreeDepth), and htmlparser2 shifts its whole stack at every element, so
 * depth costs time on each one (300 000 elements: 0.15 s at this depth, 0.11 s at depth 1, while
 * 200 000 nested `div`s took 32 s).
 */
export const MAX_HTML_DEPTH = 4096;

/** Bytes a `<meta charset>` must appear within (the HTML standard's prescan looks at the first 1024). */
const CHARSET_PRESCAN = 1024;

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['html', 'htm', 'xhtml', 'xht'],
  read(bytes: Uint8Array, context: ReadContext): ReadDocument {
    const encoding = context.encoding ?? declaredCharset(bytes, context.name);
    const text = decodeText(bytes, { name: context.name, ...(encoding !== undefined && { encoding }) });
    const { blocks, lang } = htmlBlocks(text, { name: context.name });
    return layOut('html', blocks, lang);
  },
};

/**
 * The blocks of an HTML text, and the language its root element declares.
 * @param options `name` (and `label`, the part of it this text is): for messages; `footnote`:
 *   elements whose content is a footnote (EPUB's `epub:type="footnote"`)
 * @throws InputError when elements nest deeper than MAX_HTML_DEPTH
 */
export function htmlBlocks(
  html: string,
  options: { name: string; label?: string; footnote?: (attributes: Record<string, string>) => boolean },
): { blocks: Block[]; lang?: Lang } {
  const builder = new BlockBuilder();
  // One frame per open element: whether it started a skipped stretch, whether it opened a block, its language.
  const frames: { skips: boolean; block: boolean; lang: Lang | undefined }[] = [];
  let skipped = 0;
  let rootLang: Lang | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (frames.length >= MAX_HTML_DEPTH) {
          const where = options.label === undefined ? '' : `${options.label}: `;
          throw new InputError(options.name, `${where}elements nested over ${MAX_HTML_DEPTH} deep (unclosed tags?); refused`, { code: 'unsafe-document' });
        }
        const declared = attributes.lang ?? attributes['xml:lang'];
        const lang = declared ? normaliseLang(declared) : frames[frames.length - 1]?.lang;
        if (name === 'html' && declared) rootLang = lang;
        const skips = SKIPPED.has(name) || attributes.hidden !== undefined;
        const footnote = !skips && options.footnote?.(attributes) === true;
        const block = !skips && !skipped && (footnote || BLOCK_ELEMENTS.has(name));
        frames.push({ skips, block, lang });
        if (skips) skipped++;
        if (skipped) return;
        if (name === 'br') builder.lineBreak();
        else if (block) builder.open(footnote ? 'footnote' : (KINDS[name] ?? 'paragraph'), { lang });
      },
      onclosetag() {
        const frame = frames.pop();
        if (!frame) return;
        if (frame.skips) skipped--;
        else if (frame.block) builder.close();
      },
      ontext(text) {
        if (!skipped) builder.text(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return { blocks: builder.finish(), ...(rootLang && { lang: rootLang }) };
}

/** `en-GB` → `en`; the language subtag is what detection knows. */
function normaliseLang(lang: string): Lang {
  return lang.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
}

/** The charset a BOM-less HTML file declares in its first bytes (`<meta charset>`, `http-equiv`, or an XML declaration). */
export function declaredCharset(bytes: Uint8Array, name: string): string | undefined {
  if ((bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_PRESCAN));
  const found =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/iu.exec(head)?.[1] ?? /^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/u.exec(head)?.[1];
  if (!found) return undefined;
  if (!isKnownEncoding(found)) throw new InputError(name, `declares charset '${found}', which is not an encoding bitext knows`, { code: 'undecodable' });
  return found.toLowerCase();
}
