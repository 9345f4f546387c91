import { describe, expect, it } from 'vitest';
import { LINE_CODES, lineCodeSchema } from './lines';
import { adjudicationSchema, inReasonOrder } from './schemas';

describe('LINE_CODES', () => {
  it('is the closed set the UI translates', () => {
    expect(LINE_CODES).toEqual([
      'REPAIR_COST',
      'INVESTIGATION_COST',
      'DATA_RECOVERY_COST',
      'DEVICE_PRICE',
      'THEFT_LOSS_SHARE',
      'DEDUCTIBLE',
      'PER_INCIDENT_CAP',
      'AGGREGATE_CAP',
      'PAYOUT',
    ]);
  });

  it('is enforced by the output schema', () => {
    expect(lineCodeSchema.safeParse('SHIPPING').success).toBe(false);
    const output = {
      decision: 'approve',
      payout: 1,
      reasons: [],
      missingDocuments: [],
      lines: [{ code: 'SHIPPING', amount: 1 }],
      aggregate: { limit: 1, paidBefore: 0, remainingAfter: 0 },
    };
    expect(adjudicationSchema.safeParse(output).success).toBe(false);
    expect(adjudicationSchema.safeParse({ ...output, lines: [{ code: 'PAYOUT', amount: 1 }] }).success).toBe(true);
  });
});

describe('inReasonOrder', () => {
  it('sorts reasons in REASON_CODES order and drops duplicates', () => {
    expect(inReasonOrder(['THEFT_LOSS_HALF_DEVICE_PRICE', 'CAPPED_PER_INCIDENT', 'CAPPED_PER_INCIDENT'])).toEqual([
      'CAPPED_PER_INCIDENT',
      'THEFT_LOSS_HALF_DEVICE_PRICE',
    ]);
  });
});
