/**
 * Whether a claim was paid by its deadline (adjudication.md, "Claims payment deadline"; product.md,
 * "Figures managers read": share paid within the 30-day deadline).
 */
import type { IsoDate } from '../dates';
import { effectiveDueDate } from '../deadline';
import type { Claim } from '../records';

/**
 * True when the claim was paid (on the JST date `paidDate`) on or before its payment deadline: the
 * extension's date when the deadline was extended with a recorded reason, else the due date
 * (請求完了 + 30 days). A paid claim without a due date (never marked complete) counts as late:
 * nothing shows it was on time.
 */
export function paidWithinDeadline(claim: Pick<Claim, 'dueDate' | 'deadlineExtension'>, paidDate: IsoDate): boolean {
  const due = effectiveDueDate(claim);
  return due !== null && paidDate <= due;
}
