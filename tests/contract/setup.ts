/**
 * Without `API_BASE_URL`, the contract suite talks to the in-process mock: MSW's setupServer
 * answers fetch to `http://localhost/api/…` with the shared handler set. It listens as soon as this
 * file loads, so test files may call the API at import time (to decide what to skip). With
 * `API_BASE_URL`, nothing is intercepted and every request goes over the network to that server.
 */
import { afterAll } from 'vitest';
import { REMOTE } from './client';

if (!REMOTE) {
  const { server } = await import('../../mocks/node');
  server.listen({ onUnhandledRequest: 'error' });
  afterAll(() => server.close());
}
