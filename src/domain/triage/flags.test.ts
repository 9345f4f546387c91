import { describe, expect, it } from 'vitest';
import { FLAG_CODES, flagCodes, reviewFlags, type FlagCode, type FlagContext } from './index';

const POLICY_IMEI = '490154203237518';
const OTHER_IMEI = '356938035643809';
const BAD_CHECK_DIGIT = '490154203237519';

type Doc = FlagContext['documents'][number];
const doc = (kind: Doc['kind'], figures: Doc['figures'] = {}, claimId: string | null = 'c-1'): Doc => ({ claimId, kind, figures });

/** A claim with no flag: damage, a year after inception, estimate and receipt agreeing with the policy. */
function context(overrides: {
  claim?: Partial<FlagContext['claim']>;
  device?: Partial<FlagContext['policy']['device']>;
  inceptionDate?: string;
  documents?: Doc[];
  policyClaims?: FlagContext['policyClaims'];
} = {}): FlagContext {
  const claim = {
    id: 'c-1',
    peril: 'damage' as const,
    incidentDate: '2026-03-10',
    receivedDate: '2026-03-12',
    repairable: true,
    repairCost: 36_300,
    estimateImei: POLICY_IMEI,
    ...overrides.claim,
  };
  return {
    claim,
    policy: {
      inceptionDate: overrides.inceptionDate ?? '2025-10-01',
      device: {
        model: 'iPhone 13',
        imei: POLICY_IMEI,
        carrier: 'ymobile',
        gitekiCertified: true,
        purchasePrice: 62_800,
        purchaseDate: '2025-09-20',
        replacementCost: 60_000,
        networkRestriction: 'clear',
        ...overrides.device,
      },
    },
    documents: overrides.documents ?? [doc('repair_estimate', { amount: 36_300, imei: POLICY_IMEI }), doc('repair_receipt', { amount: 36_300 })],
    policyClaims: overrides.policyClaims ?? [claim],
  };
}

const codesOf = (c: FlagContext): FlagCode[] => flagCodes(reviewFlags(c));

describe('reviewFlags', () => {
  it('raises nothing for an ordinary claim', () => {
    expect(reviewFlags(context())).toEqual([]);
  });

  it.each<[string, FlagContext, FlagCode[]]>([
    // EARLY_CLAIM: incident ≤ inception + 30 days
    ['incident on the inception day', context({ inceptionDate: '2026-03-10' }), ['EARLY_CLAIM']],
    ['incident 30 days after inception', context({ inceptionDate: '2026-02-08' }), ['EARLY_CLAIM']],
    ['incident 31 days after inception', context({ inceptionDate: '2026-02-07' }), []],
    ['incident before inception', context({ inceptionDate: '2026-04-01' }), ['EARLY_CLAIM']],
    // NETWORK_RESTRICTED: △ or ×
    ['restriction △ instalments', context({ device: { networkRestriction: 'instalments' } }), ['NETWORK_RESTRICTED']],
    ['restriction × blocked', context({ device: { networkRestriction: 'blocked' } }), ['NETWORK_RESTRICTED']],
    ['restriction ○ clear', context({ device: { networkRestriction: 'clear' } }), []],
    ['restriction − not applicable', context({ device: { networkRestriction: 'not_applicable' } }), []],
    ['restriction not looked up', context({ device: { networkRestriction: null } }), []],
    // SECOND_CLAIM_IN_PERIOD
    ['an earlier claim in the same period', context({ policyClaims: [{ id: 'c-0', incidentDate: '2025-12-01', receivedDate: '2025-12-03' }] }), ['SECOND_CLAIM_IN_PERIOD']],
    ['an earlier claim received the same day with a lower id', context({ policyClaims: [{ id: 'c-0', incidentDate: '2026-03-01', receivedDate: '2026-03-12' }] }), ['SECOND_CLAIM_IN_PERIOD']],
    ['a later claim in the same period', context({ policyClaims: [{ id: 'c-2', incidentDate: '2026-04-01', receivedDate: '2026-04-02' }] }), []],
    ['an earlier claim in the previous period', context({ policyClaims: [{ id: 'c-0', incidentDate: '2025-09-20', receivedDate: '2025-09-22' }] }), []],
    // IMEI_MISMATCH and IMEI_INVALID
    ['estimate IMEI of another phone', context({ claim: { estimateImei: OTHER_IMEI } }), ['IMEI_MISMATCH']],
    ['estimate document shows another IMEI', context({ documents: [doc('repair_estimate', { amount: 36_300, imei: OTHER_IMEI }), doc('repair_receipt', { amount: 36_300 })] }), ['IMEI_MISMATCH']],
    ['estimate IMEI written with hyphens', context({ claim: { estimateImei: '49-015420-323751-8' } }), []],
    ['estimate IMEI failing its check digit', context({ claim: { estimateImei: BAD_CHECK_DIGIT } }), ['IMEI_MISMATCH', 'IMEI_INVALID']],
    ['policy IMEI failing its check digit', context({ device: { imei: BAD_CHECK_DIGIT }, claim: { estimateImei: BAD_CHECK_DIGIT }, documents: [] }), ['IMEI_INVALID']],
    ['no estimate at all', context({ claim: { estimateImei: undefined }, documents: [] }), []],
    // NO_POLICE_REPORT
    ['theft without a police report', context({ claim: { peril: 'theft_loss', estimateImei: undefined }, documents: [] }), ['NO_POLICE_REPORT']],
    ['theft with a police report lacking its number', context({ claim: { peril: 'theft_loss', estimateImei: undefined }, documents: [doc('police_report', { date: '2026-03-10' })] }), ['NO_POLICE_REPORT']],
    ['theft with a police report number', context({ claim: { peril: 'theft_loss', estimateImei: undefined }, documents: [doc('police_report', { policeReportNumber: '2026-123456' })] }), []],
    ["another claim's police report", context({ claim: { peril: 'theft_loss', estimateImei: undefined }, documents: [doc('police_report', { policeReportNumber: '2026-1' }, 'c-9')] }), ['NO_POLICE_REPORT']],
    ['damage without a police report', context({ documents: [] }), []],
    // RECEIPT_AMOUNT_MISMATCH
    ['receipt above the claimed cost', context({ documents: [doc('repair_receipt', { amount: 39_800 })] }), ['RECEIPT_AMOUNT_MISMATCH']],
    ['receipt below the claimed cost', context({ documents: [doc('repair_receipt', { amount: 30_000 })] }), ['RECEIPT_AMOUNT_MISMATCH']],
    ['receipt without an amount', context({ documents: [doc('repair_receipt', {})] }), []],
    ['not repairable: receipt matches the investigation cost', context({ claim: { repairable: false, investigationCost: 5_500 }, documents: [doc('repair_receipt', { amount: 5_500 })] }), []],
    ['not repairable: receipt shows the repair cost', context({ claim: { repairable: false, investigationCost: 5_500 }, documents: [doc('repair_receipt', { amount: 36_300 })] }), ['RECEIPT_AMOUNT_MISMATCH']],
    ['no claimed cost', context({ claim: { repairCost: undefined }, documents: [doc('repair_receipt', { amount: 36_300 })] }), []],
    // PRICE_ABOVE_USUAL: > 1.5 × the model's usual maximum (iPhone 13: ¥78,000 → ¥117,000)
    ['price 1.5 × the usual maximum', context({ device: { purchasePrice: 117_000 } }), []],
    ['price above 1.5 × the usual maximum', context({ device: { purchasePrice: 117_001 } }), ['PRICE_ABOVE_USUAL']],
    ['a model not in the catalog', context({ device: { model: 'Phone X1', purchasePrice: 900_000 } }), []],
  ])('%s', (_label, given, expected) => {
    expect(codesOf(given)).toEqual(expected);
  });

  it('lists flags in FLAG_CODES order with details made of figures', () => {
    const flags = reviewFlags(
      context({
        inceptionDate: '2026-03-01',
        device: { networkRestriction: 'blocked', purchasePrice: 150_000 },
        claim: { estimateImei: OTHER_IMEI },
        documents: [doc('repair_receipt', { amount: 39_800 })],
        policyClaims: [{ id: 'c-0', incidentDate: '2026-03-05', receivedDate: '2026-03-06' }],
      }),
    );
    expect(flags).toEqual([
      { code: 'EARLY_CLAIM', detail: '9 days after inception 2026-03-01' },
      { code: 'NETWORK_RESTRICTED', detail: 'blocked' },
      { code: 'SECOND_CLAIM_IN_PERIOD', detail: 'c-0' },
      { code: 'IMEI_MISMATCH', detail: 'estimate ***********3809, policy ***********7518' },
      { code: 'RECEIPT_AMOUNT_MISMATCH', detail: 'receipt 39800, claimed 36300' },
      { code: 'PRICE_ABOVE_USUAL', detail: 'purchase 150000, usual up to 78000' },
    ]);
    expect(FLAG_CODES.filter((code) => flags.some((f) => f.code === code))).toEqual(flagCodes(flags));
  });

  it('never looks at, nor returns, a decision', () => {
    const flags = reviewFlags(context({ claim: { peril: 'theft_loss', estimateImei: undefined }, documents: [] }));
    expect(flags).toEqual([{ code: 'NO_POLICE_REPORT' }]);
    for (const f of flags) expect(Object.keys(f).sort()).toEqual(['code']);
  });
});
