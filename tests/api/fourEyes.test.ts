/**
 * The adjuster's authority and the four-eyes rule (product.md, "Users and roles"; src/domain/authority.ts):
 * approvals above ¥30,000 and every theft/loss go recommend → approve by another supervisor.
 */
import { describe, expect, it } from 'vitest';
import type { Adjudication } from '../../src/domain/adjudication';
import type { Claim } from '../../src/domain/records';
import { call, decide, recommendAndApprove, send, setupMockApi, USERS } from './helpers';

setupMockApi();

type Refusal = { message: string; code?: string; reasons?: string[]; adjudication?: Adjudication; current?: Claim };

describe('authority limit', () => {
  it('lets an adjuster approve within ¥30,000 (c-0016, ¥5,500)', async () => {
    const { status, body } = await decide<Claim>('c-0016', { decision: 'approve', payout: 5_500 });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'approved', decision: { payout: 5_500, decidedBy: USERS.adjuster }, recommendation: null });
  });

  it.each([
    ['an adjuster', USERS.adjuster],
    ['a supervisor', USERS.supervisor],
  ])('refuses %s a direct approval above ¥30,000 with 403 AUTHORITY_EXCEEDED, saying to recommend', async (_who, as) => {
    const { status, body } = await decide<Refusal>('c-0001', { decision: 'approve', payout: 96_000 }, { as });
    expect(status).toBe(403);
    expect(body.code).toBe('AUTHORITY_EXCEEDED');
    expect(body.message).toMatch(/recommend/);
    expect((await call<Claim>('/claims/c-0001')).body).toMatchObject({ status: 'in_review', version: 0 });
  });

  it('sends every theft/loss through a supervisor, whatever the amount (c-0005, ¥34,900)', async () => {
    const direct = await decide<Refusal>('c-0005', { decision: 'approve', payout: 34_900 });
    expect(direct.body.code).toBe('AUTHORITY_EXCEEDED');
    expect(direct.body.message).toMatch(/[Tt]heft/);
    expect((await recommendAndApprove<Claim>('c-0005', 34_900)).body).toMatchObject({ status: 'approved' });
  });

  it('checks the module first: a wrong payout is 422 even above the authority', async () => {
    const { status, body } = await decide<Refusal>('c-0001', { decision: 'approve', payout: 10_000 });
    expect(status).toBe(422);
    expect(body.code).toBe('PAYOUT_MISMATCH');
  });

  it('refuses managers every decision with 403', async () => {
    for (const body of [{ decision: 'approve', payout: 5_500 }, { decision: 'recommend', payout: 5_500 }, { decision: 'deny' }]) {
      const answer = await decide<Refusal>('c-0016', body, { as: USERS.manager });
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('FORBIDDEN');
    }
  });
});

describe('recommendations', () => {
  it('puts the claim in pending_approval with the recommendation, not yet counting against the aggregate', async () => {
    const { status, body } = await decide<Claim>('c-0001', { decision: 'recommend', payout: 96_000, note: '見積書確認済み' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'pending_approval', decision: null, version: 1 });
    expect(body.recommendation).toMatchObject({ payout: 96_000, recommendedBy: USERS.adjuster, note: '見積書確認済み' });
    expect(Number.isNaN(Date.parse(body.recommendation?.recommendedAt ?? ''))).toBe(false);
    const policy = (await call<{ aggregate: { used: number } }>('/policies/p-0001')).body;
    expect(policy.aggregate.used).toBe(0);
  });

  it('must name exactly the payout the module computes (422)', async () => {
    const { status, body } = await decide<Refusal>('c-0001', { decision: 'recommend', payout: 99_000 });
    expect(status).toBe(422);
    expect(body.adjudication?.payout).toBe(96_000);
    const notApprovable = await decide<Refusal>('c-0006', { decision: 'recommend', payout: 38_800 });
    expect(notApprovable.body.code).toBe('NOT_APPROVABLE');
  });

  it('cannot be made twice (409)', async () => {
    await decide('c-0001', { decision: 'recommend', payout: 96_000 });
    const again = await decide<Refusal>('c-0001', { decision: 'recommend', payout: 96_000 }, { as: USERS.adjuster2 });
    expect(again.status).toBe(409);
  });
});

describe('four eyes on a recommendation', () => {
  it('refuses the recommending supervisor their own approval (403 FOUR_EYES); another supervisor approves', async () => {
    await decide('c-0001', { decision: 'recommend', payout: 96_000 }, { as: USERS.supervisor });
    const own = await decide<Refusal>('c-0001', { decision: 'approve', payout: 96_000 }, { as: USERS.supervisor });
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('FOUR_EYES');
    const other = await decide<Claim>('c-0001', { decision: 'approve', payout: 96_000 }, { as: USERS.supervisor2 });
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ status: 'approved', decision: { decidedBy: USERS.supervisor2 }, recommendation: { recommendedBy: USERS.supervisor } });
  });

  it('refuses adjusters any decision on a pending claim (403 NOT_A_SUPERVISOR)', async () => {
    await decide('c-0001', { decision: 'recommend', payout: 96_000 });
    for (const [as, body] of [
      [USERS.adjuster2, { decision: 'approve', payout: 96_000 }],
      [USERS.adjuster, { decision: 'approve', payout: 96_000 }],
      [USERS.adjuster2, { decision: 'deny' }],
    ] as const) {
      const answer = await decide<Refusal>('c-0001', body, { as });
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('NOT_A_SUPERVISOR');
    }
  });

  it('approves only the recommended payout, still recomputed by the module (422)', async () => {
    await decide('c-0001', { decision: 'recommend', payout: 96_000 });
    const other = await decide<Refusal>('c-0001', { decision: 'approve', payout: 95_000 }, { as: USERS.supervisor });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('RECOMMENDATION_MISMATCH');
    // The claim's costs cannot change under the recommendation (409), so the supervisor approves what was recommended.
    const moved = await send<Refusal>('PUT', '/claims/c-0001', { repairCost: 50_000 }, { as: USERS.adjuster });
    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('PENDING_APPROVAL');
    expect((await decide('c-0001', { decision: 'approve', payout: 96_000 }, { as: USERS.supervisor })).status).toBe(200);
  });

  it('lets a supervisor turn a recommendation down: deny, refer or pend clear it', async () => {
    await decide('c-0001', { decision: 'recommend', payout: 96_000 });
    const { status, body } = await decide<Claim>('c-0001', { decision: 'pend', note: '見積書の再提出' }, { as: USERS.supervisor });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'awaiting_documents', recommendation: null, decision: { decision: 'pend', decidedBy: USERS.supervisor } });
  });

  it('lets a supervisor approve a seeded pending claim that has no recorded recommendation (c-0020)', async () => {
    expect((await decide<Refusal>('c-0020', { decision: 'approve', payout: 100_000 })).body.code).toBe('NOT_A_SUPERVISOR');
    const { status, body } = await decide<Claim>('c-0020', { decision: 'approve', payout: 100_000 }, { as: USERS.supervisor });
    expect(status).toBe(200);
    expect(body.status).toBe('approved');
  });

  it('keeps a PUT from moving a claim out of pending_approval (409)', async () => {
    await decide('c-0001', { decision: 'recommend', payout: 96_000 });
    const { status, body } = await send<Refusal>('PUT', '/claims/c-0001', { status: 'in_review' });
    expect(status).toBe(409);
    expect(body.code).toBe('PENDING_APPROVAL');
  });
});
