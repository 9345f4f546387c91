import { afterAll, describe, expect, it } from 'vitest';
import { call, hasMockControls, resetMockData } from './client';

// Only mock servers have /api/_mock/*.
const present = await hasMockControls();

describe.skipIf(!present)('/api/_mock/* (mock mode only)', () => {
  afterAll(async () => {
    await call('/_mock/settings', { method: 'PUT', body: { latencyMs: 0, failureRate: 0 } });
  });

  it('reads and changes the settings; 400 { message, errors } on bad input', async () => {
    const { status, body } = await call('/_mock/settings');
    expect(status).toBe(200);
    expect(body).toMatchObject({ latencyMs: expect.any(Number), failureRate: expect.any(Number), seed: expect.any(Number), size: expect.any(Number) });
    expect((await call('/_mock/settings', { method: 'PUT', body: { latencyMs: 5 } })).body).toMatchObject({ latencyMs: 5 });
    const bad = await call('/_mock/settings', { method: 'PUT', body: { failureRate: 2 } });
    expect(bad).toMatchObject({ status: 400, body: { message: expect.any(String), errors: { failureRate: expect.any(String) } } });
  });

  it('fails other requests with 503 { message } at failure rate 1, never the controls', async () => {
    await call('/_mock/settings', { method: 'PUT', body: { latencyMs: 0, failureRate: 1 } });
    const failed = await call('/claims');
    expect(failed).toMatchObject({ status: 503, body: { message: expect.any(String) } });
    expect((await call('/_mock/status')).status).toBe(200);
    await call('/_mock/settings', { method: 'PUT', body: { failureRate: 0 } });
    expect((await call('/claims')).status).toBe(401); // back to normal: no token
  });

  it('re-seeds with POST /api/_mock/reset and lists the demo users', async () => {
    expect(await resetMockData()).toBe(true);
    const { body } = await call<{ password: string; users: { id: string; role: string }[] }>('/_mock/users');
    expect(body.users.map((u) => u.role)).toEqual(expect.arrayContaining(['adjuster', 'supervisor', 'manager']));
  });
});
