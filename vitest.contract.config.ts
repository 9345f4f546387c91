import { defineConfig } from 'vitest/config';

/**
 * The API contract suite (tests/contract): plain HTTP against the in-process mock, or against any
 * running server given `API_BASE_URL` (e.g. `API_BASE_URL=http://127.0.0.1:8787` with
 * `npm run mock:server`). Files run one after the other in one worker (each resets the data
 * through /api/_mock/reset): one server's data is shared, and the mock loads once (about 3 s in all).
 */
export default defineConfig({
  test: {
    name: 'contract',
    environment: 'node',
    include: ['tests/contract/**/*.test.ts'],
    setupFiles: ['tests/contract/setup.ts'],
    fileParallelism: false,
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
