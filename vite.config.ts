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
 * The Content-Security-Policy of a production build (issue 7, item 4): no inline script, nothing
 * loaded from elsewhere but the API.
 *
 * - `script-src 'self'`: only the bundle's own files (Vite emits no inline script);
 * - `worker-src 'self'`: MSW's service worker in a mock-mode build;
 * - `style-src 'self' 'unsafe-inline'`: MUI/emotion inject `<style>` elements at run time;
 * - `img-src 'self' blob: data:` (+ the API origin): document images, upload previews, MUI's data: icons;
 * - `connect-src 'self'` (+ the API origin of a build for a real API, from `VITE_API_URL`);
 * - `frame-src 'self' blob:`: an uploaded PDF is fetched with the session's token and shown from a blob: URL;
 * - `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`, `default-src 'self'` for the rest.
 * `frame-ancestors` cannot be set from a <meta> element (the server's header must carry it).
 */
export function contentSecurityPolicy(apiUrl: string | undefined): string {
  // A relative VITE_API_URL ('/api') is the app's own origin: 'self' covers it.
  const api = apiUrl && URL.canParse(apiUrl) ? ` ${new URL(apiUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data:${api}`,
    "font-src 'self' data:",
    `connect-src 'self'${api}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Build only: puts {@link contentSecurityPolicy} into index.html as `<meta http-equiv="Content-Security-Policy">`
 * right after `<meta charset>`, before any script. Throws when index.html has no `<meta charset>`.
 */
export function contentSecurityPolicyMeta(apiUrl: string | undefined): Plugin {
  return {
    name: 'claims:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
      if (!charset) throw new Error('index.html needs <meta charset> for the Content-Security-Policy to follow');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(apiUrl)}" />`;
      const at = charset.index + charset[0].length;
      return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
    },
  };
}

/**
 * Code splitting (issue 6, item 3): every module the entry needs before its first render (rolldown's
 * `$initial` tag: statically imported from the entry, transitively) goes into one chunk. Left to
 * itself, rolldown cuts those modules into a score of small chunks shared with the lazy pages, each
 * gzipped on its own (about 17 kB more to download for the claims list); the lazy pages import
 * what they share from this chunk instead. Pages and areas loaded on demand are unaffected.
 */
export const INITIAL_CHUNK_GROUP = { name: 'initial', tags: ['$initial' as const] };

/**
 * Vite configuration for the claims back-office. The dev server binds 127.0.0.1.
 *
 * - No `VITE_API_URL`: mock mode; the REST backend runs in the browser's service worker (src/main.tsx).
 * - `VITE_API_PROXY=http://127.0.0.1:8787` (with `npm run mock:server`): the dev server (and
 *   `vite preview`) proxy `/api` there and the app starts no service worker.
 * - `VITE_API_URL=https://…` at build time: a real API; the build carries no MSW code and no worker file.
 * - Every build carries a Content-Security-Policy <meta> (contentSecurityPolicy); the dev server does not
 *   (React's fast refresh injects an inline script).
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiProxy = env.VITE_API_PROXY;
  return {
    plugins: [react(), dropMockWorker(Boolean(env.VITE_API_URL)), contentSecurityPolicyMeta(env.VITE_API_URL)],
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: false,
      proxy: apiProxy ? { '/api': { target: apiProxy, changeOrigin: true } } : undefined,
    },
    preview: { host: '127.0.0.1', port: 4173 },
    build: {
      sourcemap: false,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { output: { codeSplitting: { groups: [INITIAL_CHUNK_GROUP] } } },
    },
  };
});
