/**
 * Triage: the review flags of a claim (shared/spec/product.md, "Fraud and review flags").
 */
export { FLAG_CODES, flagCodeSchema, reviewFlagSchema, type FlagCode, type ReviewFlag } from './codes';
export { flagCodes, reviewFlags, type FlagContext } from './flags';
export { EARLY_CLAIM_DAYS, FLAGGED_NETWORK_RESTRICTIONS, PRICE_ABOVE_USUAL_RATIO } from './thresholds';
