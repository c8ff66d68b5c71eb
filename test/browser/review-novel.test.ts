/**
 * The review page of a novel of ../shared/eval (Jane Eyre, TransRead): hundreds of rows, search,
 * the filter, navigation, the plot, an edit and the exports on real text; and pages of 5,000 beads
 * (every bead a DOM row) and 12,000 beads (rows drawn as they are scrolled to).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { level } from '../../review-page/levels.js';
import { writeHtml } from '../../src/formats/index.js';
import { tempDir } from '../helpers/cli.js';
import { alignment, collect, doc } from '../helpers/documents.js';
import { count, launchChromium, openReviewPage, type ReviewPage, rows, selected } from './helpers.js';
import { runBitext } from '../helpers/run.js';
import { SHARED } from '../helpers/shared.js';
import { validateTmx } from '../helpers/xmllint.js';

const NOVEL = join(SHARED, 'eval', 'transread_en-fr', 'JaneEyre');
const ALIGN = ['align', '--input', 'sentences', `${NOVEL}.en`, `${NOVEL}.fr`];
let dir: string;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let review: ReviewPage;
let page: Page;
let beads: { source: number[]; target: number[]; score: number }[];

beforeAll(async () => {
  dir = tempDir();
  expect((await runBitext([...ALIGN, '-o', join(dir, 'novel.html')])).status).toBe(0);
  beads = (await runBitext([...ALIGN, '-f', 'jsonl'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
  chromium = await launchChromium();
  browser = chromium.browser;
  review = await openReviewPage(browser, join(dir, 'novel.html'));
  page = review.page;
}, 90_000);

afterAll(async () => {
  await chromium?.close();
});

describe('the review page of a novel', () => {
  it('draws every bead as a row, coloured by its confidence', async () => {
    const got = await rows(page);
    expect(got).toHaveLength(beads.length);
    expect(got.map((r) => `[${r.source}]:[${r.target}]`)).toEqual(beads.map((b) => `[${b.source}]:[${b.target}]`));
    expect(got.map((r) => r.level)).toEqual(beads.map((b) => level(b.score)));
    const tints = await page.evaluate(() => new Set([...document.querySelectorAll('.row')].map((e) => getComputedStyle(e).backgroundColor)).size);
    expect(tints).toBeGreaterThan(2);
    expect(review.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(review.errors).toEqual([]);
  });

  it('shows only the beads below the threshold when asked', async () => {
    await page.$eval('#threshold', (e) => {
      (e as HTMLInputElement).value = '0.7';
      e.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.click('#only-doubtful');
    const { shown } = await count(page, '.row');
    const doubtful = beads.filter((b) => b.score < 0.7).length;
    expect(doubtful).toBeGreaterThan(0);
    expect(shown).toBe(doubtful);
    await page.click('#only-doubtful');
  });

  it('walks the doubtful beads in order with the next key', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const expected = beads.flatMap((b, k) => (b.score < 0.7 ? [k] : [])).slice(0, 3);
    const got: number[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('j');
      got.push(await selected(page));
    }
    expect(got).toEqual(expected);
  });

  it('searches either side and goes to the matches', async () => {
    const sentences = async (file: string) => (await runBitext(['split', '--input', 'sentences', file])).stdout.split('\n').filter(Boolean);
    const en = await sentences(`${NOVEL}.en`);
    const fr = await sentences(`${NOVEL}.fr`);
    const has = (texts: string[], ids: number[]) => ids.some((i) => texts[i]!.toLowerCase().includes('bessie'));
    const matching = beads.filter((b) => has(en, b.source) || has(fr, b.target)).length;
    expect(matching).toBeGreaterThan(1);
    await page.click('#search');
    await page.keyboard.type('Bessie');
    // Typed slowly (a loaded machine), a prefix may be counted first: wait for the whole word's count.
    await page.waitForFunction((want) => document.getElementById('search-count')!.textContent === want, { timeout: 10_000 }, `${matching} beads`).catch(() => undefined);
    const count = await page.$eval('#search-count', (e) => e.textContent);
    expect(count).toBe(`${matching} beads`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.$eval('.row.selected', (e) => e.classList.remove('selected'));
    await page.keyboard.press('Enter');
    const k = await selected(page);
    expect(await page.$eval(`[data-bead="${k}"]`, (e) => e.querySelector('mark')?.textContent)).toBe('Bessie');
    await page.$eval('#search', (e) => ((e as HTMLInputElement).value = ''));
  });

  it('scrolls to the bead under a click on the path plot', async () => {
    const box = (await (await page.$('#plot'))!.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.2);
    const k = await selected(page);
    // 80% of the way along the source side: the bead there is 4/5 into the document.
    const source = beads[k]!.source[0] ?? beads[k - 1]!.source.at(-1)!;
    const n = beads.reduce((a, b) => a + b.source.length, 0);
    expect(Math.abs(source / n - 0.8)).toBeLessThan(0.05);
    const inView = await page.$eval(`[data-bead="${k}"]`, (e) => e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().bottom <= window.innerHeight);
    expect(inView).toBe(true);
  });

  it('exports valid TMX after an edit, and corrections that align --anchors keeps', async () => {
    const k = await selected(page);
    await page.keyboard.press('m');
    await page.keyboard.press('c');
    const tmx = await review.download('#export-tmx');
    const verdict = validateTmx(tmx.text);
    expect(verdict.messages).toBe('');
    expect(verdict.status).toBe(0);
    const corrections = await review.download('#export-anchors');
    const anchors = JSON.parse(corrections.text).anchors as { source: number[]; target: number[] }[];
    expect(anchors).toHaveLength(1);
    const merged = { source: [...beads[k]!.source, ...beads[k + 1]!.source], target: [...beads[k]!.target, ...beads[k + 1]!.target] };
    expect(anchors[0]).toMatchObject(merged);
    writeFileSync(join(dir, 'novel.anchors.json'), corrections.text);
    const out = await runBitext([...ALIGN, '--anchors', join(dir, 'novel.anchors.json'), '-f', 'beads']);
    expect(out.stdout).toContain(`[${merged.source}]:[${merged.target}]:1.0000\n`);
  });
});

describe('untranslated sentences', () => {
  it('are marked in their row with the language they are in', async () => {
    const story = join(SHARED, 'eval', 'alibi_en-fr', 'TheVision');
    const r = await runBitext(['align', '--input', 'sentences', `${story}.en`, `${story}.fr`, '-o', join(dir, 'vision.html')]);
    expect(r.stderr).toMatch(/1 sentence not in French/u);
    const vision = await openReviewPage(browser, join(dir, 'vision.html'));
    const marked = await vision.page.evaluate(() =>
      [...document.querySelectorAll('.s.mismatch')].map((e) => ({ side: e.parentElement!.classList.contains('tgt') ? 'target' : 'source', lang: e.querySelector('.lang')?.textContent })),
    );
    expect(marked).toEqual([{ side: 'target', lang: 'en' }]);
    await vision.page.close();
  });
});

describe('large pages', () => {
  /** An alignment of n 1-1 beads with varied scores, as a page file. */
  function bigPage(n: number, name: string): string {
    const words = ['the', 'river', 'ran', 'past', 'a', 'mill', 'and', 'on', 'to', 'sea'];
    const text = (k: number, lang: string) => `${lang} ${k}: ${Array.from({ length: 8 + (k % 13) }, (_, i) => words[(k * 7 + i) % words.length]).join(' ')}.`;
    const src = Array.from({ length: n }, (_, k) => text(k, 'Source'));
    const tgt = Array.from({ length: n }, (_, k) => text(k, 'Cible'));
    const beadsOf = Array.from({ length: n }, (_, k) => ({ source: [k], target: [k], score: ((k * 7919) % 1000) / 1000 }));
    const path = join(dir, name);
    writeFileSync(path, collect(writeHtml(alignment(doc('big.en', 'en', src), doc('big.fr', 'fr', tgt, {}), beadsOf))));
    return path;
  }

  it('has all 5,000 beads of a 5,000-bead page as DOM rows', async () => {
    const big = await openReviewPage(browser, bigPage(5000, 'big5k.html'));
    expect((await count(big.page, '.row')).all).toBe(5000);
    expect(await big.page.$eval('#notice', (e) => (e as HTMLElement).hidden)).toBe(true);
    await big.page.close();
  });

  it('draws a 12,000-bead page as it is scrolled, says so, and still reaches every bead', async () => {
    const big = await openReviewPage(browser, bigPage(12_000, 'big12k.html'));
    const p = big.page;
    expect(await p.$eval('#notice', (e) => e.textContent)).toContain('12,000 beads: rows are drawn as you scroll');
    const drawn = (await count(p, '.row')).all;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(2000);
    // The plot reaches the end of the document; the row is drawn on the way.
    const box = (await (await p.$('#plot'))!.boundingBox())!;
    await p.mouse.click(box.x + box.width * 0.97, box.y + box.height * 0.03);
    const k = await selected(p);
    expect(k).toBeGreaterThan(11_400);
    expect(k).toBeLessThan(11_999);
    expect(await p.$eval(`[data-bead="${k}"] .idx`, (e) => e.textContent)).toBe(`#${k}`);
    // An edit far down renumbers what follows.
    await p.keyboard.press('m');
    expect(await p.$eval('#summary', (e) => e.textContent)).toMatch(/^11,999 beads/u);
    // The rows after the merged bead moved up by one (the next row is now bead k + 1, formerly k + 2).
    expect(await p.$eval(`[data-bead="${k + 1}"] .s`, (e) => (e as HTMLElement).dataset.i)).toBe(String(k + 2));
    expect(big.errors).toEqual([]);
    await p.close();
  });
});
