/**
 * The API's OpenAPI 3.1 document, generated from the zod schemas and served at
 * `GET /api/openapi.json` (no authentication). The route list below is the one place that says
 * which endpoints exist: add an entry with each new endpoint (its schemas go in
 * mocks/devtools/openapiSchemas.ts). The contract tests check every listed path is in the document.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { ACTION_ROUTES } from './devtools/actionRoutes';
import { WORKFLOW_ROUTES } from './devtools/workflowRoutes';
import { AGGREGATE_ROUTES } from './aggregates';
import { crudRoutes } from './devtools/crudRoutes';
import { buildOpenApiDocument, type ApiRoute, type OpenApiDocument } from './devtools/openapiBuilder';
import * as s from './devtools/openapiSchemas';
import { API_PREFIX } from './http/prefix';

const error = (description: string) => ({ description, schema: s.errorBodySchema });
const idempotencyKey = { name: 'Idempotency-Key', required: true, description: 'A replay with the same key answers the first response; the same key with another body answers 422' };

/** Every route of the API. */
export const API_ROUTES: readonly ApiRoute[] = [
  ...crudRoutes('policies', 'policies', { record: s.policyResponseSchema, create: s.policyCreateSchema, update: s.policyUpdateSchema }),
  ...crudRoutes('claims', 'claims', {
    record: s.claimResponseSchema,
    create: s.claimCreateSchema,
    update: s.claimUpdateSchema,
    refusals:
      'Refused by a business rule (`code`): INVALID_INCIDENT_DATE (an incident after today in Japan or after the receipt date), ' +
      'INVALID_TRANSITION (a status change the lifecycle does not allow, or one made by its own endpoint), SERVER_MANAGED (completedDate, dueDate)',
  }),
  ...crudRoutes('documents', 'documents', {
    record: s.documentResponseSchema,
    create: s.documentCreateSchema,
    update: s.documentUpdateSchema,
    refusals: 'Refused by a business rule (`code`): SERVER_MANAGED (mimeType, size, uploadedAt, url are the file\'s facts, set by the server)',
  }),
  ...crudRoutes('payments', 'payments', { record: s.paymentResponseSchema }),
  ...crudRoutes('surveys', 'surveys', { record: s.surveyResponseSchema }),
  ...crudRoutes('audit-events', 'audit-events', { record: s.auditEventResponseSchema }),
  ...crudRoutes('users', 'users', { record: s.userResponseSchema }),
  {
    method: 'post',
    path: '/api/claims/:id/decision',
    summary: 'Record a decision; the backend recomputes the adjudication',
    tag: 'claims',
    headers: [idempotencyKey],
    body: s.decisionBodySchema,
    responses: {
      200: { description: 'The decided claim', schema: s.claimResponseSchema },
      400: error('Malformed body'),
      403: error('Beyond the role or authority limit, or the four-eyes rule'),
      404: error('No such claim'),
      409: { description: 'Already decided, or a stale version', schema: s.conflictSchema },
      422: { description: 'The terms do not give this decision or payout, or the claim cannot be decided (NOT_DECIDABLE: not in review nor waiting for approval, or its incident date is after today in Japan)', schema: s.decisionRejectionSchema },
    },
  },
  ...ACTION_ROUTES,
  ...WORKFLOW_ROUTES,
  ...AGGREGATE_ROUTES,
  {
    method: 'get',
    path: '/api/files/:id',
    summary: "A document's image (SVG drawn from its record), or an uploaded document's bytes",
    tag: 'documents',
    responses: {
      200: {
        description: 'The image: image/svg+xml for a drawn one; an uploaded one with the type sniffed at upload (image/jpeg, image/png, image/webp, application/pdf)',
        contentType: 'image/svg+xml',
        headers: { 'X-Content-Type-Options': '`nosniff` (uploaded files)', 'Content-Disposition': "`inline; filename*=UTF-8''<file name>` (uploaded files)" },
      },
      404: error('No such document'),
    },
  },
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in; the token goes in `Authorization: Bearer <token>`',
    tag: 'auth',
    auth: false,
    body: s.loginBodySchema,
    responses: { 200: { description: 'The token and the user', schema: s.loginResponseSchema }, 400: error('Malformed body'), 401: error('Unknown user or wrong password') },
  },
  { method: 'post', path: '/api/auth/logout', summary: 'Sign out: the token is refused from now on', tag: 'auth', responses: { 204: { description: 'Signed out' } } },
  { method: 'get', path: '/api/auth/me', summary: 'The signed-in user', tag: 'auth', responses: { 200: { description: 'The user', schema: s.userResponseSchema } } },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', tag: 'meta', auth: false, responses: { 200: { description: 'OpenAPI 3.1, JSON' } } },
  { method: 'get', path: '/api/_mock/settings', summary: 'Mock mode: latency, failure rate, seed, size', tag: 'mock', auth: false, responses: { 200: { description: 'The settings', schema: s.mockSettingsComponent } } },
  {
    method: 'put',
    path: '/api/_mock/settings',
    summary: 'Mock mode: change some settings',
    tag: 'mock',
    auth: false,
    body: s.mockSettingsPatchComponent,
    responses: { 200: { description: 'The settings', schema: s.mockSettingsComponent }, 400: error('Invalid settings') },
  },
  {
    method: 'post',
    path: '/api/_mock/reset',
    summary: 'Mock mode: re-seed (optionally with another seed or size); replaces the data saved in the browser',
    tag: 'mock',
    auth: false,
    body: s.mockResetRequestSchema,
    bodyOptional: true,
    responses: { 200: { description: 'The new data', schema: s.mockStatusSchema }, 400: error('Invalid seed or size') },
  },
  { method: 'get', path: '/api/_mock/status', summary: 'Mock mode: where the data comes from and is kept', tag: 'mock', auth: false, responses: { 200: { description: 'The status', schema: s.mockStatusSchema } } },
  { method: 'get', path: '/api/_mock/users', summary: 'Mock mode: the demo users and their password', tag: 'mock', auth: false, responses: { 200: { description: 'The users', schema: s.mockUsersSchema } } },
];

let cached: OpenApiDocument | undefined;

/** The API's OpenAPI document (built once). */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument(API_ROUTES, {
    title: 'Back Market スマホ保険 claims API',
    version: '1.0.0',
    description:
      'ra-data-simple-rest conventions under /api. Errors answer `{ message, errors? }`. In mock mode, /api/_mock/* controls the data, latency and failures (an injected failure answers 503 `{ message }`).',
  });
  return cached;
}

/** `GET /api/openapi.json`. */
export const openApiHandlers: HttpHandler[] = [http.get(`${API_PREFIX}/openapi.json`, () => HttpResponse.json(openApiDocument()))];
