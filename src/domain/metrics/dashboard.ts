/**
 * Every figure the dashboard draws, from the records (product.md, "Figures managers read"):
 * `computeDashboard(input, query)` is what `GET /api/dashboard` answers, so a real backend can serve
 * the same numbers by running this module over its data.
 */
import { PAYMENT_DEADLINE_DAYS } from '../adjudication/terms';
import { PLANS } from '../adjudication/schemas';
import { consumption } from './consumption';
import { lossRatioByPlan, sumCells } from './lossRatio';
import { monthOf, monthStart, monthsOf, type DateRange } from './months';
import { claimsByStatus, payoutsByPeril, paymentsIn } from './payouts';
import { SATISFACTION_TARGET, type MetricsQuery } from './query';
import { satisfactionBreakdown, satisfactionIn } from './satisfaction';
import type { CycleTime, DashboardData, Kpis, MonthLossRatio } from './schema';
import { indexMetrics } from './metricsIndex';
import { NO_PLAN, planCode, scopeIn, type MetricsIndex, type MetricsInput, type Scope } from './scope';
import { cycleTime, deadlineByMonth, paidWithinDeadlineIn } from './timeliness';

/** Settings the figures are read against. */
export interface MetricsSettings {
  /** The satisfaction rate aimed at, 0..1 (default {@link SATISFACTION_TARGET}). */
  satisfactionTarget?: number;
}

/** Figures of the range the KPI cards repeat, computed once for the charts. */
export interface RangeFigures {
  lossRatios: readonly MonthLossRatio[];
  cycle: CycleTime;
}

/**
 * The KPI cards: open and overdue claims today (src/domain/deadline.ts's deadlineState); yen paid in
 * today's month up to today; for the claims paid in `range`, the share paid within the deadline and
 * the mean and median days from receipt to payment; the loss ratio over `range` (all its months
 * summed; `policies` = in force in its last month); the satisfaction of the surveys sent in `range`.
 */
export function kpis(scope: Scope, range: DateRange, { lossRatios, cycle }: RangeFigures = { lossRatios: lossRatioByPlan(scope, range), cycle: cycleTime(scope, range) }): Kpis {
  const planSlots = scope.plan === undefined ? [NO_PLAN, ...PLANS.map(planCode)] : [planCode(scope.plan)];
  const openClaims = planSlots.reduce((sum, code) => sum + (scope.index.openByPlan[code + 1] ?? 0), 0);
  const overdueClaims = planSlots.reduce((sum, code) => sum + (scope.index.overdueByPlan[code + 1] ?? 0), 0);
  const month = monthOf(scope.today);

  return {
    openClaims,
    overdueClaims,
    paidThisMonth: { month, ...paymentsIn(scope, { from: monthStart(month), to: scope.today }) },
    paidWithinDeadline: paidWithinDeadlineIn(scope, range),
    cycleTime: { claims: cycle.claims, averageDays: cycle.averageDays, medianDays: cycle.medianDays },
    lossRatio: sumCells(lossRatios.map((row) => row.all)),
    satisfaction: satisfactionIn(scope, range),
  };
}

/**
 * Everything the dashboard draws for `query` (JST range `from`…`to`, both inclusive, and an optional
 * plan) over `input` (see {@link MetricsInput}; "today" is `input.today`). The per-policy consumption
 * is as of the range's end, or today when the range ends later. The query is assumed valid
 * (dashboardQuerySchema); an invalid date throws RangeError.
 */
export function computeDashboard(input: MetricsInput, query: MetricsQuery, settings: MetricsSettings = {}): DashboardData {
  return dashboardFromIndex(indexMetrics(input), query, settings);
}

/**
 * {@link computeDashboard} over an index built once with `indexMetrics(input)`: what a backend calls
 * while its data are unchanged, for every range and plan asked for (a few milliseconds each).
 */
export function dashboardFromIndex(index: MetricsIndex, query: MetricsQuery, settings: MetricsSettings = {}): DashboardData {
  const range: DateRange = { from: query.from, to: query.to };
  const today = index.today;
  const scope = scopeIn(index, query.plan);
  const lossRatios = lossRatioByPlan(scope, range);
  const cycle = cycleTime(scope, range);
  const target = settings.satisfactionTarget ?? SATISFACTION_TARGET;
  return {
    scope: { from: query.from, to: query.to, plan: query.plan ?? null, today },
    months: monthsOf(range),
    settings: { satisfactionTarget: target, paymentDeadlineDays: PAYMENT_DEADLINE_DAYS },
    kpis: kpis(scope, range, { lossRatios, cycle }),
    payoutsByPeril: payoutsByPeril(scope, range),
    claimsByStatus: claimsByStatus(scope, range),
    deadlineByMonth: deadlineByMonth(scope, range),
    cycleTime: cycle,
    lossRatioByPlan: lossRatios,
    consumption: consumption(scope, query.to < today ? query.to : today),
    satisfaction: satisfactionBreakdown(scope, range, target),
  };
}
