/**
 * Defects an adversarial tester confirmed in the mock backend, each with the behaviour a client
 * relies on once fixed: future incident dates, personal data on document images, lone surrogates,
 * the JSON body limit under another Content-Type, the deadline extension's ceiling, and a
 * document's file facts.
 */
import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { MAX_JSON_BODY_BYTES } from '../../mocks/http/limits';
import type { Claim, ClaimDocument } from '../../src/domain/records';
import { API, call, decide, newKey, send, setupMockApi, tokenFor, USERS } from './helpers';

setupMockApi();

type ErrorBody = { message: string; code?: string; errors?: Record<string, string> };

/** A new claim's body on policy p-0020 (in force on the reference date 2026-06-15). */
const newClaim = (facts: Partial<Claim> = {}) => ({ policyId: 'p-0020', peril: 'damage', incidentDate: '2026-06-10', repairCost: 20_000, ...facts });

describe('incident dates: an incident that has not happened cannot be claimed', () => {
  it.each([
    ['tomorrow', { incidentDate: '2026-06-16' }],
    ['a later policy year', { incidentDate: '2027-06-10', receivedDate: '2027-06-12' }],
    ['after the day received', { incidentDate: '2026-06-12', receivedDate: '2026-06-11' }],
  ])('refuses a new claim whose incident is %s: 422 errors.incidentDate', async (_, facts) => {
    const before = getMockDb().claims.size;
    const { status, body } = await send<ErrorBody>('POST', '/claims', newClaim(facts));
    expect(status).toBe(422);
    expect(body.message).toEqual(expect.any(String));
    expect(body.errors).toHaveProperty('incidentDate');
    expect(getMockDb().claims.size).toBe(before);
  });

  it('accepts an incident today (the server sets receivedDate to today)', async () => {
    const { status, body } = await send<Claim>('POST', '/claims', newClaim({ incidentDate: '2026-06-15' }));
    expect(status).toBe(201);
    expect(body).toMatchObject({ incidentDate: '2026-06-15', receivedDate: '2026-06-15' });
  });

  it('refuses a PUT that moves the incident into the future or after the received date', async () => {
    const future = await send<ErrorBody>('PUT', '/claims/c-0002', { incidentDate: '2027-06-05' });
    expect(future.status).toBe(422);
    expect(future.body.errors).toHaveProperty('incidentDate');
    const afterReceived = await send<ErrorBody>('PUT', '/claims/c-0002', { incidentDate: '2026-06-08' }); // received 2026-06-07
    expect(afterReceived.status).toBe(422);
    expect(afterReceived.body.errors).toHaveProperty('incidentDate');
    expect(getMockDb().claims.get('c-0002')?.incidentDate).toBe('2026-06-05');
    expect((await send('PUT', '/claims/c-0002', { incidentDate: '2026-06-06' })).status).toBe(200);
  });

  it('does not decide a stored claim whose incident is in the future (NOT_DECIDABLE), and pays nothing', async () => {
    const db = getMockDb();
    const claim = db.claims.get('c-0006') as Claim;
    db.claims.replace({ ...claim, incidentDate: '2027-06-06', receivedDate: '2027-06-08' });
    const { status, body } = await decide<ErrorBody>('c-0006', { decision: 'deny' });
    expect(status).toBe(422);
    expect(body.code).toBe('NOT_DECIDABLE');
    expect(body.errors).toHaveProperty('incidentDate');
    expect(db.claims.get('c-0006')?.status).toBe('in_review');
  });
});

describe('the JSON body limit and Content-Type on JSON endpoints', () => {
  const big = (bytes: number) => JSON.stringify({ ...newClaim(), description: 'x'.repeat(bytes) });

  it.each(['image/png', 'application/pdf', 'multipart/form-data; boundary=x', 'text/plain', 'application/octet-stream'])(
    'answers 415 to a JSON body sent as %s, large or small, and creates nothing',
    async (contentType) => {
      const before = getMockDb().claims.size;
      for (const body of [JSON.stringify(newClaim()), big(5 * 1024 * 1024)]) {
        const answer = await call<ErrorBody>('/claims', { method: 'POST', headers: { 'Content-Type': contentType }, body });
        expect(answer.status).toBe(415);
        expect(answer.body.errors).toHaveProperty('body');
      }
      expect(getMockDb().claims.size).toBe(before);
    },
  );

  it('holds a JSON body to 1 MiB whatever it declares, and without a Content-Type too', async () => {
    const over = big(MAX_JSON_BODY_BYTES);
    const json = await call<ErrorBody>('/claims', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: over });
    expect(json.status).toBe(413);
    const untyped = await call<ErrorBody>('/claims', { method: 'POST', body: new Blob([over]) });
    expect(untyped.status).toBe(413);
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8', 'application/merge-patch+json'])('accepts %s', async (contentType) => {
    const { status } = await call('/claims', { method: 'POST', headers: { 'Content-Type': contentType }, body: JSON.stringify(newClaim()) });
    expect(status).toBe(201);
  });

  it('accepts a JSON body without a Content-Type', async () => {
    const { status } = await call('/claims', { method: 'POST', body: new Blob([JSON.stringify(newClaim())]) });
    expect(status).toBe(201);
  });

  it('refuses a non-JSON Content-Type on the action endpoints too (decision, lock)', async () => {
    const headers = { 'Content-Type': 'text/plain', 'Idempotency-Key': newKey() };
    expect((await call('/claims/c-0006/decision', { method: 'POST', headers, body: '{"decision":"deny"}' })).status).toBe(415);
    expect((await call('/claims/c-0006/lock', { method: 'POST', headers, body: '{}' })).status).toBe(415);
    expect(getMockDb().claims.get('c-0006')?.status).toBe('in_review');
  });
});

describe('lone surrogates in JSON bodies', () => {
  it('refuses a string holding one, naming its field, and keeps the document readable', async () => {
    const { status, body } = await call<ErrorBody>('/documents/d-0002', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"fileName":"a\\ud800b.jpg","figures":{"shop":"\\udc00"}}',
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual({ fileName: expect.stringContaining('lone surrogate'), 'figures.shop': expect.stringContaining('lone surrogate') });
    expect(getMockDb().documents.get('d-0002')?.fileName).toBe('damage-photo-CLM-2026-0001.svg');
  });

  it('accepts a well-formed pair (an emoji) and a pair escaped in JSON', async () => {
    const { status, body } = await call<ClaimDocument>('/documents/d-0002', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"fileName":"\\ud83d\\udcf7 写真📱.svg"}',
    });
    expect(status).toBe(200);
    expect(body.fileName).toBe('📷 写真📱.svg');
  });

  it('serves an uploaded file whose stored name holds one (persisted before the check) instead of answering 500', async () => {
    const form = new FormData();
    form.set('kind', 'damage_photo');
    form.set('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], { type: 'image/png' }), 'photo.png');
    const uploaded = await call<ClaimDocument>('/claims/c-0004/documents', { method: 'POST', body: form, as: USERS.adjuster });
    expect(uploaded.status).toBe(201);
    const db = getMockDb();
    const stored = db.documents.get(uploaded.body.id) as ClaimDocument;
    db.documents.replace({ ...stored, fileName: 'a\ud800b.png' });
    const response = await fetch(`${API}/files/${stored.id}?token=${encodeURIComponent(await tokenFor(USERS.adjuster))}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toBe("inline; filename*=UTF-8''a%EF%BF%BDb.png");
  });
});

describe('deadline extensions have a ceiling', () => {
  const extension = (until: string, reason: 'police_inquiry' | 'expert_inquiry') => ({ until, reason, note: '照会中', customerNotified: true });

  it('refuses an extension past 180 days after completion for a police inquiry (c-0002 completed 2026-06-09)', async () => {
    const far = await send<ErrorBody>('POST', '/claims/c-0002/deadline-extension', extension('2999-12-31', 'police_inquiry'));
    expect(far.status).toBe(400);
    expect(far.body.errors).toHaveProperty('until');
    expect((await send<ErrorBody>('POST', '/claims/c-0002/deadline-extension', extension('2026-12-07', 'police_inquiry'))).status).toBe(400);
    const atCeiling = await send<Claim>('POST', '/claims/c-0002/deadline-extension', extension('2026-12-06', 'police_inquiry'));
    expect(atCeiling.status).toBe(200);
    expect(atCeiling.body.dueDate).toBe('2026-12-06');
  });

  it('refuses an extension past 90 days after completion for an expert examination', async () => {
    const over = await send<ErrorBody>('POST', '/claims/c-0002/deadline-extension', extension('2026-09-08', 'expert_inquiry'));
    expect(over.status).toBe(400);
    expect(over.body.errors?.until).toContain('2026-09-07');
    expect((await send('POST', '/claims/c-0002/deadline-extension', extension('2026-09-07', 'expert_inquiry'))).status).toBe(200);
    expect(getMockDb().claims.get('c-0002')?.dueDate).toBe('2026-09-07');
  });
});

describe("a document's file facts are server-managed", () => {
  const read = async () => (await call<ClaimDocument>('/documents/d-0002')).body;

  it.each([
    ['mimeType', 'application/pdf'],
    ['size', 1],
    ['uploadedAt', '2020-01-01T00:00:00+09:00'],
    ['url', 'https://evil.example/x.svg'],
  ] as const)('refuses a PUT changing %s: 422 SERVER_MANAGED', async (field, value) => {
    const before = getMockDb().documents.get('d-0002');
    const { status, body } = await send<ErrorBody>('PUT', '/documents/d-0002', { ...(await read()), [field]: value });
    expect(status).toBe(422);
    expect(body.code).toBe('SERVER_MANAGED');
    expect(body.errors).toHaveProperty(field);
    expect(getMockDb().documents.get('d-0002')).toEqual(before);
  });

  it.each([
    ['mimeType', 'application/pdf'],
    ['size', 1],
    ['uploadedAt', '2020-01-01T00:00:00+09:00'],
    ['url', 'https://evil.example/x.svg'],
  ] as const)('refuses a POST naming %s: 422 SERVER_MANAGED, nothing stored', async (field, value) => {
    const before = getMockDb().documents.all().length;
    const { status, body } = await send<ErrorBody>('POST', '/documents', { policyId: 'p-0004', claimId: 'c-0004', kind: 'damage_photo', [field]: value });
    expect(status).toBe(422);
    expect(body.code).toBe('SERVER_MANAGED');
    expect(body.errors).toHaveProperty(field);
    expect(getMockDb().documents.all()).toHaveLength(before);
  });

  it('sets the file facts of a created document itself: the drawn SVG, its size, the upload time', async () => {
    const { status, body } = await send<ClaimDocument>('POST', '/documents', { policyId: 'p-0004', claimId: 'c-0004', kind: 'damage_photo' });
    expect(status).toBe(201);
    expect(body.mimeType).toBe('image/svg+xml');
    expect(body.url).toBe(`/api/files/${body.id}`);
    const served = await fetch(`${API}${body.url.slice('/api'.length)}?token=${encodeURIComponent(await tokenFor(USERS.adjuster))}`);
    expect(served.status).toBe(200);
    expect((await served.arrayBuffer()).byteLength).toBe(body.size);
  });

  it('accepts the record sent back whole, as an edit form does, with a new file name', async () => {
    const { status, body } = await send<ClaimDocument>('PUT', '/documents/d-0002', { ...(await read()), fileName: '破損写真.svg' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ fileName: '破損写真.svg', mimeType: 'image/svg+xml', size: 3144, url: '/api/files/d-0002', uploadedAt: '2026-06-06T16:17:00+09:00' });
  });
});
