/**
 * Amount rules 1–5 (adjudication.md, "Amount rules") and the arithmetic lines; rule 6 and
 * tiers 4–5 are in aggregate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate';
import type { Adjudication } from './schemas';
import { anAdjudicationInput, type AdjudicationInputOverrides } from './testing';

const result = (overrides: AdjudicationInputOverrides): Adjudication => adjudicate(anAdjudicationInput(overrides));

describe('the page’s examples (standard plan, all documents, valid IMEI)', () => {
  it.each([
    ['screen broken, iPhone 11 Pro Max', 'damage', 99_000, 96_000],
    ['dropped in the bath, iPhone XS', 'water', 65_780, 62_780],
    ['connector failure, iPhone 11', 'failure', 47_080, 44_080],
  ] as const)('%s: %s, repair ¥%i → pays ¥%i', (_name, peril, repairCost, payout) => {
    expect(result({ claim: { peril, repairCost } })).toEqual({
      decision: 'approve',
      payout,
      reasons: [],
      missingDocuments: [],
      lines: [
        { code: 'REPAIR_COST', amount: repairCost },
        { code: 'DEDUCTIBLE', amount: -3_000 },
        { code: 'PAYOUT', amount: payout },
      ],
      aggregate: { limit: 200_000, paidBefore: 0, remainingAfter: 200_000 - payout },
    });
  });
});

describe('rule 1: repair cost − ¥3,000 deductible', () => {
  it.each([
    [0, 'deny', 0, ['BELOW_DEDUCTIBLE']],
    [1, 'deny', 0, ['BELOW_DEDUCTIBLE']],
    [2_999, 'deny', 0, ['BELOW_DEDUCTIBLE']],
    [3_000, 'deny', 0, ['BELOW_DEDUCTIBLE']],
    [3_001, 'approve', 1, []],
    [103_000, 'approve', 100_000, []],
    [103_001, 'approve', 100_000, ['CAPPED_PER_INCIDENT']],
  ] as const)('repair ¥%i → %s ¥%i %j', (repairCost, decision, payout, reasons) => {
    expect(result({ claim: { repairCost } })).toMatchObject({ decision, payout, reasons });
  });

  it('a denial below the deductible shows the arithmetic down to zero (never below)', () => {
    expect(result({ claim: { repairCost: 2_500 } }).lines).toEqual([
      { code: 'REPAIR_COST', amount: 2_500 },
      { code: 'DEDUCTIBLE', amount: -2_500 },
      { code: 'PAYOUT', amount: 0 },
    ]);
  });

  it('a cost of 0 with the deductible is BELOW_DEDUCTIBLE, not NO_COVERED_COST, with no −0 anywhere', () => {
    const { reasons, lines } = result({ claim: { repairCost: 0 } });
    expect(reasons).toEqual(['BELOW_DEDUCTIBLE']);
    expect(lines.every((l) => !Object.is(l.amount, -0))).toBe(true);
  });

  it('the light plan also applies the deductible to damage', () => {
    expect(result({ plan: 'light', claim: { repairCost: 20_000 } })).toMatchObject({ decision: 'approve', payout: 17_000 });
  });
});

describe('rule 2: not repairable → investigation cost, no deductible', () => {
  it.each(['damage', 'water', 'failure'] as const)('%s', (peril) => {
    expect(result({ claim: { peril, repairable: false, repairCost: 80_000, investigationCost: 5_500 } })).toMatchObject({
      decision: 'approve',
      payout: 5_500,
      reasons: ['INVESTIGATION_COST_ONLY'],
      lines: [
        { code: 'INVESTIGATION_COST', amount: 5_500 },
        { code: 'PAYOUT', amount: 5_500 },
      ],
    });
  });

  it('an investigation cost at or below ¥3,000 is still paid in full', () => {
    expect(result({ claim: { repairable: false, investigationCost: 1_000 } })).toMatchObject({ decision: 'approve', payout: 1_000 });
  });

  it('an investigation cost of 0 → NO_COVERED_COST', () => {
    expect(result({ claim: { repairable: false, investigationCost: 0 } })).toMatchObject({
      decision: 'deny',
      payout: 0,
      reasons: ['NO_COVERED_COST'],
      lines: [
        { code: 'INVESTIGATION_COST', amount: 0 },
        { code: 'PAYOUT', amount: 0 },
      ],
    });
  });

  it('is capped like any other amount', () => {
    expect(result({ plan: 'light', claim: { repairable: false, investigationCost: 60_000 } })).toMatchObject({
      payout: 50_000,
      reasons: ['CAPPED_PER_INCIDENT', 'INVESTIGATION_COST_ONLY'],
    });
  });
});

describe('rule 3: data recovery cost, no deductible', () => {
  it.each([
    [30_000, 'approve', 30_000, []],
    [2_000, 'approve', 2_000, []],
    [0, 'deny', 0, ['NO_COVERED_COST']],
    [150_000, 'approve', 100_000, ['CAPPED_PER_INCIDENT']],
  ] as const)('data recovery ¥%i → %s ¥%i %j', (repairCost, decision, payout, reasons) => {
    const adjudication = result({ claim: { peril: 'data_recovery', repairCost } });
    expect(adjudication).toMatchObject({ decision, payout, reasons });
    expect(adjudication.lines[0]).toEqual({ code: 'DATA_RECOVERY_COST', amount: repairCost });
    expect(adjudication.lines.some((l) => l.code === 'DEDUCTIBLE')).toBe(false);
  });
});

describe('rule 4: theft or loss, 50% of the lower of purchase price and replacement cost', () => {
  it.each([
    ['purchase price when no replacement cost', 120_000, undefined, 60_000],
    ['replacement cost when lower', 120_000, 90_000, 45_000],
    ['purchase price when lower', 80_000, 90_000, 40_000],
    ['rounds down an odd price', 99_999, undefined, 49_999],
    ['rounds down an odd replacement cost', 120_000, 55_555, 27_777],
    ['¥3,000 without a deductible', 6_000, undefined, 3_000],
    ['¥1 device → ¥0', 1, undefined, 0],
    ['capped at ¥100,000', 250_000, 230_000, 100_000],
  ] as const)('%s', (_name, purchasePrice, replacementCost, payout) => {
    const adjudication = result({ device: { purchasePrice, replacementCost }, claim: { peril: 'theft_loss' } });
    expect(adjudication.payout).toBe(payout);
    expect(adjudication.lines.some((l) => l.code === 'DEDUCTIBLE')).toBe(false);
  });

  it('writes the device price and the unpaid share', () => {
    expect(result({ device: { purchasePrice: 99_999 }, claim: { peril: 'theft_loss' } })).toMatchObject({
      decision: 'approve',
      reasons: ['THEFT_LOSS_HALF_DEVICE_PRICE'],
      lines: [
        { code: 'DEVICE_PRICE', amount: 99_999 },
        { code: 'THEFT_LOSS_SHARE', amount: -50_000 },
        { code: 'PAYOUT', amount: 49_999 },
      ],
    });
  });

  it('a half price of ¥0 → NO_COVERED_COST', () => {
    expect(result({ device: { purchasePrice: 1 }, claim: { peril: 'theft_loss' } })).toMatchObject({
      decision: 'deny',
      reasons: ['NO_COVERED_COST'],
    });
  });
});

describe('rule 5: per-incident limit', () => {
  it.each([
    ['standard', 150_000, 100_000, -47_000],
    ['light', 99_000, 50_000, -46_000],
    ['light', 53_001, 50_000, -1],
  ] as const)('%s plan, repair ¥%i → ¥%i', (plan, repairCost, payout, cap) => {
    expect(result({ plan, claim: { repairCost } })).toMatchObject({
      decision: 'approve',
      payout,
      reasons: ['CAPPED_PER_INCIDENT'],
      lines: [
        { code: 'REPAIR_COST', amount: repairCost },
        { code: 'DEDUCTIBLE', amount: -3_000 },
        { code: 'PER_INCIDENT_CAP', amount: cap },
        { code: 'PAYOUT', amount: payout },
      ],
    });
  });

  it('light plan, exactly ¥53,000 → ¥50,000 without a cap line', () => {
    expect(result({ plan: 'light', claim: { repairCost: 53_000 } })).toMatchObject({ payout: 50_000, reasons: [] });
  });
});
