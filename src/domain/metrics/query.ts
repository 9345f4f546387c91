/**
 * What the figures are computed over (product.md, "Figures managers read"): a range of JST dates
 * and optionally one plan, and the settings the figures are read against.
 */
import { z } from 'zod';
import { daysBetween, isIsoDate } from '../dates';
import { isoDateSchema } from '../dateSchema';
import { planSchema, perilSchema } from '../adjudication/schemas';
import type { Plan } from '../adjudication/schemas';

/** decision: the satisfaction rate managers aim for (a setting; product.md, "against a target"). */
export const SATISFACTION_TARGET = 0.9;

/** decision: the longest range the aggregates answer for, in days (about five years). */
export const MAX_RANGE_DAYS = 1_850;

/** What the figures are computed over: JST dates `from`…`to` (inclusive) and a plan (absent = both). */
export interface MetricsQuery {
  from: string;
  to: string;
  plan?: Plan | undefined;
}

const rangeChecks = <T extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(schema: T) =>
  schema.superRefine((query, ctx) => {
    // zod runs this even when a date failed its own check: compare real dates only.
    if (query.from === undefined || query.to === undefined || !isIsoDate(query.from) || !isIsoDate(query.to)) return;
    if (query.from > query.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The range ends before it starts' });
    else if (daysBetween(query.from, query.to) > MAX_RANGE_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `The range may span at most ${MAX_RANGE_DAYS} days` });
    }
  });

/**
 * `GET /api/dashboard`'s query: `from` and `to` (JST `YYYY-MM-DD`, from ≤ to, at most
 * {@link MAX_RANGE_DAYS} days apart) and optionally `plan` (`standard` | `light`). Unknown keys refused.
 */
export const dashboardQuerySchema = rangeChecks(
  z.strictObject({ from: isoDateSchema, to: isoDateSchema, plan: planSchema.optional() }),
);

/**
 * `GET /api/dashboard/satisfaction`'s query, the survey list's filter: surveys sent `from`…`to`
 * (each optional), of one `peril`, decided by one `adjusterId`, on policies of one `plan`.
 */
export const satisfactionQuerySchema = rangeChecks(
  z.strictObject({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    peril: perilSchema.optional(),
    adjusterId: z.string().min(1).optional(),
    plan: planSchema.optional(),
  }),
);
export type SatisfactionQuery = z.infer<typeof satisfactionQuerySchema>;
