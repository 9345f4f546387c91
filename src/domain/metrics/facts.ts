/**
 * The facts one record contributes to the metrics index (scope.ts), as codes and numbers: shared by
 * the one-pass build (metricsIndex.ts) and the index kept up to date write by write (liveIndex.ts),
 * so both read a record by the same rules (product.md, "Figures managers read").
 */
import { effectiveDueDate } from '../deadline';
import { PERILS, PLANS } from '../adjudication/schemas';
import { CLAIM_STATUSES, OPEN_CLAIM_STATUSES, PAYOUT_COUNTING_STATUSES, SURVEY_ANSWERS } from '../records';
import { dayNumber } from './months';
import { NO_PLAN, type MetricsClaim, type MetricsPolicyRow, type MetricsSurvey } from './scope';

const PERIL_CODES = new Map<string, number>(PERILS.map((peril, index) => [peril, index]));
const STATUS_CODES = new Map<string, number>(CLAIM_STATUSES.map((status, index) => [status, index]));
const ANSWER_CODES = new Map<string, number>(SURVEY_ANSWERS.map((answer, index) => [answer, index]));
const PLAN_CODES = new Map<string, number>(PLANS.map((plan, index) => [plan, index]));

/** Code of a peril in the columns (index in PERILS); -1 for an unknown one. */
export function perilCode(peril: string): number {
  return PERIL_CODES.get(peril) ?? -1;
}

/** Code of a claim status in the columns (index in CLAIM_STATUSES). */
export function statusCode(status: string): number {
  return STATUS_CODES.get(status) ?? 0;
}

/** Code of a survey's answer (index in SURVEY_ANSWERS); -1 unanswered. */
export function answerCode(answer: MetricsSurvey['answer']): number {
  return answer === null ? -1 : (ANSWER_CODES.get(answer) ?? -1);
}

/** Plan code of a policy (index in PLANS); {@link NO_PLAN} for an unknown policy. */
export function policyPlanCode(policy: Pick<MetricsPolicyRow, 'plan'> | undefined): number {
  return policy === undefined ? NO_PLAN : (PLAN_CODES.get(policy.plan) ?? NO_PLAN);
}

/** Repair cost + investigation cost of a claim, yen. */
export function claimedYen(claim: MetricsClaim): number {
  return (claim.repairCost ?? 0) + (claim.investigationCost ?? 0);
}

/** The recorded approval's payout (0 otherwise), yen: what "claims by status" sums as decided. */
export function decidedYen(claim: MetricsClaim): number {
  return claim.decision?.decision === 'approve' ? claim.decision.payout : 0;
}

/** How a claim counts today: `open` (and `overdue`: past its effective due date, deadline.ts), `counting` toward its policy's aggregate limit, or neither. */
export type ClaimStanding = 'open' | 'overdue' | 'counting' | 'other';

/**
 * The standing of `claim` on the day number `todayDay`: open statuses (OPEN_CLAIM_STATUSES) are
 * `overdue` once the effective due date (the extension's, else the due date) has passed, else
 * `open`; approved and paid claims (PAYOUT_COUNTING_STATUSES) are `counting`.
 */
export function claimStanding(claim: MetricsClaim, todayDay: number): ClaimStanding {
  if (OPEN_CLAIM_STATUSES.includes(claim.status)) {
    const due = effectiveDueDate(claim);
    return due !== null && dayNumber(due) < todayDay ? 'overdue' : 'open';
  }
  return PAYOUT_COUNTING_STATUSES.includes(claim.status) ? 'counting' : 'other';
}

/** What a counting claim uses of its policy's aggregate limit: its decision's payout (0 without one), yen. */
export function usedYen(claim: MetricsClaim): number {
  return claim.decision?.payout ?? 0;
}
