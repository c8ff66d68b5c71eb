/** HTML text helpers for the page's views. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** A search query as it is matched: case folded; '' matches nothing. */
export function foldQuery(query: string): string {
  return query.trim().toLowerCase();
}

/**
 * `text` escaped, with each occurrence of the folded `query` wrapped in <mark>. Highlights only
 * when lower-casing keeps the text's length, so that offsets still line up (they nearly always do).
 */
export function highlight(text: string, query: string): string {
  if (!query) return escapeHtml(text);
  const folded = text.toLowerCase();
  if (folded.length !== text.length) return escapeHtml(text);
  let out = '';
  let at = 0;
  for (let i = folded.indexOf(query); i >= 0; i = folded.indexOf(query, at)) {
    out += `${escapeHtml(text.slice(at, i))}<mark>${escapeHtml(text.slice(i, i + query.length))}</mark>`;
    at = i + query.length;
  }
  return out + escapeHtml(text.slice(at));
}
