/**
 * Client mistakes answer 4xx, never 500, through the real handlers (defect 5): malformed
 * percent-encoding in a path (400), bodies over the cap (413, by Content-Length and by what is
 * actually read), strings over their maximum length in request bodies (400 with the field), HEAD
 * (GET's status and headers, no body).
 */
import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { MAX_JSON_BODY_BYTES } from '../../mocks/http/limits';
import { API, authHeaders, call, decide, send, setupMockApi, USERS } from './helpers';

setupMockApi();

type ErrorBody = { message: string; errors?: Record<string, string> };

/** A body of `bytes` bytes streamed without Content-Length (the handlers must count what they read). */
function streamOf(bytes: number, prefix = '{"description":"', suffix = '"}'): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(prefix));
    },
    pull(controller) {
      if (sent >= bytes) {
        controller.enqueue(new TextEncoder().encode(suffix));
        controller.close();
        return;
      }
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
}

describe('malformed percent-encoding in a path', () => {
  it.each(['/claims/%E0%A4%A', '/claims/%', '/policies/%ZZ', '/claims/c-0001/%E0%A4%A/decision', '/documents/%C3'])('answers 400 { message } for %s', async (path) => {
    for (const method of ['GET', 'PUT', 'DELETE', 'POST']) {
      const { status, body } = await call<ErrorBody>(path, { method, headers: { 'Content-Type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
      expect(status, `${method} ${path}`).toBe(400);
      expect(body.message).toMatch(/percent-encoding/i);
    }
  });

  it('still decodes well-formed ids', async () => {
    expect((await call('/claims/c%2D0001')).status).toBe(200);
    expect((await call('/claims/%E3%81%82')).status).toBe(404);
  });
});

describe('request bodies are capped (413)', () => {
  it(`refuses a JSON body over ${MAX_JSON_BODY_BYTES.toLocaleString('en')} bytes by its Content-Length`, async () => {
    const description = 'あ'.repeat(MAX_JSON_BODY_BYTES / 3 + 10);
    const { status, body } = await send<ErrorBody>('PUT', '/claims/c-0004', { description });
    expect(status).toBe(413);
    expect(body.message).toMatch(/too large/i);
    expect(getMockDb().claims.get('c-0004')?.description).not.toBe(description);
  });

  it('refuses a streamed body without Content-Length once it reads past the cap', async () => {
    for (const [method, path] of [['PUT', '/claims/c-0004'], ['POST', '/claims'], ['POST', '/claims/c-0001/decision'], ['POST', '/auth/login']] as const) {
      const headers = new Headers({ 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...(await authHeaders(USERS.supervisor)) });
      const response = await fetch(`${API}${path}`, { method, headers, body: streamOf(MAX_JSON_BODY_BYTES + 1), duplex: 'half' } as RequestInit);
      expect(response.status, `${method} ${path}`).toBe(413);
      expect(((await response.json()) as ErrorBody).message).toMatch(/too large/i);
    }
  });

  it('accepts a streamed body under the cap', async () => {
    const headers = new Headers({ 'Content-Type': 'application/json', ...(await authHeaders(USERS.supervisor)) });
    const response = await fetch(`${API}/claims/c-0004`, { method: 'PUT', headers, body: streamOf(1_000, `{"assigneeId":"sato","version":${getMockDb().claims.get('c-0004')?.version ?? 0},"x":"`, '"}'), duplex: 'half' } as RequestInit);
    expect(response.status).toBe(200);
  });
});

describe('deeply nested JSON bodies answer 400, never 500', () => {
  it.each([
    ['POST', '/claims/c-0006/decision'],
    ['POST', '/payments/run'],
    ['PUT', '/claims/c-0004'],
    ['POST', '/auth/login'],
  ] as const)('%s %s', async (method, path) => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const { status, body } = await call<ErrorBody>(path, { method, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: `{"decision":"deny","x":${deep}}` });
    expect(status).toBe(400);
    expect(body.errors).toHaveProperty('body');
  });

  it('still reads brackets inside strings as text', async () => {
    const { status, body } = await send<{ description: string }>('PUT', '/claims/c-0004', { description: '['.repeat(100) + '"\\' });
    expect(status).toBe(200);
    expect(body.description).toBe('['.repeat(100) + '"\\');
  });
});

describe('strings in request bodies have a maximum length (400 with the field)', () => {
  const long = (n: number) => 'x'.repeat(n);

  it.each([
    ['description', 'PUT', '/claims/c-0004', { description: long(10_001) }],
    ['repairShop', 'PUT', '/claims/c-0004', { repairShop: long(201) }],
    ['estimateImei', 'PUT', '/claims/c-0004', { estimateImei: long(33) }],
    ['description', 'POST', '/claims', { policyId: 'p-0020', peril: 'damage', incidentDate: '2026-06-10', description: long(10_001) }],
    ['holder.name', 'PUT', '/policies/p-0004', { holder: { name: long(201), kana: 'ア', phone: '090', email: 'a@b' } }],
    ['device.model', 'PUT', '/policies/p-0004', { device: { model: long(201), imei: '1', carrier: 'iijmio', gitekiCertified: true, purchasePrice: 1, purchaseDate: '2026-01-01' } }],
    ['fileName', 'POST', '/documents', { policyId: 'p-0004', claimId: 'c-0004', kind: 'damage_photo', fileName: long(256) }],
    ['figures.shop', 'PUT', '/documents/d-0002', { figures: { shop: long(201) } }],
    ['note', 'POST', '/claims/c-0002/deadline-extension', { until: '2026-08-31', reason: 'police_inquiry', note: long(2_001), customerNotified: true }],
    ['username', 'POST', '/auth/login', { username: long(101), password: 'demo' }],
  ] as const)('refuses an over-long %s: %s %s', async (field, method, path, body) => {
    const { status, body: answer } = await send<ErrorBody>(method, path, body);
    expect(status).toBe(400);
    expect(Object.keys(answer.errors ?? {})).toContain(field);
  });

  it('refuses an over-long decision note', async () => {
    const { status, body } = await decide<ErrorBody>('c-0006', { decision: 'deny', note: long(2_001) });
    expect(status).toBe(400);
    expect(body.errors).toHaveProperty('note');
  });
});

describe('HEAD answers like GET, without a body', () => {
  it.each([
    ['/claims', 200],
    ['/claims/c-0001', 200],
    ['/policies/p-0001', 200],
    ['/claims/c-9999', 404],
  ] as const)('HEAD %s → %i', async (path, expected) => {
    const headers = await authHeaders(USERS.adjuster);
    const response = await fetch(`${API}${path}`, { method: 'HEAD', headers });
    expect(response.status).toBe(expected);
    expect(await response.text()).toBe('');
    if (path === '/claims') expect(response.headers.get('Content-Range')).toMatch(/^claims 0-\d+\/23$/);
  });

  it('asks for a token like GET (401)', async () => {
    expect((await fetch(`${API}/claims/c-0001`, { method: 'HEAD' })).status).toBe(401);
  });
});
