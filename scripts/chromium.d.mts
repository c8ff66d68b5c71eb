import type { Browser } from 'puppeteer-core';
/** The Chromium executable used ($BITEXT_CHROMIUM, or the system's). */
export function chromiumPath(): string;
/** Start headless Chromium with a fresh profile; `close()` stops it and removes the profile. */
export function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }>;
