/**
 * Money out and claims by status (product.md, "Figures managers read": payouts per month by peril;
 * claim counts and amounts by status). Integer yen.
 */
import { PERILS, type Peril } from '../adjudication/schemas';
import { CLAIM_STATUSES } from '../records';
import { dayNumber, monthNumber, monthsOf, type DateRange } from './months';
import type { MonthPayouts, StatusFigure } from './schema';
import { planMatcher, NO_PLAN, perilOfCode, type Scope } from './scope';

const zeroPerPeril = (): Record<Peril, number> => Object.fromEntries(PERILS.map((peril) => [peril, 0])) as Record<Peril, number>;

/** Day numbers of a range's ends and the month number of its first month, for scans of the columns. */
export function rangeDays(range: DateRange): { fromDay: number; toDay: number; firstMonth: number } {
  return { fromDay: dayNumber(range.from), toDay: dayNumber(range.to), firstMonth: monthNumber(range.from) };
}

/** The paid payments of `scope` whose paid date lies in `range`: yen and number of payments. */
export function paymentsIn(scope: Scope, range: DateRange): { amount: number; payments: number } {
  const { fromDay, toDay } = rangeDays(range);
  const { payments } = scope.index;
  const inPlan = planMatcher(scope);
  let amount = 0;
  let count = 0;
  for (let slot = 0; slot < payments.count; slot += 1) {
    const day = payments.day[slot] ?? 0;
    if (day < fromDay || day > toDay || !inPlan(payments.plan[slot] ?? NO_PLAN)) continue;
    amount += payments.amount[slot] ?? 0;
    count += 1;
  }
  return { amount, payments: count };
}

/**
 * Payouts per month by peril: every paid payment whose paid date lies in `range`, in the month of
 * that date, under the peril of its claim (a payment of an unknown claim is left out). Every month
 * of the range is listed, an empty one with zeros. Yen and number of payments.
 */
export function payoutsByPeril(scope: Scope, range: DateRange): MonthPayouts[] {
  const rows: MonthPayouts[] = monthsOf(range).map((month) => ({ month, total: 0, count: 0, amounts: zeroPerPeril(), counts: zeroPerPeril() }));
  const { fromDay, toDay, firstMonth } = rangeDays(range);
  const { payments } = scope.index;
  const inPlan = planMatcher(scope);
  for (let slot = 0; slot < payments.count; slot += 1) {
    const day = payments.day[slot] ?? 0;
    if (day < fromDay || day > toDay || !inPlan(payments.plan[slot] ?? NO_PLAN)) continue;
    const peril = perilOfCode(payments.peril[slot] ?? -1);
    const row = rows[(payments.month[slot] ?? 0) - firstMonth];
    if (peril === undefined || !row) continue;
    const amount = payments.amount[slot] ?? 0;
    row.total += amount;
    row.count += 1;
    row.amounts[peril] += amount;
    row.counts[peril] += 1;
  }
  return rows;
}

/**
 * Claims received in `range` (receipt date), by their status today, in the order of CLAIM_STATUSES
 * (every status listed): how many, the amount claimed (repair cost + investigation cost, yen) and
 * the payout decided (the recorded decision's payout for an approval; 0 otherwise).
 */
export function claimsByStatus(scope: Scope, range: DateRange): StatusFigure[] {
  const rows: StatusFigure[] = CLAIM_STATUSES.map((status) => ({ status, count: 0, claimedAmount: 0, decidedPayout: 0 }));
  const { fromDay, toDay } = rangeDays(range);
  const { claims } = scope.index;
  const inPlan = planMatcher(scope);
  for (let slot = 0; slot < claims.count; slot += 1) {
    const day = claims.receivedDay[slot] ?? 0;
    if (day < fromDay || day > toDay || !inPlan(claims.plan[slot] ?? NO_PLAN)) continue;
    const row = rows[claims.status[slot] ?? 0];
    if (!row) continue;
    row.count += 1;
    row.claimedAmount += claims.claimed[slot] ?? 0;
    row.decidedPayout += claims.decided[slot] ?? 0;
  }
  return rows;
}
