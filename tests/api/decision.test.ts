import { describe, expect, it } from 'vitest';
import type { Adjudication } from '../../src/domain/adjudication';
import type { Claim } from '../../src/domain/records';
import { claimSchema } from '../../src/domain/records';
import { call, decide, recommendAndApprove, send, setupMockApi, USERS } from './helpers';

setupMockApi();

type Refusal = { message: string; reasons?: string[]; adjudication?: Adjudication; errors?: Record<string, string> };
type Aggregate = { period: { start: string; end: string }; limit: number; used: number; remaining: number };


describe('POST /api/claims/:id/decision', () => {
  it.each([
    ['c-0001', 'p-0001', 96_000],
    ['c-0002', 'p-0002', 62_780],
    ['c-0003', 'p-0003', 44_080],
  ])('approves the product page example %s (policy %s) for %i yen', async (claimId, policyId, payout) => {
    const before = (await call<Claim>(`/claims/${claimId}`)).body;
    expect(before.adjudication).toMatchObject({ decision: 'approve', payout });

    const { status, body } = await recommendAndApprove<Claim>(claimId, payout);
    expect(status).toBe(200);
    expect(claimSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ id: claimId, policyId, status: 'approved', version: before.version + 2 });
    expect(body.decision).toMatchObject({ decision: 'approve', payout, decidedBy: USERS.supervisor });
    expect(body.recommendation).toMatchObject({ payout, recommendedBy: USERS.adjuster });
    expect(Number.isNaN(Date.parse(body.decision?.decidedAt ?? ''))).toBe(false);
    expect(body.adjudication).toMatchObject({ decision: 'approve', payout });
  });

  it('counts the approval in the policy aggregate: ¥96,000 used, ¥104,000 remaining', async () => {
    const before = (await call<{ aggregate: Aggregate }>('/policies/p-0001')).body.aggregate;
    expect(before).toMatchObject({ limit: 200_000, used: 0, remaining: 200_000 });
    await recommendAndApprove('c-0001', 96_000);
    const after = (await call<{ aggregate: Aggregate }>('/policies/p-0001')).body.aggregate;
    expect(after).toEqual({ ...before, used: 96_000, remaining: 104_000 });
  });

  it('refuses a payout that differs from the module with 422, the reasons and the adjudication', async () => {
    const { status, body } = await decide<Refusal>('c-0001', { decision: 'approve', payout: 99_000 });
    expect(status).toBe(422);
    expect(body.message).toContain('96000');
    expect(body.reasons).toEqual([]);
    expect(body.adjudication).toMatchObject({ decision: 'approve', payout: 96_000 });
    expect((await call<Claim>('/claims/c-0001')).body).toMatchObject({ status: 'in_review', decision: null, recommendation: null, version: 0 });
  });

  it('refuses an approval the module does not give, with its reasons', async () => {
    const docomo = await decide<Refusal>('c-0006', { decision: 'approve', payout: 38_800 });
    expect(docomo.status).toBe(422);
    expect(docomo.body.reasons).toEqual(['CARRIER_INELIGIBLE']);
    const missing = await decide<Refusal>('c-0007', { decision: 'approve', payout: 49_800 });
    expect(missing.status).toBe(422);
    expect(missing.body.reasons).toEqual(['MISSING_DOCUMENTS']);
    expect(missing.body.adjudication?.missingDocuments).toEqual(['repair_estimate', 'repair_receipt']);
  });

  it('caps by what is left of the aggregate, recomputed from other payouts', async () => {
    const capped = await decide<Refusal>('c-0010', { decision: 'approve', payout: 42_000 });
    expect(capped.status).toBe(422);
    expect(capped.body.reasons).toEqual(['CAPPED_BY_AGGREGATE']);
    const ok = await decide('c-0010', { decision: 'approve', payout: 24_000 });
    expect(ok.status).toBe(200);
    const aggregate = (await call<{ aggregate: Aggregate }>('/policies/p-0008')).body.aggregate;
    expect(aggregate).toMatchObject({ used: 200_000, remaining: 0 });
  });

  it('never lets a stale screen pay past the aggregate: another payout changes the answer', async () => {
    // A screen showed ¥24,000 for c-0010; meanwhile another claim on the same policy is approved for
    // that rest of the aggregate, so approving c-0010 as shown must now be refused.
    const created = await send<Claim>('POST', '/claims', { policyId: 'p-0008', peril: 'damage', incidentDate: '2026-06-12', repairCost: 30_000, status: 'in_review' });
    const estimateImei = (await call<{ device: { imei: string } }>('/policies/p-0008')).body.device.imei;
    await send('PUT', `/claims/${created.body.id}`, { estimateImei });
    for (const kind of ['damage_photo', 'repair_estimate', 'repair_receipt']) {
      await send('POST', '/documents', { policyId: 'p-0008', claimId: created.body.id, kind });
    }
    expect((await decide(created.body.id ?? '', { decision: 'approve', payout: 24_000 })).status).toBe(200);
    const stale = await decide<Refusal>('c-0010', { decision: 'approve', payout: 24_000 });
    expect(stale.status).toBe(422);
    expect(stale.body.reasons).toEqual(['AGGREGATE_EXHAUSTED']);
  });

  it('records deny, refer and pend with their statuses and a zero payout', async () => {
    const denied = await decide<Claim>('c-0006', { decision: 'deny', note: '対象外キャリア' });
    expect(denied.body).toMatchObject({ status: 'denied', decision: { decision: 'deny', payout: 0, note: '対象外キャリア' } });
    const referred = await decide<Claim>('c-0014', { decision: 'refer' });
    expect(referred.body).toMatchObject({ status: 'referred', decision: { decision: 'refer', payout: 0 } });
    const pended = await decide<Claim>('c-0018', { decision: 'pend', note: 'IMEIの確認が必要' });
    expect(pended.body).toMatchObject({ status: 'awaiting_documents', decision: { decision: 'pend', payout: 0 } });
  });

  it('refuses a second decision with 409', async () => {
    expect((await recommendAndApprove('c-0001', 96_000)).status).toBe(200);
    const again = await decide<Refusal>('c-0001', { decision: 'approve', payout: 96_000 }, { as: USERS.supervisor2 });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('already approved');
    for (const id of ['c-0008', 'c-0019']) expect((await decide(id, { decision: 'deny' })).status).toBe(409);
  });

  it('lets a pended claim be decided later, once back in review', async () => {
    await decide('c-0018', { decision: 'pend' });
    // Awaiting documents is not decidable (src/domain/lifecycle.ts): it returns to review first.
    expect((await decide<Refusal>('c-0018', { decision: 'deny' })).status).toBe(422);
    expect((await send('PUT', '/claims/c-0018', { status: 'in_review' })).status).toBe(200);
    expect((await decide('c-0018', { decision: 'deny' })).status).toBe(200);
  });

  it('answers 404 for an unknown claim', async () => {
    const { status, body } = await decide<Refusal>('c-9999', { decision: 'deny' });
    expect(status).toBe(404);
    expect(body.message).toEqual(expect.any(String));
  });

  it.each([
    [{ decision: 'approve' }, 'payout'],
    [{ decision: 'approve', payout: -1 }, 'payout'],
    [{ decision: 'approve', payout: 96_000.5 }, 'payout'],
    [{ decision: 'approve', payout: '96000' }, 'payout'],
    [{ decision: 'pay' }, 'decision'],
    [{}, 'decision'],
  ])('answers 400 for the body %j', async (body, field) => {
    const { status, body: answer } = await decide<Refusal>('c-0001', body);
    expect(status).toBe(400);
    expect(Object.keys(answer.errors ?? {})).toContain(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const { status } = await call('/claims/c-0001/decision', { as: USERS.adjuster, method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-not-json' }, body: 'approve' });
    expect(status).toBe(400);
  });
});
