/**
 * The records the figures are computed from, and what is derived from them once for every figure
 * (product.md, "Figures managers read"): indexMetrics (metricsIndex.ts) reads each claim, payment, survey and
 * policy once and keeps the facts the figures need (plan, peril, status, days, yen) in typed
 * columns, one slot per record. A figure then scans those columns only, never the records: at
 * 100,000 claims a dashboard is a few milliseconds once the index is built, and a backend may keep
 * the index and update it from each write's before and after (liveIndex.ts; mocks/aggregates.ts does).
 */
import type { IsoDate } from '../dates';
import { PERILS, PLANS, type Peril, type Plan } from '../adjudication/schemas';
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
  /**
   * A policy by id (optional): a backend that already holds its policies by id passes its lookup
   * and spares the index a map of every policy. Default: a map built from `policies`.
   */
  policyById?: (policyId: string) => MetricsPolicyRow | undefined;
}

/** The fields of a policy the figures read. */
export type MetricsPolicyRow = Pick<Policy, 'id' | 'plan' | 'status' | 'inceptionDate'>;
export type MetricsClaim = MetricsInput['claims'][number];
export type MetricsPolicy = MetricsInput['policies'][number];
export type MetricsPayment = MetricsInput['payments'][number];
export type MetricsSurvey = MetricsInput['surveys'][number];

/** A plan's code in the columns: its index in PLANS; {@link NO_PLAN} for a record of an unknown policy. */
export const NO_PLAN = -1;

/** Paid payments (status `paid` with a paid date), one slot each. */
export interface PaymentColumns {
  count: number;
  /** Plan code of the payment's policy. */
  plan: Int8Array;
  /** Index in PERILS of the peril of the payment's claim; -1 when the claim is unknown. */
  peril: Int8Array;
  /** {@link dayNumber} and {@link monthNumber} of the paid date. */
  day: Int32Array;
  month: Int32Array;
  /** Yen. */
  amount: Float64Array;
}

/** Claims with a paid payment, one slot each: paid on the last of their paid payments' dates. */
export interface PaidClaimColumns {
  count: number;
  /** Plan code of the claim's policy. */
  plan: Int8Array;
  day: Int32Array;
  month: Int32Array;
  /** Days from receipt to payment (0 for a payment dated before the receipt). */
  cycleDays: Int32Array;
  /** 1 when paid on or before the effective due date (timeliness.ts's paidWithinDeadline), else 0. */
  within: Uint8Array;
}

/** Every claim, one slot each. */
export interface ClaimColumns {
  count: number;
  plan: Int8Array;
  /** Index in CLAIM_STATUSES. */
  status: Uint8Array;
  receivedDay: Int32Array;
  /** Repair cost + investigation cost, yen. */
  claimed: Float64Array;
  /** The recorded approval's payout (0 otherwise), yen. */
  decided: Float64Array;
}

/** Every survey, one slot each. */
export interface SurveyColumns {
  count: number;
  plan: Int8Array;
  /** Index in PERILS. */
  peril: Int8Array;
  /** Index in {@link MetricsIndex.adjusters}. */
  adjuster: Int32Array;
  /** Index in SURVEY_ANSWERS; -1 unanswered. */
  answer: Int8Array;
  day: Int32Array;
  month: Int32Array;
}

/**
 * The approved and paid claims of active policies (what the aggregate consumption reads), one slot
 * each, with their policy's code, plan and inception date; slots of one policy share its code.
 */
export interface UsageColumns {
  count: number;
  /** Code of the claim's policy, 0 … `policies` − 1 (consumption sums a policy's claims under it). */
  policy: Int32Array;
  /** Number of policy codes given (codes are never reused). */
  policies: number;
  plan: Int8Array;
  /** The policy's inception date, and its {@link dayNumber}. */
  inceptionDate: IsoDate[];
  inceptionDay: Int32Array;
  /** {@link dayNumber} of each counting claim's incident date. */
  incidentDay: Int32Array;
  /** The claim's decision payout, yen. */
  payout: Float64Array;
}

/**
 * What every figure reads, derived from a {@link MetricsInput}: once (metricsIndex.ts's indexMetrics),
 * or kept up to date write by write (liveIndex.ts). Columns hold `count` slots in no particular order
 * (the arrays may be longer); read them, never change them.
 */
export interface MetricsIndex {
  today: IsoDate;
  claims: ClaimColumns;
  /** Open claims today and those past their (possibly extended) deadline, by plan code + 1 (0 = unknown policy). */
  openByPlan: Int32Array;
  overdueByPlan: Int32Array;
  payments: PaymentColumns;
  paidClaims: PaidClaimColumns;
  surveys: SurveyColumns;
  /** The adjusters the surveys name (null: none), by the code the survey columns hold. */
  adjusters: readonly (string | null)[];
  /** {@link dayNumber}s of the inception dates of the active policies per plan, ascending. */
  activeInceptions: Readonly<Record<Plan, Int32Array>>;
  usage: UsageColumns;
  /** Adjusters' names by id. */
  users: ReadonlyMap<string, string>;
}

/** The index narrowed to one plan (or both: `plan` undefined): what each figure function takes. */
export interface Scope {
  index: MetricsIndex;
  plan: Plan | undefined;
  today: IsoDate;
}

/** Code of `plan` in the columns. */
export function planCode(plan: Plan): number {
  return PLANS.indexOf(plan);
}

/** Whether a record of a plan code belongs to `scope`: every record without a plan filter, else those of its plan. */
export function planMatcher(scope: Scope): (code: number) => boolean {
  if (scope.plan === undefined) return () => true;
  const wanted = planCode(scope.plan);
  return (code) => code === wanted;
}

/** `index` narrowed to `plan` (undefined: both plans). */
export function scopeIn(index: MetricsIndex, plan?: Plan): Scope {
  return { index, plan, today: index.today };
}

/** The peril of a code of the columns. */
export function perilOfCode(code: number): Peril | undefined {
  return PERILS[code];
}
