/**
 * Per-policy aggregate consumption (product.md, "Figures managers read": how much of each policy's
 * limit is used): for every policy in force on a day, the share of its period's aggregate limit
 * (保険期間通算) its approved and paid claims use, as src/domain/policyPeriod.ts's aggregateUsageOn says.
 */
import { PLANS, type Plan } from '../adjudication/schemas';
import { PLAN_TERMS } from '../adjudication/terms';
import { paidInPeriod, policyPeriodOn, type AggregateUsage } from '../policyPeriod';
import { PAYOUT_COUNTING_STATUSES } from '../records';
import type { IsoDate } from '../dates';
import type { Period } from '../adjudication/schemas';
import { ratio } from './months';
import { CONSUMPTION_BUCKETS, type Consumption, type ConsumptionBucket, type ConsumptionBucketId } from './schema';
import type { MetricsClaim, MetricsPolicy, Scope } from './scope';

/**
 * The bucket of a used share of the limit (0..1): `none` nothing used; `to25` more than 0 up to
 * 25 %; `to50` up to 50 %; `to75` up to 75 %; `below100` above 75 % but not all; `exhausted` all used.
 */
export function consumptionBucketOf(share: number): ConsumptionBucketId {
  if (share <= 0) return 'none';
  if (share <= 0.25) return 'to25';
  if (share <= 0.5) return 'to50';
  if (share <= 0.75) return 'to75';
  if (share < 1) return 'below100';
  return 'exhausted';
}

/**
 * Bounds of a bucket in yen for a plan's limit, as list filters on `aggregate.used` can say it:
 * `{ gt?, gte?, lte?, lt?, eq? }` (e.g. `to25` of ¥200,000: more than 0, at most 50,000).
 */
export function consumptionBoundsYen(bucket: ConsumptionBucketId, limit: number): { eq?: number; gt?: number; lte?: number; lt?: number; gte?: number } {
  switch (bucket) {
    case 'none':
      return { eq: 0 };
    case 'to25':
      return { gt: 0, lte: Math.floor(limit * 0.25) };
    case 'to50':
      return { gt: Math.floor(limit * 0.25), lte: Math.floor(limit * 0.5) };
    case 'to75':
      return { gt: Math.floor(limit * 0.5), lte: Math.floor(limit * 0.75) };
    case 'below100':
      return { gt: Math.floor(limit * 0.75), lt: limit };
    case 'exhausted':
      return { gte: limit };
  }
}

/**
 * A memoised `aggregateUsageOn(policy, claims, asOf)` (src/domain/policyPeriod.ts) for one `asOf`:
 * the same composition (policyPeriodOn, paidInPeriod, the plan's aggregate limit) with the period
 * worked out once per inception date: at 100,000 claims, 67,000 policies share a few hundred
 * inception dates, and the period is most of the cost. metrics.test.ts checks it equals aggregateUsageOn.
 */
export function usageOnDate(asOf: IsoDate): (policy: Pick<MetricsPolicy, 'plan' | 'inceptionDate'>, claims: readonly MetricsClaim[]) => AggregateUsage {
  const periods = new Map<IsoDate, Period>();
  return (policy, claims) => {
    let period = periods.get(policy.inceptionDate);
    if (period === undefined) {
      period = policyPeriodOn(policy.inceptionDate, asOf);
      periods.set(policy.inceptionDate, period);
    }
    const limit = PLAN_TERMS[policy.plan].aggregateLimit;
    const used = paidInPeriod(claims, period);
    return { period, limit, used, remaining: Math.max(0, limit - used) };
  };
}

/**
 * Consumption on `asOf` (JST) of the policies in force that day (status `active`, inception on or
 * before it): how many fall in each bucket, per plan and in all, and the share of all policies.
 */
export function consumption(scope: Scope, asOf: IsoDate): Consumption {
  const counting = new Map<string, MetricsClaim[]>();
  for (const claim of scope.claims) {
    if (!PAYOUT_COUNTING_STATUSES.includes(claim.status)) continue;
    const list = counting.get(claim.policyId);
    if (list) list.push(claim);
    else counting.set(claim.policyId, [claim]);
  }
  const counts = new Map<ConsumptionBucketId, Record<Plan, number>>(
    CONSUMPTION_BUCKETS.map((id) => [id, Object.fromEntries(PLANS.map((plan) => [plan, 0])) as Record<Plan, number>]),
  );
  let policies = 0;
  const usageOf = usageOnDate(asOf);
  for (const policy of scope.policies) {
    if (policy.status !== 'active' || policy.inceptionDate > asOf) continue;
    const claims = counting.get(policy.id);
    // Without an approved or paid claim nothing is used: no need to work out the period.
    const usage = claims === undefined ? null : usageOf(policy, claims);
    const row = counts.get(usage === null ? 'none' : consumptionBucketOf(usage.limit === 0 ? 1 : usage.used / usage.limit));
    if (row) row[policy.plan] += 1;
    policies += 1;
  }
  const buckets: ConsumptionBucket[] = CONSUMPTION_BUCKETS.map((id) => {
    const perPlan = counts.get(id) ?? { standard: 0, light: 0 };
    const total = PLANS.reduce((sum, plan) => sum + perPlan[plan], 0);
    return { id, counts: perPlan, total, share: ratio(total, policies) };
  });
  return { asOf, policies, buckets };
}
