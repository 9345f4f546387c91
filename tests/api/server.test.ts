import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetMockDb } from '../../mocks/db';
import { startMockServer, type RunningMockServer } from '../../mocks/server';
import type { Claim } from '../../src/domain/records';
import { REFERENCE_DATE } from './helpers';

// No MSW interception here: fetch goes over real HTTP to the server on an ephemeral port.
let running: RunningMockServer;

beforeAll(async () => {
  resetMockDb({ seed: 1, referenceDate: REFERENCE_DATE });
  running = await startMockServer({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await running.close();
});

describe('mocks/server.ts over real HTTP', () => {
  it('listens on 127.0.0.1 on the port it was given', () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a list with Content-Range and CORS headers', async () => {
    const response = await fetch(`${running.url}/api/claims?range=${encodeURIComponent('[0,9]')}`, { headers: { Origin: 'http://localhost:5173' } });
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

  it('records a decision from a JSON POST body', async () => {
    const response = await fetch(`${running.url}/api/claims/c-0001/decision`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approve', payout: 96_000 }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Claim).status).toBe('approved');
    const policy = (await (await fetch(`${running.url}/api/policies/p-0001`)).json()) as { aggregate: { used: number; remaining: number } };
    expect(policy.aggregate).toMatchObject({ used: 96_000, remaining: 104_000 });
  });

  it('serves document images', async () => {
    const response = await fetch(`${running.url}/api/files/d-0002`);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(await response.text()).toContain('<svg');
  });

  it('answers 404 JSON outside the handlers, even outside /api', async () => {
    for (const path of ['/api/nothing', '/index.html']) {
      const response = await fetch(`${running.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ message: expect.any(String) });
    }
  });

  it('answers 400 JSON for a malformed body', async () => {
    const response = await fetch(`${running.url}/api/claims/c-0002/decision`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: { body: expect.any(String) } });
  });
});
