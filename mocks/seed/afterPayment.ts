/**
 * Life after a decision, for every seeded claim (scenarios and generated ones): a payment for each
 * approved claim (`scheduled`) and paid claim (`paid`, with its paid date; amount = the recorded
 * payout), and a satisfaction survey for each paid claim, sent on the payment day. About 60% of
 * customers answer over the following weeks, mostly 満足 / やや満足, less so when paid late; some
 * leave a comment. Money in integer yen; dates JST (product.md, "Claim lifecycle"; adjudication.md,
 * "Satisfaction survey").
 */
import type { IsoDate } from '../../src/domain/dates';
import { effectiveDueDate } from '../../src/domain/deadline';
import type { Claim, Payment, Survey, SurveyAnswer } from '../../src/domain/records';
import type { Random } from '../random';
import { SeedCalendar } from './calendar';
import { SURVEY_COMMENTS } from './comments';
import type { Weights } from './mix';
import { pad, type SeedState } from './state';

/** When each claim's payment was scheduled and made, by claim id (from the lifecycle). */
export type PaymentDates = ReadonlyMap<string, { scheduledDate: IsoDate; paidDate: IsoDate | null }>;

const ON_TIME: Weights<SurveyAnswer> = [
  ['satisfied', 46],
  ['somewhat_satisfied', 30],
  ['neutral', 12],
  ['somewhat_dissatisfied', 7],
  ['dissatisfied', 5],
];

const LATE: Weights<SurveyAnswer> = [
  ['satisfied', 15],
  ['somewhat_satisfied', 25],
  ['neutral', 20],
  ['somewhat_dissatisfied', 22],
  ['dissatisfied', 18],
];

/** Share of customers who ever answer the survey. */
export const SURVEY_RESPONSE_RATE = 0.6;

/** The payment dates of a claim without planned ones (a scenario's): scheduled on the decision day, paid two days later. */
function fallbackDates(claim: Claim, calendar: SeedCalendar): { scheduledDate: IsoDate; paidDate: IsoDate | null } {
  const { today } = calendar;
  const decided = claim.decision?.decidedAt.slice(0, 10) ?? today;
  const paid = calendar.shift(decided, 2) <= today ? calendar.shift(decided, 2) : today;
  return { scheduledDate: decided, paidDate: claim.status === 'paid' ? paid : null };
}

function survey(random: Random, calendar: SeedCalendar, claim: Claim, id: string, paidDate: IsoDate): Survey {
  const { today } = calendar;
  const deadline = effectiveDueDate(claim);
  const late = deadline !== null && paidDate > deadline;
  const answers = random.chance(SURVEY_RESPONSE_RATE);
  const delay = random.weighted([
    [random.int(1, 3), 50],
    [random.int(4, 10), 35],
    [random.int(11, 28), 15],
  ]);
  const answeredDate = calendar.shift(paidDate, delay);
  const answer = answers && answeredDate <= today ? random.weighted(late ? LATE : ON_TIME) : null;
  const unhappy = answer === 'dissatisfied' || answer === 'somewhat_dissatisfied';
  const comment = answer !== null && random.chance(unhappy ? 0.6 : 0.35) ? random.pick(SURVEY_COMMENTS[answer]) : null;
  return {
    id,
    claimId: claim.id,
    policyId: claim.policyId,
    peril: claim.peril,
    adjusterId: claim.decision?.decidedBy ?? claim.assigneeId,
    sentDate: paidDate,
    answer,
    comment,
    answeredDate: answer === null ? null : answeredDate,
  };
}

/** Adds the payments and surveys of every approved and paid claim in `state` (ids `pay-NNNNNN`, `sv-NNNNNN`). */
export function addPaymentsAndSurveys(state: SeedState, random: Random, dates: PaymentDates): void {
  const { data } = state;
  const calendar = new SeedCalendar(state.today);
  for (const claim of data.claims) {
    if (claim.status !== 'approved' && claim.status !== 'paid') continue;
    const { scheduledDate, paidDate } = dates.get(claim.id) ?? fallbackDates(claim, calendar);
    const paid = claim.status === 'paid' && paidDate !== null;
    const payment: Payment = {
      id: `pay-${pad(data.payments.length + 1, 6)}`,
      claimId: claim.id,
      policyId: claim.policyId,
      amount: claim.decision?.payout ?? 0,
      status: paid ? 'paid' : 'scheduled',
      idempotencyKey: paid ? `seed-payment-run-${paidDate}` : null,
      scheduledDate,
      paidDate: paid ? paidDate : null,
    };
    data.payments.push(payment);
    if (paid) data.surveys.push(survey(random, calendar, claim, `sv-${pad(data.surveys.length + 1, 6)}`, paidDate));
  }
}
