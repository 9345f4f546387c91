/**
 * Setup of the view tests (happy-dom): Testing Library matchers, and the mocked backend's one
 * handler set through MSW's setupServer. Any request no handler answers fails the test; every
 * test starts from a freshly seeded mock database.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../mocks/node';
import { resetMockDb } from '../mocks/db';

// findBy*/waitFor wait up to 5 s: CI runs two test workers on two cores.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetMockDb();
  localStorage.clear();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
