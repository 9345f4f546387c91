import { describe, expect, test } from 'vitest';
import { yenSchema } from './money';
import { isoDateSchema } from './dateSchema';
import { adjudicate } from './adjudication';
import { anAdjudicationInput } from './adjudication/testing';

describe('yenSchema', () => {
  test('reads a negative zero as zero', () => {
    expect(Object.is(yenSchema.parse(-0), 0)).toBe(true);
    expect(Object.is(yenSchema.parse(JSON.parse('-0')), 0)).toBe(true);
  });
  test('rejects fractions, negatives and non-numbers', () => {
    for (const bad of [0.5, -1, Number.NaN, Number.POSITIVE_INFINITY, '100', 1e21]) {
      expect(yenSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });
  test('no adjudication line carries a negative zero', () => {
    const result = adjudicate(anAdjudicationInput({ paidInPeriod: -0, claim: { repairCost: -0 } }));
    for (const line of result.lines) expect(Object.is(line.amount, -0), line.code).toBe(false);
    expect(Object.is(result.aggregate.paidBefore, -0)).toBe(false);
  });
});

describe('isoDateSchema business range', () => {
  test('accepts dates from 1900 to 2999 and refuses the rest', () => {
    expect(isoDateSchema.safeParse('1900-01-01').success).toBe(true);
    expect(isoDateSchema.safeParse('2999-12-31').success).toBe(true);
    expect(isoDateSchema.safeParse('1899-12-31').success).toBe(false);
    expect(isoDateSchema.safeParse('9999-06-01').success).toBe(false);
  });
  test('a far-future date is invalid input to adjudicate, never a crash inside a rule', () => {
    const input = anAdjudicationInput({
      period: { start: '9999-01-01', end: '9999-12-31' },
      device: { purchaseDate: '9999-06-01' },
      claim: { cause: 'product_defect', incidentDate: '9999-07-01' },
    });
    expect(() => adjudicate(input)).toThrow(/between 1900-01-01 and 2999-12-31/);
  });
});
