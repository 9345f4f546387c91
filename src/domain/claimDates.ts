/**
 * When an incident may have happened, as a claim records it (JST calendar dates `YYYY-MM-DD`,
 * src/domain/dates.ts).
 *
 * Source: an incident that has not happened yet cannot be insured — insurance covers a loss that
 * occurred, and a claim is made after it (product.md, "Claim lifecycle": the claim is received
 * once the holder reports the incident). A future incident date would also fall in a later policy
 * period with nothing paid yet, so the aggregate limit per policy period (adjudication.md, "Amount
 * rules" 6: ¥200,000) could be drawn afresh for every future year. The API refuses such a claim
 * on create and edit, the decision endpoint refuses to decide one, and a form may show the same
 * message before sending.
 */
import type { IsoDate } from './dates';
import type { Claim } from './records';

/** Why an incident date is not acceptable: after today (JST), or after the day the claim was received. */
export type IncidentDateProblem = 'after_today' | 'after_received';

/**
 * The problem with `claim.incidentDate` on the JST date `today`, or null when there is none:
 * `after_today` when the incident is later than today, `after_received` when it is later than the
 * claim's `receivedDate` (a claim is received after its incident, the same day at the earliest).
 * Dates compare as `YYYY-MM-DD` strings; the caller has validated them (isoDateSchema).
 */
export function incidentDateProblem(claim: Pick<Claim, 'incidentDate' | 'receivedDate'>, today: IsoDate): IncidentDateProblem | null {
  if (claim.incidentDate > today) return 'after_today';
  if (claim.incidentDate > claim.receivedDate) return 'after_received';
  return null;
}

/** An English message for `problem` (the API's `errors.incidentDate`), naming the date it passes. */
export function incidentDateMessage(problem: IncidentDateProblem, claim: Pick<Claim, 'receivedDate'>, today: IsoDate): string {
  return problem === 'after_today'
    ? `The incident cannot be in the future (today is ${today})`
    : `The incident cannot be after the day the claim was received (${claim.receivedDate})`;
}
