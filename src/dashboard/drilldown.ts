/**
 * Where a click on a chart leads: react-admin list routes with a `filter` JSON, as the lists and the
 * API read them (an array = IN; `_gte`/`_lte`/`_gt`/`_lt` compare; nested objects are dotted paths).
 * Only fields the records carry can be filtered, so:
 *
 * - claims have no payment date: "paid in month M" opens the paid claims **decided** in M (JST
 *   days of `decision.decidedAt`); payments follow decisions by a few days, so a claim decided at
 *   the end of a month and paid in the next is listed under the decision's month;
 * - claims and surveys carry no plan: a plan filter of the dashboard does not follow into the lists;
 * - policies' `aggregate` is the period containing today: the consumption buckets open as of today.
 */
import type { Peril, Plan } from '../domain/adjudication';
import { PLAN_TERMS } from '../domain/adjudication';
import type { IsoDate } from '../domain/dates';
import { consumptionBoundsYen, monthEnd, monthStart, type ConsumptionBucketId, type DateRange, type Month } from '../domain/metrics';
import { OPEN_CLAIM_STATUSES, type ClaimStatus } from '../domain/records';

/** A react-admin list route with `filter`: `/claims?filter=%7B…%7D`. */
export function listPath(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;
}

/** Instants bounding the JST days of `range`, in the form the seed stores (`…T00:00:00+09:00`). */
function jstInstants(range: DateRange): { gte: string; lte: string } {
  return { gte: `${range.from}T00:00:00+09:00`, lte: `${range.to}T23:59:59+09:00` };
}

/** The paid claims decided in `month` (of `peril` when given): the drill-down of a payment month. */
export function claimsPaidInMonth(month: Month, peril?: Peril): string {
  const decided = jstInstants({ from: monthStart(month), to: monthEnd(month) });
  return listPath('claims', {
    status: ['paid'],
    ...(peril ? { peril: [peril] } : {}),
    'decision.decidedAt_gte': decided.gte,
    'decision.decidedAt_lte': decided.lte,
  });
}

/** The claims received in `range` now in `status`. */
export function claimsReceivedWithStatus(range: DateRange, status: ClaimStatus): string {
  return listPath('claims', { status: [status], receivedDate_gte: range.from, receivedDate_lte: range.to });
}

/** Every open claim. */
export function openClaims(): string {
  return listPath('claims', { status: [...OPEN_CLAIM_STATUSES] });
}

/** Open claims whose due date is before `today` (an extended deadline is not a field the list filters on). */
export function overdueClaims(today: IsoDate): string {
  return listPath('claims', { status: [...OPEN_CLAIM_STATUSES], dueDate_lt: today });
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

/** Surveys sent in `range`, of `peril` or decided by `adjusterId` when given. */
export function surveysSent(range: DateRange, narrow: { peril?: Peril; adjusterId?: string } = {}): string {
  return listPath('surveys', { sentDate_gte: range.from, sentDate_lte: range.to, ...narrow });
}
