import { defineConfig } from 'vitest/config';

// End-to-end: the real browser build (csm serve) driven by playwright-core in Debian's Chromium.
// One file at a time: the machine has two cores and each file runs a server and a browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
