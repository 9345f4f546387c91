/**
 * How fast claims are paid (product.md, "Figures managers read": share paid within the 30-day
 * deadline; cycle time from receipt to payment). A claim is counted once, on the day it was paid
 * (its last paid payment, see scope.ts), when that day lies in the range.
 */
import { effectiveDueDate } from '../deadline';
import { dayNumber, inRange, monthOf, monthsOf, ratio, type DateRange } from './months';
import type { CycleBucket, CycleTime, DeadlineFigure } from './schema';
import type { ClaimPayment, Scope } from './scope';

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

/** The claims paid on a day in `range`. */
export function paidIn(scope: Scope, range: DateRange): ClaimPayment[] {
  return [...scope.paidClaims.values()].filter((paid) => inRange(paid.paidDate, range));
}

/**
 * True when the claim was paid on or before its payment deadline: the extension's date when the
 * deadline was extended with a recorded reason, else the due date (請求完了 + 30 days). A paid claim
 * without a due date (never marked complete) counts as late: nothing shows it was on time.
 */
export function paidWithinDeadline(paid: ClaimPayment): boolean {
  const due = effectiveDueDate(paid.claim);
  return due !== null && paid.paidDate <= due;
}

/** Days from receipt (受付) to payment, both JST dates (0 for a payment dated before the receipt). */
export function cycleDays(paid: ClaimPayment): number {
  return Math.max(0, dayNumber(paid.paidDate) - dayNumber(paid.claim.receivedDate));
}

/** Share paid within the deadline of the claims paid in `range`: `{ paid, within, rate }` (rate null when none). */
export function deadlineShare(paid: readonly ClaimPayment[]): { paid: number; within: number; rate: number | null } {
  const within = paid.filter(paidWithinDeadline).length;
  return { paid: paid.length, within, rate: ratio(within, paid.length) };
}

/** {@link deadlineShare} per month of payment, every month of `range` listed (an empty month: 0, 0, null). */
export function deadlineByMonth(scope: Scope, range: DateRange): DeadlineFigure[] {
  const byMonth = new Map<string, ClaimPayment[]>(monthsOf(range).map((month) => [month, []]));
  for (const paid of paidIn(scope, range)) byMonth.get(monthOf(paid.paidDate))?.push(paid);
  return [...byMonth.entries()].map(([month, paid]) => ({ month, ...deadlineShare(paid) }));
}

/** The median of `values` (mean of the middle two for an even count), or null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Receipt-to-payment days of the claims paid in `range`: their count in each of
 * {@link CYCLE_TIME_BUCKETS} (and share of all), the mean and the median (null when none was paid).
 */
export function cycleTime(scope: Scope, range: DateRange): CycleTime {
  const days = paidIn(scope, range).map(cycleDays);
  const buckets: CycleBucket[] = CYCLE_TIME_BUCKETS.map(({ from, to }) => {
    const count = days.filter((d) => d >= from && (to === null || d <= to)).length;
    return { from, to, count, share: ratio(count, days.length) };
  });
  const total = days.reduce((sum, d) => sum + d, 0);
  return { buckets, claims: days.length, averageDays: ratio(total, days.length), medianDays: median(days) };
}
