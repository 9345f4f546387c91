/**
 * The adjudication module's contract as zod schemas: field names exactly as
 * `shared/spec/adjudication.md`, "The contract", gives them.
 */
import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';
import { yenSchema } from '../money';
import { lineCodeSchema } from './lines';
import { CARRIERS, CAUSES, DECISIONS, DOCUMENT_KINDS, PERILS, PLANS, REASON_CODES } from './codes';

// The constant arrays live in ./codes.ts (no zod, for the first page); re-exported here unchanged.
export { CARRIERS, CAUSES, DECISIONS, DOCUMENT_KINDS, PERILS, PLANS, REASON_CODES, inReasonOrder } from './codes';

/** zod enum of {@link PLANS} (./codes.ts). */
export const planSchema = z.enum(PLANS);
export type Plan = z.infer<typeof planSchema>;

/** zod enum of {@link PERILS} (./codes.ts). */
export const perilSchema = z.enum(PERILS);
export type Peril = z.infer<typeof perilSchema>;

/** zod enum of {@link CARRIERS} (./codes.ts). */
export const carrierSchema = z.enum(CARRIERS);
export type Carrier = z.infer<typeof carrierSchema>;

/** zod enum of {@link DOCUMENT_KINDS} (./codes.ts). */
export const documentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** zod enum of {@link CAUSES} (./codes.ts). */
export const causeSchema = z.enum(CAUSES);
export type Cause = z.infer<typeof causeSchema>;

/** zod enum of {@link DECISIONS} (./codes.ts). */
export const decisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof decisionSchema>;

/** zod enum of {@link REASON_CODES} (./codes.ts). */
export const reasonCodeSchema = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

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
