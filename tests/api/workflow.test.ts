/**
 * The adjuster workspace's workflow endpoints (issue 4; mocks/claimWorkflow.ts): asking for missing
 * documents (one claim, or in bulk with the peril's letter), and bulk assignment.
 */
import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { DOCUMENT_NAMES_JA, documentRequestTemplate } from '../../src/domain/documentRequest';
import type { AuditEvent, Claim } from '../../src/domain/records';
import { call, decide, listQuery, send, setupMockApi, USERS } from './helpers';

setupMockApi();

type Refusal = { message: string; code?: string; errors?: Record<string, string>; lock?: Claim['lock'] };
type Bulk = { requested?: string[]; updated?: string[]; skipped: { id: string; code: string; message: string }[] };

const request = (id: string, body: unknown, as: string = USERS.adjuster) => send<Claim & Refusal>('POST', `/claims/${id}/document-request`, body, { as });
const asking = { missing: ['repair_receipt'], message: '修理代領収証をお送りください。' };

/** The stored claims, as plain data: what a refused request must leave as it was. */
const claimsNow = () => JSON.stringify(getMockDb().claims.values());
const eventsOf = (recordId: string, action: string): AuditEvent[] => getMockDb().auditEvents.filter((e) => e.recordId === recordId && e.action === action);

describe('POST /api/claims/:id/document-request', () => {
  it('puts the claim in awaiting_documents with the request: who, when, what, the message', async () => {
    const { status, body } = await request('c-0004', { missing: ['repair_receipt', 'damage_photo'], message: '  領収証と写真をお送りください。  ', version: 0 });
    expect(status).toBe(200);
    expect(body.status).toBe('awaiting_documents');
    expect(body.version).toBe(1);
    expect(body.documentRequest).toEqual({
      missing: ['repair_receipt', 'damage_photo'],
      message: '領収証と写真をお送りください。',
      requestedBy: USERS.adjuster,
      requestedByName: '佐藤 美咲',
      requestedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect((await call<Claim>('/claims/c-0004')).body.documentRequest).toEqual(body.documentRequest);
    const [event] = eventsOf('c-0004', 'document.request');
    expect(event).toMatchObject({ actorId: USERS.adjuster, resource: 'claims', before: { status: 'in_review', documentRequest: null }, after: { status: 'awaiting_documents' } });
  });

  it('works from received and again from awaiting_documents (the last request is kept)', async () => {
    expect((await request('c-0022', asking)).body.status).toBe('awaiting_documents');
    const again = await request('c-0022', { missing: ['damage_photo'], message: '写真をもう一度お願いします。' }, USERS.supervisor);
    expect(again.status).toBe(200);
    expect(again.body.documentRequest).toMatchObject({ missing: ['damage_photo'], requestedBy: USERS.supervisor, requestedByName: '鈴木 恵子' });
    expect(eventsOf('c-0022', 'document.request')).toHaveLength(2);
  });

  it.each([
    ['no document', { missing: [], message: 'x' }, 'missing'],
    ['a document twice', { missing: ['damage_photo', 'damage_photo'], message: 'x' }, 'missing'],
    ['an unknown kind', { missing: ['selfie'], message: 'x' }, 'missing.0'],
    ['a blank message', { missing: ['damage_photo'], message: '   ' }, 'message'],
    ['a message over 2,000 characters', { missing: ['damage_photo'], message: 'あ'.repeat(2_001) }, 'message'],
    ['an unknown field', { missing: ['damage_photo'], message: 'x', status: 'in_review' }, 'body'],
  ])('answers 400 for %s, and changes nothing', async (_name, body, field) => {
    const before = claimsNow();
    const { status, body: answer } = await request('c-0004', body);
    expect(status).toBe(400);
    expect(answer.errors).toHaveProperty(field);
    expect(claimsNow()).toBe(before);
  });

  it('answers 401 without a token, 403 to a manager, 404 for an unknown claim', async () => {
    expect((await send('POST', '/claims/c-0004/document-request', asking, { as: null })).status).toBe(401);
    const manager = await request('c-0004', asking, USERS.manager);
    expect(manager.status).toBe(403);
    expect(manager.body.code).toBe('FORBIDDEN');
    expect((await request('c-9999', asking)).status).toBe(404);
    expect(eventsOf('c-0004', 'document.request')).toHaveLength(0);
  });

  it('answers 409 for a stale version, a decided claim, one waiting for approval, one locked by another', async () => {
    const before = claimsNow();
    expect((await request('c-0004', { ...asking, version: 3 })).body).toMatchObject({ code: 'VERSION_CONFLICT' });
    for (const [id, code] of [['c-0008', 'ALREADY_DECIDED'], ['c-0019', 'ALREADY_DECIDED'], ['c-0020', 'PENDING_APPROVAL']] as const) {
      const { status, body } = await request(id, asking);
      expect(status, id).toBe(409);
      expect(body.code, id).toBe(code);
    }
    expect(claimsNow()).toBe(before);
    await send('POST', '/claims/c-0004/lock', {}, { as: USERS.adjuster2 });
    const locked = await request('c-0004', asking);
    expect(locked.status).toBe(409);
    expect(locked.body).toMatchObject({ code: 'CLAIM_LOCKED', lock: { userId: USERS.adjuster2, userName: '田中 健一' } });
    expect((await call<Claim>('/claims/c-0004')).body.status).toBe('in_review');
  });

  it('leaves the claim undecidable until the documents arrive (a decision on it answers 422)', async () => {
    await request('c-0016', asking);
    const { status, body } = await decide<Refusal>('c-0016', { decision: 'approve', payout: 5_500 });
    expect(status).toBe(422);
    expect(body.code).toBe('NOT_DECIDABLE');
  });
});

describe('POST /api/claims/document-requests (bulk)', () => {
  it('asks each claim for what the module finds missing, with its peril’s letter, and skips the rest with why', async () => {
    await send('POST', '/claims/c-0013/lock', {}, { as: USERS.adjuster2 });
    const ids = ['c-0007', 'c-0004', 'c-0008', 'c-0020', 'c-0013', 'c-9999', 'c-0007'];
    const { status, body } = await send<Bulk>('POST', '/claims/document-requests', { ids }, { as: USERS.adjuster });
    expect(status).toBe(200);
    expect(body.requested).toEqual(['c-0007']);
    expect(body.skipped.map(({ id, code }) => [id, code])).toEqual([
      ['c-0004', 'NOTHING_MISSING'],
      ['c-0008', 'ALREADY_DECIDED'],
      ['c-0020', 'PENDING_APPROVAL'],
      ['c-0013', 'CLAIM_LOCKED'],
      ['c-9999', 'NOT_FOUND'],
    ]);
    for (const skipped of body.skipped) expect(skipped.message).not.toBe('');

    const claim = (await call<Claim>('/claims/c-0007')).body;
    const policy = getMockDb().policy(claim.policyId);
    expect(claim.status).toBe('awaiting_documents');
    expect(claim.documentRequest?.missing).toEqual(['repair_estimate', 'repair_receipt']);
    expect(claim.documentRequest?.message).toBe(
      documentRequestTemplate({ peril: 'damage', missing: ['repair_estimate', 'repair_receipt'], claimNumber: claim.claimNumber, holderName: policy?.holder.name ?? '?' }),
    );
    expect(claim.documentRequest?.message).toContain(DOCUMENT_NAMES_JA.repair_receipt);
    expect(eventsOf('c-0007', 'document.request')).toHaveLength(1);
    for (const id of ['c-0004', 'c-0008', 'c-0020', 'c-0013']) expect(eventsOf(id, 'document.request'), id).toHaveLength(0);
  });

  it('answers 400 for no ids or over 100, 403 to a manager, 401 without a token', async () => {
    expect((await send<Refusal>('POST', '/claims/document-requests', { ids: [] })).body.errors).toHaveProperty('ids');
    const many = Array.from({ length: 101 }, (_, i) => `c-${String(i + 1).padStart(4, '0')}`);
    expect((await send('POST', '/claims/document-requests', { ids: many })).status).toBe(400);
    expect((await send('POST', '/claims/document-requests', { ids: ['c-0007'] }, { as: USERS.manager })).status).toBe(403);
    expect((await send('POST', '/claims/document-requests', { ids: ['c-0007'] }, { as: null })).status).toBe(401);
    expect((await call<Claim>('/claims/c-0007')).body.documentRequest).toBeNull();
  });
});

describe('POST /api/claims/assign (bulk)', () => {
  const assign = (ids: string[], assigneeId: string | null, as: string) => send<Bulk & Refusal>('POST', '/claims/assign', { ids, assigneeId }, { as });

  it('lets an adjuster take claims (assign to me); each updated claim: version + 1, audited', async () => {
    const { status, body } = await assign(['c-0004', 'c-0006', 'c-0008'], USERS.adjuster, USERS.adjuster);
    expect(status).toBe(200);
    expect(body.updated).toEqual(['c-0004', 'c-0006']);
    expect(body.skipped).toEqual([{ id: 'c-0008', code: 'ALREADY_DECIDED', message: expect.any(String) }]);
    const claim = (await call<Claim>('/claims/c-0004')).body;
    expect(claim).toMatchObject({ assigneeId: USERS.adjuster, version: 1 });
    expect(eventsOf('c-0004', 'claim.assign')).toEqual([expect.objectContaining({ actorId: USERS.adjuster, before: expect.objectContaining({ assigneeId: null }), after: expect.objectContaining({ assigneeId: USERS.adjuster }) })]);
    expect(eventsOf('c-0008', 'claim.assign')).toHaveLength(0);
  });

  it('lets an adjuster unassign only the claims they hold, and not take a colleague’s', async () => {
    await assign(['c-0004'], USERS.adjuster, USERS.adjuster);
    await assign(['c-0006'], USERS.adjuster2, USERS.supervisor);
    const released = await assign(['c-0004', 'c-0006', 'c-0010'], null, USERS.adjuster);
    expect(released.body.updated).toEqual(['c-0004']);
    expect(released.body.skipped.map((s) => [s.id, s.code])).toEqual([['c-0006', 'NOT_YOURS'], ['c-0010', 'UNCHANGED']]);
    const taken = await assign(['c-0006'], USERS.adjuster, USERS.adjuster);
    expect(taken.body.skipped.map((s) => s.code)).toEqual(['ASSIGNED_TO_OTHER']);
    expect((await call<Claim>('/claims/c-0006')).body.assigneeId).toBe(USERS.adjuster2);
  });

  it('lets a supervisor assign to anyone who adjusts, and unassign', async () => {
    const { body } = await assign(['c-0004', 'c-0020'], USERS.adjuster2, USERS.supervisor);
    expect(body.updated).toEqual(['c-0004', 'c-0020']);
    expect((await call<Claim>('/claims/c-0020')).body).toMatchObject({ assigneeId: USERS.adjuster2, status: 'pending_approval' });
    expect((await assign(['c-0004'], null, USERS.supervisor)).body.updated).toEqual(['c-0004']);
  });

  it('refuses an adjuster assigning to someone else (403), an unknown or manager assignee (400), a manager (403)', async () => {
    const before = claimsNow();
    const other = await assign(['c-0004'], USERS.adjuster2, USERS.adjuster);
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('FORBIDDEN');
    for (const assigneeId of ['nobody', USERS.manager]) {
      const { status, body } = await assign(['c-0004'], assigneeId, USERS.supervisor);
      expect(status).toBe(400);
      expect(body.errors).toHaveProperty('assigneeId');
    }
    expect((await assign(['c-0004'], USERS.manager, USERS.manager)).status).toBe(403);
    expect((await send('POST', '/claims/assign', { ids: ['c-0004'] })).status).toBe(400);
    expect((await send('POST', '/claims/assign', { ids: ['c-0004'], assigneeId: null }, { as: null })).status).toBe(401);
    expect(claimsNow()).toBe(before);
  });

  it('skips a claim locked by another user', async () => {
    await send('POST', '/claims/c-0004/lock', {}, { as: USERS.adjuster2 });
    const { body } = await assign(['c-0004'], USERS.adjuster, USERS.adjuster);
    expect(body.skipped).toEqual([{ id: 'c-0004', code: 'CLAIM_LOCKED', message: expect.stringContaining('田中 健一') }]);
  });

  it('the list filter {"assigneeId": null} returns the unassigned claims', async () => {
    await assign(['c-0004', 'c-0006'], USERS.adjuster, USERS.adjuster);
    const { body, headers } = await call<Claim[]>(`/claims${listQuery({ filter: { assigneeId: null }, range: [0, 99] })}`);
    const unassigned = getMockDb().claims.filter((c) => c.assigneeId === null).map((c) => c.id);
    expect(body.map((c) => c.id).sort()).toEqual(unassigned.sort());
    expect(body.map((c) => c.id)).not.toContain('c-0004');
    expect(body.every((c) => c.assigneeId === null)).toBe(true);
    expect(headers.get('Content-Range')).toMatch(new RegExp(`/${unassigned.length}$`));
  });
});
