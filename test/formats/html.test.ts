import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatBead, writeHtml, writeTmx } from '../../src/formats/index.js';
import { type ReviewData, reviewDocuments } from '../../src/review/index.js';
import { alignment, bead, collect, doc, sampleAlignment } from '../helpers/documents.js';

/** The data a page carries, read back as the page reads it. */
function pageData(html: string): ReviewData {
  const m = /<script type="application\/json" id="bitext-data">([\s\S]*?)<\/script>/u.exec(html);
  return JSON.parse(m![1]!) as ReviewData;
}

describe('writeHtml (the review page)', () => {
  const sample = sampleAlignment();
  // Read from HTML: the TMX header names the format, so the page must carry it too.
  const a = { ...sample, source: { ...sample.source, format: 'html' as const } };
  const html = collect(writeHtml(a, { band: { lo: [0, 0, 1, 1, 2], hi: [1, 2, 2, 3, 3] } }));

  it('is one self-contained file that may not fetch anything', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data: blob:">`);
    // No external resource of any kind: no src= or href= to anything, no @import, no url().
    expect(html).not.toMatch(/\s(src|href)=["'](?!#)/u);
    expect(html).not.toMatch(/@import|url\(/u);
    expect(html.match(/<script\b/gu)).toHaveLength(2);
  });

  it('carries the whole alignment, which reads back as the same documents and beads', () => {
    const data = pageData(html);
    const back = reviewDocuments(data);
    expect(back.beads.map(formatBead)).toEqual(a.beads.map(formatBead));
    expect(back.source.sentences.map((s) => s.text)).toEqual(a.source.sentences.map((s) => s.text));
    expect(back.target.sentences.map((s) => s.lang)).toEqual(a.target.sentences.map((s) => s.lang));
    expect(data.band).toEqual({ lo: [0, 0, 1, 1, 2], hi: [1, 2, 2, 3, 3] });
    // The page's TMX export runs the same writer on what it read back: same bytes.
    expect(collect(writeTmx({ ...back, beads: back.beads }))).toBe(collect(writeTmx(a)));
  });

  it('keeps a sentence holding markup or </script> inside the data', () => {
    const tricky = alignment(doc('a</script>.en', 'en', ['Use </script><b>bold</b> & <!-- this -->.']), doc('b.fr', 'fr', ['Rien.']), [bead([0], [0])]);
    const out = collect(writeHtml(tricky));
    expect(out.match(/<\/script>/gu)).toHaveLength(2);
    expect(out).toContain('<title>bitext review: a&lt;/script&gt;.en → b.fr</title>');
    expect(reviewDocuments(pageData(out)).source.sentences[0]!.text).toBe('Use </script><b>bold</b> & <!-- this -->.');
  });

  it('refuses an alignment with beads left out (the page edits the whole of it)', () => {
    const partial = { ...a, beads: a.beads.slice(1) };
    expect(() => collect(writeHtml(partial))).toThrow(/every sentence of both sides in order/);
  });

  it('holds the page compiled from review-page/ exactly as its sources make it (npm run generate)', async () => {
    const { reviewPageModule } = await import('../../scripts/generate-review-page.mjs');
    const committed = readFileSync(new URL('../../src/formats/review-assets.ts', import.meta.url), 'utf8');
    // A boolean, so that a stale module does not print the whole minified script as a diff.
    expect(committed === (await reviewPageModule()), 'src/formats/review-assets.ts is out of date: run npm run generate').toBe(true);
  });
});
