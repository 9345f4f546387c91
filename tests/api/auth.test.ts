/**
 * Sign-in: login, me, logout; stateless tokens (they survive a database reset, as after a browser
 * reload); forged, tampered or expired tokens; the public routes.
 */
import { describe, expect, it } from 'vitest';
import { resetMockDb } from '../../mocks/db';
import { issueToken, verifyToken, TOKEN_LIFETIME_MS } from '../../mocks/http/token';
import { DEMO_PASSWORD, MOCK_USERS } from '../../mocks/users';
import type { User } from '../../src/domain/records';
import { API, call, send, setupMockApi, REFERENCE_DATE } from './helpers';

setupMockApi();

type Login = { token: string; user: User };
type ErrorBody = { message: string; code?: string; errors?: Record<string, string> };

const login = (body: unknown) => send<Login & ErrorBody>('POST', '/auth/login', body, { as: null });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('POST /api/auth/login', () => {
  it.each(MOCK_USERS.map((user) => [user.id, user.role, user] as const))('signs in %s (%s) with the demo password', async (id, _role, user) => {
    const { status, body } = await login({ username: id, password: DEMO_PASSWORD });
    expect(status).toBe(200);
    expect(body.user).toEqual(user);
    expect(body.token).toMatch(/^mock\.[a-z]+\.[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    const me = await call<User>('/auth/me', { as: null, headers: bearer(body.token) });
    expect(me.body).toEqual(user);
  });

  it('answers 401 for a wrong password or an unknown user', async () => {
    for (const body of [{ username: 'sato', password: 'wrong' }, { username: 'nobody', password: DEMO_PASSWORD }]) {
      const { status, body: answer } = await login(body);
      expect(status).toBe(401);
      expect(answer).toMatchObject({ message: expect.any(String), code: 'BAD_CREDENTIALS' });
    }
  });

  it('answers 400 with field errors for a malformed body', async () => {
    const { status, body } = await login({ username: '' });
    expect(status).toBe(400);
    expect(Object.keys(body.errors ?? {}).sort()).toEqual(['password', 'username']);
    const notJson = await call<ErrorBody>('/auth/login', { as: null, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'sato:demo' });
    expect(notJson.status).toBe(400);
    // fetch sends a string body as text/plain: not JSON, 415.
    const asText = await call<ErrorBody>('/auth/login', { as: null, method: 'POST', body: 'sato:demo' });
    expect(asText.status).toBe(415);
  });
});

describe('tokens', () => {
  it('survive a reset of the database (stateless: a browser reload keeps the user signed in)', async () => {
    const { body } = await login({ username: 'ito', password: DEMO_PASSWORD });
    resetMockDb({ seed: 2, referenceDate: REFERENCE_DATE });
    expect((await call<User>('/auth/me', { as: null, headers: bearer(body.token) })).body.id).toBe('ito');
  });

  it('are refused when forged, tampered with, expired, malformed or logged out', async () => {
    const { body } = await login({ username: 'sato', password: DEMO_PASSWORD });
    const [prefix, , issued, signature] = body.token.split('.');
    const old = Date.now() - TOKEN_LIFETIME_MS - 1_000;
    const refused = [
      `${prefix}.suzuki.${issued}.${signature}`, // another user, same signature
      `${body.token.slice(0, -2)}xx`,
      await issueToken('sato', old),
      'mock.sato',
      'not a token',
    ];
    for (const token of refused) {
      const { status, body: answer } = await call<ErrorBody>('/claims/c-0001', { as: null, headers: bearer(token) });
      expect(status).toBe(401);
      expect(answer.code).toBe('UNAUTHENTICATED');
    }
    expect(await verifyToken(await issueToken('sato', old))).toBeNull();

    expect((await call('/auth/logout', { as: null, method: 'POST', headers: bearer(body.token) })).status).toBe(204);
    expect((await call('/auth/me', { as: null, headers: bearer(body.token) })).status).toBe(401);
  });

  it('must come as a Bearer header (a query token is for images only)', async () => {
    const { body } = await login({ username: 'sato', password: DEMO_PASSWORD });
    expect((await call('/claims/c-0001', { as: null, headers: { Authorization: body.token } })).status).toBe(401);
    expect((await call(`/claims/c-0001?token=${body.token}`, { as: null })).status).toBe(401);
    expect((await call(`/files/d-0002?token=${body.token}`, { as: null })).status).toBe(200);
  });

  it('are refused for a user id that is not a mock user', async () => {
    const token = await issueToken('ghost');
    expect((await call('/auth/me', { as: null, headers: bearer(token) })).status).toBe(401);
  });
});

describe('public routes', () => {
  it('answers the OpenAPI document and the mock controls without a token', async () => {
    expect((await fetch(`${API}/openapi.json`)).status).toBe(200);
    expect((await fetch(`${API}/_mock/status`)).status).toBe(200);
  });

  it('answers 401, not 404, for an unknown route without a token', async () => {
    expect((await call('/nothing', { as: null })).status).toBe(401);
    expect((await call('/nothing')).status).toBe(404);
  });
});
