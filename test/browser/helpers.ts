/**
 * The review page in headless Chromium (scripts/chromium.mjs): open a page from disk, record every
 * request it makes (there must be none but the page itself), and catch what its exports download.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, CDPSession, Page } from 'puppeteer-core';

export { launchChromium } from '../../scripts/chromium.mjs';

export interface ReviewPage {
  readonly page: Page;
  /** Every URL the page asked for, the page itself included. */
  readonly requests: string[];
  /** Uncaught errors and console errors of the page. */
  readonly errors: string[];
  /** Click an export button and return the file it downloads: its name and text. */
  download(selector: string): Promise<{ name: string; text: string }>;
}

/** Open a page file in a new tab of `browser`, wait until it has drawn its rows. */
export async function openReviewPage(browser: Browser, file: string, viewport = { width: 1280, height: 900 }): Promise<ReviewPage> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const downloads = mkdtempSync(join(tmpdir(), 'bitext-downloads-'));
  const session: CDPSession = await page.createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  return {
    page,
    requests,
    errors,
    async download(selector) {
      const done = new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no download after clicking ${selector}`)), 10_000);
        const names = new Map<string, string>();
        session.on('Browser.downloadWillBegin', (e) => names.set(e.guid, e.suggestedFilename));
        session.on('Browser.downloadProgress', (e) => {
          if (e.state === 'completed') {
            clearTimeout(timer);
            resolve(names.get(e.guid) ?? '');
          } else if (e.state === 'canceled') reject(new Error('download canceled'));
        });
      });
      await page.click(selector);
      const name = await done;
      const path = join(downloads, name);
      if (!existsSync(path)) throw new Error(`downloaded ${name}, but ${downloads} holds ${readdirSync(downloads).join(', ')}`);
      return { name, text: readFileSync(path, 'utf8') };
    },
  };
}

/** What a row shows, as the tests read it. */
export interface RowView {
  readonly bead: number;
  readonly type: string;
  readonly level: number;
  readonly classes: string;
  readonly source: number[];
  readonly target: number[];
}

/** The rows in the DOM, in order. */
export function rows(page: Page): Promise<RowView[]> {
  // page.evaluate rather than $$eval, which makes a handle per element: slow on thousands of rows.
  return page.evaluate(() =>
    [...document.querySelectorAll('.row')].map((el) => {
      const e = el as HTMLElement;
      const ids = (cell: string) => [...e.querySelectorAll(`.${cell} .s`)].map((s) => Number((s as HTMLElement).dataset.i));
      return { bead: Number(e.dataset.bead), type: e.dataset.type!, level: Number(e.dataset.level), classes: e.className, source: ids('src'), target: ids('tgt') };
    }),
  );
}

/** How many elements match `selector`, and how many of them are displayed. */
export function count(page: Page, selector: string): Promise<{ all: number; shown: number }> {
  return page.evaluate((sel) => {
    const els = [...document.querySelectorAll(sel)];
    return { all: els.length, shown: els.filter((e) => getComputedStyle(e).display !== 'none').length };
  }, selector);
}

/** The selected bead's index, or −1. */
export function selected(page: Page): Promise<number> {
  return page.evaluate(() => Number((document.querySelector('.row.selected') as HTMLElement | null)?.dataset.bead ?? -1));
}
