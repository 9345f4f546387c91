/**
 * Test data for the adjudication module, shared by tests, the mock backend's seed and fixtures:
 * `anAdjudicationInput(overrides)` returns an input that approves as it stands (standard plan, the
 * page's screen-repair example: repair ¥99,000 → pays ¥96,000), so each test overrides only the
 * fields its rule is about. No test framework is imported here.
 */
import { completeImei } from './imei';
import type { AdjudicationInput } from './schemas';
import { REQUIRED_DOCUMENTS } from './terms';

/** A Luhn-valid IMEI (the default device's). */
export const A_VALID_IMEI = completeImei('35209900176148');
/** Another Luhn-valid IMEI, for mismatches. */
export const ANOTHER_VALID_IMEI = completeImei('49015420323751');
/** 15 digits whose check digit is wrong (A_VALID_IMEI with its last digit changed). */
export const AN_IMEI_WITH_A_BAD_CHECK_DIGIT = `${A_VALID_IMEI.slice(0, 14)}${(Number(A_VALID_IMEI[14]) + 1) % 10}`;

type DeviceInput = AdjudicationInput['device'];
type ClaimInput = AdjudicationInput['claim'];

/** Overrides for `anAdjudicationInput`: top-level fields replace, `device` and `claim` merge field by field. */
export interface AdjudicationInputOverrides extends Partial<Omit<AdjudicationInput, 'device' | 'claim'>> {
  device?: Partial<DeviceInput>;
  claim?: Partial<ClaimInput>;
}

/**
 * An adjudication input that approves unless overridden: standard plan, period 2025-04-01–2026-03-31,
 * nothing paid yet, an eligible giteki-certified phone bought 2024-06-15 for ¥120,000 with a valid
 * IMEI, accidental damage on 2025-10-01 with a repair cost of ¥99,000. Unless `claim.documents` is
 * given, the documents are every one the (possibly overridden) peril requires.
 */
export function anAdjudicationInput(overrides: AdjudicationInputOverrides = {}): AdjudicationInput {
  const { device, claim, ...top } = overrides;
  const peril = claim?.peril ?? 'damage';
  return {
    plan: 'standard',
    period: { start: '2025-04-01', end: '2026-03-31' },
    paidInPeriod: 0,
    enrollmentPhotoOnFile: false,
    ...top,
    device: {
      imei: A_VALID_IMEI,
      carrier: 'iijmio',
      gitekiCertified: true,
      purchasePrice: 120_000,
      purchaseDate: '2024-06-15',
      ...device,
    },
    claim: {
      peril,
      incidentDate: '2025-10-01',
      cause: 'accident',
      repairable: true,
      repairCost: 99_000,
      // `?? []` keeps the builder usable for invalid-input tests that pass an unknown peril.
      documents: [...(REQUIRED_DOCUMENTS[peril] ?? [])],
      ...claim,
    },
  };
}
