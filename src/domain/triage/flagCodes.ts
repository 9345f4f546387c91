/**
 * The review flag codes of triage (shared/spec/product.md, "Fraud and review flags") as a plain
 * constant array, with no zod: the claims list (the first page: issue 6, item 3) shows and filters
 * by them without loading the schemas. ./codes.ts builds its zod schemas from it and re-exports it.
 */

/**
 * Every review flag code, in the order flags are listed on a claim:
 * - `EARLY_CLAIM`: the incident is within 30 days of the policy's inception (加入直後の事故);
 * - `NETWORK_RESTRICTED`: the device's network-use restriction check is △ (instalments) or × (blocked);
 * - `SECOND_CLAIM_IN_PERIOD`: the policy already has a claim in the same policy period;
 * - `IMEI_MISMATCH`: an IMEI on the repair estimate differs from the policy's;
 * - `IMEI_INVALID`: the policy's IMEI or the estimate's fails its check digit;
 * - `NO_POLICE_REPORT`: theft or loss without a police report number;
 * - `RECEIPT_AMOUNT_MISMATCH`: the amount on the receipt differs from the claimed cost;
 * - `PRICE_ABOVE_USUAL`: the device's purchase price is far above its model's usual price.
 */
export const FLAG_CODES = [
  'EARLY_CLAIM',
  'NETWORK_RESTRICTED',
  'SECOND_CLAIM_IN_PERIOD',
  'IMEI_MISMATCH',
  'IMEI_INVALID',
  'NO_POLICE_REPORT',
  'RECEIPT_AMOUNT_MISMATCH',
  'PRICE_ABOVE_USUAL',
] as const;
/** One of {@link FLAG_CODES}. */
export type FlagCode = (typeof FLAG_CODES)[number];
