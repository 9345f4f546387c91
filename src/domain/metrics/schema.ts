/**
 * The figures managers read (product.md, "Figures managers read"), as the aggregates endpoint
 * `GET /api/dashboard` answers them: zod schemas shared by the backend (which computes them with
 * this module) and the dashboard (which parses the answer). Money is integer yen; dates are JST
 * `YYYY-MM-DD`, months `YYYY-MM`; rates are numbers (0..1 for shares, a loss ratio may exceed 1)
 * or null when there is no denominator: an empty month has no rate, not a rate of 0.
 */
import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';
import { yenSchema } from '../money';
import { PERILS, PLANS, planSchema, perilSchema } from '../adjudication/schemas';
import { CLAIM_STATUSES, SURVEY_ANSWERS, claimStatusSchema } from '../records';

const count = z.number().int().nonnegative();
/** A rate, or null when its denominator is 0. */
const rate = z.number().nonnegative().nullable();
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month YYYY-MM');
const recordOf = <K extends string, V extends z.ZodType>(keys: readonly [K, ...K[]], value: V) =>
  z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, V>);

/** Counts per peril, in the order of PERILS. */
export const perCountSchema = recordOf(PERILS, count);
/** Yen per peril. */
export const perYenSchema = recordOf(PERILS, yenSchema);

/**
 * Satisfaction of a set of surveys (adjudication.md, "Satisfaction survey"): `sent` surveys,
 * `answers` of them answered, `satisfied` = 満足 + やや満足; `rate` = satisfied ÷ answers (null with no
 * answer), `responseRate` = answers ÷ sent (null with nothing sent); `byAnswer` counts each level.
 */
export const satisfactionFigureSchema = z.object({
  sent: count,
  answers: count,
  satisfied: count,
  byAnswer: recordOf(SURVEY_ANSWERS, count),
  rate,
  responseRate: rate,
});
export type SatisfactionFigure = z.infer<typeof satisfactionFigureSchema>;

/** Payments made in one month, yen and number of payments, in all and per peril of their claim. */
export const monthPayoutsSchema = z.object({ month: monthSchema, total: yenSchema, count, amounts: perYenSchema, counts: perCountSchema });
export type MonthPayouts = z.infer<typeof monthPayoutsSchema>;

/** Claims received in the range now in `status`: how many, the amount claimed, the payout decided (yen). */
export const statusFigureSchema = z.object({ status: claimStatusSchema, count, claimedAmount: yenSchema, decidedPayout: yenSchema });
export type StatusFigure = z.infer<typeof statusFigureSchema>;

/** Claims paid in one month: how many, how many by their deadline, the share (null when none was paid). */
export const deadlineFigureSchema = z.object({ month: monthSchema, paid: count, within: count, rate });
export type DeadlineFigure = z.infer<typeof deadlineFigureSchema>;

/** One bucket of cycle times: `from`–`to` days (both inclusive; `to` null = and more). */
export const cycleBucketSchema = z.object({ from: count, to: count.nullable(), count, share: rate });
export type CycleBucket = z.infer<typeof cycleBucketSchema>;

/** Receipt-to-payment days of the claims paid in the range: buckets, number of claims, mean and median days. */
export const cycleTimeSchema = z.object({ buckets: z.array(cycleBucketSchema), claims: count, averageDays: rate, medianDays: rate });
export type CycleTime = z.infer<typeof cycleTimeSchema>;

/** One plan's month: policies in force, premium earned (yen), payouts (yen), payouts ÷ premium. */
export const lossRatioCellSchema = z.object({ policies: count, earnedPremium: yenSchema, payouts: yenSchema, rate });
export type LossRatioCell = z.infer<typeof lossRatioCellSchema>;

/** Loss ratio of one month per plan and for both plans together. */
export const monthLossRatioSchema = z.object({ month: monthSchema, plans: recordOf(PLANS, lossRatioCellSchema), all: lossRatioCellSchema });
export type MonthLossRatio = z.infer<typeof monthLossRatioSchema>;

/** Identifiers of the consumption buckets (share of the aggregate limit used). */
export const CONSUMPTION_BUCKETS = ['none', 'to25', 'to50', 'to75', 'below100', 'exhausted'] as const;
export type ConsumptionBucketId = (typeof CONSUMPTION_BUCKETS)[number];

/** Policies whose used share of the limit falls in the bucket, per plan and in all. */
export const consumptionBucketSchema = z.object({ id: z.enum(CONSUMPTION_BUCKETS), counts: recordOf(PLANS, count), total: count, share: rate });
export type ConsumptionBucket = z.infer<typeof consumptionBucketSchema>;

/** Per-policy aggregate consumption on `asOf` of the policies in force that day. */
export const consumptionSchema = z.object({ asOf: isoDateSchema, policies: count, buckets: z.array(consumptionBucketSchema) });
export type Consumption = z.infer<typeof consumptionSchema>;

/** Satisfaction per month (of sending), per peril and per adjuster, against the target. */
export const satisfactionBreakdownSchema = z.object({
  target: z.number().min(0).max(1),
  byMonth: z.array(satisfactionFigureSchema.extend({ month: monthSchema })),
  byPeril: z.array(satisfactionFigureSchema.extend({ peril: perilSchema })),
  byAdjuster: z.array(satisfactionFigureSchema.extend({ adjusterId: z.string().nullable(), name: z.string().nullable() })),
});
export type SatisfactionBreakdown = z.infer<typeof satisfactionBreakdownSchema>;

/** The KPI cards. */
export const kpisSchema = z.object({
  /** Claims waiting for work today (received, awaiting documents, in review, pending approval). */
  openClaims: count,
  /** Open claims past their (possibly extended) payment deadline today. */
  overdueClaims: count,
  /** Payments made in today's month up to today. */
  paidThisMonth: z.object({ month: monthSchema, amount: yenSchema, payments: count }),
  paidWithinDeadline: z.object({ paid: count, within: count, rate }),
  cycleTime: z.object({ claims: count, averageDays: rate, medianDays: rate }),
  lossRatio: lossRatioCellSchema,
  satisfaction: satisfactionFigureSchema,
});
export type Kpis = z.infer<typeof kpisSchema>;

/** What the dashboard was computed for: the range, the plan (null = both), "today". */
export const dashboardScopeSchema = z.object({ from: isoDateSchema, to: isoDateSchema, plan: planSchema.nullable(), today: isoDateSchema });

/** Everything the dashboard draws: `GET /api/dashboard`'s answer. */
export const dashboardDataSchema = z.object({
  scope: dashboardScopeSchema,
  months: z.array(monthSchema),
  settings: z.object({ satisfactionTarget: z.number().min(0).max(1), paymentDeadlineDays: count }),
  kpis: kpisSchema,
  payoutsByPeril: z.array(monthPayoutsSchema),
  claimsByStatus: z.array(statusFigureSchema),
  deadlineByMonth: z.array(deadlineFigureSchema),
  cycleTime: cycleTimeSchema,
  lossRatioByPlan: z.array(monthLossRatioSchema),
  consumption: consumptionSchema,
  satisfaction: satisfactionBreakdownSchema,
});
export type DashboardData = z.infer<typeof dashboardDataSchema>;

export { CLAIM_STATUSES, PERILS, PLANS, SURVEY_ANSWERS };
