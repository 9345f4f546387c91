/**
 * Shared set-up for the API tests: MSW's Node interceptor with the mock handlers, a fresh seeded
 * database before each test (seed 1 around a fixed JST reference date), and fetch helpers that sign
 * in (`POST /api/auth/login`) and send `Authorization: Bearer <token>` as the chosen mock user.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { resetMockDb } from '../../mocks/db';
import { server } from '../../mocks/node';
import { DEMO_PASSWORD } from '../../mocks/users';

/** The JST date the test data is built around (also the database's "today"). */
export const REFERENCE_DATE = '2026-06-15';

/** Base URL of the mocked API as tests call it. */
export const API = 'http://localhost/api';

/** The mock users the tests act as (mocks/users.ts). */
export const USERS = { adjuster: 'sato', adjuster2: 'tanaka', supervisor: 'suzuki', supervisor2: 'ito', manager: 'takahashi' } as const;

/** Who a request is sent as: a mock user id, or null for no Authorization header. */
export type Actor = string | null;

/** The user requests are sent as unless told otherwise (a supervisor: may do everything but approve their own recommendation). */
export const DEFAULT_ACTOR: string = USERS.supervisor;

/** Intercepts fetch with the mock handlers and reseeds the database before each test. */
export function setupMockApi(options: { seed?: number; referenceDate?: string } = {}): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    resetMockDb({ seed: options.seed ?? 1, referenceDate: options.referenceDate ?? REFERENCE_DATE });
  });
  afterAll(() => server.close());
}

const tokens = new Map<string, string>();

/** Signs in as `userId` at `base` (default the in-process API) with the demo password; tokens are cached per base and user. */
export async function tokenFor(userId: string, base: string = API): Promise<string> {
  const cacheKey = `${base}\n${userId}`;
  const cached = tokens.get(cacheKey);
  if (cached) return cached;
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: userId, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`Login as ${userId} answered ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  tokens.set(cacheKey, token);
  return token;
}

/** `Authorization` header for `actor` (none for null). */
export async function authHeaders(actor: Actor, base: string = API): Promise<Record<string, string>> {
  return actor === null ? {} : { Authorization: `Bearer ${await tokenFor(actor, base)}` };
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

/** Request options of the helpers: the fetch init plus who sends it. */
export type CallInit = RequestInit & { as?: Actor };

/**
 * Fetches `path` under the API as `init.as` (default {@link DEFAULT_ACTOR}) and parses the JSON
 * answer (null when empty; the text itself when the answer is not JSON, e.g. an SVG).
 */
export async function call<T = unknown>(path: string, init: CallInit = {}): Promise<JsonResult<T>> {
  const { as = DEFAULT_ACTOR, headers, ...rest } = init;
  const merged = new Headers(headers);
  for (const [name, value] of Object.entries(await authHeaders(as))) merged.set(name, value);
  const response = await fetch(`${API}${path}`, { ...rest, headers: merged });
  const text = await response.text();
  const json = response.headers.get('Content-Type')?.includes('json') ?? false;
  return { status: response.status, headers: response.headers, body: (text === '' ? null : json ? JSON.parse(text) : text) as T };
}

/** Paths of the records whose PUT must carry `version` (optimistic locking). */
const VERSIONED = /^\/(claims|policies)\/[^/?]+$/;

/**
 * POST/PUT `body` as JSON to `path`. A PUT of a claim or policy whose body has no `version` carries
 * the version read just before (as react-admin's edit form sends the record's version back); send
 * the body exactly with {@link sendExactly}.
 */
export async function send<T = unknown>(method: 'POST' | 'PUT', path: string, body: unknown, init: CallInit = {}): Promise<JsonResult<T>> {
  if (method === 'PUT' && VERSIONED.test(path) && typeof body === 'object' && body !== null && !Array.isArray(body) && !('version' in body)) {
    const current = await call<{ version?: unknown }>(path, { as: init.as });
    if (current.status === 200 && current.body !== null) return sendExactly<T>(method, path, { ...body, version: current.body.version }, init);
  }
  return sendExactly<T>(method, path, body, init);
}

/** POST/PUT `body` as JSON to `path`, exactly as given. */
export function sendExactly<T = unknown>(method: 'POST' | 'PUT', path: string, body: unknown, init: CallInit = {}): Promise<JsonResult<T>> {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json');
  return call<T>(path, { ...init, method, headers, body: JSON.stringify(body) });
}

/** A fresh Idempotency-Key. */
export function newKey(): string {
  return crypto.randomUUID();
}

/** POST `body` as JSON with an Idempotency-Key (a fresh one unless `key` is given; none when null). */
export function sendIdempotent<T = unknown>(path: string, body: unknown, options: { as?: Actor; key?: string | null } = {}): Promise<JsonResult<T>> {
  const key = options.key === undefined ? newKey() : options.key;
  return send<T>('POST', path, body, { as: options.as, headers: key === null ? {} : { 'Idempotency-Key': key } });
}

/** `POST /api/claims/:id/decision` as `as` (default the adjuster sato). */
export function decide<T = unknown>(claimId: string, body: unknown, options: { as?: Actor; key?: string | null } = {}): Promise<JsonResult<T>> {
  return sendIdempotent<T>(`/claims/${claimId}/decision`, body, { as: USERS.adjuster, ...options });
}

/**
 * The four-eyes path for a payout above the authority: the adjuster recommends `payout`, the
 * supervisor approves it. Returns the approval's answer; throws when the recommendation fails.
 */
export async function recommendAndApprove<T = unknown>(claimId: string, payout: number, by: { adjuster?: string; supervisor?: string } = {}): Promise<JsonResult<T>> {
  const recommended = await decide(claimId, { decision: 'recommend', payout }, { as: by.adjuster ?? USERS.adjuster });
  if (recommended.status !== 200) throw new Error(`Recommending ${payout} on ${claimId} answered ${recommended.status}: ${JSON.stringify(recommended.body)}`);
  return decide<T>(claimId, { decision: 'approve', payout }, { as: by.supervisor ?? USERS.supervisor });
}
