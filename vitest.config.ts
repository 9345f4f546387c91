import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Two projects: pure code (domain, mocks) runs in Node; views run in happy-dom with Testing Library.
 * Both share the MSW handler set through tests/setup.*.ts.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          testTimeout: 30_000,
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx', 'tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/setup.dom.ts'],
          testTimeout: 20000,
        },
      },
    ],
  },
});
