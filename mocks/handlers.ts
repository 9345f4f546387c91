/**
 * The mocked REST backend: one handler set served by the browser's service worker (mocks/browser.ts),
 * by tests (mocks/node.ts) and by a plain Node HTTP server (mocks/server.ts).
 *
 * - `/api/policies`, `/api/claims`, `/api/documents`: ra-data-simple-rest CRUD (mocks/rest.ts);
 *   policies carry `aggregate`, claims a fresh `adjudication`.
 * - `POST /api/claims/:id/decision` (mocks/decision.ts).
 * - `GET /api/files/:documentId`: document images, SVG (mocks/files.ts).
 * - Any other `/api/…` request: 404 `{ message }`.
 */
import { http, type HttpHandler } from 'msw';
import { decisionHandlers } from './decision';
import { fileHandlers } from './files';
import { errorResponse } from './http/errors';
import { API_PREFIX, restHandlers } from './rest';
import { claimsResource } from './resources/claims';
import { documentsResource } from './resources/documents';
import { policiesResource } from './resources/policies';

/** Every handler of the mocked API, the catch-all 404 last. */
export const handlers: HttpHandler[] = [
  ...decisionHandlers,
  ...fileHandlers,
  ...restHandlers(policiesResource),
  ...restHandlers(claimsResource),
  ...restHandlers(documentsResource),
  http.all(`${API_PREFIX}/*`, ({ request }) => errorResponse(404, `No such API route: ${request.method} ${new URL(request.url).pathname}`)),
];
