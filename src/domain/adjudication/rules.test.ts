/**
 * Tiers 1–3 of the decision order (adjudication.md, "Decision order"), rule by rule, and the tiers'
 * precedence. Amount tiers 4–5 are in amounts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate';
import { CARRIERS, type ReasonCode } from './schemas';
import { ELIGIBLE_CARRIERS } from './terms';
import {
  A_VALID_IMEI,
  AN_IMEI_WITH_A_BAD_CHECK_DIGIT,
  ANOTHER_VALID_IMEI,
  anAdjudicationInput,
  type AdjudicationInputOverrides,
} from './testing';

type Row = [name: string, overrides: AdjudicationInputOverrides, reasons: ReasonCode[]];

function expectDecision(overrides: AdjudicationInputOverrides, decision: string, reasons: ReasonCode[]) {
  const result = adjudicate(anAdjudicationInput(overrides));
  expect(result.decision).toBe(decision);
  expect(result.reasons).toEqual(reasons);
  expect(result.payout).toBe(0);
  expect(result.lines).toEqual([]);
  return result;
}

describe('the default test input', () => {
  it('approves (so every other test changes one thing)', () => {
    expect(adjudicate(anAdjudicationInput()).decision).toBe('approve');
  });
});

describe('tier 1: deny on eligibility and exclusions', () => {
  const rows: Row[] = [
    ['docomo is not eligible (格安SIM専用)', { device: { carrier: 'docomo' } }, ['CARRIER_INELIGIBLE']],
    ['au is not eligible', { device: { carrier: 'au' } }, ['CARRIER_INELIGIBLE']],
    ['softbank is not eligible', { device: { carrier: 'softbank' } }, ['CARRIER_INELIGIBLE']],
    ['decision: ahamo (a docomo plan) is not eligible', { device: { carrier: 'ahamo' } }, ['CARRIER_INELIGIBLE']],
    ['no giteki mark', { device: { gitekiCertified: false } }, ['NOT_GITEKI_CERTIFIED']],
    ['incident the day before the period', { claim: { incidentDate: '2025-03-31' } }, ['OUTSIDE_PERIOD']],
    ['incident the day after the period', { claim: { incidentDate: '2026-04-01' } }, ['OUTSIDE_PERIOD']],
    ['light plan: water', { plan: 'light', claim: { peril: 'water' } }, ['PERIL_NOT_COVERED']],
    ['light plan: failure', { plan: 'light', claim: { peril: 'failure' } }, ['PERIL_NOT_COVERED']],
    ['light plan: data recovery', { plan: 'light', claim: { peril: 'data_recovery' } }, ['PERIL_NOT_COVERED']],
    ['light plan: theft or loss', { plan: 'light', claim: { peril: 'theft_loss' } }, ['PERIL_NOT_COVERED']],
    ['ageing (battery wear)', { claim: { peril: 'failure', cause: 'ageing' } }, ['AGEING_EXCLUDED']],
    [
      'every tier-1 reason at once, in REASON_CODES order',
      {
        plan: 'light',
        device: { carrier: 'softbank', gitekiCertified: false },
        claim: { peril: 'water', cause: 'ageing', incidentDate: '2024-01-01' },
      },
      ['CARRIER_INELIGIBLE', 'NOT_GITEKI_CERTIFIED', 'OUTSIDE_PERIOD', 'PERIL_NOT_COVERED', 'AGEING_EXCLUDED'],
    ],
  ];
  it.each(rows)('%s', (_name, overrides, reasons) => {
    expectDecision(overrides, 'deny', reasons);
  });

  it.each(CARRIERS.map((carrier) => [carrier, ELIGIBLE_CARRIERS.includes(carrier)] as const))(
    'carrier %s eligible: %s',
    (carrier, eligible) => {
      const { reasons } = adjudicate(anAdjudicationInput({ device: { carrier } }));
      expect(reasons.includes('CARRIER_INELIGIBLE')).toBe(!eligible);
    },
  );

  it.each([
    ['first day', '2025-04-01'],
    ['last day', '2026-03-31'],
  ])('the period includes its %s', (_name, incidentDate) => {
    expect(adjudicate(anAdjudicationInput({ claim: { incidentDate } })).decision).toBe('approve');
  });

  it('a one-day period includes its only day', () => {
    const input = anAdjudicationInput({ period: { start: '2025-10-01', end: '2025-10-01' } });
    expect(adjudicate(input).decision).toBe('approve');
  });

  it('the light plan covers damage', () => {
    expect(adjudicate(anAdjudicationInput({ plan: 'light', claim: { repairCost: 20_000 } })).decision).toBe('approve');
  });

  it('ageing is excluded whatever the peril', () => {
    expectDecision({ claim: { peril: 'theft_loss', cause: 'ageing' } }, 'deny', ['AGEING_EXCLUDED']);
  });
});

describe('tier 2: refer product defects under Back Market warranty', () => {
  const purchaseDate = '2025-01-15';
  it.each([
    ['the purchase day', '2025-01-15', 'refer'],
    ['the day before the 12-month anniversary', '2026-01-14', 'refer'],
    ['the same calendar day 12 months on (included)', '2026-01-15', 'refer'],
    ['the day after', '2026-01-16', 'approve'],
  ])('product defect on %s → %s', (_name, incidentDate, decision) => {
    const result = adjudicate(
      anAdjudicationInput({
        period: { start: '2025-01-01', end: '2026-12-31' },
        device: { purchaseDate },
        claim: { peril: 'failure', cause: 'product_defect', incidentDate },
      }),
    );
    expect(result.decision).toBe(decision);
    expect(result.reasons.includes('WARRANTY_REFERRAL')).toBe(decision === 'refer');
  });

  it.each([
    ['2024-02-28', 'refer'],
    ['2024-02-29', 'approve'],
  ])('bought on 28 Feb 2023: 12 months end on 28 Feb 2024, not on the leap day; incident %s → %s', (incidentDate, decision) => {
    const result = adjudicate(
      anAdjudicationInput({
        period: { start: '2023-04-01', end: '2024-03-31' },
        device: { purchaseDate: '2023-02-28' },
        claim: { peril: 'failure', cause: 'product_defect', incidentDate },
      }),
    );
    expect(result.decision).toBe(decision);
  });

  it.each([
    ['2025-02-28', 'refer'],
    ['2025-03-01', 'approve'],
  ])('bought on 29 Feb 2024: 12 months end on 28 Feb 2025; incident %s → %s', (incidentDate, decision) => {
    const result = adjudicate(
      anAdjudicationInput({
        period: { start: '2024-04-01', end: '2025-03-31' },
        device: { purchaseDate: '2024-02-29' },
        claim: { peril: 'failure', cause: 'product_defect', incidentDate },
      }),
    );
    expect(result.decision).toBe(decision);
  });

  it('a refer outranks the pend tier', () => {
    const result = expectDecision(
      { device: { purchaseDate: '2025-06-01' }, claim: { cause: 'product_defect', documents: [], repairCost: undefined } },
      'refer',
      ['WARRANTY_REFERRAL'],
    );
    expect(result.missingDocuments.length).toBeGreaterThan(0);
  });

  it('an accident within 12 months of purchase is the insurance’s, not the warranty’s', () => {
    expect(adjudicate(anAdjudicationInput({ device: { purchaseDate: '2025-06-01' } })).decision).toBe('approve');
  });

  it('decision: a product defect after 12 months is adjudicated like an accident (a failure pays repair − 3,000)', () => {
    const result = adjudicate(
      anAdjudicationInput({ claim: { peril: 'failure', cause: 'product_defect', repairCost: 47_080 } }),
    );
    expect(result).toMatchObject({ decision: 'approve', payout: 44_080 });
  });

  it('tier 1 outranks the warranty referral', () => {
    expectDecision(
      { device: { carrier: 'au', purchaseDate: '2025-06-01' }, claim: { cause: 'product_defect' } },
      'deny',
      ['CARRIER_INELIGIBLE'],
    );
  });
});

describe('tier 3: pend until the claim is complete', () => {
  const rows: Row[] = [
    ['no documents', { claim: { documents: [] } }, ['MISSING_DOCUMENTS']],
    ['no damage photo', { claim: { documents: ['repair_estimate', 'repair_receipt', 'enrollment_photo'] } }, ['MISSING_DOCUMENTS']],
    ['theft without police report', { claim: { peril: 'theft_loss', documents: ['enrollment_photo'] } }, ['MISSING_DOCUMENTS']],
    ['policy IMEI with a bad check digit', { device: { imei: AN_IMEI_WITH_A_BAD_CHECK_DIGIT } }, ['IMEI_INVALID']],
    ['policy IMEI of 14 digits', { device: { imei: A_VALID_IMEI.slice(0, 14) } }, ['IMEI_INVALID']],
    [
      'estimate IMEI with a bad check digit (also differs)',
      { claim: { estimateImei: AN_IMEI_WITH_A_BAD_CHECK_DIGIT } },
      ['IMEI_INVALID', 'IMEI_MISMATCH'],
    ],
    ['decision: an empty estimate IMEI counts as given', { claim: { estimateImei: '' } }, ['IMEI_INVALID', 'IMEI_MISMATCH']],
    ['estimate shows another valid IMEI', { claim: { estimateImei: ANOTHER_VALID_IMEI } }, ['IMEI_MISMATCH']],
    ['estimate IMEI written with hyphens (compared exactly)', { claim: { estimateImei: `${A_VALID_IMEI.slice(0, 2)}-${A_VALID_IMEI.slice(2)}` } }, ['IMEI_INVALID', 'IMEI_MISMATCH']],
    ['repairable damage without a repair cost', { claim: { repairCost: undefined } }, ['AMOUNT_MISSING']],
    ['unrepairable water damage without an investigation cost', { claim: { peril: 'water', repairable: false } }, ['AMOUNT_MISSING']],
    ['data recovery without its cost', { claim: { peril: 'data_recovery', repairCost: undefined } }, ['AMOUNT_MISSING']],
    [
      'every tier-3 reason at once, in REASON_CODES order',
      { device: { imei: '123' }, claim: { documents: ['damage_photo'], estimateImei: ANOTHER_VALID_IMEI, repairCost: undefined } },
      ['MISSING_DOCUMENTS', 'IMEI_INVALID', 'IMEI_MISMATCH', 'AMOUNT_MISSING'],
    ],
  ];
  it.each(rows)('%s', (_name, overrides, reasons) => {
    expectDecision(overrides, 'pend', reasons);
  });

  it('the estimate IMEI may be absent', () => {
    expect(adjudicate(anAdjudicationInput({ claim: { estimateImei: undefined } })).decision).toBe('approve');
  });

  it('an estimate IMEI equal to the policy’s is fine', () => {
    expect(adjudicate(anAdjudicationInput({ claim: { estimateImei: A_VALID_IMEI } })).decision).toBe('approve');
  });

  it('theft or loss never misses an amount: the purchase price is known', () => {
    const input = anAdjudicationInput({ claim: { peril: 'theft_loss', repairCost: undefined, repairable: false } });
    expect(adjudicate(input).decision).toBe('approve');
  });

  it('data recovery uses repairCost whatever `repairable` says', () => {
    const input = anAdjudicationInput({ claim: { peril: 'data_recovery', repairable: false, repairCost: 30_000 } });
    expect(adjudicate(input)).toMatchObject({ decision: 'approve', payout: 30_000 });
  });

  it('tier 1 outranks tier 3', () => {
    expectDecision({ device: { gitekiCertified: false }, claim: { documents: [] } }, 'deny', ['NOT_GITEKI_CERTIFIED']);
  });

  it('tier 3 outranks tier 4 (a pending claim is not denied for its amount)', () => {
    expectDecision({ paidInPeriod: 200_000, claim: { documents: [], repairCost: 1_000 } }, 'pend', ['MISSING_DOCUMENTS']);
  });
});
