/**
 * The review page of the founding example in headless Chromium: rows and colours, the filter, the
 * next-doubtful key, the path plot, every edit and its undo, the three exports, and the
 * corrections fed back through `align --anchors` (the round trip keeps every confirmed bead).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { level } from '../../review-page/levels.js';
import { SEED, tempDir } from '../helpers/cli.js';
import { count, launchChromium, openReviewPage, type ReviewPage, rows, selected } from './helpers.js';
import { runBitext } from '../helpers/run.js';
import { validateTmx } from '../helpers/xmllint.js';

const INPUT = `${SEED}.txt`;
/** The one note aligning the one-file example prints: how it was read. */
const LAYOUT_NOTE = 'bitext: layout: block, cut after line 19 (separator)\n';
let dir: string;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let review: ReviewPage;
let page: Page;
/** The command line's beads for the same input: `[0]:[]:1.0000` lines. */
let cliBeads: string[];

const key = (k: string) => page.keyboard.press(k as Parameters<Page['keyboard']['press']>[0]);

beforeAll(async () => {
  dir = tempDir();
  const html = await runBitext(['align', INPUT, '-o', join(dir, 'review.html')]);
  expect(html.stderr).toBe(LAYOUT_NOTE);
  cliBeads = (await runBitext(['align', INPUT, '-f', 'beads'])).stdout.trim().split('\n');
  chromium = await launchChromium();
  browser = chromium.browser;
  review = await openReviewPage(browser, join(dir, 'review.html'));
  page = review.page;
}, 60_000);

afterAll(async () => {
  await chromium?.close();
});

describe('the review page of the founding example', () => {
  it('has one row per bead, 1-0 beads included, with the type and the confidence level', async () => {
    const got = await rows(page);
    expect(got.map((r) => r.bead)).toEqual(cliBeads.map((_, k) => k));
    expect(got.map((r) => `[${r.source}]:[${r.target}]`)).toEqual(cliBeads.map((l) => l.replace(/:[\d.]+$/u, '')));
    const scores = cliBeads.map((l) => Number(l.split(':')[2]));
    expect(got.map((r) => r.level)).toEqual(scores.map(level));
    expect(got.slice(0, 4).map((r) => r.type)).toEqual(['1-0', '1-0', '1-0', '1-0']);
    expect(await page.$eval('[data-bead="9"] .score', (e) => e.textContent)).toBe(cliBeads[9]!.split(':')[2]);
    expect(await page.$$eval('#types li', (els) => els.map((e) => e.textContent))).toEqual(['1-1 7', '1-0 4', '1-2 1']);
  });

  it('colours rows by confidence (Okabe-Ito tints) and marks paragraph breaks', async () => {
    const style = (bead: number) =>
      page.$eval(`[data-bead="${bead}"]`, (e) => {
        const s = getComputedStyle(e);
        return { background: s.backgroundColor, border: s.borderLeftColor };
      });
    // Bead 3 (0.7205): yellow; bead 5 (1.0000): blue strip on white.
    expect(await style(3)).toEqual({ background: 'rgb(251, 248, 213)', border: 'rgb(240, 228, 66)' });
    expect(await style(5)).toEqual({ background: 'rgb(255, 255, 255)', border: 'rgb(0, 114, 178)' });
    // The rows whose first source sentence starts a paragraph, as `bitext split` shows the paragraphs.
    const split = (await runBitext(['split', '--side', 'source', INPUT])).stdout.split('\n\n').map((p) => p.split('\n').filter(Boolean).length);
    const starts = split.slice(0, -1).map((_, k) => split.slice(0, k + 1).reduce((a, b) => a + b, 0));
    const rowsStarting = cliBeads.flatMap((l, k) => (starts.includes(Number(/^\[(\d+)/u.exec(l)?.[1])) ? [k] : []));
    expect(rowsStarting.length).toBeGreaterThan(5);
    expect(await page.$$eval('.cell.src.pstart', (els) => els.map((e) => Number((e.parentElement as HTMLElement).dataset.bead)))).toEqual(rowsStarting);
  });

  it('made no request but for the page itself', () => {
    expect(review.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(new Set(review.requests).size).toBe(1);
    expect(review.errors).toEqual([]);
  });

  it('filters on "confidence below" and counts the doubtful beads', async () => {
    await page.$eval('#threshold', (e) => {
      (e as HTMLInputElement).value = '0.8';
      e.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await page.$eval('#doubtful-count', (e) => e.textContent)).toBe('2 doubtful');
    await page.click('#only-doubtful');
    const shown = (await rows(page)).filter((r) => !r.classes.includes('filtered')).map((r) => r.bead);
    expect(shown).toEqual([3, 4]);
    expect((await count(page, '.row')).shown).toBe(2);
    await page.click('#only-doubtful');
    await page.$eval('#threshold', (e) => {
      (e as HTMLInputElement).value = '0.9';
      e.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await page.$eval('#doubtful-count', (e) => e.textContent)).toBe('3 doubtful');
  });

  it('goes to the next and previous doubtful bead with j/n and k/p', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await key('j');
    expect(await selected(page)).toBe(2);
    await key('n');
    expect(await selected(page)).toBe(3);
    await key('j');
    expect(await selected(page)).toBe(4);
    await key('j');
    expect(await selected(page)).toBe(4);
    expect(await page.$eval('#doubtful-count', (e) => e.textContent)).toBe('no doubtful bead after this one');
    await key('k');
    expect(await selected(page)).toBe(3);
    await key('p');
    expect(await selected(page)).toBe(2);
  });

  it('scrolls to the bead whose point of the path plot is clicked', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = (await (await page.$('#plot'))!.boundingBox())!;
    // Bead 9 is [9]:[5,6]: its segment runs from (9, 5) to (10, 7) of 12 × 9 sentences.
    const scale = box.width / 276;
    const x = box.x + (6 + (9.5 / 12) * 264) * scale;
    const y = box.y + (270 - (6 / 9) * 264) * scale;
    await page.mouse.click(x, y);
    expect(await selected(page)).toBe(9);
    const inView = await page.$eval('[data-bead="9"]', (e) => {
      const r = e.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  it('merges, splits, moves a sentence, undoes and redoes, marking what was edited', async () => {
    const ladder = async () => (await rows(page)).map((r) => `[${r.source}]:[${r.target}]`);
    const initial = await ladder();
    await page.click('[data-bead="4"] .meta');
    await key('m');
    expect((await ladder()).slice(3, 6)).toEqual(['[3]:[]', '[4,5]:[0,1]', '[6]:[2]']);
    expect((await rows(page)).map((r) => r.bead)).toEqual([...Array(11).keys()]);
    expect(await page.$eval('[data-bead="4"]', (e) => e.className)).toContain('edited');
    await page.click('#undo');
    expect(await ladder()).toEqual(initial);

    // Split [9]:[5,6] into [9]:[5] and []:[6]: cut the source after its sentence, the target after its first.
    await page.click('[data-bead="9"] .meta');
    await page.click('[data-bead="9"] [data-action="split"]');
    await page.click('[data-bead="9"] .cut[data-side="source"][data-at="1"]');
    await page.click('[data-bead="9"] .cut[data-side="target"][data-at="1"]');
    await page.click('[data-bead="9"] [data-action="apply-split"]');
    expect((await ladder()).slice(9, 12)).toEqual(['[9]:[5]', '[]:[6]', '[10]:[7]']);

    // Move target sentence 6 (now alone in bead 10) back to bead 9: bead 10 disappears.
    await page.click('[data-bead="10"] .meta');
    await page.click('[data-bead="10"] [data-action="move"][data-side="target"][data-direction="previous"]');
    expect((await ladder()).slice(9, 11)).toEqual(['[9]:[5,6]', '[10]:[7]']);
    // And the last source sentence of bead 4 to bead 5.
    await page.click('[data-bead="4"] .meta');
    await page.click('[data-bead="4"] [data-action="move"][data-side="source"][data-direction="next"]');
    expect((await ladder()).slice(4, 6)).toEqual(['[]:[0]', '[4,5]:[1]']);

    await key('z');
    await key('z');
    await page.keyboard.down('Control');
    await key('z');
    await page.keyboard.up('Control');
    expect(await ladder()).toEqual(initial);
    expect(await page.$$eval('.row.edited', (els) => els.length)).toBe(0);
    await key('Z');
    expect((await ladder()).slice(9, 12)).toEqual(['[9]:[5]', '[]:[6]', '[10]:[7]']);
    await page.click('#undo');
    expect(await ladder()).toEqual(initial);
  });

  it('exports TMX and TSV as the command line writes them, and valid TMX after edits', async () => {
    const tmx = await review.download('#export-tmx');
    expect(tmx.name).toBe('un-sg-trafficking-2020.tmx');
    expect(tmx.text).toBe((await runBitext(['align', INPUT, '-f', 'tmx'])).stdout);
    const tsv = await review.download('#export-tsv');
    expect(tsv.name).toBe('un-sg-trafficking-2020.tsv');
    expect(tsv.text).toBe((await runBitext(['align', INPUT, '-f', 'tsv'])).stdout);

    await page.click('[data-bead="6"] .meta');
    await key('c');
    await page.click('[data-bead="7"] .meta');
    await key('m');
    await page.click('#tmx-unaligned');
    const edited = await review.download('#export-tmx');
    const verdict = validateTmx(edited.text);
    expect(verdict.messages).toBe('');
    expect(verdict.status).toBe(0);
    expect(edited.text.match(/<tu /gu)).toHaveLength(11);
    expect(edited.text.match(/x-bitext-confirmed/gu)).toHaveLength(2);
    await page.click('#tmx-unaligned');
  });

  it('exports the corrections, which align --anchors keeps through a second round', async () => {
    // State from the test before: bead 6 confirmed, beads 7 and 8 merged. Confirm bead 2 too.
    await page.click('[data-bead="2"] .meta');
    await key('c');
    const reviewed = (await rows(page)).filter((r) => /edited|confirmed/u.test(r.classes)).map((r) => `[${r.source}]:[${r.target}]`);
    expect(reviewed).toEqual(['[2]:[]', '[6]:[2]', '[7,8]:[3,4]']);
    const corrections = await review.download('#export-anchors');
    expect(corrections.name).toBe('un-sg-trafficking-2020.anchors.json');
    const file = JSON.parse(corrections.text);
    expect(file).toMatchObject({ format: 'bitext-anchors', version: 1, source: { lang: 'en', sentences: 12 }, target: { lang: 'fr', sentences: 9 } });
    expect(file.source.fingerprint).toMatch(/^fnv1a64:[0-9a-f]{16}$/u);
    expect(file.anchors).toEqual([
      { source: [2], target: [], status: 'confirmed' },
      { source: [6], target: [2], status: 'confirmed' },
      { source: [7, 8], target: [3, 4], status: 'edited' },
    ]);
    writeFileSync(join(dir, 'fix.anchors.json'), corrections.text);

    // Round 2: realign with the corrections, review again; the same beads come back confirmed, in place.
    const again = await runBitext(['align', INPUT, '--anchors', join(dir, 'fix.anchors.json'), '-o', join(dir, 'review2.html')]);
    expect(again.stderr).toBe(LAYOUT_NOTE);
    const second = await openReviewPage(browser, join(dir, 'review2.html'));
    const confirmed = (await rows(second.page)).filter((r) => r.classes.includes('confirmed'));
    expect(confirmed.map((r) => `${r.bead} [${r.source}]:[${r.target}]`)).toEqual(['2 [2]:[]', '6 [6]:[2]', '7 [7,8]:[3,4]']);
    expect(await second.page.$eval('[data-bead="7"] .score', (e) => e.textContent)).toBe('1.0000');
    const round2 = JSON.parse((await second.download('#export-anchors')).text);
    expect(round2.anchors.map((a: { source: number[]; target: number[] }) => [a.source, a.target])).toEqual(
      file.anchors.map((a: { source: number[]; target: number[] }) => [a.source, a.target]),
    );
    expect(round2.source.fingerprint).toBe(file.source.fingerprint);
    await second.page.close();
    const beads = (await runBitext(['align', INPUT, '--anchors', join(dir, 'fix.anchors.json'), '-f', 'beads'])).stdout;
    expect(beads).toContain('[2]:[]:1.0000\n');
    expect(beads).toContain('[6]:[2]:1.0000\n[7,8]:[3,4]:1.0000\n');
    expect(readFileSync(join(dir, 'review2.html'), 'utf8')).toContain('"beads":[');
  });
});
