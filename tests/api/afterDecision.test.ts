/**
 * Life after a decision: the payment run (claims paid, payments, surveys), simulated survey answers,
 * the network-use restriction lookup and revealing personal data.
 */
import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { lookUpNetworkRestriction } from '../../mocks/policyActions';
import { simulatedAnswer } from '../../mocks/surveys';
import { addDays } from '../../src/domain/dates';
import type { Claim, Payment, Policy, Survey } from '../../src/domain/records';
import { call, decide, listQuery, REFERENCE_DATE, send, sendIdempotent, setupMockApi, USERS } from './helpers';

setupMockApi();

type RunResult = { paidDate: string; total: number; claimIds: string[]; payments: Payment[]; surveys: Survey[] };
type ErrorBody = { message: string; code?: string; errors?: Record<string, string> };

const run = (body: unknown = {}, as: string = USERS.supervisor) => sendIdempotent<RunResult & ErrorBody>('/payments/run', body, { as });

describe('POST /api/payments/run', () => {
  it('pays every approved claim: a paid payment, a paid claim and a survey each', async () => {
    await decide('c-0016', { decision: 'approve', payout: 5_500 });
    const { status, body } = await run();
    expect(status).toBe(200);
    expect(body.paidDate).toBe(REFERENCE_DATE);
    expect(body.claimIds.sort()).toEqual(['c-0009', 'c-0016']);
    expect(body.total).toBe(80_000 + 5_500);
    for (const payment of body.payments) expect(payment).toMatchObject({ status: 'paid', paidDate: REFERENCE_DATE, idempotencyKey: expect.any(String) });
    expect(body.surveys.map((s) => [s.claimId, s.answer, s.sentDate]).sort()).toEqual([
      ['c-0009', null, REFERENCE_DATE],
      ['c-0016', null, REFERENCE_DATE],
    ]);
    const claim = (await call<Claim>('/claims/c-0016')).body;
    expect(claim).toMatchObject({ status: 'paid', decision: { payout: 5_500 } });
    const payments = (await call<Payment[]>(`/payments${listQuery({ filter: { claimId: 'c-0016' } })}`, { as: USERS.manager })).body;
    expect(payments).toHaveLength(1);
    const again = await run();
    expect(again.body.claimIds).toEqual([]);
  });

  it('keeps the aggregate: a paid claim still counts', async () => {
    await run();
    const policy = (await call<{ aggregate: { used: number } }>('/policies/p-0008')).body;
    expect(policy.aggregate.used).toBe(176_000);
  });

  it('pays only the listed claims, each of which must be approved (422)', async () => {
    const before = getMockDb().payments.all();
    const refused = await run({ claimIds: ['c-0009', 'c-0001', 'c-9999'] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toHaveProperty('claimIds');
    expect(getMockDb().payments.all()).toEqual(before);
    const ok = await run({ claimIds: ['c-0009'] });
    expect(ok.body.claimIds).toEqual(['c-0009']);
  });

  it('answers 400 for a malformed body, 403 for an adjuster or a manager', async () => {
    expect((await run({ claimIds: 'c-0009' })).status).toBe(400);
    expect((await run({ everything: true })).status).toBe(400);
    expect((await run({}, USERS.adjuster)).status).toBe(403);
    expect((await run({}, USERS.manager)).status).toBe(403);
  });
});

describe('POST /api/surveys/simulate-answers', () => {
  const simulate = (until?: string) => send<{ until: string; answered: number; surveys: Survey[] }>('POST', '/surveys/simulate-answers', until === undefined ? {} : { until });

  it('lets answers arrive over the following weeks, deterministically', async () => {
    await run();
    const unanswered = getMockDb().surveys.filter((s) => s.answer === null);
    expect(unanswered.filter((s) => s.sentDate === REFERENCE_DATE).length).toBeGreaterThanOrEqual(1);
    const until = addDays(REFERENCE_DATE, 60);
    const expected = unanswered.filter((s) => {
      const simulated = simulatedAnswer(s);
      return simulated !== null && simulated.answeredDate <= until;
    });
    const later = await simulate(until);
    expect(later.body.answered).toBe(expected.length);
    for (const survey of unanswered) {
      const simulated = simulatedAnswer(survey);
      const now = getMockDb().surveys.get(survey.id);
      if (simulated === null || simulated.answeredDate > until) expect(now?.answer).toBeNull();
      else expect(now).toMatchObject({ answer: simulated.answer, answeredDate: simulated.answeredDate, comment: simulated.comment });
    }
    expect((await simulate(until)).body.answered).toBe(0);
  });

  it('answers nothing today for a survey sent today', async () => {
    await run();
    const { body } = await simulate();
    expect(body.surveys.every((s) => s.sentDate < REFERENCE_DATE)).toBe(true);
  });

  it('answers within 1 to 28 days, about two thirds of the surveys, with all five answers over many', () => {
    const answers = Array.from({ length: 2_000 }, (_, i) => simulatedAnswer({ id: `sv-${i}`, sentDate: '2026-01-01' }));
    const answered = answers.filter((a) => a !== null);
    expect(answered.length / answers.length).toBeGreaterThan(0.55);
    expect(answered.length / answers.length).toBeLessThan(0.75);
    expect(new Set(answered.map((a) => a.answer)).size).toBe(5);
    for (const a of answered) expect(a.answeredDate > '2026-01-01' && a.answeredDate <= '2026-01-29').toBe(true);
  });

  it('answers 400 for an impossible date', async () => {
    expect((await simulate('2026-02-30')).status).toBe(400);
  });
});

describe('GET /api/policies/:id/network-restriction', () => {
  type Lookup = { result: string; symbol: string; cached: boolean; originalCarrier: string | null };

  it('looks up once per device, caches it on the policy, then answers from the cache', async () => {
    const first = await call<Lookup>('/policies/p-0001/network-restriction', { as: USERS.adjuster });
    expect(first.status).toBe(200);
    expect(first.body.cached).toBe(false);
    expect(['○', '△', '×', '−']).toContain(first.body.symbol);
    const policy = (await call<Policy>('/policies/p-0001')).body;
    expect(policy.device.networkRestriction).toBe(first.body.result);
    expect(policy.version).toBe(1);
    const second = await call<Lookup>('/policies/p-0001/network-restriction', { as: USERS.adjuster });
    expect(second.body).toEqual({ ...first.body, cached: true });
    expect((await call<Policy>('/policies/p-0001')).body.version).toBe(1);
  });

  it('is deterministic from IMEI and carrier, and a new device clears it', async () => {
    await call('/policies/p-0001/network-restriction');
    const policy = (await call<Policy>('/policies/p-0001')).body;
    expect(policy.device.networkRestriction).toBe(lookUpNetworkRestriction(policy.device).result);
    const kept = await send<Policy>('PUT', '/policies/p-0001', { holder: { ...policy.holder, phone: '090-0000-0000' } });
    expect(kept.body.device.networkRestriction).toBe(policy.device.networkRestriction);
    const changed = await send<Policy>('PUT', '/policies/p-0001', { device: { ...policy.device, carrier: 'mineo', networkRestriction: 'blocked' } });
    expect(changed.body.device.networkRestriction).toBeNull();
  });

  it('gives every result over many devices', () => {
    const results = new Set(Array.from({ length: 500 }, (_, i) => lookUpNetworkRestriction({ imei: `35${String(i).padStart(13, '0')}`, carrier: 'iijmio' }).result));
    expect([...results].sort()).toEqual(['blocked', 'clear', 'instalments', 'not_applicable']);
  });

  it('answers 404 for an unknown policy', async () => {
    expect((await call('/policies/p-9999/network-restriction')).status).toBe(404);
  });
});

describe('POST /api/policies/:id/reveal', () => {
  it('reveals one item of personal data in full', async () => {
    const policy = getMockDb().policy('p-0001');
    for (const [field, value] of [['phone', policy?.holder.phone], ['email', policy?.holder.email], ['imei', policy?.device.imei]] as const) {
      const { status, body } = await send('POST', '/policies/p-0001/reveal', { field }, { as: USERS.adjuster });
      expect(status).toBe(200);
      expect(body).toEqual({ policyId: 'p-0001', field, value });
    }
  });

  it('answers 400 for another field, 404 for an unknown policy', async () => {
    expect((await send('POST', '/policies/p-0001/reveal', { field: 'name' })).status).toBe(400);
    expect((await send('POST', '/policies/p-9999/reveal', { field: 'phone' })).status).toBe(404);
  });
});
