/**
 * Mock mode: with no `VITE_API_URL` at build time, the REST backend is MSW's service worker running
 * the handlers of `mocks/`. This is the only module of `src/` that reaches `mocks/`, and it loads
 * them lazily, so a build for a real API carries no mock code.
 */
export async function startMockBackend(): Promise<void> {
  const { worker } = await import('../../mocks/browser');
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  });
}
