/**
 * The claims payment deadline (adjudication.md, "Claims payment deadline"; product.md, "Claim
 * lifecycle"): due 30 days after the claim became complete, unless extended with a recorded reason.
 */
import { addDays, daysBetween, type IsoDate } from './dates';
import { OPEN_CLAIM_STATUSES } from './recordCodes';
import type { Claim, DeadlineExtension } from './records';

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

/** Why a payment deadline may be extended (Insurance Act art. 21: a recorded reason). */
export type DeadlineExtensionReason = DeadlineExtension['reason'];

/**
 * decision: the longest a payment deadline may be extended, in days after the claim became
 * complete (`completedDate`), per reason. This product's decision, following the ceilings usual in
 * Japanese non-life terms: 180 days for an inquiry to the police or another public body
 * (警察・公的機関の照会) and 90 days for an expert examination (専門機関の鑑定).
 */
export const MAX_EXTENSION_DAYS: Readonly<Record<DeadlineExtensionReason, number>> = {
  police_inquiry: 180,
  expert_inquiry: 90,
};

/**
 * The latest `until` an extension for `reason` may set on a claim completed on the JST date
 * `completedDate`: `completedDate` + {@link MAX_EXTENSION_DAYS}[reason]. Throws RangeError on an
 * invalid date (src/domain/dates.ts addDays).
 */
export function latestExtensionDate(completedDate: IsoDate, reason: DeadlineExtensionReason): IsoDate {
  return addDays(completedDate, MAX_EXTENSION_DAYS[reason]);
}
