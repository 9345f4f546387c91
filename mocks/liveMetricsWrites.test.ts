/**
 * The dashboard served from the live metrics index (mocks/aggregates.ts)
 * must equal a fresh computeDashboard after any sequence of writes, including ones the commit's
 * property test does not generate: policies cancelled / lapsed / re-activated, plan and inception
 * changes, claims moved to another policy, payments paid / unpaid / moved, surveys deleted or
 * re-assigned, users changed, more writes than MAX_WRITE_LOG, and a new day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearDashboardCache, dashboardOf, metricsInputOf } from './aggregates';
import { MAX_WRITE_LOG } from './collection';
import { createDb, type MockDb } from './db';
import { createSeedData } from './seed';
import { computeDashboard } from '../src/domain/metrics';

const QUERIES = [
  { from: '2022-01-01', to: '2026-06-15' },
  { from: '2025-07-01', to: '2026-06-30', plan: 'standard' as const },
  { from: '2024-01-01', to: '2026-12-31', plan: 'light' as const },
];

function freshDb(today: { value: string }, size?: number): MockDb {
  const data = createSeedData({ seed: 1, referenceDate: '2026-06-15', size });
  return createDb(data, { today: () => today.value, now: () => new Date(`${today.value}T03:00:00Z`) }, { validate: false });
}

function expectSame(db: MockDb) {
  for (const q of QUERIES) expect(dashboardOf(db, q)).toEqual(computeDashboard(metricsInputOf(db), q));
}

type Write = { kind: string; a: number; b: number; c: number };
const write = fc.record({ kind: fc.constantFrom('policyStatus', 'policyPlan', 'policyInception', 'claimMove', 'claimStatus', 'claimDelete', 'paymentPay', 'paymentUnpay', 'paymentMove', 'paymentDelete', 'surveyDelete', 'surveyMove', 'surveyAdjuster', 'userRename', 'claimPeril', 'claimReceived'), a: fc.nat(), b: fc.nat(), c: fc.nat() });

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

function apply(db: MockDb, w: Write): void {
  const policy = pick(db.policies.values(), w.a);
  const other = pick(db.policies.values(), w.b);
  const claim = pick(db.claims.values(), w.a);
  const payment = pick(db.payments.values(), w.a);
  const survey = pick(db.surveys.values(), w.a);
  const dates = ['2024-04-01', '2025-01-10', '2025-12-31', '2026-03-03', '2026-06-14', '2026-06-15'];
  try {
    switch (w.kind) {
      case 'policyStatus': if (policy) db.policies.replace({ ...policy, status: (['active', 'lapsed', 'cancelled'] as const)[w.c % 3]! }); break;
      case 'policyPlan': if (policy) db.policies.replace({ ...policy, plan: policy.plan === 'standard' ? 'light' : 'standard' }); break;
      case 'policyInception': if (policy) db.policies.replace({ ...policy, inceptionDate: dates[w.c % dates.length]! }); break;
      case 'claimMove': if (claim && other) db.claims.replace({ ...claim, policyId: other.id }); break;
      case 'claimStatus': if (claim) db.claims.replace({ ...claim, status: (['received', 'in_review', 'approved', 'paid', 'denied', 'closed'] as const)[w.c % 6]! } as never); break;
      case 'claimPeril': if (claim) db.claims.replace({ ...claim, peril: (['damage', 'water', 'failure', 'theft_loss'] as const)[w.c % 4]! } as never); break;
      case 'claimReceived': if (claim) db.claims.replace({ ...claim, receivedDate: dates[w.c % dates.length]! } as never); break;
      case 'claimDelete': if (claim) db.claims.remove(claim.id); break;
      case 'paymentPay': if (payment) db.payments.replace({ ...payment, status: 'paid', paidDate: dates[w.c % dates.length]! }); break;
      case 'paymentUnpay': if (payment) db.payments.replace({ ...payment, status: 'scheduled', paidDate: null }); break;
      case 'paymentMove': { const c2 = pick(db.claims.values(), w.b); if (payment && c2) db.payments.replace({ ...payment, claimId: c2.id, policyId: c2.policyId }); break; }
      case 'paymentDelete': if (payment) db.payments.remove(payment.id); break;
      case 'surveyDelete': if (survey) db.surveys.remove(survey.id); break;
      case 'surveyMove': if (survey && other) db.surveys.replace({ ...survey, policyId: other.id }); break;
      case 'surveyAdjuster': if (survey) db.surveys.replace({ ...survey, adjusterId: (['sato', 'tanaka', null, 'zz-new'] as const)[w.c % 4]! }); break;
      case 'userRename': { const u = pick(db.users.values(), w.a); if (u) db.users.replace({ ...u, name: `${u.name}x` }); break; }
    }
  } catch (error) {
    if ((error as Error).name !== 'ZodError') throw error;
  }
}

describe('live dashboard equals a fresh computeDashboard after writes (issue 6 review)', () => {
  it('random writes of every kind, dashboard read after each few', () => {
    fc.assert(
      fc.property(fc.array(fc.array(write, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), (batches) => {
        clearDashboardCache({ index: true });
        const db = freshDb({ value: '2026-06-15' });
        expectSame(db);
        for (const batch of batches) {
          for (const w of batch) apply(db, w);
          expectSame(db);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('a new day rebuilds; more writes than the log keeps rebuild', () => {
    clearDashboardCache({ index: true });
    const today = { value: '2026-06-15' };
    const db = freshDb(today);
    expectSame(db);
    today.value = '2026-07-20';
    expectSame(db);
    const claim = db.claims.values()[0]!;
    for (let i = 0; i <= MAX_WRITE_LOG + 5; i++) db.claims.replace({ ...db.claims.get(claim.id)!, repairShop: `shop ${i}` } as never);
    expectSame(db);
  });
});
