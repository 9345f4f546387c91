/**
 * The claim lifecycle and what a decided claim protects (product.md, "Claim lifecycle"; adjudication.md,
 * Amount rules 6): a decided claim never changes nor disappears through the API, a policy's plan never
 * falls below what a period already paid, the payment dates are the server's, PUT follows
 * src/domain/lifecycle.ts's table, and decisions are recorded only on claims in review or waiting
 * for approval.
 */
import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import type { Claim, ClaimDocument, Policy } from '../../src/domain/records';
import { call, decide, listQuery, send, sendIdempotent, setupMockApi, USERS } from './helpers';

setupMockApi();

type ErrorBody = { message: string; code?: string; errors?: Record<string, string>; reasons?: string[] };
type Aggregate = { period: { start: string; end: string }; limit: number; used: number; remaining: number };

const aggregateOf = async (policyId: string) => (await call<{ aggregate: Aggregate }>(`/policies/${policyId}`)).body.aggregate;
const stored = (id: string) => getMockDb().claims.get(id);

describe('a decided claim is closed: PUT answers 409 (defect 1)', () => {
  it.each([
    ['c-0009', 'approved', { incidentDate: '2025-09-01' }],
    ['c-0009', 'approved', { policyId: 'p-0001' }],
    ['c-0008', 'paid', { incidentDate: '2026-06-01' }],
    ['c-0008', 'paid', { repairCost: 10_000 }],
    ['c-0019', 'denied', { description: '再審査' }],
    ['c-0023', 'paid', { dueDate: '2026-12-31' }],
  ] as const)('refuses PUT %s (%s) %j', async (id, status, body) => {
    const before = stored(id);
    expect(before?.status).toBe(status);
    const answer = await send<ErrorBody>('PUT', `/claims/${id}`, body);
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'ALREADY_DECIDED', message: expect.stringContaining(status) });
    expect(stored(id)).toBe(before);
  });

  it('refuses it for referred and withdrawn claims too, whoever asks', async () => {
    expect((await decide('c-0014', { decision: 'refer' })).status).toBe(200);
    expect((await send('PUT', '/claims/c-0004', { status: 'withdrawn' }, { as: USERS.adjuster })).status).toBe(200);
    for (const as of [USERS.adjuster, USERS.supervisor]) {
      expect((await send<ErrorBody>('PUT', '/claims/c-0014', { incidentDate: '2026-06-01' }, { as })).status).toBe(409);
      expect((await send<ErrorBody>('PUT', '/claims/c-0004', { status: 'in_review' }, { as })).status).toBe(409);
    }
  });

  it('keeps p-0008 within its aggregate: a payout cannot be moved into a full period', async () => {
    // c-0010's approval fills p-0008's period (96,000 + 80,000 + 24,000 = 200,000).
    expect((await decide('c-0010', { decision: 'approve', payout: 24_000 })).status).toBe(200);
    expect(await aggregateOf('p-0008')).toMatchObject({ limit: 200_000, used: 200_000 });
    // Another approved payout (c-0016, p-0012) and a paid one (c-0023, p-0019) may not move there…
    expect((await decide('c-0016', { decision: 'approve', payout: 5_500 })).status).toBe(200);
    expect((await send('PUT', '/claims/c-0016', { policyId: 'p-0008' })).status).toBe(409);
    expect((await send('PUT', '/claims/c-0023', { policyId: 'p-0008', incidentDate: '2026-06-01' })).status).toBe(409);
    // …nor may p-0008's own paid claim move out of and back into another period.
    expect((await send('PUT', '/claims/c-0008', { incidentDate: '2025-07-01' })).status).toBe(409);
    expect(await aggregateOf('p-0008')).toMatchObject({ used: 200_000, remaining: 0 });
  });

  it('still lets the payment run turn approved into paid', async () => {
    const run = await sendIdempotent<{ claimIds: string[] }>('/payments/run', { claimIds: ['c-0009'] }, { as: USERS.supervisor });
    expect(run.status).toBe(200);
    expect(stored('c-0009')?.status).toBe('paid');
  });

  it('lets an open claim move to another policy; its decision is then judged on that policy', async () => {
    expect((await decide('c-0010', { decision: 'approve', payout: 24_000 })).status).toBe(200);
    const moved = await send<Claim>('PUT', '/claims/c-0016', { policyId: 'p-0008', incidentDate: '2026-06-01' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ policyId: 'p-0008', incidentDate: '2026-06-01' });
    // Its documents follow it (a document's claim belongs to the document's policy).
    const documents = (await call<ClaimDocument[]>(`/documents${listQuery({ filter: { claimId: 'c-0016' } })}`)).body;
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.every((d) => d.policyId === 'p-0008')).toBe(true);
    const refused = await decide<ErrorBody>('c-0016', { decision: 'approve', payout: 5_500 });
    expect(refused.status).toBe(422);
    expect(await aggregateOf('p-0008')).toMatchObject({ used: 200_000 });
  });
});

describe("a policy's plan never falls below what a period already paid (defect 1)", () => {
  it('refuses a plan change that puts the period over the new aggregate limit (422, errors.plan)', async () => {
    // p-0008 (standard) has 96,000 paid and 80,000 approved in its current period: light allows 100,000.
    const answer = await send<ErrorBody>('PUT', '/policies/p-0008', { plan: 'light' });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('AGGREGATE_EXCEEDED');
    expect(answer.body.errors).toHaveProperty('plan');
    expect(answer.body.message).toMatch(/176,000.*100,000/);
    expect(getMockDb().policy('p-0008')?.plan).toBe('standard');
    expect(await aggregateOf('p-0008')).toMatchObject({ limit: 200_000, used: 176_000 });
  });

  it('judges every period with the new inception date too', async () => {
    // Inception moved after c-0008's incident: both payouts fall in the first period (176,000 > 100,000).
    const together = await send<ErrorBody>('PUT', '/policies/p-0008', { plan: 'light', inceptionDate: '2025-12-01' });
    expect(together.status).toBe(422);
    expect(together.body.errors).toHaveProperty('plan');
    // Inception on 2024-11-01: 96,000 in one period, 80,000 in the next; each fits in 100,000.
    const apart = await send<Policy>('PUT', '/policies/p-0008', { plan: 'light', inceptionDate: '2024-11-01' });
    expect(apart.status).toBe(200);
    expect(apart.body.plan).toBe('light');
  });

  it('allows a plan change that fits', async () => {
    const answer = await send<Policy & { aggregate: Aggregate }>('PUT', '/policies/p-0001', { plan: 'light' });
    expect(answer.status).toBe(200);
    expect(answer.body.aggregate).toMatchObject({ limit: 100_000, used: 0 });
  });
});

describe('DELETE of a decided claim answers 409, whatever the role (defect 2)', () => {
  it.each(['c-0008', 'c-0009', 'c-0019', 'c-0023'])('refuses to delete %s', async (id) => {
    const before = stored(id);
    const supervisor = await call<ErrorBody>(`/claims/${id}`, { method: 'DELETE', as: USERS.supervisor });
    expect(supervisor.status).toBe(409);
    expect(supervisor.body).toMatchObject({ code: 'ALREADY_DECIDED', message: expect.stringContaining(before?.status ?? '?') });
    expect((await call(`/claims/${id}`, { method: 'DELETE', as: USERS.adjuster })).status).toBe(403);
    expect(stored(id)).toBe(before);
  });

  it('keeps an approval in the aggregate', async () => {
    expect((await decide('c-0010', { decision: 'approve', payout: 24_000 })).status).toBe(200);
    expect((await call('/claims/c-0010', { method: 'DELETE' })).status).toBe(409);
    expect(await aggregateOf('p-0008')).toMatchObject({ used: 200_000 });
    expect(getMockDb().documentsOfClaim('c-0010').length).toBeGreaterThan(0);
  });

  it('still deletes an open claim', async () => {
    expect((await call('/claims/c-0022', { method: 'DELETE' })).status).toBe(200);
  });
});

describe('completedDate and dueDate are the server’s (defect 3)', () => {
  it.each([
    ['c-0004', { dueDate: '2026-12-31' }, 'dueDate'],
    ['c-0004', { completedDate: '2026-05-01' }, 'completedDate'],
    ['c-0004', { completedDate: null }, 'completedDate'],
    ['c-0004', { dueDate: null }, 'dueDate'],
    ['c-0007', { dueDate: '2026-07-01' }, 'dueDate'],
    ['c-0007', { completedDate: '2026-06-12', dueDate: '2026-07-12' }, 'completedDate'],
  ] as const)('refuses PUT %s %j with 422 errors.%s', async (id, body, field) => {
    const before = stored(id);
    const answer = await send<ErrorBody>('PUT', `/claims/${id}`, body);
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('SERVER_MANAGED');
    expect(answer.body.errors?.[field]).toEqual(expect.any(String));
    expect(stored(id)).toBe(before);
  });

  it('accepts the values it holds (an edit form sends the whole record back)', async () => {
    const read = (await call<Claim>('/claims/c-0004')).body;
    const answer = await send<Claim>('PUT', '/claims/c-0004', { ...read, description: '画面割れ（再見積）' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ completedDate: read.completedDate, dueDate: read.dueDate, description: '画面割れ（再見積）' });
  });

  it('moves the due date only through a deadline extension, which a whole-record PUT then keeps', async () => {
    const extension = { until: '2026-08-31', reason: 'police_inquiry', note: '警察に照会中', customerNotified: true };
    expect((await send('POST', '/claims/c-0002/deadline-extension', extension)).status).toBe(200);
    const read = (await call<Claim>('/claims/c-0002')).body;
    expect(read.dueDate).toBe('2026-08-31');
    expect((await send('PUT', '/claims/c-0002', { ...read, assigneeId: 'sato' })).status).toBe(200);
    expect((await send<ErrorBody>('PUT', '/claims/c-0002', { dueDate: '2026-09-30' })).status).toBe(422);
  });

  it('refuses them on POST as well', async () => {
    const answer = await send<ErrorBody>('POST', '/claims', { policyId: 'p-0020', peril: 'damage', incidentDate: '2026-06-10', completedDate: '2026-06-10', dueDate: '2026-07-10' });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.errors ?? {}).sort()).toEqual(['completedDate', 'dueDate']);
  });
});

describe('PUT follows the lifecycle (defect 4)', () => {
  it.each([
    ['c-0022', 'received', 'withdrawn'],
    ['c-0001', 'in_review', 'received'],
    ['c-0007', 'awaiting_documents', 'received'],
    ['c-0007', 'awaiting_documents', 'withdrawn'],
  ] as const)('refuses %s %s → %s with 422 { message, errors: { status } }', async (id, from, to) => {
    const answer = await send<ErrorBody>('PUT', `/claims/${id}`, { status: to });
    expect(answer.status).toBe(422);
    expect(answer.body.message).toContain(`${from} → ${to}`);
    expect(answer.body.errors?.status).toEqual(expect.any(String));
    expect(stored(id)?.status).toBe(from);
  });

  it.each([
    ['c-0007', 'awaiting_documents', 'pending_approval'],
    ['c-0022', 'received', 'approved'],
    ['c-0001', 'in_review', 'denied'],
  ] as const)('refuses %s %s → %s: a decision, not an edit (422)', async (id, from, to) => {
    const answer = await send<ErrorBody>('PUT', `/claims/${id}`, { status: to });
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.status).toEqual(expect.any(String));
    expect(stored(id)?.status).toBe(from);
  });

  it.each([
    ['c-0022', 'in_review'],
    ['c-0022', 'awaiting_documents'],
    ['c-0001', 'awaiting_documents'],
    ['c-0007', 'in_review'],
    ['c-0001', 'withdrawn'],
  ] as const)('allows %s → %s', async (id, to) => {
    const answer = await send<Claim>('PUT', `/claims/${id}`, { status: to });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe(to);
  });
});

describe('decisions only on claims in review or waiting for approval (defect 4)', () => {
  it.each([
    ['c-0022', 'received', { decision: 'deny' }],
    ['c-0022', 'received', { decision: 'pend' }],
    ['c-0007', 'awaiting_documents', { decision: 'deny' }],
    ['c-0007', 'awaiting_documents', { decision: 'refer' }],
  ] as const)('refuses to decide %s (%s) %j: 422 NOT_DECIDABLE', async (id, status, body) => {
    const answer = await decide<ErrorBody>(id, body);
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('NOT_DECIDABLE');
    expect(answer.body.message).toContain(status);
    expect(stored(id)?.status).toBe(status);
  });

  it('refuses to approve a received claim, complete as it is, until it is put in review', async () => {
    const created = await send<Claim>('POST', '/claims', { policyId: 'p-0020', peril: 'damage', incidentDate: '2026-06-10', repairCost: 20_000 });
    const id = created.body.id;
    for (const kind of ['damage_photo', 'repair_estimate', 'repair_receipt']) expect((await send('POST', '/documents', { policyId: 'p-0020', claimId: id, kind })).status).toBe(201);
    const complete = (await call<Claim>(`/claims/${id}`)).body;
    expect(complete).toMatchObject({ status: 'received', completedDate: '2026-06-15', adjudication: { decision: 'approve', payout: 17_000 } });
    const refused = await decide<ErrorBody>(id, { decision: 'approve', payout: 17_000 });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('NOT_DECIDABLE');
    expect((await send('PUT', `/claims/${id}`, { status: 'in_review' })).status).toBe(200);
    expect((await decide<Claim>(id, { decision: 'approve', payout: 17_000 })).body.status).toBe('approved');
  });

  it('refuses to approve a claim moved back to received (in_review → received is refused anyway)', async () => {
    expect((await send('PUT', '/claims/c-0016', { status: 'received' })).status).toBe(422);
    expect((await decide<Claim>('c-0016', { decision: 'approve', payout: 5_500 })).status).toBe(200);
  });

  it.each([
    ['c-0001', 96_000],
    ['c-0002', 62_780],
    ['c-0003', 44_080],
  ])('keeps the example %s decidable (in review)', async (id, payout) => {
    expect(stored(id)?.status).toBe('in_review');
    expect((await decide(id, { decision: 'recommend', payout })).status).toBe(200);
  });
});
