/**
 * The mocked API in the browser: MSW's service worker (public/mockServiceWorker.js) answering
 * `/api/…` with the shared handler set, over a database kept in IndexedDB across reloads and
 * settings kept in localStorage. Started by src/app/mockMode.ts before the app renders.
 *
 * At 100,000 claims reading the saved database back takes seconds, so the worker starts first
 * and the data load behind it: until they are ready, a gate in front of the handlers holds every
 * `/api` request (none is answered from a partial database), while the app's shell renders.
 */
import { http, type HttpHandler } from 'msw';
import { setupWorker, type StartOptions } from 'msw/browser';
import { handlers } from './handlers';
import { attachSettingsStore, webStorageSettingsStore } from './devtools/settings';
import { openIndexedDbStore } from './devtools/indexedDbStore';
import type { MockStore } from './devtools/mockStore';
import { API_PREFIX } from './http/prefix';
import { startPersistence } from './persistence';

let dataReady: Promise<void> = Promise.resolve();

/** Holds a request until the database is loaded (or seeded), then lets the handlers behind it answer. */
const dataGate: HttpHandler = http.all(`${API_PREFIX}/*`, async () => {
  await dataReady;
  return undefined; // fall through to the handlers
});

/** The service worker. */
export const worker = setupWorker(dataGate, ...handlers);

/** Loads the saved database (or seeds one) and keeps it saved; in memory when IndexedDB is unavailable. */
async function loadData(): Promise<void> {
  let store: MockStore | undefined;
  try {
    store = await openIndexedDbStore();
  } catch (error) {
    console.warn('[mock] IndexedDB unavailable: the mock data will not survive a reload.', error);
  }
  if (!store) return;
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

/**
 * Loads the settings, starts the worker, and starts loading the saved database (or seeding one)
 * behind the gate. Resolves once the worker answers; `/api` answers wait for the data.
 */
export async function startBrowserMock(options: StartOptions): Promise<void> {
  attachSettingsStore(webStorageSettingsStore(window.localStorage));
  dataReady = loadData();
  await worker.start(options);
}
