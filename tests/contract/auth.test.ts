import { beforeAll, describe, expect, it } from 'vitest';
import { call, PASSWORD, resetMockData, tokenFor, USERS } from './client';

beforeAll(async () => {
  await resetMockData();
});

const errorShape = { message: expect.any(String) };

describe('POST /api/auth/login', () => {
  it('answers a token and the user for a demo user', async () => {
    const { status, body } = await call('/auth/login', { method: 'POST', body: { username: USERS.adjuster, password: PASSWORD } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ token: expect.any(String), user: { id: USERS.adjuster, role: 'adjuster', name: expect.any(String) } });
  });

  it('answers 401 { message } for a wrong password or an unknown user', async () => {
    for (const credentials of [{ username: USERS.adjuster, password: 'wrong' }, { username: 'nobody', password: PASSWORD }]) {
      const { status, body } = await call('/auth/login', { method: 'POST', body: credentials });
      expect(status).toBe(401);
      expect(body).toMatchObject(errorShape);
    }
  });

  it('answers 400 { message, errors } for a malformed body', async () => {
    const missing = await call('/auth/login', { method: 'POST', body: { username: USERS.adjuster } });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ ...errorShape, errors: { password: expect.any(String) } });
    const notJson = await call('/auth/login', { method: 'POST', raw: '{' });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatchObject({ ...errorShape, errors: expect.any(Object) });
  });
});

describe('bearer tokens', () => {
  it('GET /api/auth/me answers the signed-in user', async () => {
    const { status, body } = await call('/auth/me', { token: await tokenFor(USERS.supervisor) });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: USERS.supervisor, role: 'supervisor' });
  });

  it('answers 401 { message } without a token or with a bad one, on every resource', async () => {
    for (const path of ['/claims', '/policies/p-0001', '/documents', '/payments', '/surveys', '/audit-events', '/users', '/auth/me']) {
      for (const token of [undefined, 'not-a-token']) {
        const { status, body } = await call(path, { token });
        expect(status, `${path} with ${token ?? 'no token'}`).toBe(401);
        expect(body).toMatchObject(errorShape);
      }
    }
  });

  it('leaves the open endpoints open', async () => {
    expect((await call('/openapi.json')).status).toBe(200);
  });

  it('answers 403 { message } to a manager writing (read-only role)', async () => {
    const token = await tokenFor(USERS.manager);
    expect((await call('/claims/c-0004', { token })).status).toBe(200);
    const { status, body } = await call('/claims/c-0004', { method: 'PUT', token, body: { description: 'a manager edits' } });
    expect(status).toBe(403);
    expect(body).toMatchObject(errorShape);
  });
});
