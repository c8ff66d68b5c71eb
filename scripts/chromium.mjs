/**
 * Headless Chromium for the review page's tests, bench and screenshot: the system's browser
 * (Debian's `chromium`, which .ci/run installs; never a downloaded one), driven by puppeteer-core,
 * with a fresh profile and everything that could reach the network switched off.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Where Chromium is looked for: $BITEXT_CHROMIUM, then the usual system paths. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath() {
  const path = [process.env.BITEXT_CHROMIUM, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!path) throw new Error('headless Chromium is needed (apt-get install -y chromium, or set BITEXT_CHROMIUM)');
  return path;
}

/**
 * Start Chromium. `close()` stops it and removes its profile.
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, close: () => Promise<void> }>}
 */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'bitext-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-default-apps',
      '--disable-extensions',
      '--metrics-recording-only',
      '--password-store=basic',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
