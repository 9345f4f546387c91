import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetMockDb } from '../../mocks/db';
import { startMockServer, type RunningMockServer } from '../../mocks/server';
import type { Claim } from '../../src/domain/records';
import { authHeaders, REFERENCE_DATE, USERS } from './helpers';

// No MSW interception here: fetch goes over real HTTP to the server on an ephemeral port.
let running: RunningMockServer;
let asSupervisor: Record<string, string>;

beforeAll(async () => {
  resetMockDb({ seed: 1, referenceDate: REFERENCE_DATE });
  running = await startMockServer({ port: 0, host: '127.0.0.1' });
  asSupervisor = await authHeaders(USERS.supervisor, `${running.url}/api`);
});
afterAll(async () => {
  await running.close();
});

describe('mocks/server.ts over real HTTP', () => {
  it('listens on 127.0.0.1 on the port it was given', () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a list with Content-Range and CORS headers', async () => {
    const response = await fetch(`${running.url}/api/claims?range=${encodeURIComponent('[0,9]')}`, { headers: { Origin: 'http://localhost:5173', ...asSupervisor } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe('claims 0-9/23');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toBe('Content-Range');
    expect(((await response.json()) as Claim[]).length).toBe(10);
  });

  it('answers a preflight OPTIONS with 204 and the allowed headers', async () => {
    const response = await fetch(`${running.url}/api/claims/c-0001/decision`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('answers 401 without a token, and signs in over HTTP', async () => {
    expect((await fetch(`${running.url}/api/claims/c-0001`)).status).toBe(401);
    const me = await fetch(`${running.url}/api/auth/me`, { headers: asSupervisor });
    expect(await me.json()).toMatchObject({ id: USERS.supervisor, role: 'supervisor' });
  });

  it('records a recommendation and its approval from JSON POST bodies', async () => {
    const decide = async (as: string, body: unknown) =>
      fetch(`${running.url}/api/claims/c-0001/decision`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...(await authHeaders(as, `${running.url}/api`)) },
        body: JSON.stringify(body),
      });
    expect((await decide(USERS.adjuster, { decision: 'recommend', payout: 96_000 })).status).toBe(200);
    const response = await decide(USERS.supervisor, { decision: 'approve', payout: 96_000 });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Claim).status).toBe('approved');
    const policy = (await (await fetch(`${running.url}/api/policies/p-0001`, { headers: asSupervisor })).json()) as { aggregate: { used: number; remaining: number } };
    expect(policy.aggregate).toMatchObject({ used: 96_000, remaining: 104_000 });
  });

  it('serves document images', async () => {
    const response = await fetch(`${running.url}/api/files/d-0002`, { headers: asSupervisor });
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(await response.text()).toContain('<svg');
  });

  it('answers 404 JSON outside the handlers, even outside /api', async () => {
    for (const path of ['/api/nothing', '/index.html']) {
      const response = await fetch(`${running.url}${path}`, { headers: asSupervisor });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ message: expect.any(String) });
    }
  });

  it('answers 400 JSON for a malformed body', async () => {
    const response = await fetch(`${running.url}/api/claims/c-0002/decision`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': 'k-malformed', ...asSupervisor },
      body: '{',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: { body: expect.any(String) } });
  });
});
