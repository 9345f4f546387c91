/**
 * The mocked REST backend: one handler set served by the browser's service worker (mocks/browser.ts),
 * by tests (mocks/node.ts) and by a plain Node HTTP server (mocks/server.ts).
 *
 * Public (no token): `POST /api/auth/login`, `GET /api/openapi.json`, `/api/_mock/*` (mock controls,
 * mocks/controls.ts). Every other route wants `Authorization: Bearer <token>` (401) and a role that
 * may take its action (403, src/domain/permissions.ts); see mocks/http/route.ts.
 *
 * - `/api/auth/login|me|logout` (mocks/auth.ts).
 * - `/api/policies`, `/api/claims`, `/api/documents`: ra-data-simple-rest CRUD (mocks/rest.ts);
 *   policies carry `aggregate`, claims a fresh `adjudication`; optimistic locking on `version`.
 * - `/api/payments`, `/api/surveys`, `/api/audit-events`, `/api/users`: read-only (405 on writes).
 * - `POST /api/claims/:id/decision` (mocks/decision.ts, Idempotency-Key).
 * - `POST|DELETE /api/claims/:id/lock`, `POST /api/claims/:id/deadline-extension` (mocks/claimActions.ts).
 * - `GET /api/policies/:id/network-restriction`, `POST /api/policies/:id/reveal` (mocks/policyActions.ts).
 * - `POST /api/payments/run` (mocks/payments.ts, Idempotency-Key).
 * - `POST /api/surveys/simulate-answers` (mocks/surveys.ts, mock only).
 * - `GET /api/files/:documentId`: document images, SVG; token also as `?token=` (mocks/files.ts).
 * - Any other `/api/…` request: 401 without a valid token, else 404 `{ message }`.
 *
 * Before any of them (mocks/http/guard.ts): a path with malformed percent-encoding → 400, a body over
 * the limit (1 MiB JSON, 10 MiB uploads; mocks/http/limits.ts) → 413, HEAD → GET's status and
 * headers without a body.
 */
import { http, type HttpHandler } from 'msw';
import { aggregateHandlers } from './aggregates';
import { authHandlers, requireUser } from './auth';
import { claimActionHandlers } from './claimActions';
import { claimWorkflowHandlers } from './claimWorkflow';
import { mockControlHandlers } from './controls';
import { decisionHandlers } from './decision';
import { fileHandlers } from './files';
import { noteHandlers } from './notes';
import { uploadHandlers } from './uploads';
import { HttpError, respond } from './http/errors';
import { requestGuard } from './http/guard';
import { API_PREFIX } from './http/prefix';
import { paymentHandlers } from './payments';
import { policyActionHandlers } from './policyActions';
import { restHandlers } from './rest';
import { claimsResource } from './resources/claims';
import { documentsResource } from './resources/documents';
import { policiesResource } from './resources/policies';
import { auditEventsResource, paymentsResource, surveysResource, usersResource } from './resources/readOnly';
import { surveyHandlers } from './surveys';

/** Every handler of the mocked API, the catch-all last. */
export const handlers: HttpHandler[] = [
  requestGuard(() => handlers), // first: malformed paths (400), oversized bodies (413), HEAD as GET (mocks/http/guard.ts)
  ...mockControlHandlers, // first: latency/failure injection, /api/_mock/*, /api/openapi.json (mocks/controls.ts)
  ...authHandlers,
  ...decisionHandlers,
  ...claimActionHandlers,
  ...claimWorkflowHandlers, // POST /api/claims/:id/document-request, /api/claims/document-requests, /api/claims/assign (mocks/claimWorkflow.ts)
  ...uploadHandlers, // POST /api/claims/:id/documents, multipart (mocks/uploads.ts)
  ...noteHandlers, // /api/notes: append-only (mocks/notes.ts)
  ...policyActionHandlers,
  ...paymentHandlers,
  ...surveyHandlers,
  ...fileHandlers,
  ...restHandlers(policiesResource),
  ...restHandlers(claimsResource),
  ...restHandlers(documentsResource),
  ...restHandlers(paymentsResource),
  ...restHandlers(surveysResource),
  ...restHandlers(auditEventsResource),
  ...restHandlers(usersResource),
  ...aggregateHandlers, // GET /api/dashboard, /api/dashboard/satisfaction (mocks/aggregates.ts)
  http.all(`${API_PREFIX}/*`, ({ request }) =>
    respond(async () => {
      await requireUser(request);
      throw new HttpError(404, `No such API route: ${request.method} ${new URL(request.url).pathname}`);
    }),
  ),
];
