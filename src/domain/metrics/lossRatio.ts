/**
 * Loss ratio by plan per month (product.md, "Figures managers read": payouts ÷ earned premium, by
 * plan). Integer yen.
 *
 * **Active in a month** (decision): a policy is in force, and earns premium, in the JST calendar
 * month M when its status is `active` and its inception date is on or before M's last day. It then
 * earns its plan's full monthly premium for M (PLAN_TERMS: ¥470 standard, ¥200 light), the month of
 * inception included. Lapsed and cancelled policies carry no end date in the record, so they earn in
 * no month (their claims' payouts still count): the loss ratio errs on the high side until policies
 * record the day they ended.
 *
 * **Earned premium in a range**: for the first and last month, only the days of M inside the range
 * earn: earned(M, plan) = round(policies in force × monthly premium × days of M in range ÷ days of M).
 *
 * **Payouts**: the paid payments whose paid date lies in the range, in the month of that date, under
 * the plan of their policy (the same payments as payouts by peril).
 */
import { PLANS, type Plan } from '../adjudication/schemas';
import { PLAN_TERMS } from '../adjudication/terms';
import { daysOfMonth, daysOfMonthIn, inRange, monthEnd, monthOf, monthsOf, ratio, type DateRange, type Month } from './months';
import type { LossRatioCell, MonthLossRatio } from './schema';
import type { MetricsPolicy, Scope } from './scope';

/** True when `policy` earns premium in `month` (see the module's docstring). */
export function inForceInMonth(policy: Pick<MetricsPolicy, 'status' | 'inceptionDate'>, month: Month): boolean {
  return policy.status === 'active' && policy.inceptionDate <= monthEnd(month);
}

/** Number of sorted dates ≤ `date` (binary search). */
function countUpTo(sorted: readonly string[], date: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? '') <= date) low = mid + 1;
    else high = mid;
  }
  return low;
}

const emptyCell = (): LossRatioCell => ({ policies: 0, earnedPremium: 0, payouts: 0, rate: null });

/** The sum of `cells`, its rate recomputed (payouts ÷ earned premium); `policies` is the last cell's. */
export function sumCells(cells: readonly LossRatioCell[]): LossRatioCell {
  const earnedPremium = cells.reduce((sum, cell) => sum + cell.earnedPremium, 0);
  const payouts = cells.reduce((sum, cell) => sum + cell.payouts, 0);
  return { policies: cells.at(-1)?.policies ?? 0, earnedPremium, payouts, rate: ratio(payouts, earnedPremium) };
}

/**
 * Loss ratio per month of `range` (every month listed) for each plan and both together. With a plan
 * filter the other plan's cells are empty (0, rate null). `policies` counts the policies in force.
 */
export function lossRatioByPlan(scope: Scope, range: DateRange): MonthLossRatio[] {
  const inceptions = new Map<Plan, string[]>(PLANS.map((plan) => [plan, []]));
  for (const policy of scope.policies) if (policy.status === 'active') inceptions.get(policy.plan)?.push(policy.inceptionDate);
  for (const dates of inceptions.values()) dates.sort();
  const months = monthsOf(range);
  const cells = new Map<string, Record<Plan, LossRatioCell>>();
  for (const month of months) {
    const share = daysOfMonthIn(month, range) / daysOfMonth(month);
    const perPlan = Object.fromEntries(
      PLANS.map((plan) => {
        const policies = countUpTo(inceptions.get(plan) ?? [], monthEnd(month));
        return [plan, { ...emptyCell(), policies, earnedPremium: Math.round(policies * PLAN_TERMS[plan].monthlyPremium * share) }];
      }),
    ) as Record<Plan, LossRatioCell>;
    cells.set(month, perPlan);
  }
  for (const payment of scope.payments) {
    if (!inRange(payment.paidDate, range)) continue;
    const plan = scope.planOf.get(payment.policyId);
    const cell = plan === undefined ? undefined : cells.get(monthOf(payment.paidDate))?.[plan];
    if (cell) cell.payouts += payment.amount;
  }
  return months.map((month) => {
    const perPlan = cells.get(month) ?? (Object.fromEntries(PLANS.map((plan) => [plan, emptyCell()])) as Record<Plan, LossRatioCell>);
    for (const plan of PLANS) perPlan[plan].rate = ratio(perPlan[plan].payouts, perPlan[plan].earnedPremium);
    const total = (field: 'policies' | 'earnedPremium' | 'payouts') => PLANS.reduce((sum, plan) => sum + perPlan[plan][field], 0);
    const all = { policies: total('policies'), earnedPremium: total('earnedPremium'), payouts: total('payouts'), rate: ratio(total('payouts'), total('earnedPremium')) };
    return { month, plans: perPlan, all };
  });
}
