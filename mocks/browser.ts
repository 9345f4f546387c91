/**
 * The mocked API in the browser: MSW's service worker (public/mockServiceWorker.js) answering
 * `/api/…` with the shared handler set, over a database kept in IndexedDB across reloads and
 * settings kept in localStorage. Started by src/app/mockMode.ts before the app renders.
 */
import { setupWorker, type StartOptions } from 'msw/browser';
import { handlers } from './handlers';
import { attachSettingsStore, webStorageSettingsStore } from './devtools/settings';
import { openIndexedDbStore } from './devtools/indexedDbStore';
import type { MockStore } from './devtools/mockStore';
import { startPersistence } from './persistence';

/** The service worker. */
export const worker = setupWorker(...handlers);

/**
 * Loads the settings and the saved database (or seeds one), then starts the worker. When
 * IndexedDB is unavailable (a private window may refuse it) the data stays in memory.
 */
export async function startBrowserMock(options: StartOptions): Promise<void> {
  attachSettingsStore(webStorageSettingsStore(window.localStorage));
  let store: MockStore | undefined;
  try {
    store = await openIndexedDbStore();
  } catch (error) {
    console.warn('[mock] IndexedDB unavailable: the mock data will not survive a reload.', error);
  }
  if (store) {
    try {
      const persistence = await startPersistence(store);
      window.addEventListener('pagehide', () => void persistence.flush());
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') void persistence.flush();
      });
    } catch (error) {
      console.error('[mock] the mock data could not be loaded, seeded or saved:', error);
    }
  }
  await worker.start(options);
}
