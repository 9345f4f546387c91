/**
 * The claims payment deadline (adjudication.md, "Claims payment deadline"; product.md, "Claim
 * lifecycle"): due 30 days after the claim became complete, unless extended with a recorded reason.
 */
import { daysBetween, type IsoDate } from './dates';
import { OPEN_CLAIM_STATUSES, type Claim } from './records';

/** decision: a deadline this many days away or fewer counts as "due soon" in the triage queue. */
export const DUE_SOON_DAYS = 7;

/** Where an open claim stands against its deadline; `none` for a closed or incomplete claim. */
export type DeadlineState = 'overdue' | 'due_soon' | 'on_time' | 'none';

/** The due date in force: the extension's `until` when the deadline was extended, else `dueDate`. */
export function effectiveDueDate(claim: Pick<Claim, 'dueDate' | 'deadlineExtension'>): IsoDate | null {
  return claim.deadlineExtension?.until ?? claim.dueDate;
}

/**
 * The deadline state of `claim` on the JST date `today`: overdue when the due date has passed,
 * due soon within {@link DUE_SOON_DAYS} days, `none` for a closed claim or one with no due date.
 */
export function deadlineState(claim: Pick<Claim, 'status' | 'dueDate' | 'deadlineExtension'>, today: IsoDate): DeadlineState {
  const due = effectiveDueDate(claim);
  if (!due || !OPEN_CLAIM_STATUSES.includes(claim.status)) return 'none';
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'due_soon';
  return 'on_time';
}
