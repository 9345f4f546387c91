import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
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

/** One raw HTTP exchange with node:http (fetch cannot send TRACE nor lie about Content-Length). */
function rawRequest(
  base: string,
  options: { method: string; path: string; headers?: Record<string, string | number>; body?: Buffer | string; bodyBytes?: number },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: url.hostname, port: url.port, method: options.method, path: options.path, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    // The server may answer and close before the whole body is sent: that is the point.
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (options.bodyBytes !== undefined) {
      const chunk = Buffer.alloc(64 * 1024, 0x78);
      let sent = 0;
      const pump = (): void => {
        while (sent < (options.bodyBytes ?? 0)) {
          sent += chunk.length;
          if (request.destroyed) return;
          if (!request.write(chunk)) {
            request.once('drain', pump);
            return;
          }
        }
        request.end();
      };
      pump();
    } else {
      request.end(options.body);
    }
  });
}

describe('mocks/server.ts answers client mistakes with 4xx, never 500 (defect 5)', () => {
  it('answers 405 { message } with Allow to a method it does not serve (TRACE)', async () => {
    for (const method of ['TRACE', 'PROPFIND', 'MKCOL']) {
      const { status, headers, body } = await rawRequest(running.url, { method, path: '/api/claims/c-0001', headers: asSupervisor });
      expect(status, method).toBe(405);
      expect(headers.allow).toContain('GET');
      expect(JSON.parse(body)).toEqual({ message: expect.stringContaining(method) });
    }
  });

  it('answers 405 to CONNECT too (it never reaches the request listener)', async () => {
    const url = new URL(running.url);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.write(`CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n`));
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 405 /);
    expect(reply).toContain('"message"');
  });

  it('answers 400 { message } for malformed percent-encoding in the path', async () => {
    const response = await fetch(`${running.url}/api/claims/%E0%A4%A`, { headers: asSupervisor });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: expect.stringMatching(/percent-encoding/i) });
  });

  it('answers 413 { message } to a Content-Length over the cap without reading the body (600 MB)', async () => {
    const started = Date.now();
    const { status, body } = await rawRequest(running.url, {
      method: 'PUT',
      path: '/api/claims/c-0004',
      headers: { ...asSupervisor, 'Content-Type': 'application/json', 'Content-Length': 600 * 1024 * 1024 },
      bodyBytes: 2 * 1024 * 1024,
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({ message: expect.stringMatching(/too large/i) });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers 413 to a chunked body once it reads past the cap, and stores nothing', async () => {
    const { status, body } = await rawRequest(running.url, {
      method: 'PUT',
      path: '/api/claims/c-0004',
      headers: { ...asSupervisor, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      bodyBytes: 3 * 1024 * 1024,
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({ message: expect.stringMatching(/too large/i) });
    const claim = (await (await fetch(`${running.url}/api/claims/c-0004`, { headers: asSupervisor })).json()) as Claim;
    expect(claim.description.length).toBeLessThan(1_000);
  });

  it('answers HEAD like GET, without a body', async () => {
    const list = await rawRequest(running.url, { method: 'HEAD', path: '/api/claims', headers: asSupervisor });
    expect(list.status).toBe(200);
    expect(list.body).toBe('');
    expect(list.headers['content-range']).toMatch(/^claims 0-\d+\/\d+$/);
    expect((await rawRequest(running.url, { method: 'HEAD', path: '/api/claims/c-9999', headers: asSupervisor })).status).toBe(404);
  });
});
