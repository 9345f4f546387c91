import { beforeAll, describe, expect, it } from 'vitest';
import { call, newKey, resetMockData, tokenFor, USERS } from './client';

/** The product page's three examples and the payout (yen) the terms give each. */
const EXAMPLES = [
  { id: 'c-0001', payout: 96_000 },
  { id: 'c-0002', payout: 62_780 },
  { id: 'c-0003', payout: 44_080 },
] as const;

type Claim = { id: string; status: string; policyId: string; version: number; decision: { decision: string; payout: number; decidedBy: string } | null; recommendation: { payout: number; recommendedBy: string } | null };
const errorShape = { message: expect.any(String) };

// Decisions change data for good: only against a server whose data the suite can reset.
const resettable = await resetMockData();

const decide = async (user: string, id: string, body: unknown, key: string | null = newKey()) =>
  call<Claim & { message?: string; reasons?: string[] }>(`/claims/${id}/decision`, {
    method: 'POST',
    token: await tokenFor(user),
    body,
    headers: key === null ? {} : { 'Idempotency-Key': key },
  });

describe.skipIf(!resettable)('POST /api/claims/:id/decision on the three examples', () => {
  beforeAll(async () => {
    await resetMockData();
  });

  it('refuses a payout the terms do not give: 422 { message, reasons }', async () => {
    for (const { id, payout } of EXAMPLES) {
      const { status, body } = await decide(USERS.adjuster, id, { decision: 'recommend', payout: payout - 1 });
      expect(status, id).toBe(422);
      expect(body).toMatchObject({ ...errorShape, reasons: expect.any(Array) });
    }
  });

  it('refuses an adjuster approving above the authority limit (403) and a manager (403)', async () => {
    const { id, payout } = EXAMPLES[0];
    expect(await decide(USERS.adjuster, id, { decision: 'approve', payout })).toMatchObject({ status: 403, body: errorShape });
    expect(await decide(USERS.manager, id, { decision: 'deny' })).toMatchObject({ status: 403, body: errorShape });
  });

  it('answers 400 without an Idempotency-Key or with a malformed body, 404 for an unknown claim', async () => {
    expect((await decide(USERS.adjuster, 'c-0001', { decision: 'recommend', payout: 96_000 }, null)).status).toBe(400);
    const malformed = await decide(USERS.adjuster, 'c-0001', { decision: 'maybe' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ ...errorShape, errors: expect.any(Object) });
    expect((await decide(USERS.adjuster, 'c-999999', { decision: 'deny' })).status).toBe(404);
  });

  it('pays each example: the adjuster recommends, another supervisor approves the exact payout', async () => {
    for (const { id, payout } of EXAMPLES) {
      const recommended = await decide(USERS.adjuster, id, { decision: 'recommend', payout });
      expect(recommended.status, `${id} recommend`).toBe(200);
      expect(recommended.body).toMatchObject({ id, status: 'pending_approval', recommendation: { payout, recommendedBy: USERS.adjuster } });
      const approved = await decide(USERS.supervisor, id, { decision: 'approve', payout });
      expect(approved.status, `${id} approve`).toBe(200);
      expect(approved.body).toMatchObject({ id, status: 'approved', decision: { decision: 'approve', payout, decidedBy: USERS.supervisor } });
    }
    const policy = await call<{ aggregate: { used: number } }>('/policies/p-0001', { token: await tokenFor(USERS.supervisor) });
    expect(policy.body.aggregate.used).toBeGreaterThanOrEqual(EXAMPLES[0].payout);
  });

  it('answers 409 { message } to a decision on a decided claim', async () => {
    const { status, body } = await decide(USERS.supervisor2, 'c-0001', { decision: 'deny' });
    expect(status).toBe(409);
    expect(body).toMatchObject(errorShape);
  });
});

describe.skipIf(!resettable)('the four-eyes rule and idempotency', () => {
  beforeAll(async () => {
    await resetMockData();
  });

  it('a supervisor never approves their own recommendation (403)', async () => {
    const { id, payout } = EXAMPLES[1];
    expect((await decide(USERS.supervisor, id, { decision: 'recommend', payout })).status).toBe(200);
    expect((await decide(USERS.supervisor, id, { decision: 'approve', payout })).status).toBe(403);
    expect((await decide(USERS.supervisor2, id, { decision: 'approve', payout })).status).toBe(200);
  });

  it('a replay answers the first response; the key with another body answers 422', async () => {
    const { id, payout } = EXAMPLES[2];
    const key = newKey();
    const first = await decide(USERS.adjuster, id, { decision: 'recommend', payout }, key);
    expect(first.status).toBe(200);
    const replay = await decide(USERS.adjuster, id, { decision: 'recommend', payout }, key);
    expect(replay).toMatchObject({ status: 200, body: first.body });
    const reused = await decide(USERS.adjuster, id, { decision: 'deny' }, key);
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject(errorShape);
  });
});
