/**
 * How fast claims are paid (product.md, "Figures managers read": share paid within the 30-day
 * deadline; cycle time from receipt to payment). A claim is counted once, on the day it was paid
 * (its last paid payment, see scope.ts), when that day lies in the range.
 */
import { monthsOf, ratio, type DateRange } from './months';
import { rangeDays } from './payouts';
import type { CycleBucket, CycleTime, DeadlineFigure } from './schema';
import { NO_PLAN, planMatcher, type Scope } from './scope';

export { paidWithinDeadline } from './deadlineRule';

/** decision: cycle-time buckets in days, receipt to payment (`to` null = and more); 22–30 ends at the deadline's 30 days. */
export const CYCLE_TIME_BUCKETS: readonly { from: number; to: number | null }[] = [
  { from: 0, to: 7 },
  { from: 8, to: 14 },
  { from: 15, to: 21 },
  { from: 22, to: 30 },
  { from: 31, to: 45 },
  { from: 46, to: 60 },
  { from: 61, to: null },
];

/** Calls `visit(slot)` for each claim of `scope` paid on a day in `range` (slots of the index's paidClaims). */
function forEachPaidIn(scope: Scope, range: DateRange, visit: (slot: number) => void): void {
  const { fromDay, toDay } = rangeDays(range);
  const { paidClaims } = scope.index;
  const inPlan = planMatcher(scope);
  for (let slot = 0; slot < paidClaims.count; slot += 1) {
    const day = paidClaims.day[slot] ?? 0;
    if (day >= fromDay && day <= toDay && inPlan(paidClaims.plan[slot] ?? NO_PLAN)) visit(slot);
  }
}

/** `{ paid, within, rate }`: `within` of `paid` claims paid by their deadline, rate null when none was paid. */
export function deadlineShare(paid: number, within: number): { paid: number; within: number; rate: number | null } {
  return { paid, within, rate: ratio(within, paid) };
}

/** The share paid within the deadline of the claims of `scope` paid in `range`. */
export function paidWithinDeadlineIn(scope: Scope, range: DateRange): { paid: number; within: number; rate: number | null } {
  let paid = 0;
  let within = 0;
  forEachPaidIn(scope, range, (slot) => {
    paid += 1;
    within += scope.index.paidClaims.within[slot] ?? 0;
  });
  return deadlineShare(paid, within);
}

/** The share paid within the deadline per month of payment, every month of `range` listed (an empty month: 0, 0, null). */
export function deadlineByMonth(scope: Scope, range: DateRange): DeadlineFigure[] {
  const months = monthsOf(range);
  const paid = new Array<number>(months.length).fill(0);
  const within = new Array<number>(months.length).fill(0);
  const { firstMonth } = rangeDays(range);
  const columns = scope.index.paidClaims;
  forEachPaidIn(scope, range, (slot) => {
    const index = (columns.month[slot] ?? 0) - firstMonth;
    paid[index] = (paid[index] ?? 0) + 1;
    within[index] = (within[index] ?? 0) + (columns.within[slot] ?? 0);
  });
  return months.map((month, index) => ({ month, ...deadlineShare(paid[index] ?? 0, within[index] ?? 0) }));
}

/** The median of `values` (mean of the middle two for an even count), or null when empty. */
export function median(values: readonly number[] | Int32Array): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Receipt-to-payment days of the claims paid in `range`: their count in each of
 * {@link CYCLE_TIME_BUCKETS} (and share of all), the mean and the median (null when none was paid).
 */
export function cycleTime(scope: Scope, range: DateRange): CycleTime {
  const columns = scope.index.paidClaims;
  const days = new Int32Array(columns.count);
  let claims = 0;
  forEachPaidIn(scope, range, (slot) => {
    days[claims] = columns.cycleDays[slot] ?? 0;
    claims += 1;
  });
  const paidDays = days.subarray(0, claims);
  const counts = CYCLE_TIME_BUCKETS.map(() => 0);
  let total = 0;
  for (const d of paidDays) {
    total += d;
    const bucket = CYCLE_TIME_BUCKETS.findIndex(({ from, to }) => d >= from && (to === null || d <= to));
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  const buckets: CycleBucket[] = CYCLE_TIME_BUCKETS.map(({ from, to }, index) => ({ from, to, count: counts[index] ?? 0, share: ratio(counts[index] ?? 0, claims) }));
  return { buckets, claims, averageDays: ratio(total, claims), medianDays: median(paidDays) };
}
