/**
 * Per-policy aggregate consumption (product.md, "Figures managers read": how much of each policy's
 * limit is used): for every policy in force on a day, the share of its period's aggregate limit
 * (保険期間通算) its approved and paid claims use, as src/domain/policyPeriod.ts's aggregateUsageOn says.
 */
import { PLANS, type Plan } from '../adjudication/schemas';
import { PLAN_TERMS } from '../adjudication/terms';
import { policyPeriodOn } from '../policyPeriod';
import type { IsoDate } from '../dates';
import { dayNumber, ratio } from './months';
import { CONSUMPTION_BUCKETS, type Consumption, type ConsumptionBucket, type ConsumptionBucketId } from './schema';
import { countUpTo } from './lossRatio';
import { NO_PLAN, planMatcher, type Scope } from './scope';

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
 * Consumption on `asOf` (JST) of the policies in force that day (status `active`, inception on or
 * before it): how many fall in each bucket, per plan and in all, and the share of all policies.
 * A policy's use is src/domain/policyPeriod.ts's aggregateUsageOn: the payouts of its approved and
 * paid claims whose incident lies in the policy period containing `asOf`, over its plan's aggregate
 * limit; the period is worked out once per inception date (67,000 policies share a few hundred).
 */
export function consumption(scope: Scope, asOf: IsoDate): Consumption {
  const counts = new Map<ConsumptionBucketId, Record<Plan, number>>(
    CONSUMPTION_BUCKETS.map((id) => [id, Object.fromEntries(PLANS.map((plan) => [plan, 0])) as Record<Plan, number>]),
  );
  const plans = scope.plan === undefined ? PLANS : [scope.plan];
  const inForce = Object.fromEntries(PLANS.map((plan) => [plan, plans.includes(plan) ? countUpTo(scope.index.activeInceptions[plan], asOf) : 0])) as Record<Plan, number>;
  /** The policy period containing `asOf` per inception day, as day numbers (start, end inclusive). */
  const periods = new Map<number, { start: number; end: number }>();
  const asOfDay = dayNumber(asOf);
  const { usage } = scope.index;
  const inPlan = planMatcher(scope);
  const used = Object.fromEntries(PLANS.map((plan) => [plan, 0])) as Record<Plan, number>;
  /** Yen used per policy code, and one slot of each policy met (its plan). */
  const paidByPolicy = new Float64Array(usage.policies);
  const seen = new Uint8Array(usage.policies);
  const policySlots: number[] = [];
  for (let slot = 0; slot < usage.count; slot += 1) {
    const code = usage.plan[slot] ?? NO_PLAN;
    const inceptionDay = usage.inceptionDay[slot] ?? asOfDay;
    if (code < 0 || code >= PLANS.length || !inPlan(code) || inceptionDay > asOfDay) continue;
    let period = periods.get(inceptionDay);
    if (period === undefined) {
      const { start, end } = policyPeriodOn(usage.inceptionDate[slot] ?? asOf, asOf);
      period = { start: dayNumber(start), end: dayNumber(end) };
      periods.set(inceptionDay, period);
    }
    const policy = usage.policy[slot] ?? 0;
    if (seen[policy] === 0) {
      seen[policy] = 1;
      policySlots.push(slot);
    }
    const day = usage.incidentDay[slot] ?? 0;
    if (day >= period.start && day <= period.end) paidByPolicy[policy] = (paidByPolicy[policy] ?? 0) + (usage.payout[slot] ?? 0);
  }
  for (const slot of policySlots) {
    const plan = PLANS[usage.plan[slot] ?? NO_PLAN];
    if (plan === undefined) continue;
    const paid = paidByPolicy[usage.policy[slot] ?? 0] ?? 0;
    const limit = PLAN_TERMS[plan].aggregateLimit;
    const bucket = consumptionBucketOf(limit === 0 ? 1 : paid / limit);
    if (bucket === 'none') continue;
    const row = counts.get(bucket);
    if (row) row[plan] += 1;
    used[plan] += 1;
  }
  // Every other policy in force uses nothing.
  const none = counts.get('none');
  if (none) for (const plan of PLANS) none[plan] = inForce[plan] - used[plan];
  const policies = PLANS.reduce((sum, plan) => sum + inForce[plan], 0);
  const buckets: ConsumptionBucket[] = CONSUMPTION_BUCKETS.map((id) => {
    const perPlan = counts.get(id) ?? { standard: 0, light: 0 };
    const total = PLANS.reduce((sum, plan) => sum + perPlan[plan], 0);
    return { id, counts: perPlan, total, share: ratio(total, policies) };
  });
  return { asOf, policies, buckets };
}
