import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The mock service worker's file in public/, copied into every build unless removed. */
export const MOCK_WORKER_FILE = 'mockServiceWorker.js';

/**
 * Build only: removes public/mockServiceWorker.js from the output of a build for a real API
 * (`VITE_API_URL` set), which must ship no mock code.
 */
export function dropMockWorker(enabled: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'claims:drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      if (enabled) await rm(join(outDir, MOCK_WORKER_FILE), { force: true });
    },
  };
}

/**
 * Vite configuration for the claims back-office. The dev server binds 127.0.0.1.
 *
 * - No `VITE_API_URL`: mock mode; the REST backend runs in the browser's service worker (src/main.tsx).
 * - `VITE_API_PROXY=http://127.0.0.1:8787` (with `npm run mock:server`): the dev server (and
 *   `vite preview`) proxy `/api` there and the app starts no service worker.
 * - `VITE_API_URL=https://…` at build time: a real API; the build carries no MSW code and no worker file.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiProxy = env.VITE_API_PROXY;
  return {
    plugins: [react(), dropMockWorker(Boolean(env.VITE_API_URL))],
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: false,
      proxy: apiProxy ? { '/api': { target: apiProxy, changeOrigin: true } } : undefined,
    },
    preview: { host: '127.0.0.1', port: 4173 },
    build: { sourcemap: false, chunkSizeWarningLimit: 1500 },
  };
});
