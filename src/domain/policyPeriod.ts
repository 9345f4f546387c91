/**
 * Policy periods: one year from inception, renewed automatically (product page: 保険期間 1年
 * (その後は自動更新)); start and end both inclusive, JST calendar dates.
 */
import { addDays, addMonths, parseIsoDate, type IsoDate } from './dates';
import type { Period } from './adjudication/schemas';
import { PAYOUT_COUNTING_STATUSES, type Claim, type Policy } from './records';
import { PLAN_TERMS } from './adjudication/terms';
import type { Yen } from './money';

/**
 * The policy period that contains `date`, for a policy that started on `inceptionDate`.
 * A date before inception gets the first period (adjudication then says OUTSIDE_PERIOD).
 * Throws RangeError on an invalid date.
 */
export function policyPeriodOn(inceptionDate: IsoDate, date: IsoDate): Period {
  const inception = parseIsoDate(inceptionDate);
  const on = parseIsoDate(date);
  // Without this check an invalid `date` made `years` NaN and returned "NaN-NaN-NaN" dates.
  if (!inception || !on) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${inception ? date : inceptionDate}`);
  let years = Math.max(0, on.year - inception.year);
  // The estimate can be one year too many (before the anniversary): step back once if so.
  if (years > 0 && addMonths(inceptionDate, 12 * years) > date) years -= 1;
  const start = addMonths(inceptionDate, 12 * years);
  const end = addDays(addMonths(inceptionDate, 12 * (years + 1)), -1);
  return { start, end };
}

/** True when `date` lies in `period` (both ends inclusive). */
export function isInPeriod(date: IsoDate, period: Period): boolean {
  return period.start <= date && date <= period.end;
}

/**
 * Yen already paid (approved or paid) on one policy's claims whose incident falls in `period`,
 * leaving out `exceptClaimId` (the claim being decided). `claims` should be that policy's claims.
 */
export function paidInPeriod(
  claims: readonly Pick<Claim, 'id' | 'status' | 'incidentDate' | 'decision'>[],
  period: Period,
  exceptClaimId?: string,
): Yen {
  let total = 0;
  for (const claim of claims) {
    if (claim.id === exceptClaimId) continue;
    if (!PAYOUT_COUNTING_STATUSES.includes(claim.status)) continue;
    if (!isInPeriod(claim.incidentDate, period)) continue;
    total += claim.decision?.payout ?? 0;
  }
  return total;
}

/** One policy period's aggregate limit and its consumption, yen. */
export interface AggregateUsage {
  period: Period;
  limit: Yen;
  used: Yen;
  /** `limit − used`, never below zero. */
  remaining: Yen;
}

/**
 * The aggregate limit of the policy period containing `date` (page: 保険期間通算), how much of it the
 * policy's approved and paid claims use, and what is left.
 */
export function aggregateUsageOn(
  policy: Pick<Policy, 'plan' | 'inceptionDate'>,
  policyClaims: readonly Pick<Claim, 'id' | 'status' | 'incidentDate' | 'decision'>[],
  date: IsoDate,
): AggregateUsage {
  const period = policyPeriodOn(policy.inceptionDate, date);
  const limit = PLAN_TERMS[policy.plan].aggregateLimit;
  const used = paidInPeriod(policyClaims, period);
  return { period, limit, used, remaining: Math.max(0, limit - used) };
}
