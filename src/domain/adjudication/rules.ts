/**
 * The screening rules of the decision order (adjudication.md, "Decision order", tiers 1–3) as data:
 * each tier is a decision and the rules that raise its reasons; `adjudicate` walks the tiers in order
 * and the first tier with a reason decides. Tiers 4–5 follow from the amounts (./settlement.ts).
 */
import { addMonths } from '../dates';
import { isInPeriod } from '../policyPeriod';
import { anyDocumentMissing } from './documents';
import { isValidImei } from './imei';
import { hasCostBasis } from './settlement';
import type { Decision, ParsedAdjudicationInput, ReasonCode } from './schemas';
import { ELIGIBLE_CARRIERS, PLAN_TERMS, WARRANTY_MONTHS } from './terms';

/** A rule: the reason it raises and the predicate, over the validated input, that raises it. */
export interface Rule {
  reason: ReasonCode;
  applies: (input: ParsedAdjudicationInput) => boolean;
}

/** A tier of the decision order: the decision it makes when at least one of its rules applies. */
export interface Tier {
  decision: Exclude<Decision, 'approve'>;
  rules: readonly Rule[];
}

/** CARRIER_INELIGIBLE (page: 格安SIM専用; docomo, au, softbank, and by decision ahamo, are not eligible). */
export function isCarrierIneligible({ device }: ParsedAdjudicationInput): boolean {
  return !ELIGIBLE_CARRIERS.includes(device.carrier);
}

/** NOT_GITEKI_CERTIFIED (page: 技適マーク FAQ, 技適マークがないスマートフォンはお引受けができません). */
export function isNotGitekiCertified({ device }: ParsedAdjudicationInput): boolean {
  return !device.gitekiCertified;
}

/** OUTSIDE_PERIOD: the incident is not in the policy period, both ends inclusive (page: 保険期間 1年). */
export function isOutsidePeriod({ claim, period }: ParsedAdjudicationInput): boolean {
  return !isInPeriod(claim.incidentDate, period);
}

/** PERIL_NOT_COVERED: the plan does not cover the peril (page: プラン table, e.g. light: damage only). */
export function isPerilNotCovered({ plan, claim }: ParsedAdjudicationInput): boolean {
  return !PLAN_TERMS[plan].coveredPerils.includes(claim.peril);
}

/** AGEING_EXCLUDED: ageing (経年劣化) is not covered (page: 故障と経年劣化の違いは? FAQ). */
export function isAgeing({ claim }: ParsedAdjudicationInput): boolean {
  return claim.cause === 'ageing';
}

/**
 * WARRANTY_REFERRAL: a product defect within 12 months of purchase belongs to Back Market's free
 * warranty (page: 動作保証 FAQ, 購入日から12ヶ月間の動作保証). decision (spec): within means
 * `incidentDate ≤ purchaseDate + 12 months`, same calendar day included, 29 Feb + 12 months = 28 Feb.
 * decision: a product defect after those 12 months is no longer the warranty's: it is adjudicated
 * like an accident (a defect is a 故障, internal malfunction, which the standard plan covers), so
 * the peril and amount rules decide. The rule applies whatever the peril.
 */
export function isWarrantyCase({ claim, device }: ParsedAdjudicationInput): boolean {
  return claim.cause === 'product_defect' && claim.incidentDate <= addMonths(device.purchaseDate, WARRANTY_MONTHS);
}

/** MISSING_DOCUMENTS: a required document is absent (page: 必要書類; see ./documents.ts). */
export function hasMissingDocuments({ claim, enrollmentPhotoOnFile }: ParsedAdjudicationInput): boolean {
  return anyDocumentMissing(claim.peril, claim.documents, enrollmentPhotoOnFile);
}

/**
 * IMEI_INVALID: the policy's IMEI, or the estimate's IMEI when given, is not 15 digits with a Luhn
 * check digit (page: IMEI FAQ, 15桁の数字). decision: an estimate IMEI is "given" whenever it is a
 * string, the empty string included.
 */
export function hasInvalidImei({ device, claim }: ParsedAdjudicationInput): boolean {
  if (!isValidImei(device.imei)) return true;
  // An estimate IMEI equal to the (valid) policy IMEI is valid too: no need to check it again.
  return claim.estimateImei !== undefined && claim.estimateImei !== device.imei && !isValidImei(claim.estimateImei);
}

/**
 * IMEI_MISMATCH: the repair estimate shows another IMEI than the policy's (page: 必要書類 ※1, 修理見積書
 * には…IMEI番号を記載). Compared exactly; normalise first (./imei.ts `normalizeImei`).
 */
export function hasImeiMismatch({ device, claim }: ParsedAdjudicationInput): boolean {
  return claim.estimateImei !== undefined && claim.estimateImei !== device.imei;
}

/** AMOUNT_MISSING: the cost that amount rules 1–3 need is absent (./settlement.ts `costBasis` would be null). */
export function isAmountMissing(input: ParsedAdjudicationInput): boolean {
  return !hasCostBasis(input);
}

/** Tiers 1–3 of the decision order; within a tier the rules follow REASON_CODES order. */
export const SCREENING_TIERS: readonly Tier[] = [
  {
    decision: 'deny',
    rules: [
      { reason: 'CARRIER_INELIGIBLE', applies: isCarrierIneligible },
      { reason: 'NOT_GITEKI_CERTIFIED', applies: isNotGitekiCertified },
      { reason: 'OUTSIDE_PERIOD', applies: isOutsidePeriod },
      { reason: 'PERIL_NOT_COVERED', applies: isPerilNotCovered },
      { reason: 'AGEING_EXCLUDED', applies: isAgeing },
    ],
  },
  { decision: 'refer', rules: [{ reason: 'WARRANTY_REFERRAL', applies: isWarrantyCase }] },
  {
    decision: 'pend',
    rules: [
      { reason: 'MISSING_DOCUMENTS', applies: hasMissingDocuments },
      { reason: 'IMEI_INVALID', applies: hasInvalidImei },
      { reason: 'IMEI_MISMATCH', applies: hasImeiMismatch },
      { reason: 'AMOUNT_MISSING', applies: isAmountMissing },
    ],
  },
];

/**
 * The first screening tier with a reason, and all its reasons in the tier's (REASON_CODES) order;
 * `null` when every screen passes. Allocates only when a tier has a reason.
 */
export function screen(input: ParsedAdjudicationInput): { decision: Tier['decision']; reasons: ReasonCode[] } | null {
  for (const tier of SCREENING_TIERS) {
    let reasons: ReasonCode[] | null = null;
    for (const rule of tier.rules) {
      if (rule.applies(input)) (reasons ??= []).push(rule.reason);
    }
    if (reasons) return { decision: tier.decision, reasons };
  }
  return null;
}
