/**
 * Four eyes on a claim's intake facts (mocks/resources/claimIntake.ts): an adjuster may not move
 * what the module pays to approve it within their authority; a version is required on every PUT of
 * a claim or policy; documents of a decided claim are frozen; ids are never reused; the stored
 * `dueDate` is always the one in force.
 */
import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import type { Claim, Policy } from '../../src/domain/records';
import { call, decide, listQuery, send, sendExactly, setupMockApi, USERS } from './helpers';

setupMockApi();

type ErrorBody = { message: string; code?: string; errors?: Record<string, string> };

describe('intake facts under four eyes', () => {
  it('refuses an adjuster moving a theft/loss claim to another peril (403 SUPERVISOR_REQUIRED), so it cannot be approved within their authority', async () => {
    const moved = await send<ErrorBody>('PUT', '/claims/c-0005', { peril: 'damage', repairCost: 20_000 }, { as: USERS.adjuster });
    expect(moved.status).toBe(403);
    expect(moved.body).toMatchObject({ code: 'SUPERVISOR_REQUIRED', errors: { peril: expect.any(String) } });
    expect(getMockDb().claims.get('c-0005')?.peril).toBe('theft_loss');
    expect((await send('PUT', '/claims/c-0005', { peril: 'damage', repairCost: 20_000 }, { as: USERS.supervisor })).status).toBe(200);
  });

  it('lets an adjuster correct the facts of a claim in review, and move a claim to theft/loss', async () => {
    const lowered = await send<Claim>('PUT', '/claims/c-0004', { repairCost: 30_000 }, { as: USERS.adjuster });
    expect(lowered.status).toBe(200);
    expect(lowered.body.repairCost).toBe(30_000);
    expect((await send('PUT', '/claims/c-0022', { peril: 'theft_loss' }, { as: USERS.adjuster })).status).toBe(200);
  });

  it.each([
    ['repairCost', { repairCost: 10_000 }],
    ['peril', { peril: 'water' }],
    ['incidentDate', { incidentDate: '2026-05-01' }],
    ['policyId', { policyId: 'p-0001' }],
    ['repairable', { repairable: false, investigationCost: 5_000 }],
    ['cause', { cause: 'product_defect' }],
  ])('freezes %s of a claim waiting for approval, whoever asks (409 PENDING_APPROVAL)', async (field, change) => {
    for (const as of [USERS.adjuster, USERS.supervisor]) {
      const { status, body } = await send<ErrorBody>('PUT', '/claims/c-0020', change, { as });
      expect(status).toBe(409);
      expect(body.code).toBe('PENDING_APPROVAL');
      expect(body.errors).toHaveProperty(field);
    }
    expect((await send('PUT', '/claims/c-0020', { description: '補足' }, { as: USERS.adjuster })).status).toBe(200); // other fields may change
  });

  it('closes the bypass end to end: recommend, lower the cost, approve within the authority is impossible', async () => {
    expect((await decide('c-0020', { decision: 'approve', payout: 25_000 })).status).not.toBe(200);
    expect((await send('PUT', '/claims/c-0020', { repairCost: 28_000 }, { as: USERS.adjuster })).status).toBe(409);
    expect(getMockDb().claims.get('c-0020')).toMatchObject({ status: 'pending_approval', repairCost: 128_000 });
  });
});

describe('version required on PUT', () => {
  it.each(['/claims/c-0004', '/policies/p-0004'])('answers 400 { errors: { version } } to a PUT of %s without version', async (path) => {
    const { status, body } = await sendExactly<ErrorBody>('PUT', path, { status: path.startsWith('/claims') ? 'awaiting_documents' : 'lapsed' });
    expect(status).toBe(400);
    expect(body.errors?.version).toMatch(/^Required/);
  });

  it('accepts the whole record as read, version included (what an edit form sends)', async () => {
    const read = (await call<Claim>('/claims/c-0004')).body;
    const { status, body } = await sendExactly<Claim>('PUT', '/claims/c-0004', { ...read, description: '編集フォームから' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ description: '編集フォームから', version: read.version + 1 });
  });

  it('does not ask a document for a version', async () => {
    expect((await sendExactly('PUT', '/documents/d-0002', { figures: { date: '2026-06-03' } })).status).toBe(200);
  });
});

describe('documents of a decided claim (409 ALREADY_DECIDED)', () => {
  it('refuses to add, change or delete a document of a paid, approved or denied claim', async () => {
    const ofClaim = (claimId: string) => getMockDb().documentsOfClaim(claimId)[0];
    for (const [claimId, policyId] of [['c-0008', 'p-0008'], ['c-0009', 'p-0008'], ['c-0019', 'p-0015']] as const) {
      const added = await send<ErrorBody>('POST', '/documents', { policyId, claimId, kind: 'damage_photo' });
      expect(added.status, claimId).toBe(409);
      expect(added.body.code).toBe('ALREADY_DECIDED');
      const document = ofClaim(claimId);
      if (!document) throw new Error(`${claimId} has no document`);
      expect((await send<ErrorBody>('PUT', `/documents/${document.id}`, { figures: {} })).body.code).toBe('ALREADY_DECIDED');
      expect((await call<ErrorBody>(`/documents/${document.id}`, { method: 'DELETE' })).body.code).toBe('ALREADY_DECIDED');
      expect(getMockDb().documents.get(document.id)).toEqual(document);
    }
  });

  it('refuses moving a document of an open claim onto a decided one', async () => {
    const document = getMockDb().documentsOfClaim('c-0010')[0];
    const moved = await send<ErrorBody>('PUT', `/documents/${document?.id}`, { claimId: 'c-0009' });
    expect(moved.status).toBe(409);
  });
});

describe('ids are never reused', () => {
  it('gives a new claim a new id and claim number after the newest claim was deleted', async () => {
    const body = { policyId: 'p-0020', peril: 'damage', incidentDate: '2026-06-10', repairCost: 20_000 };
    const first = await send<Claim>('POST', '/claims', body);
    expect((await call(`/claims/${first.body.id}`, { method: 'DELETE' })).status).toBe(200);
    const second = await send<Claim>('POST', '/claims', body);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.claimNumber).not.toBe(first.body.claimNumber);
    expect(Number(second.body.id.slice(2))).toBe(Number(first.body.id.slice(2)) + 1);
  });

  it('gives a new policy a new id and number after the newest policy was deleted', async () => {
    const template = getMockDb().policies.get('p-0020') as Policy;
    const body = { holder: template.holder, plan: 'light', inceptionDate: '2026-06-01', device: template.device };
    const first = await send<Policy>('POST', '/policies', body);
    expect((await call(`/policies/${first.body.id}`, { method: 'DELETE' })).status).toBe(200);
    const second = await send<Policy>('POST', '/policies', body);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.policyNumber).not.toBe(first.body.policyNumber);
  });
});

describe('dueDate is the due date in force', () => {
  it('stores the extended date, so a sort and a filter on dueDate see the extension', async () => {
    // c-0004 completed on 2026-05-19: an expert examination extends it to 2026-08-17 at the latest.
    const extended = await send<Claim>('POST', '/claims/c-0004/deadline-extension', { until: '2026-08-15', reason: 'expert_inquiry', note: '修理店に照会中', customerNotified: true });
    expect(extended.status).toBe(200);
    expect(extended.body.dueDate).toBe('2026-08-15');
    const late = await call<Claim[]>(`/claims${listQuery({ filter: { dueDate_gte: '2026-08-01' } })}`);
    expect(late.body.map((c) => c.id)).toEqual(['c-0004']);
    const last = await call<Claim[]>(`/claims${listQuery({ filter: { status: 'in_review' }, sort: ['dueDate', 'DESC'], range: [0, 0] })}`);
    expect(last.body[0]?.id).toBe('c-0004');
  });
});
