/**
 * The mock backend's developer controls (issue 3, point 10), only present in mock mode, with no
 * authentication:
 *
 * - every other `/api/…` request first waits `latencyMs`, then fails with 503 `{ message }` with
 *   probability `failureRate` (the `_mock` routes are never delayed nor failed, so the panel can
 *   always turn failures off);
 * - `GET /api/_mock/settings` → `{ latencyMs, failureRate, seed, size }`;
 * - `PUT /api/_mock/settings` with any subset → the settings, or 400 `{ message, errors }`;
 * - `POST /api/_mock/reset` with an optional `{ seed?, size? }` → re-seeds (and replaces the data
 *   saved in the browser), answers the status below;
 * - `GET /api/_mock/status` → `{ persistence, data: { seed, size, generatedAt }, counts, settings }`;
 * - `GET /api/_mock/users` → `{ password, users }`: the demo users to sign in as.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { errorResponse, readJsonBody, readOptionalJsonBody, respond } from './http/errors';
import { parseBody } from './resources/resource';
import { API_PREFIX } from './http/prefix';
import { DEMO_PASSWORD, MOCK_USERS } from './users';
import { getMockSettings, mockSettingsPatchSchema, updateMockSettings, type MockSettings } from './devtools/settings';
import { getDataOrigin, getPersistenceKind, recordCounts, reseedMockDb, type DataOrigin, type PersistenceKind } from './devtools/runtime';
import { openApiHandlers } from './openapi';

/** Path prefix of the control routes. */
export const MOCK_CONTROL_PREFIX = '/api/_mock/';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Latency and failure injection: answers nothing (the next handler answers) unless it fails the request. */
const injection = http.all(`${API_PREFIX}/*`, async ({ request }) => {
  if (new URL(request.url).pathname.includes(MOCK_CONTROL_PREFIX)) return undefined;
  const { latencyMs, failureRate } = getMockSettings();
  if (latencyMs > 0) await sleep(latencyMs);
  if (failureRate > 0 && Math.random() < failureRate) {
    return errorResponse(503, `Injected failure (mock failure rate ${Math.round(failureRate * 100)}%)`);
  }
  return undefined;
});

/** What `GET /api/_mock/status` and `POST /api/_mock/reset` answer. */
export interface MockStatus {
  persistence: PersistenceKind;
  data: DataOrigin;
  counts: Record<string, number>;
  settings: MockSettings;
}

/** The current {@link MockStatus}. */
export function mockStatus(): MockStatus {
  return { persistence: getPersistenceKind(), data: getDataOrigin(), counts: recordCounts(), settings: getMockSettings() };
}

const base = `${API_PREFIX}/_mock`;

/** The control routes and the injection, to be placed first in the handler list. */
export const mockControlHandlers: HttpHandler[] = [
  injection,
  http.get(`${base}/settings`, () => HttpResponse.json(getMockSettings())),
  http.put(`${base}/settings`, ({ request }) =>
    respond(async () => {
      const patch = parseBody(mockSettingsPatchSchema.strict(), await readJsonBody(request), 'mock settings');
      return HttpResponse.json(updateMockSettings(patch));
    }),
  ),
  http.post(`${base}/reset`, ({ request }) =>
    respond(async () => {
      const patch = parseBody(mockSettingsPatchSchema.pick({ seed: true, size: true }).strict(), await readOptionalJsonBody(request), 'reset');
      updateMockSettings(patch);
      await reseedMockDb();
      return HttpResponse.json(mockStatus());
    }),
  ),
  http.get(`${base}/status`, () => HttpResponse.json(mockStatus())),
  http.get(`${base}/users`, () => HttpResponse.json({ password: DEMO_PASSWORD, users: MOCK_USERS })),
  http.all(`${base}/*`, ({ request }) => errorResponse(404, `No such mock control: ${request.method} ${new URL(request.url).pathname}`)),
  ...openApiHandlers,
];
