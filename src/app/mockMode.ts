/**
 * How the app reaches its API, decided once at build time from the environment:
 *
 * - `VITE_API_URL` set → `real`: a real claims API; no mock code is bundled, no mock panel.
 * - `VITE_API_PROXY` set (dev server only) → `proxy`: the dev server proxies `/api` to that URL,
 *   meant for `npm run mock:server`; no service worker, the mock panel talks to the server.
 * - neither → `worker`: MSW's service worker runs the handlers of `mocks/` in this tab.
 *
 * This is the only module of `src/` that reaches `mocks/`, and it loads them lazily, so a build
 * for a real API carries no mock code.
 */

declare global {
  interface ImportMetaEnv {
    /** Dev server only: proxy `/api` to this origin (e.g. `http://127.0.0.1:8787`, `npm run mock:server`). */
    readonly VITE_API_PROXY?: string;
  }
}

/** Where `/api` requests go: a real API, a proxied mock server, or the in-tab service worker. */
export type BackendMode = 'real' | 'proxy' | 'worker';

/** This build's backend mode. */
export const backendMode: BackendMode = import.meta.env.VITE_API_URL ? 'real' : import.meta.env.VITE_API_PROXY ? 'proxy' : 'worker';

/** True when the API is a mock (worker or proxied mock server): the mock-controls panel is offered. */
export const isMockBackend: boolean = !import.meta.env.VITE_API_URL;

/**
 * Starts the mocked backend in worker mode (the service worker, then the saved data behind it);
 * does nothing otherwise. Resolves once the worker intercepts `/api` requests: their answers wait
 * until the data are loaded (mocks/browser.ts), so the app may render meanwhile.
 */
export async function startMockBackend(): Promise<void> {
  if (import.meta.env.VITE_API_URL || import.meta.env.VITE_API_PROXY) return;
  const { startBrowserMock } = await import('../../mocks/browser');
  await startBrowserMock({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  });
}
