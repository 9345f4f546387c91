/**
 * The proportions of the generated data: which phones, carriers and plans policyholders have, which
 * perils they claim for. Weights are relative (they need not add up to 100); each is this seed's
 * decision of what looks believable for a refurbished-phone insurance in Japan, not market data.
 */
import type { Carrier, Peril, Plan } from '../../src/domain/adjudication';
import type { NetworkRestriction } from '../../src/domain/records';

/** `[value, weight]` pairs for Random.weighted. */
export type Weights<T> = readonly (readonly [T, number])[];

/** About 75% standard, 25% light (issue 3). */
export const PLAN_WEIGHTS: Weights<Plan> = [
  ['standard', 75],
  ['light', 25],
];

/** Eligible carriers (MVNOs, sub-brands, Rakuten, povo, LINEMO) and a few ineligible ones (3%) that exercise denials. */
export const CARRIER_WEIGHTS: Weights<Carrier> = [
  ['ymobile', 20],
  ['uq_mobile', 18],
  ['rakuten_mobile', 14],
  ['povo', 9],
  ['linemo', 8],
  ['iijmio', 10],
  ['mineo', 9],
  ['other_mvno', 9],
  ['docomo', 1],
  ['au', 0.8],
  ['softbank', 0.7],
  ['ahamo', 0.5],
];

/** Mostly ○ or −, a few △ (instalments) and × (blocked). */
export const NETWORK_RESTRICTION_WEIGHTS: Weights<NetworkRestriction> = [
  ['clear', 69],
  ['not_applicable', 28],
  ['instalments', 2.2],
  ['blocked', 0.8],
];

/** Model popularity among refurbished buyers: affordable iPhones lead, then Pixel, Galaxy, AQUOS, Xperia. */
export const MODEL_WEIGHTS: Weights<string> = [
  ['iPhone 8', 3],
  ['iPhone XR', 5],
  ['iPhone XS', 3],
  ['iPhone 11', 9],
  ['iPhone 11 Pro', 4],
  ['iPhone 11 Pro Max', 2],
  ['iPhone SE (第2世代)', 8],
  ['iPhone 12 mini', 4],
  ['iPhone 12', 8],
  ['iPhone 12 Pro', 4],
  ['iPhone 12 Pro Max', 2],
  ['iPhone 13 mini', 4],
  ['iPhone 13', 8],
  ['iPhone 13 Pro', 3],
  ['iPhone 13 Pro Max', 2],
  ['iPhone SE (第3世代)', 7],
  ['iPhone 14', 4],
  ['iPhone 14 Plus', 1],
  ['iPhone 14 Pro', 2],
  ['iPhone 14 Pro Max', 1],
  ['iPhone 15', 2],
  ['iPhone 15 Plus', 0.5],
  ['iPhone 15 Pro', 1],
  ['iPhone 15 Pro Max', 0.5],
  ['Google Pixel 6a', 3],
  ['Google Pixel 7', 2],
  ['Google Pixel 7a', 3],
  ['Google Pixel 8', 1.5],
  ['Galaxy S22', 1.5],
  ['Galaxy Z Fold4', 0.4],
  ['Galaxy S23', 1.2],
  ['Galaxy A54 5G', 1.5],
  ['AQUOS sense7', 2],
  ['AQUOS sense8', 2],
  ['Xperia 10 IV', 1.2],
  ['Xperia 5 IV', 0.6],
  ['Xperia 10 V', 1.2],
];

/** Perils claimed on a standard policy: damage most common, then water, failure, theft/loss, data recovery. */
export const STANDARD_PERIL_WEIGHTS: Weights<Peril> = [
  ['damage', 56],
  ['water', 17],
  ['failure', 13],
  ['theft_loss', 8],
  ['data_recovery', 6],
];

/** Perils claimed on a light policy (damage only is covered; a few claim another peril and are denied). */
export const LIGHT_PERIL_WEIGHTS: Weights<Peril> = [
  ['damage', 92],
  ['water', 4],
  ['failure', 2],
  ['theft_loss', 2],
];
