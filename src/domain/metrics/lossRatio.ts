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
import { dayNumber, daysOfMonth, daysOfMonthIn, monthEnd, monthsOf, ratio, type DateRange, type Month } from './months';
import { rangeDays } from './payouts';
import type { LossRatioCell, MonthLossRatio } from './schema';
import { NO_PLAN, planMatcher, type MetricsPolicy, type Scope } from './scope';

/** True when `policy` earns premium in `month` (see the module's docstring). */
export function inForceInMonth(policy: Pick<MetricsPolicy, 'status' | 'inceptionDate'>, month: Month): boolean {
  return policy.status === 'active' && policy.inceptionDate <= monthEnd(month);
}

/** Number of ascending day numbers ≤ the day of `date` (binary search). */
export function countUpTo(sorted: Int32Array, date: string): number {
  const day = dayNumber(date);
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) <= day) low = mid + 1;
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
  const plans = scope.plan === undefined ? PLANS : [scope.plan];
  const months = monthsOf(range);
  const cells = months.map((month) => {
    const share = daysOfMonthIn(month, range) / daysOfMonth(month);
    const perPlan = Object.fromEntries(PLANS.map((plan) => [plan, emptyCell()])) as Record<Plan, LossRatioCell>;
    for (const plan of plans) {
      const policies = countUpTo(scope.index.activeInceptions[plan], monthEnd(month));
      perPlan[plan] = { ...emptyCell(), policies, earnedPremium: Math.round(policies * PLAN_TERMS[plan].monthlyPremium * share) };
    }
    return perPlan;
  });
  const { fromDay, toDay, firstMonth } = rangeDays(range);
  const { payments } = scope.index;
  const inPlan = planMatcher(scope);
  for (let slot = 0; slot < payments.count; slot += 1) {
    const day = payments.day[slot] ?? 0;
    const code = payments.plan[slot] ?? NO_PLAN;
    const plan = PLANS[code];
    if (day < fromDay || day > toDay || plan === undefined || !inPlan(code)) continue;
    const cell = cells[(payments.month[slot] ?? 0) - firstMonth]?.[plan];
    if (cell) cell.payouts += payments.amount[slot] ?? 0;
  }
  return months.map((month, index) => {
    const perPlan = cells[index] ?? (Object.fromEntries(PLANS.map((plan) => [plan, emptyCell()])) as Record<Plan, LossRatioCell>);
    for (const plan of PLANS) perPlan[plan].rate = ratio(perPlan[plan].payouts, perPlan[plan].earnedPremium);
    const total = (field: 'policies' | 'earnedPremium' | 'payouts') => PLANS.reduce((sum, plan) => sum + perPlan[plan][field], 0);
    const all = { policies: total('policies'), earnedPremium: total('earnedPremium'), payouts: total('payouts'), rate: ratio(total('payouts'), total('earnedPremium')) };
    return { month, plans: perPlan, all };
  });
}
