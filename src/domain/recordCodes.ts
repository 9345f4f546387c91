/**
 * The records' closed sets of values (shared/spec/product.md, "Resources", "Claim lifecycle",
 * "Users and roles") as plain constant arrays, with no zod: the first page (the claims list, the
 * menu) needs them without loading the record schemas (issue 6, item 3). ./records.ts builds its
 * zod enums from these arrays and re-exports them, so callers may import either module.
 */

/** Policy statuses (product.md, `policies`). */
export const POLICY_STATUSES = ['active', 'lapsed', 'cancelled'] as const;
/** One of {@link POLICY_STATUSES}. */
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/**
 * The network-use restriction check (ネットワーク利用制限) of the device's original carrier:
 * `clear` ○, `instalments` △ (instalments outstanding), `blocked` ×, `not_applicable` − (not that
 * carrier's device). Mocked: one carrier lookup per device (product.md, "Fraud and review flags").
 */
export const NETWORK_RESTRICTIONS = ['clear', 'instalments', 'blocked', 'not_applicable'] as const;
/** One of {@link NETWORK_RESTRICTIONS}. */
export type NetworkRestriction = (typeof NETWORK_RESTRICTIONS)[number];

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
/** One of {@link CLAIM_STATUSES}. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Statuses in which a claim still waits for someone's work. */
export const OPEN_CLAIM_STATUSES: readonly ClaimStatus[] = ['received', 'awaiting_documents', 'in_review', 'pending_approval'];

/** Statuses whose payout counts against the policy period's aggregate limit. */
export const PAYOUT_COUNTING_STATUSES: readonly ClaimStatus[] = ['approved', 'paid'];

/** Roles of product.md, "Users and roles". */
export const ROLES = ['adjuster', 'supervisor', 'manager'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/**
 * True when `value` is one of {@link ROLES}: e.g. react-admin's `permissions` (unknown until the
 * authProvider answers) before a permission lookup (src/domain/permissions.ts `can`).
 */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Payment statuses: a payment run turns `scheduled` into `paid`. */
export const PAYMENT_STATUSES = ['scheduled', 'paid'] as const;

/** Answers to 全体を通して保険金請求手続きには満足ですか (adjudication.md, "Satisfaction survey"). */
export const SURVEY_ANSWERS = ['satisfied', 'somewhat_satisfied', 'neutral', 'somewhat_dissatisfied', 'dissatisfied'] as const;
/** One of {@link SURVEY_ANSWERS}. */
export type SurveyAnswer = (typeof SURVEY_ANSWERS)[number];
