/**
 * The REST resources' records (shared/spec/product.md, "Resources"), as zod schemas shared by the
 * mock backend (which validates what it stores) and the UI (which reads them).
 * Money is integer yen, dates are JST calendar dates `YYYY-MM-DD`, instants are ISO 8601 strings.
 */
import { z } from 'zod';
import { isoDateSchema } from './dateSchema';
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
import {
  CLAIM_STATUSES,
  NETWORK_RESTRICTIONS,
  PAYMENT_STATUSES,
  POLICY_STATUSES,
  ROLES,
  SURVEY_ANSWERS,
} from './recordCodes';

// The constant arrays live in ./recordCodes.ts (no zod, for the first page); re-exported here unchanged.
export {
  CLAIM_STATUSES,
  isRole,
  NETWORK_RESTRICTIONS,
  OPEN_CLAIM_STATUSES,
  PAYMENT_STATUSES,
  PAYOUT_COUNTING_STATUSES,
  POLICY_STATUSES,
  ROLES,
  SURVEY_ANSWERS,
} from './recordCodes';

/** An instant, ISO 8601 with offset (e.g. `2026-11-29T10:00:00.000Z`): for audit and upload times only. */
export const instantSchema = z.iso.datetime({ offset: true });

/** zod enum of {@link POLICY_STATUSES} (./recordCodes.ts). */
export const policyStatusSchema = z.enum(POLICY_STATUSES);

/** zod enum of {@link NETWORK_RESTRICTIONS} (./recordCodes.ts). */
export const networkRestrictionSchema = z.enum(NETWORK_RESTRICTIONS);
export type NetworkRestriction = z.infer<typeof networkRestrictionSchema>;

/** The insured phone (product.md, `policies`). */
export const deviceSchema = z.object({
  model: z.string().min(1),
  imei: z.string(),
  carrier: carrierSchema,
  gitekiCertified: z.boolean(),
  purchasePrice: yenSchema,
  purchaseDate: isoDateSchema,
  replacementCost: yenSchema.optional(),
  /** The last network-use restriction lookup, or null before the first. */
  networkRestriction: networkRestrictionSchema.nullable().default(null),
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

/** zod enum of {@link CLAIM_STATUSES} (./recordCodes.ts). */
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

/** A recorded decision on a claim: who decided what, when, for how much (yen). */
export const claimDecisionSchema = z.object({
  decision: decisionSchema,
  payout: yenSchema,
  decidedBy: z.string(),
  decidedAt: instantSchema,
  note: z.string().optional(),
});
export type ClaimDecision = z.infer<typeof claimDecisionSchema>;

/** An adjuster's recommendation of a payout above their authority, awaiting a supervisor (four eyes). */
export const recommendationSchema = z.object({
  payout: yenSchema,
  recommendedBy: z.string(),
  recommendedAt: instantSchema,
  note: z.string().optional(),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

/** Who holds a claim to work on it (a visible lock; others read only until it is released). */
export const claimLockSchema = z.object({ userId: z.string(), userName: z.string(), lockedAt: instantSchema });
export type ClaimLock = z.infer<typeof claimLockSchema>;

/**
 * A payment deadline extension: allowed only with a recorded reason (police or expert inquiry) and
 * a notice to the customer (product.md, "Claim lifecycle"). `until` is a JST date.
 */
export const deadlineExtensionSchema = z.object({
  until: isoDateSchema,
  reason: z.enum(['police_inquiry', 'expert_inquiry']),
  note: z.string(),
  extendedBy: z.string(),
  extendedAt: instantSchema,
});
export type DeadlineExtension = z.infer<typeof deadlineExtensionSchema>;

/**
 * The last request for missing documents sent to the customer (product.md, "Claim lifecycle":
 * "Asking for missing documents sends the customer a request … naming exactly what is missing"):
 * the documents asked for, the letter as sent (src/domain/documentRequest.ts's template, perhaps
 * edited), who sent it (user id and display name) and when (an ISO instant).
 */
export const documentRequestSchema = z.object({
  missing: z.array(documentKindSchema).min(1),
  message: z.string().min(1),
  requestedBy: z.string(),
  requestedByName: z.string(),
  requestedAt: instantSchema,
});
export type DocumentRequest = z.infer<typeof documentRequestSchema>;

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
  /** A recommendation waiting for a supervisor (status pending_approval), or null. */
  recommendation: recommendationSchema.nullable().default(null),
  /** Who holds the claim, or null when nobody does. */
  lock: claimLockSchema.nullable().default(null),
  /** The payment deadline's extension, or null. */
  deadlineExtension: deadlineExtensionSchema.nullable().default(null),
  /** The last request for missing documents, or null when none was sent. */
  documentRequest: documentRequestSchema.nullable().default(null),
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

/** zod enum of {@link ROLES} (./recordCodes.ts). */
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** A user of the back-office (the mock users of each role). */
export const userSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  email: z.string(),
  role: roleSchema,
});
export type User = z.infer<typeof userSchema>;

/** A payment of an approved claim; a payment run turns `scheduled` into `paid`. Amount in yen. */
export const paymentSchema = z.object({
  id: z.string().min(1),
  claimId: z.string().min(1),
  policyId: z.string().min(1),
  amount: yenSchema,
  status: z.enum(PAYMENT_STATUSES),
  idempotencyKey: z.string().nullable(),
  scheduledDate: isoDateSchema,
  paidDate: isoDateSchema.nullable(),
});
export type Payment = z.infer<typeof paymentSchema>;

/** zod enum of {@link SURVEY_ANSWERS} (./recordCodes.ts). */
export const surveyAnswerSchema = z.enum(SURVEY_ANSWERS);
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

/** A satisfaction survey sent after payment; `answer` stays null until the customer answers. */
export const surveySchema = z.object({
  id: z.string().min(1),
  claimId: z.string().min(1),
  policyId: z.string().min(1),
  peril: perilSchema,
  /** The adjuster who decided the claim. */
  adjusterId: z.string().nullable(),
  sentDate: isoDateSchema,
  answer: surveyAnswerSchema.nullable(),
  comment: z.string().nullable(),
  answeredDate: isoDateSchema.nullable(),
});
export type Survey = z.infer<typeof surveySchema>;

/** One append-only audit event: who did what, when, to which record, with before and after. */
export const auditEventSchema = z.object({
  id: z.string().min(1),
  at: instantSchema,
  actorId: z.string(),
  /** e.g. `create`, `update`, `delete`, `decision.approve`, `reveal`, `lock.take`. */
  action: z.string().min(1),
  resource: z.string().min(1),
  recordId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** The actor's display name: added by the API when it answers (not stored). */
  actorName: z.string().optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/**
 * A note on a claim: append-only (never edited nor deleted), written by an adjuster or supervisor.
 * `createdAt` is an ISO instant; `authorName` the author's display name when it was written.
 */
export const noteSchema = z.object({
  id: z.string().min(1),
  claimId: z.string().min(1),
  text: z.string().min(1),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: instantSchema,
});
export type Note = z.infer<typeof noteSchema>;
