/**
 * XLIFF 1.2 and 2.0, the exchange format of CAT tools: the `<source>` of each translation unit
 * (1.2 `trans-unit`, 2.0 `segment`) in order, one block each, and the `<target>`s as the
 * document's translation, block for block, when the file has any. Inline codes that stand for
 * the original's markup (`ph`, `bpt`, `ept`, `it`, `x`…) are dropped; the text they wrap is kept.
 */
import { InputError } from '../errors.js';
import { layOut } from './blocks.js';
import { decodeText } from './text.js';
import type { Block, ReadContext, ReadDocument, Reader } from './types.js';
import { parseXml } from './xml.js';

/** Inline elements whose content is native code, not text. */
const CODE_ELEMENTS = new Set(['ph', 'bpt', 'ept', 'it', 'sub']);

export const xliffReader: Reader = {
  format: 'xliff',
  extensions: ['xlf', 'xliff', 'sdlxliff', 'mxliff', 'mqxliff'],
  read(bytes: Uint8Array, context: ReadContext): ReadDocument {
    const { name } = context;
    const sources: Block[] = [];
    const targets: Block[] = [];
    let version = '';
    let srcLang = '';
    let trgLang = '';
    // The unit being read (1.2 trans-unit, 2.0 segment), and which of its parts.
    let unit: { source: string; target: string | undefined } | undefined;
    let part: 'source' | 'target' | undefined;
    let code = 0;
    let segSource = 0;
    parseXml(decodeText(bytes, context), name, 'XLIFF', {
      open(e) {
        switch (e.local) {
          case 'xliff':
            version = e.attr('', 'version') ?? '';
            srcLang = e.attr('', 'srcLang') ?? '';
            trgLang = e.attr('', 'trgLang') ?? '';
            return;
          case 'file':
            srcLang ||= e.attr('', 'source-language') ?? '';
            trgLang ||= e.attr('', 'target-language') ?? '';
            return;
          case 'trans-unit':
          case 'segment':
            unit = { source: '', target: undefined };
            return;
          case 'seg-source':
            segSource++;
            return;
          case 'source':
          case 'target':
            if (!unit || segSource) return;
            part = e.local;
            if (part === 'target') unit.target = '';
            return;
          default:
            if (part && CODE_ELEMENTS.has(e.local)) code++;
        }
      },
      close(e) {
        switch (e.local) {
          case 'trans-unit':
          case 'segment':
            if (unit && /\S/u.test(unit.source)) {
              sources.push({ kind: 'paragraph', text: tidy(unit.source) });
              targets.push({ kind: 'paragraph', text: tidy(unit.target ?? '') });
            }
            unit = undefined;
            return;
          case 'seg-source':
            segSource--;
            return;
          case 'source':
          case 'target':
            if (!segSource) part = undefined;
            return;
          default:
            if (part && CODE_ELEMENTS.has(e.local)) code--;
        }
      },
      text(t) {
        if (!unit || !part || code) return;
        if (part === 'source') unit.source += t;
        else unit.target += t;
      },
    });
    if (!version) throw new InputError(name, 'not an XLIFF file (no <xliff> root)', { code: 'invalid-document' });
    if (!sources.length) throw new InputError(name, 'no translation units with source text in this XLIFF file', { code: 'empty-input' });
    const source = layOut('xliff', sources, lang(srcLang));
    if (!targets.some((t) => t.text !== '')) return source;
    return { ...source, translation: layOut('xliff', targets, lang(trgLang)) };
  },
};

function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function lang(code: string): string | undefined {
  return code ? code.toLowerCase().split(/[-_]/u)[0] : undefined;
}
