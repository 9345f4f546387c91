/**
 * The adjudication module's closed sets of codes as plain constant arrays, with no zod: the
 * first page (the claims list's filters) needs them without loading the schemas (issue 6, item 3).
 * ./schemas.ts builds its zod enums from these arrays and re-exports them, so callers may import
 * either module. Values exactly as `shared/spec/adjudication.md`, "The contract", names them.
 */

/** Plans of the product page's プラン table: スタンダードプラン / ライトプラン. */
export const PLANS = ['standard', 'light'] as const;
/** One of {@link PLANS}. */
export type Plan = (typeof PLANS)[number];

/** Perils of the product page (adjudication.md, "Terms"). */
export const PERILS = ['damage', 'water', 'failure', 'data_recovery', 'theft_loss'] as const;
/** One of {@link PERILS}. */
export type Peril = (typeof PERILS)[number];

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
/** One of {@link CARRIERS}. */
export type Carrier = (typeof CARRIERS)[number];

/** Document kinds of the page's 必要書類 (adjudication.md, "Documents"). */
export const DOCUMENT_KINDS = [
  'repair_estimate',
  'repair_receipt',
  'damage_photo',
  'enrollment_photo',
  'police_report',
] as const;
/** One of {@link DOCUMENT_KINDS}. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Causes of a loss: ageing is excluded, a product defect within 12 months is referred. */
export const CAUSES = ['accident', 'ageing', 'product_defect'] as const;
/** One of {@link CAUSES}. */
export type Cause = (typeof CAUSES)[number];

/** Decisions, in the spec's tier order. */
export const DECISIONS = ['approve', 'deny', 'pend', 'refer'] as const;
/** One of {@link DECISIONS}. */
export type Decision = (typeof DECISIONS)[number];

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
/** One of {@link REASON_CODES}. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** `reasons` without duplicates, in the stable order of REASON_CODES (tier by tier). */
export function inReasonOrder(reasons: readonly ReasonCode[]): ReasonCode[] {
  return REASON_CODES.filter((code) => reasons.includes(code));
}
