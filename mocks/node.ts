/**
 * The mocked API in Node for tests: requests to `http://<any host>/api/…` made with fetch are
 * answered in-process by the shared handler set. Reset the data per test with `resetMockDb()`.
 */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The request interceptor; `server.listen()` before the tests, `server.close()` after. */
export const server = setupServer(...handlers);
