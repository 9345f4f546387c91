/**
 * Where a click on a chart leads: react-admin list routes with a `filter` JSON, as the lists and the
 * API read them (an array = IN; `_gte`/`_lte`/`_gt`/`_lt` compare; nested objects are dotted paths).
 * Every route keeps the dashboard's date range (a month clicked opens that month's days inside the
 * range) and its plan filter where the list can filter on it. Only fields the records carry can be
 * filtered, so:
 *
 * - claims carry their policy's plan (`plan`, derived by the API): the plan filter follows into the
 *   claims list; surveys carry none, so it does not follow into the surveys list;
 * - claims have no payment date: "paid in month M" opens the paid claims **decided** in M (JST
 *   days of `decision.decidedAt`); payments follow decisions by a few days, so a claim decided at
 *   the end of a month and paid in the next is listed under the decision's month; a cycle-time
 *   bucket opens the claims paid (decided) in the range, the list cannot filter on days to payment;
 * - policies' `aggregate` is the period containing today: the consumption buckets open as of today.
 */
import type { Peril, Plan } from '../domain/adjudication';
import { PLAN_TERMS } from '../domain/adjudication';
import type { IsoDate } from '../domain/dates';
import { consumptionBoundsYen, monthEnd, monthStart, type ConsumptionBucketId, type DateRange, type Month } from '../domain/metrics';
import { OPEN_CLAIM_STATUSES, type ClaimStatus } from '../domain/records';

/** What the dashboard shows: its date range (JST, inclusive) and plan (null = both plans). */
export interface DrillScope {
  range: DateRange;
  plan: Plan | null;
}

/** A react-admin list route with `filter`: `/claims?filter=%7B…%7D`. */
export function listPath(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;
}

/** Instants bounding the JST days of `range`, in the form the seed stores (`…T00:00:00+09:00`). */
function jstInstants(range: DateRange): { gte: string; lte: string } {
  return { gte: `${range.from}T00:00:00+09:00`, lte: `${range.to}T23:59:59+09:00` };
}

/** The days of `month` inside `range` (the whole month when the range covers it). */
export function monthInRange(month: Month, range: DateRange): DateRange {
  const from = monthStart(month);
  const to = monthEnd(month);
  return { from: range.from > from ? range.from : from, to: range.to < to ? range.to : to };
}

/** The claims list's plan filter of `scope` (nothing for both plans). */
function planFilter(scope: Pick<DrillScope, 'plan'>): { plan?: Plan } {
  return scope.plan === null ? {} : { plan: scope.plan };
}

/** The paid claims decided in `days` (of `peril` when given), of the scope's plan. */
function claimsPaidIn(scope: DrillScope, days: DateRange, peril?: Peril): string {
  const decided = jstInstants(days);
  return listPath('claims', {
    status: ['paid'],
    ...(peril ? { peril: [peril] } : {}),
    ...planFilter(scope),
    'decision.decidedAt_gte': decided.gte,
    'decision.decidedAt_lte': decided.lte,
  });
}

/** The paid claims decided in `month` within the range (of `peril` when given): a payment month's bar or segment. */
export function claimsPaidInMonth(scope: DrillScope, month: Month, peril?: Peril): string {
  return claimsPaidIn(scope, monthInRange(month, scope.range), peril);
}

/** The paid claims decided in the range: a cycle-time bucket (the list cannot filter on days to payment). */
export function claimsPaidInRange(scope: DrillScope): string {
  return claimsPaidIn(scope, scope.range);
}

/** The claims received in the range now in `status`, of the scope's plan. */
export function claimsReceivedWithStatus(scope: DrillScope, status: ClaimStatus): string {
  return listPath('claims', { status: [status], ...planFilter(scope), receivedDate_gte: scope.range.from, receivedDate_lte: scope.range.to });
}

/** Every open claim of `plan` (null = both plans). */
export function openClaims(plan: Plan | null = null): string {
  return listPath('claims', { status: [...OPEN_CLAIM_STATUSES], ...planFilter({ plan }) });
}

/** Open claims of `plan` whose due date is before `today` (an extended deadline is not a field the list filters on). */
export function overdueClaims(today: IsoDate, plan: Plan | null = null): string {
  return listPath('claims', { status: [...OPEN_CLAIM_STATUSES], ...planFilter({ plan }), dueDate_lt: today });
}

/** Active policies of `plan` whose used share of the limit falls in `bucket` (as of today). */
export function policiesInConsumptionBucket(plan: Plan, bucket: ConsumptionBucketId): string {
  const bounds = consumptionBoundsYen(bucket, PLAN_TERMS[plan].aggregateLimit);
  const used: Record<string, number> = {};
  if (bounds.eq !== undefined) used.used = bounds.eq;
  if (bounds.gt !== undefined) used.used_gt = bounds.gt;
  if (bounds.gte !== undefined) used.used_gte = bounds.gte;
  if (bounds.lte !== undefined) used.used_lte = bounds.lte;
  if (bounds.lt !== undefined) used.used_lt = bounds.lt;
  return listPath('policies', { plan, status: 'active', aggregate: used });
}

/** Surveys sent in `days` (the range, or a month of it), of `peril` or decided by `adjusterId` when given. */
export function surveysSent(days: DateRange, narrow: { peril?: Peril; adjusterId?: string } = {}): string {
  return listPath('surveys', { sentDate_gte: days.from, sentDate_lte: days.to, ...narrow });
}
