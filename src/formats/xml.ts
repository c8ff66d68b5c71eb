/** XML text helpers for the TMX writer. */

/**
 * Characters XML 1.0 forbids (§2.2): C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
 * XML libraries write them silently and CAT tools then reject the whole file, so they are removed.
 */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Remove the characters XML 1.0 cannot carry. */
export function removeXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return removeXmlIllegal(text).replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
}
