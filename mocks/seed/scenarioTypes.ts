/**
 * The shape of the seed's scenarios: what each policy and claim exercises and what the adjudication
 * module is expected to answer. Dates are offsets from the reference date (months or days before
 * it), so every policy's current period contains its claims whatever day the seed is built.
 * Amounts are integer yen. Expectations are checked by the tests, never used to decide.
 */
import type { Yen } from '../../src/domain/money';
import type { Carrier, Cause, Decision, DocumentKind, Peril, Plan, ReasonCode } from '../../src/domain/adjudication';
import type { ClaimStatus } from '../../src/domain/records';

/** What the adjudication module should answer for a seeded claim (as seeded, in seed order). */
export interface Expectation {
  decision: Decision;
  payout: Yen;
  reasons: ReasonCode[];
}

/** One seeded claim. */
export interface ClaimScenario {
  /** What the claim exercises. */
  label: string;
  peril: Peril;
  /** The customer's account of the incident, in Japanese. */
  description: string;
  cause?: Cause;
  repairable?: boolean;
  repairCost?: Yen;
  investigationCost?: Yen;
  /** The IMEI printed on the estimate: the policy's (default) or another valid one. */
  estimateImei?: 'policy' | 'other';
  /** Documents attached to the claim. */
  documents: DocumentKind[];
  shop?: string;
  incidentDaysAgo: number;
  receivedDaysAgo: number;
  /** Days before the reference date the last required document arrived (ignored while some are missing). */
  completedDaysAgo: number;
  status: ClaimStatus;
  /** Days before the reference date a recorded decision was made (approved, paid, denied, referred). */
  decidedDaysAgo?: number;
  flags?: string[];
  expect: Expectation;
}

/** One seeded policy and its claims (in the order they were made). */
export interface PolicyScenario {
  plan: Plan;
  model: string;
  carrier: Carrier;
  purchasePrice: Yen;
  replacementCost?: Yen;
  purchaseMonthsAgo: number;
  inceptionMonthsAgo: number;
  enrollmentPhotoOnFile: boolean;
  /** 'invalid' gives the policy an IMEI whose check digit is wrong. */
  imei?: 'valid' | 'invalid';
  status?: 'active' | 'lapsed' | 'cancelled';
  claims: ClaimScenario[];
}

/** The documents of a repairable damage, water or failure claim (enrollment photo on file). */
export const REPAIR_DOCS: DocumentKind[] = ['damage_photo', 'repair_estimate', 'repair_receipt'];

/** Expect an approval of `payout` yen with the informative `reasons`. */
export const approve = (payout: Yen, reasons: ReasonCode[] = []): Expectation => ({ decision: 'approve', payout, reasons });
/** Expect a denial for `reasons`. */
export const deny = (...reasons: ReasonCode[]): Expectation => ({ decision: 'deny', payout: 0, reasons });
/** Expect a pend for `reasons`. */
export const pend = (...reasons: ReasonCode[]): Expectation => ({ decision: 'pend', payout: 0, reasons });
