/**
 * The mocked API in the browser: MSW's service worker (public/mockServiceWorker.js) answering
 * `/api/…` with the shared handler set. Started by src/app/mockMode.ts.
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** The service worker; start it with `worker.start({ serviceWorker: { url: '/mockServiceWorker.js' } })`. */
export const worker = setupWorker(...handlers);
