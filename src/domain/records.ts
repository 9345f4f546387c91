/**
 * The REST resources' records (shared/spec/product.md, "Resources"), as zod schemas shared by the
 * mock backend (which validates what it stores) and the UI (which reads them).
 * Money is integer yen, dates are JST calendar dates `YYYY-MM-DD`, instants are ISO 8601 strings.
 */
import { z } from 'zod';
import { isoDateSchema } from './dates';
import { yenSchema } from './money';
import {
  adjudicationSchema,
  carrierSchema,
  causeSchema,
  decisionSchema,
  documentKindSchema,
  perilSchema,
  planSchema,
} from './adjudication/schemas';

/** An instant, ISO 8601 with offset (e.g. `2026-11-29T10:00:00.000Z`): for audit and upload times only. */
export const instantSchema = z.iso.datetime({ offset: true });

export const POLICY_STATUSES = ['active', 'lapsed', 'cancelled'] as const;
export const policyStatusSchema = z.enum(POLICY_STATUSES);

/** The insured phone (product.md, `policies`). */
export const deviceSchema = z.object({
  model: z.string().min(1),
  imei: z.string(),
  carrier: carrierSchema,
  gitekiCertified: z.boolean(),
  purchasePrice: yenSchema,
  purchaseDate: isoDateSchema,
  replacementCost: yenSchema.optional(),
});
export type Device = z.infer<typeof deviceSchema>;

/** The policyholder: personal data (APPI), masked in lists. */
export const policyholderSchema = z.object({
  name: z.string().min(1),
  kana: z.string().min(1),
  phone: z.string(),
  email: z.string(),
});

/** A policy: one insured phone with consecutive one-year periods from `inceptionDate`. */
export const policySchema = z.object({
  id: z.string().min(1),
  policyNumber: z.string().min(1),
  holder: policyholderSchema,
  plan: planSchema,
  status: policyStatusSchema,
  inceptionDate: isoDateSchema,
  /** Monthly premium, yen: ¥470 standard, ¥200 light. */
  monthlyPremium: yenSchema,
  paymentMethod: z.literal('credit_card'),
  device: deviceSchema,
  enrollmentPhotoOnFile: z.boolean(),
  version: z.number().int().nonnegative(),
});
export type Policy = z.infer<typeof policySchema>;

/** Claim lifecycle (product.md, "Claim lifecycle"). */
export const CLAIM_STATUSES = [
  'received',
  'awaiting_documents',
  'in_review',
  'pending_approval',
  'approved',
  'paid',
  'denied',
  'referred',
  'withdrawn',
] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

/** Statuses in which a claim still waits for someone's work. */
export const OPEN_CLAIM_STATUSES: readonly ClaimStatus[] = ['received', 'awaiting_documents', 'in_review', 'pending_approval'];

/** Statuses whose payout counts against the policy period's aggregate limit. */
export const PAYOUT_COUNTING_STATUSES: readonly ClaimStatus[] = ['approved', 'paid'];

/** A recorded decision on a claim: who decided what, when, for how much (yen). */
export const claimDecisionSchema = z.object({
  decision: decisionSchema,
  payout: yenSchema,
  decidedBy: z.string(),
  decidedAt: instantSchema,
  note: z.string().optional(),
});
export type ClaimDecision = z.infer<typeof claimDecisionSchema>;

/** A claim (product.md, `claims`). Costs in yen; dates JST. */
export const claimSchema = z.object({
  id: z.string().min(1),
  claimNumber: z.string().min(1),
  policyId: z.string().min(1),
  peril: perilSchema,
  incidentDate: isoDateSchema,
  description: z.string(),
  cause: causeSchema,
  repairable: z.boolean(),
  repairShop: z.string().optional(),
  repairCost: yenSchema.optional(),
  investigationCost: yenSchema.optional(),
  estimateImei: z.string().optional(),
  status: claimStatusSchema,
  assigneeId: z.string().nullable(),
  receivedDate: isoDateSchema,
  /** The day every required document had arrived (請求完了), or null while some are missing. */
  completedDate: isoDateSchema.nullable(),
  /** Payment due date: `completedDate` + 30 days (adjudication.md, "Claims payment deadline"). */
  dueDate: isoDateSchema.nullable(),
  flags: z.array(z.string()),
  /** The last adjudication computed for this claim, or null before the first. */
  adjudication: adjudicationSchema.nullable(),
  /** The recorded decision, or null while none was recorded. */
  decision: claimDecisionSchema.nullable(),
  version: z.number().int().nonnegative(),
});
export type Claim = z.infer<typeof claimSchema>;

/** Figures read off a document (receipt amount, estimate IMEI, shop, date, police report number). */
export const documentFiguresSchema = z.object({
  amount: yenSchema.optional(),
  imei: z.string().optional(),
  shop: z.string().optional(),
  date: isoDateSchema.optional(),
  policeReportNumber: z.string().optional(),
});

/** A document of a claim or, for the enrollment photo, of a policy (product.md, `documents`). */
export const documentSchema = z.object({
  id: z.string().min(1),
  claimId: z.string().nullable(),
  policyId: z.string().min(1),
  kind: documentKindSchema,
  fileName: z.string().min(1),
  mimeType: z.string().min(1),
  /** Size in bytes. */
  size: z.number().int().nonnegative(),
  url: z.string().min(1),
  uploadedAt: instantSchema,
  figures: documentFiguresSchema,
});
export type ClaimDocument = z.infer<typeof documentSchema>;
