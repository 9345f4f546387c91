import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from './node';
import { DEFAULT_MOCK_SETTINGS, resetMockSettings } from './devtools/settings';
import { DEMO_PASSWORD, MOCK_USERS } from './users';

const API = 'http://localhost/api';
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetMockSettings());
afterAll(() => server.close());

async function json(method: string, path: string, body?: unknown) {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('/api/_mock/settings', () => {
  it('answers the defaults, without a token', async () => {
    expect(await json('GET', '/_mock/settings')).toEqual({ status: 200, body: { ...DEFAULT_MOCK_SETTINGS } });
  });

  it('changes some settings and keeps the others', async () => {
    const put = await json('PUT', '/_mock/settings', { latencyMs: 10, failureRate: 0.25 });
    expect(put).toEqual({ status: 200, body: { ...DEFAULT_MOCK_SETTINGS, latencyMs: 10, failureRate: 0.25 } });
    expect((await json('GET', '/_mock/settings')).body.failureRate).toBe(0.25);
  });

  it.each([
    [{ failureRate: 1.5 }, 'failureRate'],
    [{ latencyMs: -1 }, 'latencyMs'],
    [{ seed: 1.5 }, 'seed'],
    [{ size: 0 }, 'size'],
    [{ size: 100_001 }, 'size'],
    [{ colour: 'red' }, 'body'],
  ])('answers 400 with field errors for %j', async (body, field) => {
    const { status, body: answer } = await json('PUT', '/_mock/settings', body);
    expect(status).toBe(400);
    expect(answer).toMatchObject({ message: expect.any(String), errors: expect.any(Object) });
    expect(Object.keys(answer.errors as object)).toContain(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await fetch(`${API}/_mock/settings`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{' });
    expect(response.status).toBe(400);
  });
});

describe('/api/_mock/reset and status', () => {
  it('re-seeds with the seed given and reports it', async () => {
    const { status, body } = await json('POST', '/_mock/reset', { seed: 42, size: 150 });
    expect(status).toBe(200);
    expect(body).toMatchObject({ persistence: 'memory', data: { seed: 42, size: 150 }, settings: { seed: 42, size: 150 } });
    expect((body.counts as Record<string, number>).claims).toBeGreaterThan(0);
    expect((await json('GET', '/_mock/status')).body).toMatchObject({ data: { seed: 42 } });
  });

  it('re-seeds with the current settings when posted no body', async () => {
    await json('PUT', '/_mock/settings', { size: 23 });
    const response = await fetch(`${API}/_mock/reset`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { seed: number } }).data.seed).toBe(DEFAULT_MOCK_SETTINGS.seed);
  });

  it('refuses an invalid seed', async () => {
    expect((await json('POST', '/_mock/reset', { seed: 'x' })).status).toBe(400);
  });
});

describe('latency and failure injection', () => {
  it('fails every other /api request with 503 { message } at rate 1, never the controls', async () => {
    await json('PUT', '/_mock/settings', { failureRate: 1 });
    for (const path of ['/claims', '/openapi.json', '/auth/login', '/no-such-route']) {
      const response = await fetch(`${API}${path}`);
      expect(response.status, path).toBe(503);
      expect(await response.json()).toEqual({ message: expect.stringContaining('Injected failure') });
    }
    expect((await json('GET', '/_mock/settings')).status).toBe(200);
    expect((await json('GET', '/_mock/users')).status).toBe(200);
  });

  it('delays other requests by latencyMs, not the controls', async () => {
    await json('PUT', '/_mock/settings', { latencyMs: 120 });
    let started = performance.now();
    await fetch(`${API}/openapi.json`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    started = performance.now();
    await fetch(`${API}/_mock/settings`);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('/api/_mock/users', () => {
  it('lists the demo users and their password', async () => {
    expect(await json('GET', '/_mock/users')).toEqual({ status: 200, body: { password: DEMO_PASSWORD, users: [...MOCK_USERS] } });
  });

  it('answers 404 for an unknown control', async () => {
    expect((await json('GET', '/_mock/nothing')).status).toBe(404);
  });
});
