/**
 * The contract suite's HTTP client: plain fetch against `API_BASE_URL` (any running server, e.g.
 * `npm run mock:server` → `API_BASE_URL=http://127.0.0.1:8787`), or by default the in-process mock
 * (MSW's setupServer, started by tests/contract/setup.ts) at `http://localhost`.
 */

const base = (process.env.API_BASE_URL ?? 'http://localhost').replace(/\/+$/, '');

/** The API's base URL, `…/api`. */
export const API = base.endsWith('/api') ? base : `${base}/api`;

/** True when the suite talks to a server outside this process. */
export const REMOTE = process.env.API_BASE_URL !== undefined;

/** The demo users of each role (mocks/users.ts) and their password. */
export const USERS = { adjuster: 'sato', adjuster2: 'tanaka', supervisor: 'suzuki', supervisor2: 'ito', manager: 'takahashi' } as const;
export const PASSWORD = process.env.API_PASSWORD ?? 'demo';

/** An answer: status, headers and the parsed JSON body (null when there is none). */
export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** What a call sends. */
export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** A raw body (sent as is, JSON content type). */
  raw?: string;
  token?: string;
  headers?: Record<string, string>;
}

/** Calls `path` (under /api) and parses the JSON answer. */
export async function call<T = unknown>(path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${API}${path}`, { method: options.method ?? 'GET', headers, body: payload });
  const text = await response.text();
  let body: unknown = null;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

const tokens = new Map<string, string>();

/** A bearer token for `username` (signs in once per user and file). */
export async function tokenFor(username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached) return cached;
  const { status, body } = await call<{ token: string }>('/auth/login', { method: 'POST', body: { username, password: PASSWORD } });
  if (status !== 200) throw new Error(`Signing in as ${username} answered ${status}: ${JSON.stringify(body)}`);
  tokens.set(username, body.token);
  return body.token;
}

/** `?sort=…&range=…&filter=…`, each JSON-encoded as ra-data-simple-rest sends them. */
export function listQuery(params: { sort?: [string, 'ASC' | 'DESC']; range?: [number, number]; filter?: Record<string, unknown> }): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.set(name, JSON.stringify(value));
  return `?${search.toString()}`;
}

/** `Content-Range: <resource> <start>-<end>/<total>` (or a star for the range past the end), parsed. */
export function contentRange(headers: Headers): { resource: string; start?: number; end?: number; total: number } {
  const value = headers.get('Content-Range') ?? '';
  const match = /^(\S+) (?:(\d+)-(\d+)|\*)\/(\d+)$/.exec(value);
  if (!match) throw new Error(`Not a Content-Range: "${value}"`);
  return { resource: match[1] ?? '', start: match[2] === undefined ? undefined : Number(match[2]), end: match[3] === undefined ? undefined : Number(match[3]), total: Number(match[4]) };
}

/** A fresh Idempotency-Key. */
export function newKey(): string {
  return `contract-${crypto.randomUUID()}`;
}

/** True when the server has the mock controls (`/api/_mock/*`); a real API has not. */
export async function hasMockControls(): Promise<boolean> {
  return (await call('/_mock/settings')).status === 200;
}

/** The size (claims) the suite seeds: 150 by default (the scenarios and generated claims; fast). */
export const CONTRACT_SIZE = Number(process.env.CONTRACT_SIZE ?? 150);

/**
 * Puts the mock's data back to seed 1 at {@link CONTRACT_SIZE} with no latency or failures
 * (`POST /api/_mock/reset`). Returns false against a server without mock controls, whose data the
 * suite cannot reset.
 */
export async function resetMockData(): Promise<boolean> {
  if (!(await hasMockControls())) return false;
  const settings = await call('/_mock/settings', { method: 'PUT', body: { latencyMs: 0, failureRate: 0 } });
  const reset = await call('/_mock/reset', { method: 'POST', body: { seed: 1, size: CONTRACT_SIZE } });
  if (settings.status !== 200 || reset.status !== 200) throw new Error(`Resetting the mock answered ${settings.status} / ${reset.status}`);
  return true;
}
