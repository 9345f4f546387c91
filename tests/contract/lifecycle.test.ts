/**
 * The claim lifecycle and the limits of requests, as any backend of this API must answer them:
 * a decided claim cannot be edited nor deleted (409), PUT follows the lifecycle (422
 * `{ errors: { status } }`), the payment dates are the server's (422), decisions only in review or
 * waiting for approval (422), and a body over 1 MiB is refused (413), a malformed path 400.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, listQuery, newKey, resetMockData, tokenFor, USERS } from './client';

type Claim = { id: string; status: string; version: number; completedDate: string | null; dueDate: string | null };
type ErrorBody = { message: string; code?: string; errors?: Record<string, string> };

// These change data: only against a server whose data the suite can reset.
const resettable = await resetMockData();
let supervisor: string;
let adjuster: string;

const firstClaim = async (status: string, extra: Record<string, unknown> = {}) =>
  (await call<Claim[]>(`/claims${listQuery({ filter: { status, ...extra }, sort: ['id', 'ASC'], range: [0, 0] })}`, { token: supervisor })).body[0];

describe.skipIf(!resettable)('the claim lifecycle', () => {
  beforeAll(async () => {
    await resetMockData();
    supervisor = await tokenFor(USERS.supervisor);
    adjuster = await tokenFor(USERS.adjuster);
  });

  it.each(['approved', 'paid', 'denied'])('refuses PUT and DELETE of a %s claim with 409 { message }', async (status) => {
    const claim = await firstClaim(status);
    expect(claim, `a ${status} claim in the seed`).toBeDefined();
    const put = await call<ErrorBody>(`/claims/${claim?.id}`, { method: 'PUT', token: adjuster, body: { incidentDate: '2026-01-01', version: claim?.version } });
    expect(put.status).toBe(409);
    expect(put.body).toMatchObject({ message: expect.any(String) });
    const remove = await call<ErrorBody>(`/claims/${claim?.id}`, { method: 'DELETE', token: supervisor });
    expect(remove.status).toBe(409);
    expect((await call(`/claims/${claim?.id}`, { token: supervisor })).status).toBe(200);
  });

  it('refuses a status the lifecycle does not allow from review (in_review → received) with 422 { errors: { status } }', async () => {
    const claim = await firstClaim('in_review');
    const { status, body } = await call<ErrorBody>(`/claims/${claim?.id}`, { method: 'PUT', token: adjuster, body: { status: 'received', version: claim?.version } });
    expect(status).toBe(422);
    expect(body.errors).toHaveProperty('status');
  });

  it('refuses to set dueDate by PUT (422 { errors: { dueDate } })', async () => {
    const claim = await firstClaim('in_review');
    const { status, body } = await call<ErrorBody>(`/claims/${claim?.id}`, { method: 'PUT', token: adjuster, body: { dueDate: '2099-12-31', version: claim?.version } });
    expect(status).toBe(422);
    expect(body.errors).toHaveProperty('dueDate');
  });

  it('records no decision on a received claim (422), then does once it is in review', async () => {
    const template = (await call<{ policyId: string; incidentDate: string }>('/claims/c-0004', { token: adjuster })).body;
    const created = await call<Claim>('/claims', { method: 'POST', token: adjuster, body: { policyId: template.policyId, peril: 'damage', incidentDate: template.incidentDate, repairCost: 10_000 } });
    expect(created.body.status).toBe('received');
    const decide = () => call<ErrorBody & Claim>(`/claims/${created.body.id}/decision`, { method: 'POST', token: adjuster, headers: { 'Idempotency-Key': newKey() }, body: { decision: 'deny' } });
    const refused = await decide();
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ message: expect.any(String) });
    expect((await call(`/claims/${created.body.id}`, { method: 'PUT', token: adjuster, body: { status: 'in_review', version: created.body.version } })).status).toBe(200);
    const denied = await decide();
    expect(denied.status).toBe(200);
    expect(denied.body.status).toBe('denied');
  });
});

describe('request limits', () => {
  beforeAll(async () => {
    supervisor = await tokenFor(USERS.supervisor);
  });

  it('answers 413 { message } to a JSON body over 1 MiB', async () => {
    const { status, body } = await call<ErrorBody>('/claims/c-0004', { method: 'PUT', token: supervisor, raw: JSON.stringify({ description: 'x'.repeat(1_100_000) }) });
    expect(status).toBe(413);
    expect(body).toMatchObject({ message: expect.any(String) });
  });

  it('answers 400 { message } to malformed percent-encoding in a path', async () => {
    const { status, body } = await call<ErrorBody>('/claims/%E0%A4%A', { token: supervisor });
    expect(status).toBe(400);
    expect(body).toMatchObject({ message: expect.any(String) });
  });
});
