/**
 * The figures managers read, on the hand-computed example of testing.ts (today 2026-06-15, range
 * 2026-03-01…2026-05-31): an empty month (April) and a month whose surveys nobody answered (May).
 */
import { describe, expect, test } from 'vitest';
import { EXAMPLE_INPUT, EXAMPLE_RANGE } from './testing';
import { claimsByStatus, payoutsByPeril } from './payouts';
import { cycleTime, deadlineByMonth } from './timeliness';
import { lossRatioByPlan } from './lossRatio';
import { consumption, consumptionBucketOf } from './consumption';
import { aggregateUsageOn } from '../policyPeriod';
import { EXAMPLE_CLAIMS, EXAMPLE_PAYMENTS, EXAMPLE_POLICIES } from './testing';
import { satisfactionBreakdown } from './satisfaction';
import { computeDashboard, dashboardFromIndex } from './dashboard';
import { indexMetrics, scopeOf } from './metricsIndex';

const all = scopeOf(EXAMPLE_INPUT);
const light = scopeOf(EXAMPLE_INPUT, 'light');
const zeros = { damage: 0, water: 0, failure: 0, data_recovery: 0, theft_loss: 0 };

describe('payouts per month by peril', () => {
  test('paid payments by paid month and peril; April empty; the scheduled and June payments left out', () => {
    expect(payoutsByPeril(all, EXAMPLE_RANGE)).toEqual([
      { month: '2026-03', total: 30_000, count: 1, amounts: { ...zeros, damage: 30_000 }, counts: { ...zeros, damage: 1 } },
      { month: '2026-04', total: 0, count: 0, amounts: zeros, counts: zeros },
      { month: '2026-05', total: 70_000, count: 2, amounts: { ...zeros, damage: 20_000, water: 50_000 }, counts: { ...zeros, damage: 1, water: 1 } },
    ]);
  });

  test('the light plan keeps only its policies’ payments', () => {
    expect(payoutsByPeril(light, EXAMPLE_RANGE).map((row) => row.total)).toEqual([0, 0, 20_000]);
  });
});

describe('claims by status', () => {
  test('claims received in the range, by status today: count, amount claimed, payout decided', () => {
    const rows = Object.fromEntries(claimsByStatus(all, EXAMPLE_RANGE).map((row) => [row.status, row]));
    // c2, c3, c8 paid: claimed 23,000 + 53,000 + 15,000; decided 20,000 + 50,000 + 12,000. c1 was received in February.
    expect(rows.paid).toEqual({ status: 'paid', count: 3, claimedAmount: 91_000, decidedPayout: 82_000 });
    expect(rows.approved).toEqual({ status: 'approved', count: 1, claimedAmount: 48_000, decidedPayout: 45_000 });
    expect(rows.in_review).toEqual({ status: 'in_review', count: 1, claimedAmount: 40_000, decidedPayout: 0 });
    expect(rows.denied).toEqual({ status: 'denied', count: 1, claimedAmount: 10_000, decidedPayout: 0 });
    // c5 was received in June: outside the range.
    expect(rows.received).toEqual({ status: 'received', count: 0, claimedAmount: 0, decidedPayout: 0 });
    expect(Object.keys(rows)).toHaveLength(9);
  });
});

describe('paid within the deadline, cycle time', () => {
  test('per month of payment: March on time; April nothing paid (rate null); May one late, one within its extension', () => {
    expect(deadlineByMonth(all, EXAMPLE_RANGE)).toEqual([
      { month: '2026-03', paid: 1, within: 1, rate: 1 },
      { month: '2026-04', paid: 0, within: 0, rate: null },
      { month: '2026-05', paid: 2, within: 1, rate: 0.5 },
    ]);
  });

  test('receipt to payment: 18, 66 and 78 days; mean 54, median 66', () => {
    const figure = cycleTime(all, EXAMPLE_RANGE);
    expect(figure).toMatchObject({ claims: 3, averageDays: 54, medianDays: 66 });
    expect(figure.buckets.map((bucket) => [bucket.from, bucket.to, bucket.count])).toEqual([
      [0, 7, 0],
      [8, 14, 0],
      [15, 21, 1],
      [22, 30, 0],
      [31, 45, 0],
      [46, 60, 0],
      [61, null, 2],
    ]);
    expect(figure.buckets[2]?.share).toBeCloseTo(1 / 3);
  });

  test('nothing paid: no mean, no median, every share null', () => {
    const figure = cycleTime(all, { from: '2026-04-01', to: '2026-04-30' });
    expect(figure).toMatchObject({ claims: 0, averageDays: null, medianDays: null });
    expect(figure.buckets.every((bucket) => bucket.count === 0 && bucket.share === null)).toBe(true);
  });
});

describe('loss ratio by plan per month', () => {
  test('premium of the active policies in force (p2 from April; lapsed and cancelled never), payouts by paid month', () => {
    const rows = lossRatioByPlan(all, EXAMPLE_RANGE);
    expect(rows.map((row) => [row.month, row.plans.standard.policies, row.plans.standard.earnedPremium, row.plans.light.policies, row.plans.light.earnedPremium])).toEqual([
      ['2026-03', 1, 470, 1, 200],
      ['2026-04', 2, 940, 1, 200],
      ['2026-05', 2, 940, 1, 200],
    ]);
    expect(rows[0]?.plans.standard).toEqual({ policies: 1, earnedPremium: 470, payouts: 30_000, rate: 30_000 / 470 });
    expect(rows[0]?.plans.light.rate).toBe(0);
    expect(rows[1]?.all).toEqual({ policies: 3, earnedPremium: 1_140, payouts: 0, rate: 0 });
    expect(rows[2]?.plans.light).toEqual({ policies: 1, earnedPremium: 200, payouts: 20_000, rate: 100 });
    expect(rows[2]?.all).toEqual({ policies: 3, earnedPremium: 1_140, payouts: 70_000, rate: 70_000 / 1_140 });
  });

  test('a partial month earns its days in the range only, rounded to the yen', () => {
    const rows = lossRatioByPlan(all, { from: '2026-03-16', to: '2026-04-15' });
    // March: 16 of 31 days; April: 15 of 30.
    expect(rows.map((row) => [row.plans.standard.earnedPremium, row.plans.light.earnedPremium])).toEqual([
      [Math.round((470 * 16) / 31), Math.round((200 * 16) / 31)],
      [470, 100],
    ]);
  });

  test('with a plan filter, the other plan earns nothing and has no rate', () => {
    const rows = lossRatioByPlan(light, EXAMPLE_RANGE);
    expect(rows.every((row) => row.plans.standard.earnedPremium === 0 && row.plans.standard.rate === null)).toBe(true);
    expect(rows.map((row) => row.all.rate)).toEqual([0, 0, 100]);
  });

  test('no policy in force: premium 0, rate null', () => {
    expect(lossRatioByPlan(all, { from: '2020-01-01', to: '2020-01-31' })[0]?.all).toEqual({ policies: 0, earnedPremium: 0, payouts: 0, rate: null });
  });
});

describe('per-policy aggregate consumption', () => {
  test('on 2026-05-31: p1 uses 137,000 of 200,000 (to 75 %), p2 nothing, p3 20,000 of 100,000 (to 25 %)', () => {
    const figure = consumption(all, '2026-05-31');
    expect(figure.policies).toBe(3);
    const byId = Object.fromEntries(figure.buckets.map((bucket) => [bucket.id, [bucket.counts.standard, bucket.counts.light, bucket.total]]));
    expect(byId).toEqual({ none: [1, 0, 1], to25: [0, 1, 1], to50: [0, 0, 0], to75: [1, 0, 1], below100: [0, 0, 0], exhausted: [0, 0, 0] });
  });

  test('each policy in force falls in the bucket of aggregateUsageOn, on every day', () => {
    for (const asOf of ['2026-01-31', '2026-03-01', '2026-05-31', '2027-01-09', '2027-01-10']) {
      const expected = new Map<string, number>();
      for (const policy of EXAMPLE_POLICIES) {
        if (policy.status !== 'active' || policy.inceptionDate > asOf) continue;
        const usage = aggregateUsageOn(policy, EXAMPLE_CLAIMS.filter((claim) => claim.policyId === policy.id), asOf);
        const bucket = consumptionBucketOf(usage.used / usage.limit);
        expected.set(bucket, (expected.get(bucket) ?? 0) + 1);
      }
      const figure = consumption(all, asOf);
      expect(Object.fromEntries(figure.buckets.filter((bucket) => bucket.total > 0).map((bucket) => [bucket.id, bucket.total])), asOf).toEqual(Object.fromEntries(expected));
    }
  });

  test('bucket bounds: 0, 25 %, 50 %, 75 % inclusive above; below 100 %; all used', () => {
    expect([0, 0.001, 0.25, 0.2501, 0.5, 0.75, 0.76, 0.999, 1, 1.2].map(consumptionBucketOf)).toEqual(['none', 'to25', 'to25', 'to50', 'to50', 'to75', 'below100', 'below100', 'exhausted', 'exhausted']);
  });

  test('before p2 and p3 existed only p1 is in force', () => {
    expect(consumption(all, '2026-01-31').policies).toBe(1);
  });
});

describe('satisfaction', () => {
  const breakdown = satisfactionBreakdown(all, EXAMPLE_RANGE, 0.9);

  test('per month of sending: March 1 satisfied of 2 answers of 3 sent; April nothing (nulls); May 2 sent, no answer (rate null, response 0)', () => {
    expect(breakdown.byMonth.map(({ month, sent, answers, satisfied, rate, responseRate }) => ({ month, sent, answers, satisfied, rate, responseRate }))).toEqual([
      { month: '2026-03', sent: 3, answers: 2, satisfied: 1, rate: 0.5, responseRate: 2 / 3 },
      { month: '2026-04', sent: 0, answers: 0, satisfied: 0, rate: null, responseRate: null },
      { month: '2026-05', sent: 2, answers: 0, satisfied: 0, rate: null, responseRate: 0 },
    ]);
    expect(breakdown.byMonth[0]?.byAnswer).toEqual({ satisfied: 1, somewhat_satisfied: 0, neutral: 1, somewhat_dissatisfied: 0, dissatisfied: 0 });
    expect(breakdown.target).toBe(0.9);
  });

  test('per peril (every peril listed) and per adjuster (most surveys first, with names)', () => {
    const perPeril = Object.fromEntries(breakdown.byPeril.map((row) => [row.peril, [row.sent, row.answers, row.rate, row.responseRate]]));
    expect(perPeril).toEqual({ damage: [3, 1, 1, 1 / 3], water: [2, 1, 0, 0.5], failure: [0, 0, null, null], data_recovery: [0, 0, null, null], theft_loss: [0, 0, null, null] });
    expect(breakdown.byAdjuster.map((row) => [row.adjusterId, row.name, row.sent, row.answers, row.rate])).toEqual([
      ['sato', '佐藤 美咲', 3, 1, 1],
      ['tanaka', '田中 健一', 2, 1, 0],
    ]);
  });
});

describe('computeDashboard', () => {
  test('the KPI cards', () => {
    const data = computeDashboard(EXAMPLE_INPUT, EXAMPLE_RANGE);
    expect(data.kpis).toEqual({
      openClaims: 2,
      overdueClaims: 1,
      paidThisMonth: { month: '2026-06', amount: 12_000, payments: 1 },
      paidWithinDeadline: { paid: 3, within: 2, rate: 2 / 3 },
      cycleTime: { claims: 3, averageDays: 54, medianDays: 66 },
      lossRatio: { policies: 3, earnedPremium: 2_950, payouts: 100_000, rate: 100_000 / 2_950 },
      satisfaction: {
        sent: 5,
        answers: 2,
        satisfied: 1,
        byAnswer: { satisfied: 1, somewhat_satisfied: 0, neutral: 1, somewhat_dissatisfied: 0, dissatisfied: 0 },
        rate: 0.5,
        responseRate: 0.4,
      },
    });
    expect(data.scope).toEqual({ from: '2026-03-01', to: '2026-05-31', plan: null, today: '2026-06-15' });
    expect(data.months).toEqual(['2026-03', '2026-04', '2026-05']);
    expect(data.consumption.asOf).toBe('2026-05-31');
    expect(data.settings).toEqual({ satisfactionTarget: 0.9, paymentDeadlineDays: 30 });
  });

  test('the light plan: no open claim, its payouts and surveys only', () => {
    const data = computeDashboard(EXAMPLE_INPUT, { ...EXAMPLE_RANGE, plan: 'light' });
    expect(data.kpis.openClaims).toBe(0);
    expect(data.kpis.paidThisMonth.amount).toBe(0);
    expect(data.kpis.lossRatio).toEqual({ policies: 1, earnedPremium: 600, payouts: 20_000, rate: 20_000 / 600 });
    expect(data.kpis.satisfaction).toMatchObject({ sent: 2, answers: 0, rate: null, responseRate: 0 });
    expect(data.consumption.policies).toBe(1);
  });

  test('a range ending after today: consumption as of today; a target setting', () => {
    const data = computeDashboard(EXAMPLE_INPUT, { from: '2026-06-01', to: '2026-06-30' }, { satisfactionTarget: 0.8 });
    expect(data.consumption.asOf).toBe('2026-06-15');
    expect(data.satisfaction.target).toBe(0.8);
    expect(data.payoutsByPeril[0]?.total).toBe(12_000);
  });

  test('empty records: every count 0 and every rate null', () => {
    const data = computeDashboard({ policies: [], claims: [], payments: [], surveys: [], today: '2026-06-15' }, EXAMPLE_RANGE);
    expect(data.kpis.paidWithinDeadline.rate).toBeNull();
    expect(data.kpis.cycleTime.averageDays).toBeNull();
    expect(data.kpis.lossRatio.rate).toBeNull();
    expect(data.kpis.satisfaction.rate).toBeNull();
    expect(data.kpis.satisfaction.responseRate).toBeNull();
    expect(data.consumption.buckets.every((bucket) => bucket.share === null)).toBe(true);
    expect(data.satisfaction.byAdjuster).toEqual([]);
  });
});

describe('the index, built once, answers every range and plan', () => {
  test('dashboardFromIndex over one index equals computeDashboard for each query; a policy lookup changes nothing', () => {
    const index = indexMetrics(EXAMPLE_INPUT);
    const byId = new Map(EXAMPLE_POLICIES.map((policy) => [policy.id, policy]));
    const withLookup = indexMetrics({ ...EXAMPLE_INPUT, policyById: (id) => byId.get(id) });
    for (const query of [EXAMPLE_RANGE, { ...EXAMPLE_RANGE, plan: 'light' as const }, { from: '2026-03-16', to: '2026-06-10', plan: 'standard' as const }]) {
      const expected = computeDashboard(EXAMPLE_INPUT, query);
      expect(dashboardFromIndex(index, query)).toEqual(expected);
      expect(dashboardFromIndex(withLookup, query)).toEqual(expected);
    }
  });

  test('a record of an unknown policy counts with both plans only; a payment of an unknown claim only in the totals', () => {
    const input = {
      ...EXAMPLE_INPUT,
      payments: [...EXAMPLE_PAYMENTS, { claimId: 'c-gone', policyId: 'p-gone', amount: 5_000, status: 'paid' as const, paidDate: '2026-06-10' }],
    };
    const all = computeDashboard(input, { from: '2026-06-01', to: '2026-06-15' });
    expect(all.kpis.paidThisMonth).toEqual({ month: '2026-06', amount: 17_000, payments: 2 });
    // Payouts by peril need the claim's peril; the loss ratio needs the policy's plan.
    expect(all.payoutsByPeril[0]?.total).toBe(12_000);
    expect(all.lossRatioByPlan[0]?.all.payouts).toBe(12_000);
    expect(computeDashboard(input, { from: '2026-06-01', to: '2026-06-15', plan: 'standard' }).kpis.paidThisMonth.amount).toBe(12_000);
  });
});
