/**
 * The adjudication module's contract as zod schemas: field names exactly as
 * `shared/spec/adjudication.md`, "The contract", gives them.
 */
import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { yenSchema } from '../money';
import { lineCodeSchema } from './lines';

/** Plans of the product page's プラン table: スタンダードプラン / ライトプラン. */
export const PLANS = ['standard', 'light'] as const;
export const planSchema = z.enum(PLANS);
export type Plan = z.infer<typeof planSchema>;

/** Perils of the product page (adjudication.md, "Terms"). */
export const PERILS = ['damage', 'water', 'failure', 'data_recovery', 'theft_loss'] as const;
export const perilSchema = z.enum(PERILS);
export type Peril = z.infer<typeof perilSchema>;

/** Carrier codes of adjudication.md, "Eligibility and exclusions" (eligible and not). */
export const CARRIERS = [
  'ymobile',
  'uq_mobile',
  'iijmio',
  'mineo',
  'other_mvno',
  'rakuten_mobile',
  'povo',
  'linemo',
  'docomo',
  'au',
  'softbank',
  'ahamo',
] as const;
export const carrierSchema = z.enum(CARRIERS);
export type Carrier = z.infer<typeof carrierSchema>;

/** Document kinds of the page's 必要書類 (adjudication.md, "Documents"). */
export const DOCUMENT_KINDS = [
  'repair_estimate',
  'repair_receipt',
  'damage_photo',
  'enrollment_photo',
  'police_report',
] as const;
export const documentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** Causes of a loss: ageing is excluded, a product defect within 12 months is referred. */
export const CAUSES = ['accident', 'ageing', 'product_defect'] as const;
export const causeSchema = z.enum(CAUSES);
export type Cause = z.infer<typeof causeSchema>;

/** Decisions, in the spec's tier order. */
export const DECISIONS = ['approve', 'deny', 'pend', 'refer'] as const;
export const decisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof decisionSchema>;

/** Reason codes of adjudication.md, "Decision order", tier by tier. */
export const REASON_CODES = [
  'CARRIER_INELIGIBLE',
  'NOT_GITEKI_CERTIFIED',
  'OUTSIDE_PERIOD',
  'PERIL_NOT_COVERED',
  'AGEING_EXCLUDED',
  'WARRANTY_REFERRAL',
  'MISSING_DOCUMENTS',
  'IMEI_INVALID',
  'IMEI_MISMATCH',
  'AMOUNT_MISSING',
  'BELOW_DEDUCTIBLE',
  'NO_COVERED_COST',
  'AGGREGATE_EXHAUSTED',
  'CAPPED_PER_INCIDENT',
  'CAPPED_BY_AGGREGATE',
  'INVESTIGATION_COST_ONLY',
  'THEFT_LOSS_HALF_DEVICE_PRICE',
] as const;
export const reasonCodeSchema = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

/** `reasons` without duplicates, in the stable order of REASON_CODES (tier by tier). */
export function inReasonOrder(reasons: readonly ReasonCode[]): ReasonCode[] {
  return REASON_CODES.filter((code) => reasons.includes(code));
}

/** The policy period the claim is made in; both ends inclusive, JST calendar dates. */
export const periodSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .refine((p) => p.start <= p.end, { message: 'period.start must not be after period.end', path: ['start'] });
export type Period = z.infer<typeof periodSchema>;

/** The insured device as adjudication needs it; prices in integer yen, dates JST. */
export const deviceInputSchema = z.object({
  imei: z.string(),
  carrier: carrierSchema,
  gitekiCertified: z.boolean(),
  purchasePrice: yenSchema,
  replacementCost: yenSchema.optional(),
  purchaseDate: isoDateSchema,
});

/** The claim as adjudication needs it; costs in integer yen, dates JST. */
export const claimInputSchema = z.object({
  peril: perilSchema,
  incidentDate: isoDateSchema,
  cause: causeSchema.default('accident'),
  repairable: z.boolean().default(true),
  /** The repair cost; for data_recovery, the data recovery cost. */
  repairCost: yenSchema.optional(),
  /** Used when `repairable` is false. */
  investigationCost: yenSchema.optional(),
  /** The IMEI printed on the repair estimate, when there is one. */
  estimateImei: z.string().optional(),
  documents: z.array(documentKindSchema),
});

/** `adjudicate`'s input (adjudication.md, "The contract"). */
export const adjudicationInputSchema = z.object({
  plan: planSchema,
  period: periodSchema,
  /** Already paid on this policy in `period`, yen. */
  paidInPeriod: yenSchema,
  enrollmentPhotoOnFile: z.boolean().default(false),
  device: deviceInputSchema,
  claim: claimInputSchema,
});
/** What callers pass (defaults may be left out). */
export type AdjudicationInput = z.input<typeof adjudicationInputSchema>;
/** The input after validation, defaults filled in. */
export type ParsedAdjudicationInput = z.output<typeof adjudicationInputSchema>;

/**
 * One step of the arithmetic, for the adjuster to read: `code` names the step (one of the closed set
 * `LINE_CODES`, see ./lines.ts), `amount` is signed integer yen.
 */
export const adjudicationLineSchema = z.object({ code: lineCodeSchema, amount: z.number().int() });
export type AdjudicationLine = z.infer<typeof adjudicationLineSchema>;

/** `adjudicate`'s output (adjudication.md, "The contract"). */
export const adjudicationSchema = z.object({
  decision: decisionSchema,
  /** 0 unless decision is 'approve'. */
  payout: yenSchema,
  reasons: z.array(reasonCodeSchema),
  missingDocuments: z.array(documentKindSchema),
  lines: z.array(adjudicationLineSchema),
  /** `remainingAfter` counts this payout. */
  aggregate: z.object({ limit: yenSchema, paidBefore: yenSchema, remainingAfter: yenSchema }),
});
export type Adjudication = z.infer<typeof adjudicationSchema>;
