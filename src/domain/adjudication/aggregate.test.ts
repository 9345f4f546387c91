/**
 * Amount rule 6 (aggregate limit per period, page: 保険期間通算) and tiers 4–5 of the decision order
 * (adjudication.md, "Decision order").
 */
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate';
import type { Adjudication, ReasonCode } from './schemas';
import { anAdjudicationInput, type AdjudicationInputOverrides } from './testing';

const result = (overrides: AdjudicationInputOverrides): Adjudication => adjudicate(anAdjudicationInput(overrides));

describe('rule 6: aggregate limit per period', () => {
  it('partly consumed: pays what is left', () => {
    expect(result({ paidInPeriod: 150_000, claim: { repairCost: 99_000 } })).toEqual({
      decision: 'approve',
      payout: 50_000,
      reasons: ['CAPPED_BY_AGGREGATE'],
      missingDocuments: [],
      lines: [
        { code: 'REPAIR_COST', amount: 99_000 },
        { code: 'DEDUCTIBLE', amount: -3_000 },
        { code: 'AGGREGATE_CAP', amount: -46_000 },
        { code: 'PAYOUT', amount: 50_000 },
      ],
      aggregate: { limit: 200_000, paidBefore: 150_000, remainingAfter: 0 },
    });
  });

  it('partly consumed but enough left: no cap', () => {
    expect(result({ paidInPeriod: 104_000 })).toMatchObject({
      payout: 96_000,
      reasons: [],
      aggregate: { limit: 200_000, paidBefore: 104_000, remainingAfter: 0 },
    });
  });

  it('both caps bite: per-incident first, then aggregate', () => {
    expect(result({ plan: 'light', paidInPeriod: 80_000, claim: { repairCost: 99_000 } })).toMatchObject({
      payout: 20_000,
      reasons: ['CAPPED_PER_INCIDENT', 'CAPPED_BY_AGGREGATE'],
      lines: [
        { code: 'REPAIR_COST', amount: 99_000 },
        { code: 'DEDUCTIBLE', amount: -3_000 },
        { code: 'PER_INCIDENT_CAP', amount: -46_000 },
        { code: 'AGGREGATE_CAP', amount: -30_000 },
        { code: 'PAYOUT', amount: 20_000 },
      ],
      aggregate: { limit: 100_000, paidBefore: 80_000, remainingAfter: 0 },
    });
  });

  it.each([
    ['exactly used up', 200_000],
    ['decision: already over the limit, clamped at 0', 230_000],
  ])('exhausted (%s) → AGGREGATE_EXHAUSTED', (_name, paidInPeriod) => {
    expect(result({ paidInPeriod })).toEqual({
      decision: 'deny',
      payout: 0,
      reasons: ['AGGREGATE_EXHAUSTED'],
      missingDocuments: [],
      lines: [
        { code: 'REPAIR_COST', amount: 99_000 },
        { code: 'DEDUCTIBLE', amount: -3_000 },
        { code: 'AGGREGATE_CAP', amount: -96_000 },
        { code: 'PAYOUT', amount: 0 },
      ],
      aggregate: { limit: 200_000, paidBefore: paidInPeriod, remainingAfter: 0 },
    });
  });

  it('¥1 left pays ¥1', () => {
    expect(result({ paidInPeriod: 199_999 })).toMatchObject({ decision: 'approve', payout: 1, reasons: ['CAPPED_BY_AGGREGATE'] });
  });
});

describe('tiers 4 and 5', () => {
  it.each<[string, AdjudicationInputOverrides, ReasonCode[]]>([
    ['below the deductible and exhausted', { paidInPeriod: 200_000, claim: { repairCost: 3_000 } }, ['BELOW_DEDUCTIBLE', 'AGGREGATE_EXHAUSTED']],
    [
      'no covered cost and exhausted',
      { paidInPeriod: 200_000, claim: { peril: 'data_recovery', repairCost: 0 } },
      ['NO_COVERED_COST', 'AGGREGATE_EXHAUSTED'],
    ],
  ])('a denial lists every tier-4 reason: %s', (_name, overrides, reasons) => {
    expect(result(overrides)).toMatchObject({ decision: 'deny', payout: 0, reasons });
  });

  it('a tier-4 denial lists no informative reason even when a cap bit', () => {
    expect(result({ paidInPeriod: 200_000, claim: { repairCost: 150_000 } }).reasons).toEqual(['AGGREGATE_EXHAUSTED']);
  });

  it('every informative reason at once, in REASON_CODES order', () => {
    expect(result({ paidInPeriod: 120_000, device: { purchasePrice: 300_000 }, claim: { peril: 'theft_loss' } })).toMatchObject({
      decision: 'approve',
      payout: 80_000,
      reasons: ['CAPPED_PER_INCIDENT', 'CAPPED_BY_AGGREGATE', 'THEFT_LOSS_HALF_DEVICE_PRICE'],
    });
    expect(result({ paidInPeriod: 120_000, claim: { repairable: false, investigationCost: 110_000 } })).toMatchObject({
      payout: 80_000,
      reasons: ['CAPPED_PER_INCIDENT', 'CAPPED_BY_AGGREGATE', 'INVESTIGATION_COST_ONLY'],
    });
  });

  it('aggregate reports the limit, what was paid before and what is left after this payout', () => {
    expect(result({ plan: 'light', paidInPeriod: 10_000, claim: { repairCost: 13_000 } }).aggregate).toEqual({
      limit: 100_000,
      paidBefore: 10_000,
      remainingAfter: 80_000,
    });
  });

  it('a non-approve decision leaves the aggregate untouched', () => {
    expect(result({ paidInPeriod: 50_000, claim: { documents: [] } }).aggregate).toEqual({
      limit: 200_000,
      paidBefore: 50_000,
      remainingAfter: 150_000,
    });
  });
});
