import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import type { Claim, ClaimDocument, Policy } from '../../src/domain/records';
import { call, listQuery, send, setupMockApi } from './helpers';

setupMockApi();

type ErrorBody = { message: string; errors?: Record<string, string> };
type PresentedPolicy = Policy & { aggregate: { period: { start: string; end: string }; limit: number; used: number; remaining: number } };

describe('GET one', () => {
  it('answers the record with its derived fields', async () => {
    const { status, body } = await call<PresentedPolicy>('/policies/p-0001');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'p-0001', plan: 'standard', monthlyPremium: 470, device: { model: 'iPhone 11 Pro Max' } });
    expect(body.aggregate).toEqual({ period: { start: '2025-12-15', end: '2026-12-14' }, limit: 200_000, used: 0, remaining: 200_000 });
  });

  it('answers 404 with a message when absent', async () => {
    for (const path of ['/policies/p-9999', '/claims/c-9999', '/documents/d-9999']) {
      const { status, body } = await call<ErrorBody>(path);
      expect(status).toBe(404);
      expect(body.message).toContain('not found');
    }
  });
});

describe('PUT update', () => {
  it('updates, bumps the version, ignores derived fields, and keeps the id', async () => {
    const before = (await call<PresentedPolicy>('/policies/p-0004')).body;
    const { status, body } = await send<PresentedPolicy>('PUT', '/policies/p-0004', {
      ...before,
      holder: { ...before.holder, phone: '090-0000-1111' },
      aggregate: { used: 1 },
    });
    expect(status).toBe(200);
    expect(body.holder.phone).toBe('090-****-1111'); // answered masked, stored in full
    expect(body.version).toBe(before.version + 1);
    expect(body.aggregate.used).toBe(0);
    expect(getMockDb().policies.get('p-0004')?.holder.phone).toBe('090-0000-1111');
  });

  it('accepts a partial body (merged over the stored record)', async () => {
    const { status, body } = await send<Claim>('PUT', '/claims/c-0004', { assigneeId: 'sato' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'c-0004', assigneeId: 'sato', peril: 'damage', version: 1 });
  });

  it('recomputes the adjudication from the updated claim', async () => {
    const { body } = await send<Claim>('PUT', '/claims/c-0001', { repairCost: 50_000 });
    expect(body.adjudication).toMatchObject({ decision: 'approve', payout: 47_000 });
  });

  it('answers 400 with field errors for an invalid body', async () => {
    const bad = await send<ErrorBody>('PUT', '/claims/c-0001', { repairCost: -5, incidentDate: '2026-02-30', peril: 'meteor' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors ?? {}).sort()).toEqual(['incidentDate', 'peril', 'repairCost']);
    const nested = await send<ErrorBody>('PUT', '/policies/p-0001', { device: { model: 'x' } });
    expect(nested.status).toBe(400);
    expect(Object.keys(nested.body.errors ?? {})).toContain('device.imei');
  });

  it('answers 400 for malformed JSON, a non-object body, or another id', async () => {
    const malformed = await call<ErrorBody>('/claims/c-0001', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"a":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual({ body: 'Not valid JSON' });
    expect((await send<ErrorBody>('PUT', '/claims/c-0001', [1, 2])).status).toBe(400);
    const otherId = await send<ErrorBody>('PUT', '/claims/c-0001', { id: 'c-0002' });
    expect(otherId.status).toBe(400);
    expect(otherId.body.errors).toHaveProperty('id');
  });

  it('refuses to decide through PUT or to change a decided claim', async () => {
    const approve = await send<ErrorBody>('PUT', '/claims/c-0001', { status: 'approved' });
    expect(approve.status).toBe(422);
    const reopen = await send<ErrorBody>('PUT', '/claims/c-0019', { status: 'in_review' });
    expect(reopen.status).toBe(409);
    // paid is set by the payment run only: an approved claim is decided (409), an open one is refused (422).
    expect((await send<ErrorBody>('PUT', '/claims/c-0009', { status: 'paid' })).status).toBe(409);
    const pay = await send<ErrorBody>('PUT', '/claims/c-0004', { status: 'paid' });
    expect(pay.status).toBe(422);
    expect(pay.body.errors).toHaveProperty('status');
    expect((await send<ErrorBody>('PUT', '/claims/c-0004', { status: 'pending_approval' })).status).toBe(422);
    const decision = await send<Claim>('PUT', '/claims/c-0001', { decision: { decision: 'approve', payout: 1, decidedBy: 'x', decidedAt: '2026-06-01T00:00:00Z' } });
    expect(decision.body.decision).toBeNull();
  });

  it('answers 404 for an absent record', async () => {
    expect((await send<ErrorBody>('PUT', '/claims/c-9999', { description: 'x' })).status).toBe(404);
  });
});

describe('POST create', () => {
  it('creates a policy with a server id, number and plan premium', async () => {
    const template = (await call<Policy>('/policies/p-0001')).body;
    const { status, body } = await send<PresentedPolicy>('POST', '/policies', {
      holder: { ...template.holder, phone: '080-1234-5678', email: 'hanako@example.jp' },
      plan: 'light',
      inceptionDate: '2026-06-01',
      device: { ...template.device, model: 'iPhone 15', imei: '356938035643809' },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ id: 'p-0023', policyNumber: 'BMS-2026-00023', monthlyPremium: 200, status: 'active', version: 0 });
    expect(body.aggregate).toMatchObject({ limit: 100_000, used: 0, remaining: 100_000 });
  });

  it('creates a claim, then documents that complete it', async () => {
    const created = await send<Claim>('POST', '/claims', {
      policyId: 'p-0020',
      peril: 'damage',
      incidentDate: '2026-06-10',
      description: '画面が割れた',
      repairCost: 30_000,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'c-0024', claimNumber: 'CLM-2026-0024', status: 'received', receivedDate: '2026-06-15', completedDate: null, dueDate: null });
    expect(created.body.adjudication).toMatchObject({ decision: 'pend', reasons: ['MISSING_DOCUMENTS'] });

    const imei = (await send<{ value: string }>('POST', '/policies/p-0020/reveal', { field: 'imei' })).body.value;
    for (const kind of ['damage_photo', 'repair_estimate', 'repair_receipt']) {
      const doc = await send<ClaimDocument>('POST', '/documents', {
        policyId: 'p-0020',
        claimId: 'c-0024',
        kind,
        figures: kind === 'repair_estimate' ? { amount: 30_000, imei } : {},
      });
      expect(doc.status).toBe(201);
      expect(doc.body.url).toBe(`/api/files/${doc.body.id}`);
      expect(doc.body.size).toBeGreaterThan(0);
    }
    // The estimate IMEI is a claim field; without it the module still approves (no estimate IMEI to compare).
    const claim = (await call<Claim>('/claims/c-0024')).body;
    expect(claim).toMatchObject({ completedDate: '2026-06-15', dueDate: '2026-07-15' });
    expect(claim.adjudication).toMatchObject({ decision: 'approve', payout: 27_000 });
  });

  it('moves an awaiting-documents claim back to review when its documents arrive', async () => {
    for (const kind of ['repair_estimate', 'repair_receipt']) {
      expect((await send('POST', '/documents', { policyId: 'p-0007', claimId: 'c-0007', kind })).status).toBe(201);
    }
    const claim = (await call<Claim>('/claims/c-0007')).body;
    expect(claim).toMatchObject({ status: 'in_review', completedDate: '2026-06-15', dueDate: '2026-07-15' });
  });

  it('answers 400 for unknown references and invalid bodies', async () => {
    const unknownPolicy = await send<ErrorBody>('POST', '/claims', { policyId: 'p-9999', peril: 'damage', incidentDate: '2026-06-01' });
    expect(unknownPolicy.status).toBe(400);
    expect(unknownPolicy.body.errors).toHaveProperty('policyId');
    const wrongOwner = await send<ErrorBody>('POST', '/documents', { policyId: 'p-0002', claimId: 'c-0001', kind: 'damage_photo' });
    expect(wrongOwner.status).toBe(400);
    expect(wrongOwner.body.errors).toHaveProperty('claimId');
    const invalid = await send<ErrorBody>('POST', '/claims', { policyId: 'p-0001', peril: 'damage' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toHaveProperty('incidentDate');
    const decided = await send<ErrorBody>('POST', '/claims', { policyId: 'p-0001', peril: 'damage', incidentDate: '2026-06-01', status: 'paid' });
    expect(decided.status).toBe(422);
    const empty = await call<ErrorBody>('/claims', { method: 'POST' });
    expect(empty.status).toBe(400);
  });
});

describe('DELETE', () => {
  it('answers the deleted record and removes the claim with its documents', async () => {
    const { status, body } = await call<Claim>('/claims/c-0007', { method: 'DELETE', headers: { 'Content-Type': 'text/plain' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'c-0007', peril: 'damage' });
    expect((await call('/claims/c-0007')).status).toBe(404);
    const docs = await call<ClaimDocument[]>(`/documents${listQuery({ filter: { claimId: 'c-0007' } })}`);
    expect(docs.body).toEqual([]);
  });

  it('deletes a document', async () => {
    const { status, body } = await call<ClaimDocument>('/documents/d-0002', { method: 'DELETE' });
    expect(status).toBe(200);
    expect(body.id).toBe('d-0002');
    expect((await call('/files/d-0002')).status).toBe(404);
  });

  it('refuses to delete a policy with claims (409) but deletes one without', async () => {
    expect((await call('/policies/p-0001', { method: 'DELETE' })).status).toBe(409);
    const { status, body } = await call<Policy>('/policies/p-0020', { method: 'DELETE' });
    expect(status).toBe(200);
    expect(body.id).toBe('p-0020');
  });

  it('answers 404 for an absent record', async () => {
    expect((await call('/claims/c-9999', { method: 'DELETE' })).status).toBe(404);
  });
});
