/**
 * The insurance terms as data (shared/spec/adjudication.md, which cites the product page).
 * Product decisions the page leaves open are marked "decision:" and kept here so a product owner
 * can change them in one place.
 */
import type { Carrier, DocumentKind, Peril, Plan } from './schemas';
import type { Yen } from '../money';

/** One plan's terms (page: プラン table). Amounts in yen. */
export interface PlanTerms {
  /** 保険金額（1事故あたり） */
  perIncidentLimit: Yen;
  /** 保険期間通算 */
  aggregateLimit: Yen;
  /** Monthly premium (クレカ払い). */
  monthlyPremium: Yen;
  /** Perils the plan covers. */
  coveredPerils: readonly Peril[];
}

/** Page: プラン table (standard ¥470/month, light ¥200/month). */
export const PLAN_TERMS: Readonly<Record<Plan, PlanTerms>> = {
  standard: {
    perIncidentLimit: 100_000,
    aggregateLimit: 200_000,
    monthlyPremium: 470,
    coveredPerils: ['damage', 'water', 'failure', 'data_recovery', 'theft_loss'],
  },
  light: {
    perIncidentLimit: 50_000,
    aggregateLimit: 100_000,
    monthlyPremium: 200,
    coveredPerils: ['damage'],
  },
};

/** 自己負担額, yen (page: 自己負担額 3,000円). */
export const DEDUCTIBLE: Yen = 3_000;

/** Perils the deductible applies to (page: 破損・汚損、水濡れ、故障のみ). */
export const DEDUCTIBLE_PERILS: readonly Peril[] = ['damage', 'water', 'failure'];

/** Perils paid by repair cost, or by investigation cost when not repairable (page: ※1). */
export const REPAIR_PERILS: readonly Peril[] = ['damage', 'water', 'failure'];

/**
 * Carriers the insurance accepts (page: 格安SIM専用): MVNOs, sub-brands, Rakuten Mobile, povo, LINEMO.
 * decision: ahamo is a docomo plan, so it is not eligible.
 */
export const ELIGIBLE_CARRIERS: readonly Carrier[] = [
  'ymobile',
  'uq_mobile',
  'iijmio',
  'mineo',
  'other_mvno',
  'rakuten_mobile',
  'povo',
  'linemo',
];

/** Theft or loss pays this share of the device price (page: ※2 端末価格の50%), as a fraction num/den. */
export const THEFT_LOSS_SHARE = { numerator: 1, denominator: 2 } as const;

/**
 * Back Market's free warranty covers product defects this many months from purchase (page: 動作保証 FAQ).
 * decision: within = incidentDate ≤ purchaseDate + 12 months, same calendar day included.
 */
export const WARRANTY_MONTHS = 12;

/** Required documents per peril (page: 必要書類). */
export const REQUIRED_DOCUMENTS: Readonly<Record<Peril, readonly DocumentKind[]>> = {
  damage: ['repair_estimate', 'repair_receipt', 'damage_photo', 'enrollment_photo'],
  water: ['repair_estimate', 'repair_receipt', 'damage_photo', 'enrollment_photo'],
  failure: ['repair_estimate', 'repair_receipt', 'damage_photo', 'enrollment_photo'],
  data_recovery: ['repair_estimate', 'repair_receipt', 'enrollment_photo'],
  theft_loss: ['police_report', 'enrollment_photo'],
};

/**
 * decision: a claim must be paid within this many days of becoming complete (Insurance Act art. 21
 * and the usual terms; adjudication.md, "Claims payment deadline").
 */
export const PAYMENT_DEADLINE_DAYS = 30;
