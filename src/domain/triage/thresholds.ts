/**
 * The review flags' thresholds, in one place so a product owner can change them.
 */
import type { NetworkRestriction } from '../records';

/** product.md ("Fraud and review flags"): a claim within this many days of enrollment is flagged. */
export const EARLY_CLAIM_DAYS = 30;

/**
 * decision: "far above the model's usual price" means a purchase price above this multiple of the
 * top of the model's usual refurbished price range (src/domain/devices.ts): 1.5 leaves room for a
 * better grade or more storage, and still catches a price that would inflate a theft/loss payout.
 */
export const PRICE_ABOVE_USUAL_RATIO = 1.5;

/**
 * product.md: the network-use restriction results that are flagged: △ (instalments outstanding)
 * and × (blocked). ○ (clear) and − (not that carrier's device) are not; nor is a device not yet looked up.
 */
export const FLAGGED_NETWORK_RESTRICTIONS: readonly NetworkRestriction[] = ['instalments', 'blocked'];
