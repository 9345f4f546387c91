/**
 * For the claim page's tests: acting as another user through the API while the page is open (a
 * colleague takes the claim, a supervisor extends its deadline), and reading back what the
 * backend recorded. Plain fetch against the mocked `/api`; no test framework imported here.
 */

/** The mock users' password (README, "Signing in": every password is `demo`). */
const DEMO_PASSWORD = 'demo';

const tokens = new Map<string, string>();

async function tokenOf(userId: string): Promise<string> {
  const cached = tokens.get(userId);
  if (cached) return cached;
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: userId, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login as ${userId}: ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  tokens.set(userId, token);
  return token;
}

/** Sends `method path` (under /api) as `userId`; resolves the JSON answer, throws on a non-2xx status. */
export async function apiAs<T = unknown>(userId: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await tokenOf(userId)}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} as ${userId}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The audit events of record `recordId`, oldest first, as the supervisor `suzuki` reads them. */
export function auditEventsOf(recordId: string): Promise<{ action: string; actorId: string }[]> {
  const query = new URLSearchParams({ filter: JSON.stringify({ recordId }), sort: JSON.stringify(['at', 'ASC']), range: JSON.stringify([0, 999]) });
  return apiAs('suzuki', 'GET', `/audit-events?${query.toString()}`);
}
