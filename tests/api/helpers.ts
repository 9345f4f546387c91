/**
 * Shared set-up for the API tests: MSW's Node interceptor with the mock handlers, a fresh seeded
 * database before each test (seed 1 around a fixed JST reference date), and small fetch helpers.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { resetMockDb } from '../../mocks/db';
import { server } from '../../mocks/node';

/** The JST date the test data is built around (also the database's "today"). */
export const REFERENCE_DATE = '2026-06-15';

/** Base URL of the mocked API as tests call it. */
export const API = 'http://localhost/api';

/** Intercepts fetch with the mock handlers and reseeds the database before each test. */
export function setupMockApi(options: { seed?: number; referenceDate?: string } = {}): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    resetMockDb({ seed: options.seed ?? 1, referenceDate: options.referenceDate ?? REFERENCE_DATE });
  });
  afterAll(() => server.close());
}

/** `?sort=…&range=…&filter=…` with each value JSON-encoded, as ra-data-simple-rest sends them. */
export function listQuery(params: { sort?: unknown; range?: unknown; filter?: unknown }): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.set(name, JSON.stringify(value));
  return `?${search.toString()}`;
}

/** A JSON response: status, headers and parsed body. */
export interface JsonResult<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** Fetches `path` under the API and parses the JSON answer. */
export async function call<T = unknown>(path: string, init: RequestInit = {}): Promise<JsonResult<T>> {
  const response = await fetch(`${API}${path}`, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

/** POST/PUT `body` as JSON to `path`. */
export function send<T = unknown>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<JsonResult<T>> {
  return call<T>(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}
