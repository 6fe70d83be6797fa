import { defineConfig } from 'vitest/config';

// The browser suite: real Chromium (playwright-core) against the real built, indexed site.
// One file at a time: the machines have two cores and each file drives its own browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.spec.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A page on a busy two-core machine can take seconds to hydrate; a poll waits for it.
    expect: { poll: { timeout: 10_000 } },
  },
});
