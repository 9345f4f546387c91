/**
 * The records the figures are computed from, narrowed to one plan, and what is derived once for
 * every figure: each claim's payment (the day it was paid, how much).
 */
import type { IsoDate } from '../dates';
import type { Yen } from '../money';
import type { Plan } from '../adjudication/schemas';
import type { Claim, Payment, Policy, Survey, User } from '../records';

/**
 * The records of the claims unit and "today" (JST): everything the figures are computed from. Only
 * the fields read are required, so a backend can pass lighter rows.
 */
export interface MetricsInput {
  policies: readonly Pick<Policy, 'id' | 'plan' | 'status' | 'inceptionDate'>[];
  claims: readonly Pick<
    Claim,
    'id' | 'policyId' | 'peril' | 'status' | 'incidentDate' | 'receivedDate' | 'dueDate' | 'deadlineExtension' | 'decision' | 'recommendation' | 'repairCost' | 'investigationCost'
  >[];
  payments: readonly Pick<Payment, 'claimId' | 'policyId' | 'amount' | 'status' | 'paidDate'>[];
  surveys: readonly Pick<Survey, 'policyId' | 'peril' | 'adjusterId' | 'sentDate' | 'answer'>[];
  /** Names of the adjusters, for the satisfaction by adjuster (optional). */
  users?: readonly Pick<User, 'id' | 'name'>[];
  /** Today's JST date: open and overdue claims, this month's payments, consumption are as of it. */
  today: IsoDate;
}

export type MetricsClaim = MetricsInput['claims'][number];
export type MetricsPolicy = MetricsInput['policies'][number];
export type MetricsPayment = MetricsInput['payments'][number];
export type MetricsSurvey = MetricsInput['surveys'][number];

/** A claim's payment: the day the last of its paid payments was made and their total (yen). */
export interface ClaimPayment {
  claim: MetricsClaim;
  paidDate: IsoDate;
  amount: Yen;
}

/** The input narrowed to one plan (or both), with each paid claim's payment. */
export interface Scope {
  policies: readonly MetricsPolicy[];
  claims: readonly MetricsClaim[];
  /** Paid payments only (status `paid` with a paid date). */
  payments: readonly (MetricsPayment & { paidDate: IsoDate })[];
  surveys: readonly MetricsSurvey[];
  /** The payment of every claim with a paid payment, by claim id. */
  paidClaims: ReadonlyMap<string, ClaimPayment>;
  claimById: ReadonlyMap<string, MetricsClaim>;
  users: ReadonlyMap<string, string>;
  /** The plan of every policy of the input (whatever the plan filter), by policy id. */
  planOf: ReadonlyMap<string, Plan>;
  today: IsoDate;
}

/**
 * Narrows `input` to the records of `plan`'s policies (a claim, payment or survey belongs to the
 * plan of its policy; one of an unknown policy belongs to no plan) and derives each claim's payment.
 */
export function scopeOf(input: MetricsInput, plan?: Plan): Scope {
  const planOf = new Map<string, Plan>();
  for (const policy of input.policies) planOf.set(policy.id, policy.plan);
  const keep = plan === undefined ? () => true : (policyId: string) => planOf.get(policyId) === plan;
  const claims = plan === undefined ? input.claims : input.claims.filter((claim) => keep(claim.policyId));
  const claimById = new Map<string, MetricsClaim>();
  for (const claim of claims) claimById.set(claim.id, claim);
  const payments = input.payments.filter(
    (payment): payment is MetricsPayment & { paidDate: IsoDate } => payment.status === 'paid' && payment.paidDate !== null && keep(payment.policyId),
  );
  const paidClaims = new Map<string, ClaimPayment>();
  for (const payment of payments) {
    const claim = claimById.get(payment.claimId);
    if (!claim) continue;
    const seen = paidClaims.get(claim.id);
    if (seen) paidClaims.set(claim.id, { claim, paidDate: payment.paidDate > seen.paidDate ? payment.paidDate : seen.paidDate, amount: seen.amount + payment.amount });
    else paidClaims.set(claim.id, { claim, paidDate: payment.paidDate, amount: payment.amount });
  }
  return {
    policies: plan === undefined ? input.policies : input.policies.filter((policy) => policy.plan === plan),
    claims,
    payments,
    surveys: plan === undefined ? input.surveys : input.surveys.filter((survey) => keep(survey.policyId)),
    paidClaims,
    claimById,
    users: new Map((input.users ?? []).map((user) => [user.id, user.name])),
    planOf,
    today: input.today,
  };
}
