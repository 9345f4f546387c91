import { describe, expect, test } from 'vitest';
import { compareDocumentFigures, countMismatches, imeisAgree, type FigureComparisonInput } from './documentFigures';

const POLICY_IMEI = '356938035643809';
const OTHER_IMEI = '490154203237518';

const claim: FigureComparisonInput['claim'] = {
  id: 'c-1',
  peril: 'damage',
  incidentDate: '2026-03-10',
  repairable: true,
  repairCost: 36_300,
  repairShop: 'スマホ修理工房 渋谷店',
  estimateImei: POLICY_IMEI,
};

type Doc = FigureComparisonInput['documents'][number];
const doc = (id: string, kind: Doc['kind'], figures: Doc['figures'], claimId: string | null = 'c-1'): Doc => ({ id, claimId, kind, figures });

function only(input: Partial<FigureComparisonInput> & Pick<FigureComparisonInput, 'documents'>) {
  return compareDocumentFigures({ claim, policyImei: POLICY_IMEI, ...input });
}

describe('compareDocumentFigures', () => {
  test('a receipt amount equal to the claimed repair cost matches; a different one is a mismatch', () => {
    const [same] = only({ documents: [doc('d1', 'repair_receipt', { amount: 36_300 })] });
    expect(same).toMatchObject({ field: 'amount', documentValue: 36_300, claimValue: 36_300, claimSource: 'repairCost', verdict: 'match' });
    const [other] = only({ documents: [doc('d1', 'repair_receipt', { amount: 30_000 })] });
    expect(other).toMatchObject({ documentValue: 30_000, claimValue: 36_300, verdict: 'mismatch', basis: 'claimed_cost' });
  });

  test('a claim that is not repairable compares amounts with its investigation cost', () => {
    const rows = compareDocumentFigures({
      claim: { ...claim, repairable: false, repairCost: undefined, investigationCost: 5_500 },
      documents: [doc('d1', 'repair_receipt', { amount: 36_300 })],
    });
    expect(rows[0]).toMatchObject({ claimValue: 5_500, claimSource: 'investigationCost', verdict: 'mismatch' });
  });

  test('an amount with no claimed cost is unverified', () => {
    const rows = compareDocumentFigures({ claim: { ...claim, repairCost: undefined }, documents: [doc('d1', 'repair_receipt', { amount: 1 })] });
    expect(rows[0]).toMatchObject({ verdict: 'unverified', basis: 'no_claim_value', claimValue: null });
  });

  test("the estimate IMEI follows the backend's imeiCheck, whatever the masked strings look like", () => {
    const masked = '***********3809';
    const mismatch = only({ claim: { ...claim, estimateImei: masked, imeiCheck: { matchesPolicy: false, checkDigitValid: true } }, policyImei: masked, documents: [doc('d1', 'repair_estimate', { imei: masked })] });
    expect(mismatch[0]).toMatchObject({ field: 'imei', verdict: 'mismatch', basis: 'imei_check', claimSource: 'policyImei' });
    const match = only({ claim: { ...claim, estimateImei: masked, imeiCheck: { matchesPolicy: true, checkDigitValid: true } }, policyImei: masked, documents: [doc('d1', 'repair_estimate', { imei: masked })] });
    expect(match[0]).toMatchObject({ verdict: 'match', basis: 'imei_check' });
    const invalid = only({ claim: { ...claim, estimateImei: masked, imeiCheck: { matchesPolicy: true, checkDigitValid: false } }, policyImei: masked, documents: [doc('d1', 'repair_estimate', { imei: masked })] });
    expect(invalid[0]).toMatchObject({ verdict: 'mismatch', basis: 'imei_check_digit' });
  });

  test("an estimate whose IMEI differs from the claim's recorded estimate IMEI is a mismatch", () => {
    const rows = only({ claim: { ...claim, imeiCheck: { matchesPolicy: true, checkDigitValid: true } }, documents: [doc('d1', 'repair_estimate', { imei: OTHER_IMEI })] });
    expect(rows[0]).toMatchObject({ verdict: 'mismatch', basis: 'estimate_imei', claimSource: 'estimateImei' });
  });

  test('without imeiCheck, masked IMEIs are compared by their visible digits only', () => {
    const same = only({ claim: { ...claim, estimateImei: undefined }, policyImei: '***********3809', documents: [doc('d1', 'repair_estimate', { imei: '***********3809' })] });
    expect(same[0]).toMatchObject({ verdict: 'match', basis: 'masked_imei' });
    const other = only({ claim: { ...claim, estimateImei: undefined }, policyImei: '***********3809', documents: [doc('d1', 'repair_estimate', { imei: '***********7518' })] });
    expect(other[0]).toMatchObject({ verdict: 'mismatch', basis: 'masked_imei' });
  });

  test('a police report IMEI is compared with the policy device IMEI', () => {
    const rows = only({ documents: [doc('d1', 'police_report', { imei: OTHER_IMEI, policeReportNumber: '2026-123456' })] });
    expect(rows.find((row) => row.field === 'imei')).toMatchObject({ verdict: 'mismatch', basis: 'masked_imei', claimValue: POLICY_IMEI });
    expect(rows.find((row) => row.field === 'policeReportNumber')).toMatchObject({ documentValue: '2026-123456', verdict: 'unverified' });
  });

  test('the shop is compared ignoring full-width characters and spacing', () => {
    const rows = only({ documents: [doc('d1', 'repair_estimate', { shop: 'スマホ修理工房　渋谷店' }), doc('d2', 'repair_receipt', { shop: 'リペアスタジオ 新宿' })] });
    expect(rows.map((row) => row.verdict)).toEqual(['match', 'mismatch']);
  });

  test('claim documents dated before the incident, and an enrollment photo after it, are mismatches', () => {
    const rows = only({
      documents: [
        doc('d1', 'damage_photo', { date: '2026-03-10' }),
        doc('d2', 'repair_receipt', { date: '2026-03-09' }),
        doc('d3', 'enrollment_photo', { date: '2025-10-01' }, null),
        doc('d4', 'enrollment_photo', { date: '2026-03-11' }),
      ],
    });
    expect(rows.map((row) => [row.documentId, row.verdict, row.basis])).toEqual([
      ['d1', 'match', 'not_before_incident'],
      ['d2', 'mismatch', 'not_before_incident'],
      ['d3', 'match', 'not_after_incident'],
      ['d4', 'mismatch', 'not_after_incident'],
    ]);
  });

  test("a theft claim's police report without a number is a mismatch with no document value", () => {
    const rows = compareDocumentFigures({ claim: { ...claim, peril: 'theft_loss' }, documents: [doc('d1', 'police_report', { date: '2026-03-10' })] });
    expect(rows.find((row) => row.field === 'policeReportNumber')).toMatchObject({ documentValue: null, verdict: 'mismatch', basis: 'report_number_missing' });
  });

  test("other claims' documents are skipped; rows follow document then field order", () => {
    const rows = only({
      documents: [
        doc('d1', 'repair_estimate', { amount: 36_300, imei: POLICY_IMEI, shop: 'スマホ修理工房 渋谷店', date: '2026-03-11' }),
        doc('d2', 'repair_receipt', { amount: 1 }, 'c-9'),
      ],
    });
    expect(rows.map((row) => row.field)).toEqual(['amount', 'imei', 'shop', 'date']);
    expect(countMismatches(rows)).toBe(0);
  });
});

describe('imeisAgree', () => {
  test('full IMEIs must be equal; masked ones agree on length and last four digits', () => {
    expect(imeisAgree('35-693803-564380-9', POLICY_IMEI)).toBe(true);
    expect(imeisAgree('356938035653809', POLICY_IMEI)).toBe(false);
    expect(imeisAgree('***********3809', POLICY_IMEI)).toBe(true);
    expect(imeisAgree('***********3809', '**********3809')).toBe(false);
  });
});
