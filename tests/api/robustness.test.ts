/**
 * A user's mistake never gets a 500: random and malformed bodies, queries, ids and headers sent to
 * every endpoint answer a 4xx JSON `{ message }` (or succeed), never a 5xx.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, type Endpoint } from './endpoints';
import { call, newKey, setupMockApi, USERS, type Actor } from './helpers';

setupMockApi();

const RUNS = 20;

const json = fc.jsonValue({ maxDepth: 3 });

/** The valid body with one field replaced, a field added, or the whole body replaced. */
function mutatedBody(endpoint: Endpoint): fc.Arbitrary<string> {
  const valid = (endpoint.body ?? {}) as Record<string, unknown>;
  const keys = Object.keys(valid);
  const replaceField = keys.length === 0 ? json.map((v) => ({ value: v })) : fc.record({ key: fc.constantFrom(...keys), value: json }).map(({ key, value }) => ({ ...valid, [key]: value }));
  return fc.oneof(
    replaceField.map((b) => JSON.stringify(b)),
    fc.record({ key: fc.string(), value: json }).map(({ key, value }) => JSON.stringify({ ...valid, [key]: value })),
    json.map((b) => JSON.stringify(b)),
    fc.constantFrom('', '{', 'null', '[]', '"x"', '{"decision":', '\u0000', '{"version":1e309}'),
    fc.string().filter((s) => s.trim() !== ''),
  );
}

async function expectNoServerError(endpoint: Endpoint, init: { path?: string; body?: string; key?: string; as?: Actor }) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (endpoint.idempotent) headers['Idempotency-Key'] = init.key ?? newKey();
  const { status, body } = await call<unknown>(init.path ?? endpoint.path, {
    as: init.as === undefined ? USERS.supervisor : init.as,
    method: endpoint.method,
    headers,
    body: endpoint.method === 'GET' || endpoint.method === 'DELETE' ? undefined : init.body,
  });
  expect(status, `${endpoint.method} ${init.path ?? endpoint.path} ${init.body ?? ''} → ${status} ${JSON.stringify(body)}`).toBeLessThan(500);
  if (status >= 400) expect(body).toMatchObject({ message: expect.any(String) });
}

const writes = ENDPOINTS.filter((e) => e.method === 'POST' || e.method === 'PUT');
const lists = ENDPOINTS.filter((e) => e.method === 'GET' && !/\/[a-z]-\d{4}/.test(e.path) && !e.path.includes('/', 1));

describe('malformed input never reaches a 500', () => {
  it.each(writes.map((e) => [e.method, e.path, e] as const))('%s %s: random bodies', async (_m, _p, endpoint) => {
    await fc.assert(
      fc.asyncProperty(mutatedBody(endpoint), fc.constantFrom(USERS.adjuster, USERS.supervisor), async (body, as) => expectNoServerError(endpoint, { body, as })),
      { numRuns: RUNS },
    );
  });

  it.each(lists.map((e) => [e.path, e] as const))('GET %s: random list queries', async (_p, endpoint) => {
    const param = fc.oneof(json.map((v) => JSON.stringify(v)), fc.string());
    await fc.assert(
      fc.asyncProperty(param, param, param, async (sort, range, filter) => {
        const query = new URLSearchParams({ sort, range, filter }).toString();
        await expectNoServerError(endpoint, { path: `${endpoint.path}?${query}` });
      }),
      { numRuns: RUNS },
    );
  });

  it.each(ENDPOINTS.filter((e) => /[a-z]-\d{4}/.test(e.path)).map((e) => [e.method, e.path, e] as const))('%s %s: random ids', async (_m, _p, endpoint) => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), async (id) => {
        const path = endpoint.path.replace(/[a-z]-\d{4}/, encodeURIComponent(id));
        await expectNoServerError(endpoint, { path, body: JSON.stringify(endpoint.body ?? {}) });
      }),
      { numRuns: RUNS },
    );
  });

  it.each(ENDPOINTS.filter((e) => e.idempotent).map((e) => [e.path, e] as const))('POST %s: odd Idempotency-Keys', async (_p, endpoint) => {
    for (const key of ['x'.repeat(256), 'a b', '\t', '鍵']) {
      const headers = new Headers({ 'Content-Type': 'application/json' });
      try {
        headers.set('Idempotency-Key', key);
      } catch {
        continue; // not a legal header value: no client can send it
      }
      const { status } = await call(endpoint.path, { as: USERS.supervisor, method: 'POST', headers, body: JSON.stringify(endpoint.body) });
      expect(status).toBeLessThan(500);
    }
  });

  it('sign-in: random bodies and Authorization headers', async () => {
    const login = { method: 'POST' as const, path: '/auth/login', action: 'claims.read' as const };
    await fc.assert(
      fc.asyncProperty(mutatedBody({ ...login, body: { username: 'sato', password: 'demo' } }), async (body) => expectNoServerError(login, { body, as: null })),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(fc.string(), async (token) => {
        const headers = new Headers();
        try {
          headers.set('Authorization', `Bearer ${token}`);
        } catch {
          return;
        }
        const { status } = await call('/claims/c-0001', { as: null, headers });
        expect([200, 401]).toContain(status);
      }),
      { numRuns: RUNS },
    );
  });
});
