import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in a real Chromium (Debian's /usr/bin/chromium through playwright-core).
 * The global setup builds the app in mock mode and serves it on 127.0.0.1.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
