/**
 * Money out and claims by status (product.md, "Figures managers read": payouts per month by peril;
 * claim counts and amounts by status). Integer yen.
 */
import { PERILS, type Peril } from '../adjudication/schemas';
import { CLAIM_STATUSES } from '../records';
import { inRange, monthOf, monthsOf, type DateRange } from './months';
import type { MonthPayouts, StatusFigure } from './schema';
import type { Scope } from './scope';

const zeroPerPeril = (): Record<Peril, number> => Object.fromEntries(PERILS.map((peril) => [peril, 0])) as Record<Peril, number>;

/**
 * Payouts per month by peril: every paid payment whose paid date lies in `range`, in the month of
 * that date, under the peril of its claim (a payment of an unknown claim is left out). Every month
 * of the range is listed, an empty one with zeros. Yen and number of payments.
 */
export function payoutsByPeril(scope: Scope, range: DateRange): MonthPayouts[] {
  const months = new Map<string, MonthPayouts>(
    monthsOf(range).map((month) => [month, { month, total: 0, count: 0, amounts: zeroPerPeril(), counts: zeroPerPeril() }]),
  );
  for (const payment of scope.payments) {
    if (!inRange(payment.paidDate, range)) continue;
    const claim = scope.claimById.get(payment.claimId);
    const row = months.get(monthOf(payment.paidDate));
    if (!claim || !row) continue;
    row.total += payment.amount;
    row.count += 1;
    row.amounts[claim.peril] += payment.amount;
    row.counts[claim.peril] += 1;
  }
  return [...months.values()];
}

/**
 * Claims received in `range` (receipt date), by their status today, in the order of CLAIM_STATUSES
 * (every status listed): how many, the amount claimed (repair cost + investigation cost, yen) and
 * the payout decided (the recorded decision's payout for an approval; 0 otherwise).
 */
export function claimsByStatus(scope: Scope, range: DateRange): StatusFigure[] {
  const rows = new Map<string, StatusFigure>(CLAIM_STATUSES.map((status) => [status, { status, count: 0, claimedAmount: 0, decidedPayout: 0 }]));
  for (const claim of scope.claims) {
    if (!inRange(claim.receivedDate, range)) continue;
    const row = rows.get(claim.status);
    if (!row) continue;
    row.count += 1;
    row.claimedAmount += (claim.repairCost ?? 0) + (claim.investigationCost ?? 0);
    if (claim.decision?.decision === 'approve') row.decidedPayout += claim.decision.payout;
  }
  return [...rows.values()];
}
