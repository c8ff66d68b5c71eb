#!/usr/bin/env node
/**
 * The README's picture of the review page: the founding example aligned by the built CLI, opened
 * in headless Chromium, the second doubtful bead selected with the `j` key, and a screenshot saved
 * as docs/review-page.png. usage: npm run build && node scripts/screenshot-review.mjs [out.png]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? join(ROOT, 'docs', 'review-page.png');
const dir = mkdtempSync(join(tmpdir(), 'bitext-screenshot-'));
const page = join(dir, 'review.html');
// Relative to the checkout, so that the page names the input as a user would see it.
const r = spawnSync(process.execPath, ['bin/bitext.js', 'align', 'fixtures/un-sg-trafficking-2020.txt', '-o', page], { cwd: ROOT, encoding: 'utf8' });
if (r.status !== 0) throw new Error(r.stderr);

const { browser, close } = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 720, deviceScaleFactor: 1 });
  await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
  await tab.waitForSelector('body[data-ready]');
  await tab.keyboard.press('j');
  await tab.keyboard.press('j');
  await tab.evaluate(() => window.scrollTo(0, 0));
  await tab.screenshot({ path: out });
  console.log(`${out}: ${statSync(out).size} bytes`);
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
