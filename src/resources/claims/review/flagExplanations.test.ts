/**
 * Each review flag is explained from the records: the figures that made it fire on this claim.
 */
import { describe, expect, test } from 'vitest';
import type { Policy } from '../../../domain/records';
import { explainFlags, type FlagRecords } from './flagExplanations';

const device: Policy['device'] = {
  model: 'iPhone 11',
  imei: '***********7518',
  carrier: 'ymobile',
  gitekiCertified: true,
  purchasePrice: 40_000,
  purchaseDate: '2025-01-10',
  networkRestriction: 'blocked',
};

function records(overrides: Partial<FlagRecords['claim']>, extra: Partial<FlagRecords> = {}): FlagRecords {
  return {
    claim: {
      id: 'c-2',
      peril: 'damage',
      incidentDate: '2026-02-20',
      receivedDate: '2026-02-22',
      repairable: true,
      repairCost: 36_300,
      estimateImei: '***********7518',
      flags: [],
      ...overrides,
    },
    policy: { inceptionDate: '2026-02-01', device },
    documents: [],
    policyClaims: [],
    ...extra,
  };
}

describe('flag explanations', () => {
  test('an early claim names the days since inception', () => {
    const [early] = explainFlags(records({ flags: ['EARLY_CLAIM'] }));
    expect(early?.detail?.values).toEqual({ days: { count: 19 }, inception: { date: '2026-02-01' }, limit: { count: 30 } });
  });

  test('a second claim names the earlier claims of the same period', () => {
    const earlier = { id: 'c-1', claimNumber: 'CLM-1', incidentDate: '2026-02-10', receivedDate: '2026-02-11' };
    const lastYear = { id: 'c-0', claimNumber: 'CLM-0', incidentDate: '2025-12-10', receivedDate: '2025-12-11' };
    const [second] = explainFlags(records({ flags: ['SECOND_CLAIM_IN_PERIOD'] }, { policyClaims: [lastYear, earlier] }));
    expect(second?.detail?.values.claims).toEqual({ text: 'CLM-1' });
  });

  test("masked IMEIs are explained from the backend's imeiCheck, never by comparing the masks", () => {
    const flags = ['IMEI_MISMATCH', 'IMEI_INVALID'];
    const withCheck = explainFlags(records({ flags }, { imeiCheck: { matchesPolicy: false, checkDigitValid: false } }));
    expect(withCheck.map((flag) => flag.detail?.variant)).toEqual(['detail', 'estimate']);
    // Same last four digits, no check: the page does not claim to know.
    expect(explainFlags(records({ flags })).map((flag) => flag.detail)).toEqual([null, null]);
  });

  test('a receipt that differs names both amounts; the network check names its result', () => {
    const receipt = { claimId: 'c-2', kind: 'repair_receipt' as const, figures: { amount: 38_500 } };
    const [amount, network] = explainFlags(records({ flags: ['RECEIPT_AMOUNT_MISMATCH', 'NETWORK_RESTRICTED'] }, { documents: [receipt] }));
    expect(amount?.detail?.values).toEqual({ receipt: { yen: 38_500 }, claimed: { yen: 36_300 } });
    expect(network?.detail?.values).toEqual({ result: { key: 'app.review.network_restriction.blocked' } });
  });

  test('an unknown code is kept without detail', () => {
    expect(explainFlags(records({ flags: ['SOMETHING_NEW'] }))).toEqual([{ code: 'SOMETHING_NEW', detail: null }]);
  });
});
