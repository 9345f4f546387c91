/** The policy periods of a policy up to a date (pure). */
import { addDays, type IsoDate } from '../../domain/dates';
import type { Period } from '../../domain/adjudication';
import { policyPeriodOn } from '../../domain/policyPeriod';

/**
 * Every policy period of a policy that started on `inceptionDate`, from the first to the one
 * containing `today` (JST), newest first; at most `max` of them. A policy not yet started has its
 * first period only.
 */
export function periodsUntil(inceptionDate: IsoDate, today: IsoDate, max = 10): Period[] {
  const periods: Period[] = [];
  let period = policyPeriodOn(inceptionDate, inceptionDate);
  periods.push(period);
  while (period.end < today) {
    period = policyPeriodOn(inceptionDate, addDays(period.end, 1));
    periods.push(period);
  }
  return periods.reverse().slice(0, max);
}
