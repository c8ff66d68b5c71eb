import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CLI tests spawn the built binary; give slow CI machines room without hiding hangs.
    testTimeout: 60_000,
    // Two projects, both run by `npm test`: the unit suite alone is `npx vitest run --project unit`.
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/browser/**'] } },
      // The review page in headless Chromium (test/browser): one browser per file.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'] } },
    ],
  },
});
